package org.governance.gateway.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.governance.gateway.model.Filing.FiledTransaction;
import org.governance.gateway.model.Filing.Footnote;
import org.governance.gateway.model.Filing.Plan10b5One;
import org.governance.gateway.model.Filing.ReportingOwner;

@Description("An insider transaction (Table I non-derivative or Table II derivative) with its filing, owners and footnotes")
public record Transaction(String accession, String documentType, LocalDate filingDate, String issuerCik, String issuerName,
        String issuerTradingSymbol, @Description("An amendment supersedes the filing") boolean superseded,
        List<ReportingOwner> reportingOwners, @Description("NON_DERIVATIVE or DERIVATIVE") String table, int seq,
        String securityTitle, BigDecimal conversionOrExercisePrice, LocalDate transactionDate, LocalDate deemedExecutionDate,
        @Description("Transaction code: S sale, P purchase, M exercise, A award, F tax withholding, G gift, ...") String code,
        BigDecimal shares, BigDecimal pricePerShare, @Description("shares x price when both are given") BigDecimal value,
        @Description("A acquired or D disposed") String acquiredDisposed, BigDecimal sharesOwnedFollowing,
        @Description("D direct or I indirect") String directOrIndirect, String natureOfOwnership, LocalDate exerciseDate,
        LocalDate expirationDate, String underlyingSecurityTitle, BigDecimal underlyingSecurityShares,
        Plan10b5One plan10b5One, Integer filingLagBusinessDays, Boolean late, List<Footnote> footnotes) {

    public static Transaction of(TransactionRecord record) {
        FiledTransaction t = record.transaction();
        return new Transaction(record.accession(), record.documentType(), record.filingDate(), record.issuer().cik(),
                record.issuer().name(), record.issuer().tradingSymbol(), record.superseded(), record.reportingOwners(),
                t.table(), t.seq(), t.securityTitle(), t.conversionOrExercisePrice(), t.transactionDate(),
                t.deemedExecutionDate(), t.code(), t.shares(), t.pricePerShare(), t.value(), t.acquiredDisposed(),
                t.sharesOwnedFollowing(), t.directOrIndirect(), t.natureOfOwnership(), t.exerciseDate(), t.expirationDate(),
                t.underlyingSecurityTitle(), t.underlyingSecurityShares(), t.plan10b5One(), t.filingLagBusinessDays(),
                t.late(), record.footnotes());
    }
}
