package org.governance.directors.mapping;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.governance.wire.Cik;
import org.governance.wire.validation.RecordDate;

@Schema(name = "AdoptionRequest", description = "Which issuers' insiders to adopt as board seats: chosen CIKs, or all issuers"
        + " (optionally those with a filing filed in a period)")
public record AdoptionRequest(
        @Schema(examples = "[\"1107843\"]") @Size(max = 500) List<@NotNull @Pattern(regexp = Cik.INPUT_PATTERN, message = "must be 1 to 10 digits") String> issuerCiks,
        @Schema(description = "Every issuer filings-service holds filings of", examples = "false") Boolean all,
        @Schema(description = "With all: only issuers with a filing filed on or after this day", examples = "2024-07-01") @RecordDate LocalDate filedFrom,
        @Schema(description = "With all: only issuers with a filing filed on or before this day", examples = "2024-09-30") @RecordDate LocalDate filedTo,
        @Schema(description = "Filings up to this day count; today when absent", examples = "2024-09-30") @RecordDate LocalDate asOf) {
}
