package org.governance.directors.mapping;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BoardFileReport", description = "What importing a board file changed, or in a dry run would change; importing the same file again changes nothing")
public record BoardFileReport(
        boolean dryRun,
        @Schema(examples = "0001107843") String companyCik,
        @Schema(examples = "2024-06-01") LocalDate seasonStart,
        int peopleCreated,
        int seatsCreated,
        int seatsUpdated,
        int seatsUnchanged,
        @Schema(description = "Open on the season's first day, not in the file: ended the day before") int seatsEnded,
        int committeesCreated,
        int committeesUpdated,
        int committeesUnchanged,
        int membershipsCreated,
        int membershipsUpdated,
        int membershipsUnchanged,
        @Schema(description = "Open on the season's first day, not in the file: ended the day before") int membershipsEnded) {
}
