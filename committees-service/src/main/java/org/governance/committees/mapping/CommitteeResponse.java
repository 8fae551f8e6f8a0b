package org.governance.committees.mapping;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.governance.committees.model.CommitteeType;

@Schema(name = "Committee")
public record CommitteeResponse(
        @Schema(examples = "1") long id,
        @Schema(examples = "0001107843") String companyCik,
        @Schema(examples = "AUDIT") CommitteeType type,
        @Schema(examples = "Audit Committee") String name,
        boolean standing,
        String charterUrl,
        String charterText,
        LocalDate charterReviewedOn,
        LocalDate formedOn,
        LocalDate dissolvedOn,
        boolean illustrative,
        String source) {
}
