package org.governance.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Most fields at the root of one query (aliases and fragments counted): each costs calls to the services. */
    @WithDefault("20")
    int maxRootFields();

    /** Largest page a query may ask for. */
    @WithDefault("500")
    int maxPageSize();

    /** Page size when a query names none. */
    @WithDefault("50")
    int defaultPageSize();

    /**
     * Threads that make the calls to the services (each query's calls run side by side on them); calls beyond it
     * wait their turn.
     */
    @WithDefault("128")
    int downstreamThreads();

    /** Answer a request to /graphql without any token with a problem body before authentication runs. */
    @WithDefault("true")
    boolean refuseMissingTokenEarly();
}
