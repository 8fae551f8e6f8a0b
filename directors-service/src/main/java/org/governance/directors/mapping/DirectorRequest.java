package org.governance.directors.mapping;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.governance.directors.model.BoardRole;
import org.governance.directors.model.DirectorClass;
import org.governance.wire.Cik;
import org.governance.wire.validation.RecordDate;

@Schema(name = "DirectorRequest", description = "A board seat to create or replace")
public record DirectorRequest(
        @Schema(examples = "1107843") @NotNull @Pattern(regexp = Cik.INPUT_PATTERN, message = "must be 1 to 10 digits") String companyCik,
        @Schema(examples = "1") @NotNull Long personId,
        @Schema(examples = "true") @NotNull Boolean independent,
        @Schema(examples = "2024-03-01") @RecordDate LocalDate independenceDeterminedOn,
        @Schema(description = "Only on a classified board") DirectorClass directorClass,
        @Schema(examples = "2027") @Min(1900) @Max(2200) Integer termExpiresYear,
        @Schema(examples = "2019-06-07") @NotNull @RecordDate LocalDate firstElected,
        @Schema(description = "Last day on the board; empty while serving") @RecordDate LocalDate leftOn,
        Set<@NotNull BoardRole> roles,
        @Schema(examples = "Chief Executive Officer") @Size(max = 200) String executiveTitle,
        @Schema(examples = "false") Boolean auditCommitteeFinancialExpert,
        @Schema(description = "True for an invented example seat, never a fact", examples = "false") Boolean illustrative,
        @Schema(description = "Where these facts come from") @Size(max = 2000) String source) {
}
