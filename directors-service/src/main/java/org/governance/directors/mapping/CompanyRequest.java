package org.governance.directors.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.governance.wire.Cik;
import org.governance.wire.validation.MonthDayText;

@Schema(name = "CompanyRequest", description = "A company to create or replace")
public record CompanyRequest(
        @Schema(description = "SEC CIK, 1 to 10 digits (required on create; on replace it must match the path)",
                examples = "1107843")
        @Pattern(regexp = Cik.INPUT_PATTERN, message = "must be 1 to 10 digits") String cik,
        @Schema(examples = "QUALYS, INC.") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "QLYS") @Pattern(regexp = "[A-Za-z0-9.\\-]{1,10}", message = "must be 1 to 10 letters, digits, dots or hyphens") String ticker,
        @Schema(examples = "NASDAQ") @Size(max = 40) String exchange,
        @Schema(description = "Last day of the fiscal year, MM-DD", examples = "12-31")
        @MonthDayText String fiscalYearEnd,
        @Schema(description = "Whether the board is classified (staggered)", examples = "true") Boolean classifiedBoard,
        @Schema(description = "Where these facts come from") @Size(max = 2000) String source) {
}
