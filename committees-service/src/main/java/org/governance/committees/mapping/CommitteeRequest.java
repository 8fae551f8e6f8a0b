package org.governance.committees.mapping;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.governance.committees.model.CommitteeType;
import org.governance.wire.Cik;
import org.governance.wire.validation.RecordDate;

@Schema(name = "CommitteeRequest", description = "A committee to create or replace")
public record CommitteeRequest(
        @Schema(description = "The company's SEC CIK, 1 to 10 digits", examples = "1107843")
        @NotNull @Pattern(regexp = Cik.INPUT_PATTERN, message = "must be 1 to 10 digits") String companyCik,
        @Schema(examples = "AUDIT") @NotNull CommitteeType type,
        @Schema(examples = "Audit Committee") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Standing (permanent) rather than ad hoc; default true", examples = "true") Boolean standing,
        @Schema(examples = "https://investor.example.com/audit-charter.pdf")
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String charterUrl,
        @Schema(description = "The charter's text") @Size(max = 200_000) String charterText,
        @Schema(examples = "2024-02-01") @RecordDate LocalDate charterReviewedOn,
        @Schema(description = "Empty when unknown: the committee then counts as existing from the start", examples = "2012-09-27") @RecordDate LocalDate formedOn,
        @Schema(description = "Last day of the committee; empty while it exists") @RecordDate LocalDate dissolvedOn,
        @Schema(description = "True for an invented example, never a fact", examples = "false") Boolean illustrative,
        @Schema(description = "Where these facts come from") @Size(max = 2000) String source) {
}
