package org.governance.directors.mapping;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdoptionReport", description = "What adopting the insiders of the issuers changed; adopting again changes nothing")
public record AdoptionReport(
        @Schema(examples = "2024-09-30") LocalDate asOf,
        @Schema(description = "Issuers whose insiders were read") int issuers,
        @Schema(description = "Companies created from the issuer's name as filed") int companiesCreated,
        @Schema(description = "People created from a reporting owner's CIK and name as filed") int peopleCreated,
        @Schema(description = "Reporting owners matched by name to a board member without a CIK") int peopleMatchedByName,
        @Schema(description = "Seats created, marked origin FILINGS") int seatsCreated,
        @Schema(description = "Seats adopted before whose dates or title the filings now change") int seatsUpdated,
        @Schema(description = "Seats adopted before that the filings leave as they are") int seatsUnchanged,
        @Schema(description = "Directors in the filings whose curated seat is left as a person wrote it") int curatedSeatsKept,
        @Schema(description = "Reporting owners who are not directors (officers, 10% owners, others): no seat") int insidersNotDirectors,
        @Schema(description = "Issuers that could not be adopted, with the reason; the others were") List<IssuerProblem> problems,
        @Schema(description = "Time taken, in milliseconds") long millis) {

    @Schema(name = "AdoptionProblem")
    public record IssuerProblem(@Schema(examples = "0001107843") String issuerCik, String detail) {
    }
}
