package org.governance.filings.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.governance.filings.edgar.Derivations.PlanStatus;

@Schema(name = "Filing", description = "A Form 3, 4 or 5 (or amendment) with everything it says")
public record FilingResponse(
        @Schema(examples = "0001415889-24-020022") String accession,
        @Schema(examples = "4") String documentType,
        @Schema(examples = "X0508") String schemaVersion,
        @Schema(examples = "2024-07-22") LocalDate periodOfReport,
        @Schema(description = "Known when the filing came in a submission text file or with ?filingDate=") LocalDate filingDate,
        LocalDate dateOfOriginalSubmission,
        Boolean noSecuritiesOwned,
        Boolean notSubjectToSection16,
        Boolean form3HoldingsReported,
        Boolean form4TransactionsReported,
        @Schema(description = "The Rule 10b5-1(c) checkbox; null when the form has none") Boolean aff10b5One,
        String remarks,
        IssuerResponse issuer,
        @Schema(description = "The accession this amendment amends") String amends,
        @Schema(description = "The amendment that supersedes this filing") String supersededBy,
        @Schema(examples = "XML") String sourceFormat,
        List<OwnerResponse> reportingOwners,
        List<TransactionResponse> nonDerivativeTransactions,
        List<HoldingResponse> nonDerivativeHoldings,
        List<TransactionResponse> derivativeTransactions,
        List<HoldingResponse> derivativeHoldings,
        List<FootnoteResponse> footnotes,
        List<SignatureResponse> ownerSignatures) {

    @Schema(name = "Issuer")
    public record IssuerResponse(@Schema(examples = "0001107843") String cik, @Schema(examples = "QUALYS, INC.") String name,
            @Schema(examples = "QLYS") String tradingSymbol, String foreignTradingSymbol) {
    }

    @Schema(name = "ReportingOwner")
    public record OwnerResponse(@Schema(examples = "0001254781") String cik, @Schema(examples = "Posey Bruce K") String name,
            String street1, String street2, String city, String state, String zipCode, String stateDescription,
            Boolean nonUsAddress, boolean director, boolean officer, boolean tenPercentOwner, boolean other,
            @Schema(examples = "Chief Legal Officer") String officerTitle, String otherText) {
    }

    @Schema(name = "Transaction", description = "A row of Table I (non-derivative) or Table II (derivative) reporting a transaction")
    public record TransactionResponse(
            @Schema(examples = "NON_DERIVATIVE") String table,
            @Schema(description = "Position of the row in its table, from 1", examples = "1") int seq,
            @Schema(examples = "Common Stock") String securityTitle,
            BigDecimal conversionOrExercisePrice,
            @Schema(examples = "2013-08-06") LocalDate transactionDate,
            LocalDate deemedExecutionDate,
            @Schema(examples = "4") String formType,
            @Schema(examples = "S") String code,
            Boolean equitySwapInvolved,
            @Schema(description = "E (early), L (late) or empty (on time)") String timeliness,
            @Schema(examples = "10000") BigDecimal shares,
            BigDecimal totalValue,
            @Schema(examples = "18.3654") BigDecimal pricePerShare,
            @Schema(description = "shares x pricePerShare, when both are given", examples = "183654.0000") BigDecimal value,
            @Schema(examples = "D") String acquiredDisposed,
            LocalDate exerciseDate,
            LocalDate expirationDate,
            String underlyingSecurityTitle,
            BigDecimal underlyingSecurityShares,
            BigDecimal underlyingSecurityValue,
            @Schema(examples = "55500") BigDecimal sharesOwnedFollowing,
            BigDecimal valueOwnedFollowing,
            @Schema(examples = "D") String directOrIndirect,
            String natureOfOwnership,
            @Schema(description = "Footnote ids cited, by element name") Map<String, List<String>> footnoteRefs,
            PlanResponse plan10b5One,
            @Schema(description = "Business days from the trade (deemed execution date when given) to the filing date") Integer filingLagBusinessDays,
            @Schema(description = "A Form 4 trade reported more than two business days after it was made") Boolean late) {
    }

    @Schema(name = "Plan10b5One", description = "Whether the trade was made under a Rule 10b5-1 plan, and how we know")
    public record PlanResponse(PlanStatus status,
            @Schema(examples = "F1: The transactions reported on this Form 4 were effected pursuant to a Rule 10b5-1 trading plan") String evidence) {
    }

    @Schema(name = "Holding", description = "A row of Table I or Table II reporting a holding without a transaction")
    public record HoldingResponse(String table, int seq, String securityTitle, BigDecimal conversionOrExercisePrice,
            String formType, LocalDate exerciseDate, LocalDate expirationDate, String underlyingSecurityTitle,
            BigDecimal underlyingSecurityShares, BigDecimal underlyingSecurityValue, BigDecimal sharesOwnedFollowing,
            BigDecimal valueOwnedFollowing, String directOrIndirect, String natureOfOwnership,
            Map<String, List<String>> footnoteRefs) {
    }

    @Schema(name = "Footnote")
    public record FootnoteResponse(@Schema(examples = "F1") String id, String text) {
    }

    @Schema(name = "OwnerSignature")
    public record SignatureResponse(@Schema(examples = "/s/ Bruce Posey by power of attorney for John N. Wilson") String name,
            LocalDate date) {
    }
}
