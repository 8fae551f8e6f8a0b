package org.governance.committees.mapping;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.governance.committees.model.MemberRole;
import org.governance.wire.validation.RecordDate;

@Schema(name = "MembershipRequest", description = "A director's membership of a committee, to add or correct")
public record MembershipRequest(
        @Schema(description = "The board seat id in directors-service", examples = "3") @NotNull @Positive Long directorId,
        @Schema(examples = "MEMBER") @NotNull MemberRole role,
        @Schema(description = "First day on the committee", examples = "2024-07-01") @NotNull @RecordDate LocalDate from,
        @Schema(description = "Last day on the committee; empty while current", examples = "2024-09-30") @RecordDate LocalDate to,
        @Schema(description = "Designated audit committee financial expert (audit committees only)", examples = "false") Boolean financialExpert,
        @Schema(description = "True for an invented example, never a fact", examples = "false") Boolean illustrative,
        @Schema(description = "Where these facts come from") @Size(max = 2000) String source) {
}
