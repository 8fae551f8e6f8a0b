package org.governance.filings.edgar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One EDGAR ownership document (Form 3, 4 or 5, or an amendment), as filed: every element kept, values exact,
 * a value given only as a footnote left empty with its footnote reference.
 */
public record OwnershipDocument(
        String schemaVersion,
        String documentType,
        LocalDate periodOfReport,
        LocalDate dateOfOriginalSubmission,
        Boolean noSecuritiesOwned,
        Boolean notSubjectToSection16,
        Boolean form3HoldingsReported,
        Boolean form4TransactionsReported,
        Boolean aff10b5One,
        Issuer issuer,
        List<ReportingOwner> reportingOwners,
        List<Transaction> transactions,
        List<Holding> holdings,
        List<Footnote> footnotes,
        String remarks,
        List<Signature> signatures) {

    /** Each footnote's text by its id (the first of a repeated id), as the 10b5-1 rule reads them. */
    public Map<String, String> footnoteTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        footnotes.forEach(footnote -> texts.putIfAbsent(footnote.id(), footnote.text()));
        return texts;
    }

    public enum Table {
        NON_DERIVATIVE, DERIVATIVE
    }

    public record Issuer(String cik, String name, String tradingSymbol, String foreignTradingSymbol) {
    }

    public record ReportingOwner(String cik, String name, String street1, String street2, String city, String state,
            String zipCode, String stateDescription, Boolean nonUsAddress, boolean director, boolean officer,
            boolean tenPercentOwner, boolean other, String officerTitle, String otherText) {
    }

    /** A row of Table I or Table II that reports a transaction. */
    public record Transaction(Table table, int seq, String securityTitle, BigDecimal conversionOrExercisePrice,
            LocalDate transactionDate, LocalDate deemedExecutionDate, String formType, String code,
            Boolean equitySwapInvolved, String timeliness, BigDecimal shares, BigDecimal totalValue,
            BigDecimal pricePerShare, String acquiredDisposed, LocalDate exerciseDate, LocalDate expirationDate,
            String underlyingTitle, BigDecimal underlyingShares, BigDecimal underlyingValue,
            BigDecimal sharesOwnedFollowing, BigDecimal valueOwnedFollowing, String directOrIndirect,
            String natureOfOwnership, Map<String, List<String>> footnoteRefs) {
    }

    /** A row of Table I or Table II that reports a holding without a transaction. */
    public record Holding(Table table, int seq, String securityTitle, BigDecimal conversionOrExercisePrice,
            String formType, LocalDate exerciseDate, LocalDate expirationDate, String underlyingTitle,
            BigDecimal underlyingShares, BigDecimal underlyingValue, BigDecimal sharesOwnedFollowing,
            BigDecimal valueOwnedFollowing, String directOrIndirect, String natureOfOwnership,
            Map<String, List<String>> footnoteRefs) {
    }

    public record Footnote(String id, String text) {
    }

    public record Signature(String name, LocalDate date) {
    }

    public boolean isAmendment() {
        return documentType.endsWith("/A");
    }

    /** The form without the amendment suffix: "4" for "4/A". */
    public String baseForm() {
        return documentType.replace("/A", "");
    }
}
