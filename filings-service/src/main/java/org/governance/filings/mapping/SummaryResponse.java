package org.governance.filings.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TradingSummary", description = "Shares and value acquired and disposed, per transaction code, over a period")
public record SummaryResponse(
        @Schema(examples = "0001107843") String cik,
        @Schema(examples = "2024-Q3") String quarter,
        LocalDate from,
        LocalDate to,
        @Schema(examples = "NON_DERIVATIVE") String table,
        List<CodeSummary> byCode,
        CodeSummary total) {

    @Schema(name = "CodeSummary", description = "Value sums cover the rows that give both shares and a price")
    public record CodeSummary(
            @Schema(examples = "S", description = "null on the total") String code,
            long transactions,
            BigDecimal sharesAcquired,
            BigDecimal sharesDisposed,
            @Schema(description = "acquired minus disposed") BigDecimal netShares,
            BigDecimal valueAcquired,
            BigDecimal valueDisposed,
            BigDecimal netValue,
            @Schema(description = "sum(shares x price) / sum(shares) over priced rows, 6 decimals") BigDecimal weightedAveragePrice) {
    }
}
