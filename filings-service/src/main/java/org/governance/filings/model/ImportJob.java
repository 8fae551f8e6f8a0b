package org.governance.filings.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An import of a data set, as its resource shows it: progress while it runs, the report when it has finished. */
public record ImportJob(UUID id, String kind, State state, String fileName, long sizeBytes, List<String> missingTables,
        int filings, int processed, int stored, int alreadyPresent, int rejected, List<Rejection> rejections, String error,
        Instant startedAt, Instant finishedAt) {

    public enum State {
        RUNNING, SUCCEEDED, FAILED
    }

    /** A filing the import refused: where (table, row, column) and why. */
    public record Rejection(String accession, String field, String reason) {
    }
}
