package org.governance.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * filings-service stored a filing it did not have (never for one already present): its header, its reporting
 * owners with their relationship to the issuer, and every transaction of Tables I and II with the verdicts stored
 * at ingest (under a 10b5-1 plan, reported late).
 */
public record FilingStored(String accession, String documentType, LocalDate periodOfReport, LocalDate filingDate,
        String amendsAccession, Boolean aff10b5One, Issuer issuer, List<Owner> owners, List<Trade> transactions) {

    public static final String TYPE = "filing-stored";
    public static final int VERSION = 1;

    public record Issuer(String cik, String name, String tradingSymbol) {
    }

    /** A reporting owner as the filing names them; {@code officerTitle} as written ("Chief Executive Officer", "CFO"). */
    public record Owner(String cik, String name, boolean director, boolean officer, boolean tenPercentOwner, boolean other,
            String officerTitle, String otherText) {
    }

    /**
     * One transaction: {@code table} is NON_DERIVATIVE (Table I) or DERIVATIVE (Table II), {@code acquiredDisposed}
     * A or D, {@code underPlan} and {@code late} as judged at ingest (null where the filing cannot tell).
     */
    public record Trade(String table, int seq, String securityTitle, LocalDate transactionDate, String code,
            BigDecimal shares, BigDecimal pricePerShare, String acquiredDisposed, BigDecimal sharesOwnedFollowing,
            String directOrIndirect, Boolean underPlan, Boolean late) {

        /** Shares times price, or null where either is missing. */
        public BigDecimal value() {
            return shares == null || pricePerShare == null ? null : shares.multiply(pricePerShare);
        }
    }
}
