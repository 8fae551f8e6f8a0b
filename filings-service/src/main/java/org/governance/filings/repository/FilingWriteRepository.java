package org.governance.filings.repository;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.governance.filings.edgar.Derivations;
import org.governance.filings.edgar.OwnershipDocument;
import org.governance.filings.edgar.OwnershipDocument.Footnote;
import org.governance.filings.edgar.OwnershipDocument.Holding;
import org.governance.filings.edgar.OwnershipDocument.Issuer;
import org.governance.filings.edgar.OwnershipDocument.ReportingOwner;
import org.governance.filings.edgar.OwnershipDocument.Signature;
import org.governance.filings.edgar.OwnershipDocument.Transaction;
import org.governance.filings.model.SourceFormat;
import org.governance.filings.model.StoredFiling;

/**
 * Writes of filings, with JDBC batches: ingest is the platform's hot path and needs no entity state (measured in
 * bench/reports; docs/decisions/0002). Every method runs in the caller's transaction.
 */
@ApplicationScoped
public class FilingWriteRepository {

    private static final String INSERT_FILING = """
            INSERT INTO filing (accession, document_type, schema_version, period_of_report, filing_date,
              date_of_original_submission, no_securities_owned, not_subject_to_section16, form3_holdings_reported,
              form4_transactions_reported, aff10b5one, remarks, issuer_cik, issuer_name, issuer_trading_symbol,
              issuer_foreign_trading_symbol, content_sha256, source_format)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""";
    private static final String INSERT_OWNER = """
            INSERT INTO reporting_owner (accession, seq, cik, name, street1, street2, city, state, zip_code, state_description,
              non_us_address, is_director, is_officer, is_ten_percent_owner, is_other, officer_title, other_text)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""";
    private static final String INSERT_TRANSACTION = """
            INSERT INTO filing_transaction (accession, table_kind, seq, security_title, conversion_or_exercise_price,
              transaction_date, deemed_execution_date, form_type, code, equity_swap_involved, timeliness, shares, total_value,
              price_per_share, acquired_disposed, exercise_date, expiration_date, underlying_title, underlying_shares,
              underlying_value, shares_owned_following, value_owned_following, direct_or_indirect, nature_of_ownership,
              footnote_refs, issuer_cik, under_plan, late, verdicts_derived)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?::jsonb,?,?,?,TRUE)""";
    private static final String INSERT_HOLDING = """
            INSERT INTO filing_holding (accession, table_kind, seq, security_title, conversion_or_exercise_price, form_type,
              exercise_date, expiration_date, underlying_title, underlying_shares, underlying_value, shares_owned_following,
              value_owned_following, direct_or_indirect, nature_of_ownership, footnote_refs)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?::jsonb)""";
    private static final String INSERT_FOOTNOTE = "INSERT INTO footnote (accession, id, text) VALUES (?,?,?)";
    private static final String INSERT_SIGNATURE = "INSERT INTO owner_signature (accession, seq, name, date) VALUES (?,?,?,?)";
    private static final String UPDATE_VERDICTS = """
            UPDATE filing_transaction SET under_plan = ?, late = ?, verdicts_derived = TRUE
            WHERE accession = ? AND table_kind = ? AND seq = ?""";

    private final Jdbc jdbc;
    private final FilingReadRepository reads;
    private final ObjectMapper json;

    public FilingWriteRepository(Jdbc jdbc, FilingReadRepository reads, ObjectMapper json) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.json = json;
    }

    /** A filing to store: its accession, filing date (when known), content hash, source and document. */
    public record NewFiling(String accession, LocalDate filingDate, String sha256, SourceFormat sourceFormat, OwnershipDocument doc) {
    }

    /**
     * Stores filings with one JDBC batch per table (the bulk import's path: a few round trips for hundreds of
     * filings). Any accession already stored fails the whole call on the primary key (SQLState 23505).
     */
    public void insertAll(List<NewFiling> newFilings) throws SQLException {
        List<Object[]> filings = new ArrayList<>();
        List<Object[]> owners = new ArrayList<>();
        List<Object[]> transactions = new ArrayList<>();
        List<Object[]> holdings = new ArrayList<>();
        List<Object[]> footnotes = new ArrayList<>();
        List<Object[]> signatures = new ArrayList<>();
        for (NewFiling f : newFilings) {
            OwnershipDocument doc = f.doc();
            Issuer issuer = doc.issuer();
            filings.add(new Object[] { f.accession(), doc.documentType(), doc.schemaVersion(), doc.periodOfReport(), f.filingDate(),
                doc.dateOfOriginalSubmission(), doc.noSecuritiesOwned(), doc.notSubjectToSection16(), doc.form3HoldingsReported(),
                doc.form4TransactionsReported(), doc.aff10b5One(), doc.remarks(), issuer.cik(), issuer.name(),
                issuer.tradingSymbol(), issuer.foreignTradingSymbol(), f.sha256(), f.sourceFormat().name() });
            int ownerSeq = 0;
            for (ReportingOwner o : doc.reportingOwners()) {
                owners.add(new Object[] { f.accession(), ++ownerSeq, o.cik(), o.name(), o.street1(), o.street2(), o.city(),
                    o.state(), o.zipCode(), o.stateDescription(), o.nonUsAddress(), o.director(), o.officer(),
                    o.tenPercentOwner(), o.other(), o.officerTitle(), o.otherText() });
            }
            Map<String, String> footnoteTexts = doc.footnoteTexts();
            for (Transaction t : doc.transactions()) {
                transactions.add(new Object[] { f.accession(), t.table().name(), t.seq(), t.securityTitle(),
                    t.conversionOrExercisePrice(), t.transactionDate(), t.deemedExecutionDate(), t.formType(), t.code(),
                    t.equitySwapInvolved(), t.timeliness(), t.shares(), t.totalValue(), t.pricePerShare(), t.acquiredDisposed(),
                    t.exerciseDate(), t.expirationDate(), t.underlyingTitle(), t.underlyingShares(), t.underlyingValue(),
                    t.sharesOwnedFollowing(), t.valueOwnedFollowing(), t.directOrIndirect(), t.natureOfOwnership(),
                    toJson(t.footnoteRefs()), issuer.cik(), underPlan(doc, t, footnoteTexts),
                    Derivations.late(doc.documentType(), t, f.filingDate()) });
            }
            for (Holding h : doc.holdings()) {
                holdings.add(new Object[] { f.accession(), h.table().name(), h.seq(), h.securityTitle(),
                    h.conversionOrExercisePrice(), h.formType(), h.exerciseDate(), h.expirationDate(), h.underlyingTitle(),
                    h.underlyingShares(), h.underlyingValue(), h.sharesOwnedFollowing(), h.valueOwnedFollowing(),
                    h.directOrIndirect(), h.natureOfOwnership(), toJson(h.footnoteRefs()) });
            }
            for (Footnote footnote : doc.footnotes()) {
                footnotes.add(new Object[] { f.accession(), footnote.id(), footnote.text() });
            }
            int signatureSeq = 0;
            for (Signature signature : doc.signatures()) {
                signatures.add(new Object[] { f.accession(), ++signatureSeq, signature.name(), signature.date() });
            }
        }
        jdbc.withConnection(connection -> {
            Jdbc.batch(connection, INSERT_FILING, filings);
            Jdbc.batch(connection, INSERT_OWNER, owners);
            Jdbc.batch(connection, INSERT_TRANSACTION, transactions);
            Jdbc.batch(connection, INSERT_HOLDING, holdings);
            Jdbc.batch(connection, INSERT_FOOTNOTE, footnotes);
            Jdbc.batch(connection, INSERT_SIGNATURE, signatures);
        });
    }

    public void setFilingDate(String accession, LocalDate filingDate) {
        jdbc.update("Setting a filing date", "UPDATE filing SET filing_date = ? WHERE accession = ? AND filing_date IS NULL",
                filingDate, accession);
        // lateness is counted to the filing date
        deriveVerdicts(accession);
    }

    /** Links an amendment to the filing it amends; the newest amendment supersedes the original. */
    public void link(String amendment, String original) {
        jdbc.update("Linking an amendment", "UPDATE filing SET amends_accession = ? WHERE accession = ?", original, amendment);
        jdbc.update("Marking a superseded filing",
                "UPDATE filing SET superseded_by = ? WHERE accession = ? AND (superseded_by IS NULL OR superseded_by < ?)",
                amendment, original, amendment);
    }

    /** Derives again the plan and lateness verdicts of a filing's rows (after its filing date became known, or for old rows). */
    public void deriveVerdicts(String accession) {
        Optional<StoredFiling> stored = reads.find(accession);
        if (stored.isEmpty()) {
            jdbc.update("Marking verdicts derived", "UPDATE filing_transaction SET verdicts_derived = TRUE WHERE accession = ?", accession);
            return;
        }
        OwnershipDocument doc = stored.get().document();
        LocalDate filingDate = stored.get().header().filingDate();
        Map<String, String> footnoteTexts = doc.footnoteTexts();
        List<Object[]> rows = doc.transactions().stream().map(t -> new Object[] { underPlan(doc, t, footnoteTexts),
            Derivations.late(doc.documentType(), t, filingDate), accession, t.table().name(), t.seq() }).toList();
        try {
            jdbc.withConnection(connection -> Jdbc.batch(connection, UPDATE_VERDICTS, rows));
        } catch (SQLException e) {
            throw new Jdbc.DataAccessException("Deriving a filing's verdicts", e);
        }
    }

    private static boolean underPlan(OwnershipDocument doc, Transaction t, Map<String, String> footnoteTexts) {
        return Derivations.underPlan(doc, t, footnoteTexts);
    }

    private String toJson(Map<String, List<String>> refs) {
        try {
            return json.writeValueAsString(refs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Footnote references could not be written as JSON", e);
        }
    }
}
