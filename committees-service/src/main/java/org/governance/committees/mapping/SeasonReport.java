package org.governance.committees.mapping;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommitteeSeasonReport", description = "What loading a season changed (or, in a dry run, would change)")
public record SeasonReport(
        boolean dryRun,
        @Schema(examples = "0001107843") String companyCik,
        LocalDate seasonStart,
        int committeesCreated,
        int committeesUpdated,
        int committeesUnchanged,
        int membershipsCreated,
        int membershipsUpdated,
        int membershipsUnchanged,
        @Schema(description = "Open on the season's first day, not listed: ended the day before") int membershipsEnded) {
}
