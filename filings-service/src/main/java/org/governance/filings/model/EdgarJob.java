package org.governance.filings.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A job that reads EDGAR's daily indexes from one day to another, as its resource shows it: the day it goes on from,
 * what it found, stored, found already stored and refused (with the reasons), and why it stopped if it did.
 */
public record EdgarJob(UUID id, Kind kind, State state, LocalDate from, LocalDate to, LocalDate nextDay, int daysRead,
        int daysWithoutIndex, int filingsFound, int stored, int alreadyPresent, int refused, List<Rejection> rejections,
        String waiting, String error, Instant createdAt, Instant updatedAt, Instant finishedAt) {

    /** FOLLOW: the follower's catch-up over the days since its cursor; BACKFILL: a range asked for. */
    public enum Kind {
        FOLLOW, BACKFILL
    }

    /**
     * RUNNING (also while it waits for a daily index, or for a replica to take it on after a restart), SUCCEEDED,
     * INTERRUPTED (EDGAR would not answer, or the service could not go on; resumable), FAILED (an internal error;
     * resumable).
     */
    public enum State {
        RUNNING, SUCCEEDED, FAILED, INTERRUPTED
    }

    /** A filing EDGAR served that was refused: its accession, the day it was listed, where and why. */
    public record Rejection(String accession, LocalDate day, String field, String reason) {
    }
}
