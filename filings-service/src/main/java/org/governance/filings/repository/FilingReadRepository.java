package org.governance.filings.repository;

import static org.governance.filings.repository.Jdbc.bool;
import static org.governance.filings.repository.Jdbc.date;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.governance.filings.edgar.OwnershipDocument;
import org.governance.filings.edgar.OwnershipDocument.Footnote;
import org.governance.filings.edgar.OwnershipDocument.Holding;
import org.governance.filings.edgar.OwnershipDocument.Issuer;
import org.governance.filings.edgar.OwnershipDocument.ReportingOwner;
import org.governance.filings.edgar.OwnershipDocument.Signature;
import org.governance.filings.edgar.OwnershipDocument.Table;
import org.governance.filings.edgar.OwnershipDocument.Transaction;
import org.governance.filings.model.FilingHeader;
import org.governance.filings.model.StoredFiling;
import org.governance.filings.model.StoredTransaction;
import org.governance.filings.model.TransactionQuery;
import org.governance.wire.PageRequest;

/** Reads of stored filings and their transactions, in plain SQL over {@link Jdbc}. */
@ApplicationScoped
public class FilingReadRepository {

    private static final TypeReference<LinkedHashMap<String, List<String>>> REFS = new TypeReference<>() {
    };
    /** The header's columns, ending in a newline so that a clause can follow. */
    private static final String HEADER_COLUMNS = """
            f.accession, f.document_type, f.period_of_report, f.filing_date, f.aff10b5one, f.issuer_cik, f.issuer_name,
            f.issuer_trading_symbol, f.amends_accession, f.superseded_by, f.content_sha256, f.source_format, f.received_at
            """;

    private final Jdbc jdbc;
    private final ObjectMapper json;

    public FilingReadRepository(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** An amendment not linked to its original yet, with what names the original. */
    public record UnlinkedAmendment(String accession, String documentType, String issuerCik, String ownerCik,
            LocalDate dateOfOriginalSubmission, LocalDate periodOfReport) {
    }

    /** Sums for one transaction code; priced sums cover only rows with both shares and a price. */
    public record CodeTotals(String code, long transactions, BigDecimal sharesAcquired, BigDecimal sharesDisposed,
            BigDecimal valueAcquired, BigDecimal valueDisposed, BigDecimal pricedValue, BigDecimal pricedShares) {
    }

    private record TransactionRow(FilingHeader header, Transaction transaction) {
    }

    private record OwnerRow(String accession, ReportingOwner owner) {
    }

    private record FootnoteRow(String accession, String id, String text) {
    }

    /** Which of these accessions are stored already. */
    public Set<String> existing(List<String> accessions) {
        return new HashSet<>(jdbc.query("Reading stored accessions", "SELECT f.accession FROM filing f WHERE f.accession = ANY (?)",
                rs -> rs.getString(1), (Object) accessions.toArray(String[]::new)));
    }

    public Optional<FilingHeader> header(String accession) {
        return jdbc.queryOne("Reading a filing's header", "SELECT " + HEADER_COLUMNS + " FROM filing f WHERE f.accession = ?",
                FilingReadRepository::header, accession);
    }

    /**
     * The filing an amendment amends: same form, same issuer, the same first reporting owner, filed on the amendment's
     * date of original submission (or, where that filing's date is unknown, for the same period), newest first.
     */
    public Optional<FilingHeader> originalOf(String amendmentAccession, String baseForm, String issuerCik, String ownerCik,
            LocalDate dateOfOriginalSubmission, LocalDate periodOfReport) {
        return jdbc.queryOne("Finding an amendment's original", "SELECT " + HEADER_COLUMNS + """
                 FROM filing f JOIN reporting_owner o ON o.accession = f.accession AND o.seq = 1
                 WHERE f.document_type = ? AND f.issuer_cik = ? AND o.cik = ? AND f.accession <> ?
                   AND (f.filing_date = CAST(? AS date) OR ((CAST(? AS date) IS NULL OR f.filing_date IS NULL) AND f.period_of_report = ?))
                 ORDER BY f.filing_date DESC NULLS LAST, f.accession DESC LIMIT 1""",
                FilingReadRepository::header, baseForm, issuerCik, ownerCik, amendmentAccession, dateOfOriginalSubmission,
                dateOfOriginalSubmission, periodOfReport);
    }

    /**
     * The amendments of these issuers still waiting for their original (few: most originals arrive first); an
     * amendment names its original by issuer, first owner and date of original submission.
     */
    public List<UnlinkedAmendment> unlinkedAmendments(Set<String> issuerCiks) {
        return jdbc.query("Reading unlinked amendments", """
                SELECT f.accession, f.document_type, f.issuer_cik, o.cik, f.date_of_original_submission, f.period_of_report
                FROM filing f JOIN reporting_owner o ON o.accession = f.accession AND o.seq = 1
                WHERE f.amends_accession IS NULL AND f.document_type LIKE '%/A' AND f.issuer_cik = ANY (?)
                ORDER BY f.filing_date NULLS FIRST, f.accession""",
                rs -> new UnlinkedAmendment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)),
                (Object) issuerCiks.toArray(String[]::new));
    }

    /** The filing row's own facts, read before its other rows (so that no result stays open while they are read). */
    private record FilingRow(FilingHeader header, String schemaVersion, LocalDate dateOfOriginalSubmission, Boolean noSecuritiesOwned,
            Boolean notSubjectToSection16, Boolean form3HoldingsReported, Boolean form4TransactionsReported, Issuer issuer,
            String remarks) {
    }

    /** A stored filing with everything it says: the filing row read once, then one statement per kind of row. */
    public Optional<StoredFiling> find(String accession) {
        return jdbc.queryOne("Reading a filing", "SELECT * FROM filing f WHERE f.accession = ?", rs -> new FilingRow(header(rs),
                rs.getString("schema_version"), date(rs, "date_of_original_submission"), bool(rs, "no_securities_owned"),
                bool(rs, "not_subject_to_section16"), bool(rs, "form3_holdings_reported"), bool(rs, "form4_transactions_reported"),
                new Issuer(rs.getString("issuer_cik"), rs.getString("issuer_name"), rs.getString("issuer_trading_symbol"),
                        rs.getString("issuer_foreign_trading_symbol")),
                rs.getString("remarks")), accession).map(row -> new StoredFiling(row.header(), document(row)));
    }

    private OwnershipDocument document(FilingRow row) {
        String accession = row.header().accession();
        return new OwnershipDocument(row.schemaVersion(), row.header().documentType(), row.header().periodOfReport(),
                row.dateOfOriginalSubmission(), row.noSecuritiesOwned(), row.notSubjectToSection16(), row.form3HoldingsReported(),
                row.form4TransactionsReported(), row.header().aff10b5One(), row.issuer(),
                owners(List.of(accession)).getOrDefault(accession, List.of()),
                jdbc.query("Reading a filing's transactions", "SELECT * FROM filing_transaction WHERE accession = ? ORDER BY table_kind DESC, seq",
                        this::transaction, accession),
                jdbc.query("Reading a filing's holdings", "SELECT * FROM filing_holding WHERE accession = ? ORDER BY table_kind DESC, seq",
                        this::holding, accession),
                jdbc.query("Reading a filing's footnotes", "SELECT id, text FROM footnote WHERE accession = ? ORDER BY length(id), id",
                        r -> new Footnote(r.getString("id"), r.getString("text")), accession),
                row.remarks(),
                jdbc.query("Reading a filing's signatures", "SELECT name, date FROM owner_signature WHERE accession = ? ORDER BY seq",
                        r -> new Signature(r.getString("name"), date(r, "date")), accession));
    }

    public List<StoredTransaction> transactions(TransactionQuery query, PageRequest page) {
        Where where = where(query);
        List<Object> parameters = new ArrayList<>(where.parameters);
        parameters.add(page.size());
        parameters.add(page.firstResult());
        List<TransactionRow> rows = jdbc.query("Searching transactions", "SELECT " + HEADER_COLUMNS
                + ", t.* FROM filing_transaction t JOIN filing f ON f.accession = t.accession" + where.sql
                + " ORDER BY " + orderBy(query.sort()) + "t.transaction_date, t.accession, t.table_kind DESC, t.seq LIMIT ? OFFSET ?",
                rs -> new TransactionRow(header(rs), transaction(rs)), parameters.toArray());
        List<String> accessions = rows.stream().map(row -> row.header().accession()).distinct().toList();
        Map<String, List<ReportingOwner>> owners = owners(accessions);
        Map<String, Map<String, String>> footnotes = footnotes(accessions);
        return rows.stream().map(row -> new StoredTransaction(row.header(), owners.getOrDefault(row.header().accession(), List.of()),
                row.transaction(), footnotes.getOrDefault(row.header().accession(), Map.of()))).toList();
    }

    public long countTransactions(TransactionQuery query) {
        Where where = where(query);
        return jdbc.query("Counting transactions", "SELECT count(*) FROM filing_transaction t JOIN filing f ON f.accession = t.accession"
                + where.sql, rs -> rs.getLong(1), where.parameters.toArray()).get(0);
    }

    /** Totals per transaction code over the matching transactions. */
    public List<CodeTotals> totalsByCode(TransactionQuery query) {
        Where where = where(query);
        return jdbc.query("Summing transactions", """
                SELECT t.code, count(*) AS transactions,
                  coalesce(sum(t.shares) FILTER (WHERE t.acquired_disposed = 'A'), 0) AS shares_acquired,
                  coalesce(sum(t.shares) FILTER (WHERE t.acquired_disposed = 'D'), 0) AS shares_disposed,
                  coalesce(sum(t.shares * t.price_per_share) FILTER (WHERE t.acquired_disposed = 'A'), 0) AS value_acquired,
                  coalesce(sum(t.shares * t.price_per_share) FILTER (WHERE t.acquired_disposed = 'D'), 0) AS value_disposed,
                  sum(t.shares * t.price_per_share) AS priced_value,
                  sum(t.shares) FILTER (WHERE t.price_per_share IS NOT NULL) AS priced_shares
                FROM filing_transaction t JOIN filing f ON f.accession = t.accession""" + where.sql + " GROUP BY t.code ORDER BY t.code",
                rs -> new CodeTotals(rs.getString("code"), rs.getLong("transactions"), rs.getBigDecimal("shares_acquired"),
                        rs.getBigDecimal("shares_disposed"), rs.getBigDecimal("value_acquired"),
                        rs.getBigDecimal("value_disposed"), rs.getBigDecimal("priced_value"), rs.getBigDecimal("priced_shares")),
                where.parameters.toArray());
    }

    /** Accessions with rows stored before their verdicts were kept (V5), a batch at a time. */
    public List<String> underivedAccessions(int limit) {
        return jdbc.query("Reading filings without verdicts", "SELECT DISTINCT accession FROM filing_transaction WHERE NOT verdicts_derived LIMIT ?",
                rs -> rs.getString(1), limit);
    }

    private record Where(String sql, List<Object> parameters) {
    }

    /** The sort key first (rows without it last), then filing order. */
    private static String orderBy(TransactionQuery.Sort sort) {
        String direction = sort.descending() ? " DESC NULLS LAST, " : " ASC NULLS LAST, ";
        return switch (sort.key()) {
            case DATE -> sort.descending() ? "t.transaction_date DESC NULLS LAST, " : "";
            case VALUE -> "t.shares * t.price_per_share" + direction;
            case SHARES -> "t.shares" + direction;
        };
    }

    private static Where where(TransactionQuery query) {
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (!query.includeSuperseded()) {
            clauses.add("f.superseded_by IS NULL");
        }
        if (!query.issuerCiks().isEmpty()) {
            // the transaction's own copy of its filing's issuer: read with the period from one index (V4)
            clauses.add("t.issuer_cik = ANY (?)");
            parameters.add(query.issuerCiks().toArray(String[]::new));
        }
        if (query.from() != null) {
            clauses.add("t.transaction_date >= ?");
            parameters.add(query.from());
        }
        if (query.to() != null) {
            clauses.add("t.transaction_date <= ?");
            parameters.add(query.to());
        }
        if (!query.codes().isEmpty()) {
            clauses.add("t.code = ANY (?)");
            parameters.add(query.codes().toArray(String[]::new));
        }
        if (query.table() != null) {
            clauses.add("t.table_kind = ?");
            parameters.add(query.table().name());
        }
        if (!query.ownerCiks().isEmpty()) {
            clauses.add("EXISTS (SELECT 1 FROM reporting_owner o WHERE o.accession = f.accession AND o.cik = ANY (?))");
            parameters.add(query.ownerCiks().toArray(String[]::new));
        }
        if (query.minValue() != null) {
            clauses.add("t.shares * t.price_per_share >= ?");
            parameters.add(query.minValue());
        }
        if (!query.roles().isEmpty()) {
            List<String> roles = query.roles().stream().map(role -> switch (role) {
                case DIRECTOR -> "o.is_director";
                case OFFICER -> "o.is_officer";
                case TEN_PERCENT_OWNER -> "o.is_ten_percent_owner";
                case OTHER -> "o.is_other";
            }).toList();
            clauses.add("EXISTS (SELECT 1 FROM reporting_owner o WHERE o.accession = f.accession AND (" + String.join(" OR ", roles) + "))");
        }
        if (query.underPlan() != null) {
            clauses.add("t.under_plan = ?");
            parameters.add(query.underPlan());
        }
        if (query.late() != null) {
            clauses.add("t.late = ?");
            parameters.add(query.late());
        }
        return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), parameters);
    }

    private Map<String, List<ReportingOwner>> owners(List<String> accessions) {
        Map<String, List<ReportingOwner>> owners = new LinkedHashMap<>();
        if (accessions.isEmpty()) {
            return owners;
        }
        for (OwnerRow row : jdbc.query("Reading reporting owners", "SELECT * FROM reporting_owner WHERE accession = ANY (?) ORDER BY accession, seq",
                rs -> new OwnerRow(rs.getString("accession"), new ReportingOwner(rs.getString("cik"), rs.getString("name"),
                        rs.getString("street1"), rs.getString("street2"), rs.getString("city"), rs.getString("state"),
                        rs.getString("zip_code"), rs.getString("state_description"), bool(rs, "non_us_address"),
                        rs.getBoolean("is_director"), rs.getBoolean("is_officer"), rs.getBoolean("is_ten_percent_owner"),
                        rs.getBoolean("is_other"), rs.getString("officer_title"), rs.getString("other_text"))),
                (Object) accessions.toArray(String[]::new))) {
            owners.computeIfAbsent(row.accession(), a -> new ArrayList<>()).add(row.owner());
        }
        return owners;
    }

    private Map<String, Map<String, String>> footnotes(List<String> accessions) {
        Map<String, Map<String, String>> footnotes = new LinkedHashMap<>();
        if (accessions.isEmpty()) {
            return footnotes;
        }
        for (FootnoteRow row : jdbc.query("Reading footnotes",
                "SELECT accession, id, text FROM footnote WHERE accession = ANY (?) ORDER BY accession, length(id), id",
                rs -> new FootnoteRow(rs.getString(1), rs.getString(2), rs.getString(3)), (Object) accessions.toArray(String[]::new))) {
            footnotes.computeIfAbsent(row.accession(), a -> new LinkedHashMap<>()).put(row.id(), row.text());
        }
        return footnotes;
    }

    private Transaction transaction(ResultSet rs) throws SQLException {
        return new Transaction(Table.valueOf(rs.getString("table_kind")), rs.getInt("seq"), rs.getString("security_title"),
                rs.getBigDecimal("conversion_or_exercise_price"), date(rs, "transaction_date"), date(rs, "deemed_execution_date"),
                rs.getString("form_type"), rs.getString("code"), bool(rs, "equity_swap_involved"), rs.getString("timeliness"),
                rs.getBigDecimal("shares"), rs.getBigDecimal("total_value"), rs.getBigDecimal("price_per_share"),
                rs.getString("acquired_disposed"), date(rs, "exercise_date"), date(rs, "expiration_date"),
                rs.getString("underlying_title"), rs.getBigDecimal("underlying_shares"), rs.getBigDecimal("underlying_value"),
                rs.getBigDecimal("shares_owned_following"), rs.getBigDecimal("value_owned_following"),
                rs.getString("direct_or_indirect"), rs.getString("nature_of_ownership"), fromJson(rs.getString("footnote_refs")));
    }

    private Holding holding(ResultSet rs) throws SQLException {
        return new Holding(Table.valueOf(rs.getString("table_kind")), rs.getInt("seq"), rs.getString("security_title"),
                rs.getBigDecimal("conversion_or_exercise_price"), rs.getString("form_type"), date(rs, "exercise_date"),
                date(rs, "expiration_date"), rs.getString("underlying_title"), rs.getBigDecimal("underlying_shares"),
                rs.getBigDecimal("underlying_value"), rs.getBigDecimal("shares_owned_following"),
                rs.getBigDecimal("value_owned_following"), rs.getString("direct_or_indirect"),
                rs.getString("nature_of_ownership"), fromJson(rs.getString("footnote_refs")));
    }

    private static FilingHeader header(ResultSet rs) throws SQLException {
        return new FilingHeader(rs.getString("accession"), rs.getString("document_type"), date(rs, "period_of_report"),
                date(rs, "filing_date"), bool(rs, "aff10b5one"), rs.getString("issuer_cik"), rs.getString("issuer_name"),
                rs.getString("issuer_trading_symbol"), rs.getString("amends_accession"), rs.getString("superseded_by"),
                rs.getString("content_sha256"), rs.getString("source_format"), rs.getTimestamp("received_at").toInstant());
    }

    private Map<String, List<String>> fromJson(String refs) {
        try {
            return json.readValue(refs, REFS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored footnote reference list is not JSON", e);
        }
    }
}
