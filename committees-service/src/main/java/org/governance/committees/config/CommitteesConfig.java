package org.governance.committees.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "committees")
public interface CommitteesConfig {

    /** Seconds a client is told to wait (Retry-After) when directors-service cannot be reached. */
    @WithDefault("5")
    int directorsUnavailableRetryAfter();
}
