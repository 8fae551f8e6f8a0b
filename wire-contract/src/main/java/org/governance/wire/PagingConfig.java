package org.governance.wire;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The bounds of every list a service answers; the same keys in every service. */
@ConfigMapping(prefix = "paging")
public interface PagingConfig {

    /** Page size when a request names none. */
    @WithDefault("50")
    int defaultSize();

    /** Largest page size a request may ask for, and most ids or CIKs in one call. */
    @WithDefault("500")
    int maxSize();
}
