package org.governance.directors.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Company")
public record CompanyResponse(
        @Schema(description = "SEC CIK, ten digits", examples = "0001107843") String cik,
        @Schema(examples = "QUALYS, INC.") String name,
        @Schema(examples = "QLYS") String ticker,
        @Schema(examples = "NASDAQ") String exchange,
        @Schema(examples = "12-31") String fiscalYearEnd,
        @Schema(examples = "true") boolean classifiedBoard,
        String source) {
}
