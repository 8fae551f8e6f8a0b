package org.governance.directors.mapping;

import java.time.LocalDate;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.governance.directors.model.BoardRole;
import org.governance.directors.model.DirectorClass;
import org.governance.directors.model.SeatOrigin;

@Schema(name = "Director", description = "A board seat: one person on one company's board, first elected to left, both days included")
public record DirectorResponse(
        @Schema(examples = "1") long id,
        @Schema(examples = "0001107843") String companyCik,
        @Schema(examples = "QUALYS, INC.") String companyName,
        PersonResponse person,
        @Schema(description = "Null when not determined: a seat adopted from the filings", examples = "true") Boolean independent,
        LocalDate independenceDeterminedOn,
        DirectorClass directorClass,
        @Schema(examples = "2027") Integer termExpiresYear,
        @Schema(examples = "2019-06-07") LocalDate firstElected,
        LocalDate leftOn,
        Set<BoardRole> roles,
        @Schema(examples = "Chief Executive Officer") String executiveTitle,
        boolean auditCommitteeFinancialExpert,
        boolean illustrative,
        String source,
        @Schema(description = "CURATED: written by a person; FILINGS: adopted from the insiders' SEC filings") SeatOrigin origin) {
}
