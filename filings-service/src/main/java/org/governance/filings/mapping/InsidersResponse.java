package org.governance.filings.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Insiders", description = "An issuer's insiders as its Forms 3, 4 and 5 report them, up to a day")
public record InsidersResponse(
        @Schema(examples = "0001107843") String issuerCik,
        @Schema(description = "As the latest filing names it", examples = "QUALYS, INC.") String issuerName,
        @Schema(description = "Filings up to this day count (filing date, or period of report when the filing date is unknown)", examples = "2024-09-30") LocalDate asOf,
        List<Insider> insiders) {

    @Schema(name = "Insider", description = "A reporting owner: the relationships of their latest filing, and what they last reported holding")
    public record Insider(
            @Schema(examples = "0009990001") String cik,
            @Schema(examples = "Wilson John N") String name,
            boolean director,
            boolean officer,
            @Schema(examples = "EVP, Worldwide Field Ops") String officerTitle,
            boolean tenPercentOwner,
            boolean other,
            String otherText,
            @Schema(description = "Filing date of the first filing (or its period of report when the filing date is unknown)") LocalDate firstFiled,
            @Schema(description = "The same for the latest filing") LocalDate lastFiled,
            @Schema(description = "Filings naming this owner, amendments included") int filings,
            @Schema(examples = "0001415889-24-020022") String lastAccession,
            @Schema(description = "The latest filing says the owner is no longer subject to Section 16 (the exit mark)") boolean exited,
            List<Holding> holdings) {
    }

    @Schema(name = "InsiderHolding", description = "The last reported amount owned of one security, one form of ownership")
    public record Holding(
            @Schema(examples = "Common Stock") String securityTitle,
            @Schema(examples = "NON_DERIVATIVE") String table,
            @Schema(description = "D direct or I indirect", examples = "D") String directOrIndirect,
            String natureOfOwnership,
            @Schema(description = "Shares owned after the last reported transaction or as the last holding row says") BigDecimal sharesOwned,
            BigDecimal valueOwned,
            @Schema(description = "Period of report of the filing that says so") LocalDate reportedFor,
            String accession) {
    }
}
