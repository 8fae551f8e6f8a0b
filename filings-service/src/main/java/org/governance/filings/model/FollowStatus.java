package org.governance.filings.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The follower as GET /edgar/follow shows it: whether it runs, the last day it has read to its end, its last poll and
 * error, what it took from today's latest-filings feed, and its latest catch-up job.
 */
public record FollowStatus(boolean enabled, Duration interval, String baseUrl, LocalDate cursor, Instant lastPollAt,
        String lastError, Feed feed, UUID latestJob) {

    /** The filings of one day taken from the latest-filings feed (before that day's index is read). */
    public record Feed(LocalDate day, int found, int stored, int alreadyPresent, int refused) {
    }
}
