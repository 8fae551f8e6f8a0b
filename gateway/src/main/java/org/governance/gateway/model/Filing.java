package org.governance.gateway.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;

@Description("A Form 3, 4 or 5 (or amendment) with everything it says")
@JsonIgnoreProperties(ignoreUnknown = true)
public record Filing(@Id String accession, String documentType, String schemaVersion, LocalDate periodOfReport,
        LocalDate filingDate, LocalDate dateOfOriginalSubmission, Boolean noSecuritiesOwned, Boolean notSubjectToSection16,
        Boolean form3HoldingsReported, Boolean form4TransactionsReported,
        @Description("The Rule 10b5-1(c) checkbox") Boolean aff10b5One, String remarks, Issuer issuer,
        @Description("The accession this amendment amends") String amends,
        @Description("The amendment that supersedes this filing") String supersededBy,
        List<ReportingOwner> reportingOwners, List<FiledTransaction> nonDerivativeTransactions,
        List<Holding> nonDerivativeHoldings, List<FiledTransaction> derivativeTransactions, List<Holding> derivativeHoldings,
        List<Footnote> footnotes, List<OwnerSignature> ownerSignatures) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Issuer(String cik, String name, String tradingSymbol) {
    }

    @Description("A reporting owner of a filing")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReportingOwner(String cik, String name, String city, String state, boolean director, boolean officer,
            boolean tenPercentOwner, boolean other, String officerTitle, String otherText) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Footnote(String id, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OwnerSignature(String name, LocalDate date) {
    }

    @Description("Whether a trade was made under a Rule 10b5-1 plan, and how we know")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Plan10b5One(@Description("CHECKBOX, FOOTNOTE or NONE") String status, String evidence) {
    }

    @Description("A row of Table I or II reporting a holding without a transaction")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Holding(String table, int seq, String securityTitle, BigDecimal conversionOrExercisePrice,
            LocalDate exerciseDate, LocalDate expirationDate, String underlyingSecurityTitle,
            BigDecimal underlyingSecurityShares, BigDecimal sharesOwnedFollowing, BigDecimal valueOwnedFollowing,
            String directOrIndirect, String natureOfOwnership) {
    }

    /** A transaction as the filings service writes it inside a filing or a transaction record. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FiledTransaction(String table, int seq, String securityTitle, BigDecimal conversionOrExercisePrice,
            LocalDate transactionDate, LocalDate deemedExecutionDate, String formType, String code,
            Boolean equitySwapInvolved, String timeliness, BigDecimal shares, BigDecimal totalValue,
            BigDecimal pricePerShare, BigDecimal value, String acquiredDisposed, LocalDate exerciseDate,
            LocalDate expirationDate, String underlyingSecurityTitle, BigDecimal underlyingSecurityShares,
            BigDecimal sharesOwnedFollowing, BigDecimal valueOwnedFollowing, String directOrIndirect,
            String natureOfOwnership, @Ignore Map<String, List<String>> footnoteRefs, Plan10b5One plan10b5One,
            Integer filingLagBusinessDays, Boolean late) {
    }
}
