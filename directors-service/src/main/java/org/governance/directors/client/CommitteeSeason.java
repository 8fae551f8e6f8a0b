package org.governance.directors.client;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What directors-service sends committees-service of a board file: the season's committees and memberships, by seat id. */
public record CommitteeSeason(LocalDate seasonStart, List<Committee> committees, List<Membership> memberships) {

    public record Committee(String type, String name, String charterUrl, boolean illustrative, String source) {
    }

    /** {@code directorId} is a seat id; in a dry run a negative one stands for a seat the file would create. */
    public record Membership(long directorId, String committee, String role, Boolean financialExpert, LocalDate from, LocalDate to,
            boolean illustrative, String source) {
    }

    /** What committees-service changed, or would change. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Report(boolean dryRun, int committeesCreated, int committeesUpdated, int committeesUnchanged, int membershipsCreated,
            int membershipsUpdated, int membershipsUnchanged, int membershipsEnded) {
    }
}
