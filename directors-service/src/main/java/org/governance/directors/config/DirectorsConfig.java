package org.governance.directors.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "directors")
public interface DirectorsConfig {

    Paging paging();

    interface Paging {

        /** Page size when a request names none. */
        @WithDefault("50")
        int defaultSize();

        /** Largest page size a request may ask for. */
        @WithDefault("500")
        int maxSize();
    }
}
