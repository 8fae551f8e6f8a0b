package org.governance.gateway.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.graphql.Description;

@Description("A reporting owner of the company as its Forms 3, 4 and 5 report them: the relationships of their latest filing,"
        + " their first and last filing dates, the exit mark and what they last reported holding")
@JsonIgnoreProperties(ignoreUnknown = true)
public record Insider(String cik, String name, boolean director, boolean officer, String officerTitle, boolean tenPercentOwner,
        boolean other, String otherText,
        @Description("Filing date of the first filing (its period of report when the filing date is unknown)") LocalDate firstFiled,
        @Description("The same for the latest filing") LocalDate lastFiled,
        @Description("Filings naming this owner, amendments included") int filings, String lastAccession,
        @Description("The latest filing says the owner is no longer subject to Section 16") boolean exited,
        List<InsiderHolding> holdings) {

    @Description("The last reported amount owned of one security, one form of ownership")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InsiderHolding(String securityTitle, @Description("NON_DERIVATIVE or DERIVATIVE") String table,
            @Description("D direct or I indirect") String directOrIndirect, String natureOfOwnership, BigDecimal sharesOwned,
            BigDecimal valueOwned, @Description("Period of report of the filing that says so") LocalDate reportedFor,
            String accession) {
    }

    /** filings-service's answer: the insiders of one issuer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OfIssuer(String issuerCik, String issuerName, LocalDate asOf, List<Insider> insiders) {
    }
}
