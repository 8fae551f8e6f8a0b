package org.governance.committees.mapping;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.governance.committees.model.CommitteeType;
import org.governance.committees.model.MemberRole;

@Schema(name = "Membership", description = "A director on a committee from `from` to `to`, both days included")
public record MembershipResponse(
        @Schema(examples = "1") long id,
        @Schema(examples = "1") long committeeId,
        @Schema(examples = "0001107843") String companyCik,
        @Schema(examples = "AUDIT") CommitteeType committeeType,
        @Schema(examples = "Audit Committee") String committeeName,
        @Schema(description = "The board seat id in directors-service", examples = "3") long directorId,
        @Schema(examples = "CHAIR") MemberRole role,
        @Schema(examples = "2024-07-01") LocalDate from,
        LocalDate to,
        boolean financialExpert,
        boolean illustrative,
        String source) {
}
