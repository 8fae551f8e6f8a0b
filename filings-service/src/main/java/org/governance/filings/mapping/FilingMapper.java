package org.governance.filings.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.filings.edgar.Derivations;
import org.governance.filings.edgar.OwnershipDocument;
import org.governance.filings.edgar.OwnershipDocument.Holding;
import org.governance.filings.edgar.OwnershipDocument.ReportingOwner;
import org.governance.filings.edgar.OwnershipDocument.Table;
import org.governance.filings.edgar.OwnershipDocument.Transaction;
import org.governance.filings.mapping.FilingResponse.FootnoteResponse;
import org.governance.filings.mapping.FilingResponse.HoldingResponse;
import org.governance.filings.mapping.FilingResponse.IssuerResponse;
import org.governance.filings.mapping.FilingResponse.OwnerResponse;
import org.governance.filings.mapping.FilingResponse.PlanResponse;
import org.governance.filings.mapping.FilingResponse.SignatureResponse;
import org.governance.filings.mapping.FilingResponse.TransactionResponse;
import org.governance.filings.model.FilingHeader;
import org.governance.filings.model.StoredFiling;
import org.governance.filings.model.StoredTransaction;
import org.governance.filings.repository.FilingReadRepository.CodeTotals;

/** Stored filings to their wire form, with the derived values (value, 10b5-1 status, filing lag, lateness). */
@ApplicationScoped
public class FilingMapper {

    public FilingResponse toResponse(StoredFiling stored) {
        FilingHeader header = stored.header();
        OwnershipDocument doc = stored.document();
        Map<String, String> footnotes = doc.footnoteTexts();
        return new FilingResponse(header.accession(), doc.documentType(), doc.schemaVersion(), doc.periodOfReport(),
                header.filingDate(), doc.dateOfOriginalSubmission(), doc.noSecuritiesOwned(), doc.notSubjectToSection16(),
                doc.form3HoldingsReported(), doc.form4TransactionsReported(), doc.aff10b5One(), doc.remarks(),
                new IssuerResponse(doc.issuer().cik(), doc.issuer().name(), doc.issuer().tradingSymbol(),
                        doc.issuer().foreignTradingSymbol()),
                header.amendsAccession(), header.supersededBy(), header.sourceFormat(),
                doc.reportingOwners().stream().map(FilingMapper::owner).toList(),
                transactions(doc, header, footnotes, Table.NON_DERIVATIVE),
                holdings(doc, Table.NON_DERIVATIVE),
                transactions(doc, header, footnotes, Table.DERIVATIVE),
                holdings(doc, Table.DERIVATIVE),
                doc.footnotes().stream().map(f -> new FootnoteResponse(f.id(), f.text())).toList(),
                doc.signatures().stream().map(s -> new SignatureResponse(s.name(), s.date())).toList());
    }

    public TransactionRecord toRecord(StoredTransaction stored) {
        FilingHeader header = stored.filing();
        Transaction transaction = stored.transaction();
        Set<String> cited = new LinkedHashSet<>();
        transaction.footnoteRefs().values().forEach(cited::addAll);
        return new TransactionRecord(header.accession(), header.documentType(), header.filingDate(),
                new IssuerResponse(header.issuerCik(), header.issuerName(), header.issuerTradingSymbol(), null),
                header.supersededBy() != null, stored.owners().stream().map(FilingMapper::owner).toList(),
                transaction(transaction, header.documentType(), header.filingDate(), header.aff10b5One(), stored.footnotes()),
                cited.stream().filter(stored.footnotes()::containsKey)
                        .map(id -> new FootnoteResponse(id, stored.footnotes().get(id))).toList());
    }

    public SummaryResponse.CodeSummary toSummary(CodeTotals totals) {
        return summary(totals.code(), totals.transactions(), totals.sharesAcquired(), totals.sharesDisposed(),
                totals.valueAcquired(), totals.valueDisposed(), totals.pricedValue(), totals.pricedShares());
    }

    /** The sum over all codes. */
    public SummaryResponse.CodeSummary total(List<CodeTotals> byCode) {
        return summary(null, byCode.stream().mapToLong(CodeTotals::transactions).sum(),
                sum(byCode, CodeTotals::sharesAcquired), sum(byCode, CodeTotals::sharesDisposed),
                sum(byCode, CodeTotals::valueAcquired), sum(byCode, CodeTotals::valueDisposed),
                sumOrNull(byCode, CodeTotals::pricedValue), sumOrNull(byCode, CodeTotals::pricedShares));
    }

    private static SummaryResponse.CodeSummary summary(String code, long count, BigDecimal sharesAcquired,
            BigDecimal sharesDisposed, BigDecimal valueAcquired, BigDecimal valueDisposed, BigDecimal pricedValue,
            BigDecimal pricedShares) {
        BigDecimal average = pricedValue == null || pricedShares == null || pricedShares.signum() == 0 ? null
                : pricedValue.divide(pricedShares, 6, RoundingMode.HALF_EVEN);
        return new SummaryResponse.CodeSummary(code, count, sharesAcquired, sharesDisposed, sharesAcquired.subtract(sharesDisposed),
                valueAcquired, valueDisposed, valueAcquired.subtract(valueDisposed), average);
    }

    private static BigDecimal sum(List<CodeTotals> rows, java.util.function.Function<CodeTotals, BigDecimal> field) {
        return rows.stream().map(field).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal sumOrNull(List<CodeTotals> rows, java.util.function.Function<CodeTotals, BigDecimal> field) {
        return rows.stream().map(field).filter(java.util.Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }

    private static List<TransactionResponse> transactions(OwnershipDocument doc, FilingHeader header,
            Map<String, String> footnotes, Table table) {
        return doc.transactions().stream().filter(t -> t.table() == table)
                .map(t -> transaction(t, doc.documentType(), header.filingDate(), doc.aff10b5One(), footnotes)).toList();
    }

    private static List<HoldingResponse> holdings(OwnershipDocument doc, Table table) {
        return doc.holdings().stream().filter(h -> h.table() == table).map(FilingMapper::holding).toList();
    }

    static TransactionResponse transaction(Transaction t, String documentType, LocalDate filingDate, Boolean aff10b5One,
            Map<String, String> footnotes) {
        Derivations.Plan plan = Derivations.plan(aff10b5One, t, footnotes);
        return new TransactionResponse(t.table().name(), t.seq(), t.securityTitle(), t.conversionOrExercisePrice(),
                t.transactionDate(), t.deemedExecutionDate(), t.formType(), t.code(), t.equitySwapInvolved(), t.timeliness(),
                t.shares(), t.totalValue(), t.pricePerShare(), Derivations.value(t.shares(), t.pricePerShare()),
                t.acquiredDisposed(), t.exerciseDate(), t.expirationDate(), t.underlyingTitle(), t.underlyingShares(),
                t.underlyingValue(), t.sharesOwnedFollowing(), t.valueOwnedFollowing(), t.directOrIndirect(),
                t.natureOfOwnership(), t.footnoteRefs(), new PlanResponse(plan.status(), plan.evidence()),
                Derivations.filingLag(t, filingDate), Derivations.late(documentType, t, filingDate));
    }

    private static HoldingResponse holding(Holding h) {
        return new HoldingResponse(h.table().name(), h.seq(), h.securityTitle(), h.conversionOrExercisePrice(), h.formType(),
                h.exerciseDate(), h.expirationDate(), h.underlyingTitle(), h.underlyingShares(), h.underlyingValue(),
                h.sharesOwnedFollowing(), h.valueOwnedFollowing(), h.directOrIndirect(), h.natureOfOwnership(), h.footnoteRefs());
    }

    private static OwnerResponse owner(ReportingOwner o) {
        return new OwnerResponse(o.cik(), o.name(), o.street1(), o.street2(), o.city(), o.state(), o.zipCode(),
                o.stateDescription(), o.nonUsAddress(), o.director(), o.officer(), o.tenPercentOwner(), o.other(),
                o.officerTitle(), o.otherText());
    }
}
