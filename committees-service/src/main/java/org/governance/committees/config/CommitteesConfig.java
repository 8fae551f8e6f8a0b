package org.governance.committees.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "committees")
public interface CommitteesConfig {

    Paging paging();

    /** Seconds a client is told to wait (Retry-After) when directors-service cannot be reached. */
    @WithDefault("5")
    int directorsUnavailableRetryAfter();

    interface Paging {

        /** Page size when a request names none. */
        @WithDefault("50")
        int defaultSize();

        /** Largest page size a request may ask for. */
        @WithDefault("500")
        int maxSize();
    }
}
