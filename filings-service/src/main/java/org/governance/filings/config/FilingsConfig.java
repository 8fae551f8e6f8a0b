package org.governance.filings.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "filings")
public interface FilingsConfig {

    Ingest ingest();

    Dataset dataset();

    interface Dataset {

        /** Largest data-set zip accepted, in bytes (a quarter of the SEC's Form 345 data set is about 60 MB). */
        @WithDefault("2147483647")
        long maxBytes();

        /** Bucket files the rows are spread over: memory holds one bucket (1/N of the data set) at a time. */
        @WithDefault("64")
        int buckets();

        /** Filings stored per transaction (one insert batch per table). */
        @WithDefault("500")
        int chunkSize();

        /**
         * Longest a request with wait=true waits for its job (the answer is the job as it stands, 202 while it still
         * runs); the job itself goes on.
         */
        @WithDefault("PT15M")
        java.time.Duration maxWait();

        /** Rejections listed in the job's report (all are counted). */
        @WithDefault("1000")
        int maxListedRejections();
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

        /** Filings of a batch zip stored per transaction (one insert batch per table). */
        @WithDefault("250")
        int chunkSize();
    }
}
