package org.governance.filings.mapping;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Issuer", description = "An issuer that filings name, with how many of its filings fall in the period asked")
public record IssuerResponse(
        @Schema(examples = "0001107843") String cik,
        @Schema(description = "As its latest filing in the period names it", examples = "QUALYS, INC.") String name,
        @Schema(examples = "34") long filings,
        @Schema(examples = "2024-09-27") LocalDate lastFiled) {
}
