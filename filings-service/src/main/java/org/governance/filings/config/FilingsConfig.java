package org.governance.filings.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "filings")
public interface FilingsConfig {

    Paging paging();

    Ingest ingest();

    interface Paging {

        /** Page size when a request names none. */
        @WithDefault("50")
        int defaultSize();

        /** Largest page size a request may ask for. */
        @WithDefault("500")
        int maxSize();
    }

    interface Ingest {

        /** Largest filing accepted, in bytes (the XML, or a whole submission text file). */
        @WithDefault("5242880")
        int maxDocumentBytes();

        /** Deepest element nesting accepted in a filing's XML. */
        @WithDefault("64")
        int maxElementDepth();

        /** Most files accepted in one batch zip. */
        @WithDefault("10000")
        int maxBatchFiles();
    }
}
