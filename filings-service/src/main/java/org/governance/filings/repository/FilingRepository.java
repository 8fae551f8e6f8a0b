package org.governance.filings.repository;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.governance.filings.edgar.Derivations;
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

/**
 * Filings in PostgreSQL, written with JDBC batches: ingest is the platform's hot path and needs no entity state.
 * Every method runs in the caller's transaction.
 */
@ApplicationScoped
public class FilingRepository {

    private static final TypeReference<LinkedHashMap<String, List<String>>> REFS = new TypeReference<>() {
    };
    private static final String HEADER_COLUMNS = "f.accession, f.document_type, f.period_of_report, f.filing_date, f.aff10b5one,"
            + " f.issuer_cik, f.issuer_name, f.issuer_trading_symbol, f.amends_accession, f.superseded_by, f.content_sha256,"
            + " f.source_format, f.received_at";

    private final DataSource dataSource;
    private final ObjectMapper json;

    public FilingRepository(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** A filing to store: its accession, filing date (when known), content hash, source and document. */
    public record NewFiling(String accession, LocalDate filingDate, String sha256, String sourceFormat, OwnershipDocument doc) {
    }

    /** Stores a filing with all its rows; a second filing under the same accession fails on the primary key. */
    public void insert(String accession, LocalDate filingDate, String sha256, String sourceFormat, OwnershipDocument doc)
            throws SQLException {
        insertAll(List.of(new NewFiling(accession, filingDate, sha256, sourceFormat, doc)));
    }

    /**
     * Stores several filings with one JDBC batch per table (the bulk import's path: a few round trips for hundreds of
     * filings). Any accession already stored fails the whole call on the primary key.
     */
    public void insertAll(List<NewFiling> newFilings) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement filing = connection.prepareStatement("INSERT INTO filing (accession, document_type,"
                    + " schema_version, period_of_report, filing_date, date_of_original_submission, no_securities_owned,"
                    + " not_subject_to_section16, form3_holdings_reported, form4_transactions_reported, aff10b5one, remarks,"
                    + " issuer_cik, issuer_name, issuer_trading_symbol, issuer_foreign_trading_symbol, content_sha256,"
                    + " source_format) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (NewFiling f : newFilings) {
                    OwnershipDocument doc = f.doc();
                    Issuer issuer = doc.issuer();
                    setAll(filing, f.accession(), doc.documentType(), doc.schemaVersion(), doc.periodOfReport(), f.filingDate(),
                            doc.dateOfOriginalSubmission(), doc.noSecuritiesOwned(), doc.notSubjectToSection16(),
                            doc.form3HoldingsReported(), doc.form4TransactionsReported(), doc.aff10b5One(), doc.remarks(),
                            issuer.cik(), issuer.name(), issuer.tradingSymbol(), issuer.foreignTradingSymbol(), f.sha256(),
                            f.sourceFormat());
                    filing.addBatch();
                }
                filing.executeBatch();
            }
            try (PreparedStatement owners = connection.prepareStatement("INSERT INTO reporting_owner (accession, seq, cik, name,"
                    + " street1, street2, city, state, zip_code, state_description, non_us_address, is_director, is_officer,"
                    + " is_ten_percent_owner, is_other, officer_title, other_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (NewFiling f : newFilings) {
                    int seq = 0;
                    for (ReportingOwner o : f.doc().reportingOwners()) {
                        setAll(owners, f.accession(), ++seq, o.cik(), o.name(), o.street1(), o.street2(), o.city(), o.state(),
                                o.zipCode(), o.stateDescription(), o.nonUsAddress(), o.director(), o.officer(),
                                o.tenPercentOwner(), o.other(), o.officerTitle(), o.otherText());
                        owners.addBatch();
                    }
                }
                owners.executeBatch();
            }
            try (PreparedStatement rows = connection.prepareStatement("INSERT INTO filing_transaction (accession, table_kind,"
                    + " seq, security_title, conversion_or_exercise_price, transaction_date, deemed_execution_date, form_type,"
                    + " code, equity_swap_involved, timeliness, shares, total_value, price_per_share, acquired_disposed,"
                    + " exercise_date, expiration_date, underlying_title, underlying_shares, underlying_value,"
                    + " shares_owned_following, value_owned_following, direct_or_indirect, nature_of_ownership, footnote_refs,"
                    + " issuer_cik, under_plan, late, verdicts_derived) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?::jsonb,?,?,?,TRUE)")) {
                for (NewFiling f : newFilings) {
                    Map<String, String> footnoteTexts = f.doc().footnoteTexts();
                    for (Transaction t : f.doc().transactions()) {
                        setAll(rows, f.accession(), t.table().name(), t.seq(), t.securityTitle(), t.conversionOrExercisePrice(),
                                t.transactionDate(), t.deemedExecutionDate(), t.formType(), t.code(), t.equitySwapInvolved(),
                                t.timeliness(), t.shares(), t.totalValue(), t.pricePerShare(), t.acquiredDisposed(),
                                t.exerciseDate(), t.expirationDate(), t.underlyingTitle(), t.underlyingShares(),
                                t.underlyingValue(), t.sharesOwnedFollowing(), t.valueOwnedFollowing(), t.directOrIndirect(),
                                t.natureOfOwnership(), toJson(t.footnoteRefs()), f.doc().issuer().cik(),
                                underPlan(f.doc(), t, footnoteTexts), Derivations.late(f.doc().documentType(), t, f.filingDate()));
                        rows.addBatch();
                    }
                }
                rows.executeBatch();
            }
            try (PreparedStatement rows = connection.prepareStatement("INSERT INTO filing_holding (accession, table_kind, seq,"
                    + " security_title, conversion_or_exercise_price, form_type, exercise_date, expiration_date,"
                    + " underlying_title, underlying_shares, underlying_value, shares_owned_following, value_owned_following,"
                    + " direct_or_indirect, nature_of_ownership, footnote_refs) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?::jsonb)")) {
                for (NewFiling f : newFilings) {
                    for (Holding h : f.doc().holdings()) {
                        setAll(rows, f.accession(), h.table().name(), h.seq(), h.securityTitle(), h.conversionOrExercisePrice(),
                                h.formType(), h.exerciseDate(), h.expirationDate(), h.underlyingTitle(), h.underlyingShares(),
                                h.underlyingValue(), h.sharesOwnedFollowing(), h.valueOwnedFollowing(), h.directOrIndirect(),
                                h.natureOfOwnership(), toJson(h.footnoteRefs()));
                        rows.addBatch();
                    }
                }
                rows.executeBatch();
            }
            try (PreparedStatement rows = connection.prepareStatement("INSERT INTO footnote (accession, id, text) VALUES (?,?,?)")) {
                for (NewFiling f : newFilings) {
                    for (Footnote footnote : f.doc().footnotes()) {
                        setAll(rows, f.accession(), footnote.id(), footnote.text());
                        rows.addBatch();
                    }
                }
                rows.executeBatch();
            }
            try (PreparedStatement rows = connection.prepareStatement("INSERT INTO owner_signature (accession, seq, name, date)"
                    + " VALUES (?,?,?,?)")) {
                for (NewFiling f : newFilings) {
                    int seq = 0;
                    for (Signature signature : f.doc().signatures()) {
                        setAll(rows, f.accession(), ++seq, signature.name(), signature.date());
                        rows.addBatch();
                    }
                }
                rows.executeBatch();
            }
        }
    }

    /** Which of these accessions are stored already. */
    public Set<String> existing(List<String> accessions) {
        return new HashSet<>(query("SELECT f.accession FROM filing f WHERE f.accession = ANY (?)",
                rs -> rs.getString(1), (Object) accessions.toArray(String[]::new)));
    }

    public Optional<FilingHeader> header(String accession) {
        List<FilingHeader> found = query("SELECT " + HEADER_COLUMNS + " FROM filing f WHERE f.accession = ?",
                FilingRepository::header, accession);
        return found.stream().findFirst();
    }

    /**
     * The filing an amendment amends: same form, same issuer, the same first reporting owner, filed on the amendment's
     * date of original submission (or, where that filing's date is unknown, for the same period), newest first.
     */
    public Optional<FilingHeader> originalOf(String amendmentAccession, String baseForm, String issuerCik, String ownerCik,
            LocalDate dateOfOriginalSubmission, LocalDate periodOfReport) {
        return query("SELECT " + HEADER_COLUMNS + " FROM filing f JOIN reporting_owner o ON o.accession = f.accession AND o.seq = 1"
                + " WHERE f.document_type = ? AND f.issuer_cik = ? AND o.cik = ? AND f.accession <> ?"
                + " AND (f.filing_date = CAST(? AS date)"
                + " OR ((CAST(? AS date) IS NULL OR f.filing_date IS NULL) AND f.period_of_report = ?))"
                + " ORDER BY f.filing_date DESC NULLS LAST, f.accession DESC LIMIT 1",
                FilingRepository::header, baseForm, issuerCik, ownerCik, amendmentAccession, dateOfOriginalSubmission,
                dateOfOriginalSubmission, periodOfReport).stream().findFirst();
    }

    /** An amendment not linked to its original yet, with what names the original. */
    public record UnlinkedAmendment(String accession, String documentType, String issuerCik, String ownerCik,
            LocalDate dateOfOriginalSubmission, LocalDate periodOfReport) {
    }

    /**
     * The amendments of these issuers still waiting for their original (few: most originals arrive first); an
     * amendment names its original by issuer, first owner and date of original submission.
     */
    public List<UnlinkedAmendment> unlinkedAmendments(Set<String> issuerCiks) {
        return query("SELECT f.accession, f.document_type, f.issuer_cik, o.cik, f.date_of_original_submission,"
                + " f.period_of_report FROM filing f JOIN reporting_owner o ON o.accession = f.accession AND o.seq = 1"
                + " WHERE f.amends_accession IS NULL AND f.document_type LIKE '%/A' AND f.issuer_cik = ANY (?)"
                + " ORDER BY f.filing_date NULLS FIRST, f.accession",
                rs -> new UnlinkedAmendment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)),
                (Object) issuerCiks.toArray(String[]::new));
    }

    public void setFilingDate(String accession, LocalDate filingDate) {
        update("UPDATE filing SET filing_date = ? WHERE accession = ? AND filing_date IS NULL", filingDate, accession);
        // lateness is counted to the filing date
        deriveVerdicts(accession);
    }

    /** Links an amendment to the filing it amends; the newest amendment supersedes the original. */
    public void link(String amendment, String original) {
        update("UPDATE filing SET amends_accession = ? WHERE accession = ?", original, amendment);
        update("UPDATE filing SET superseded_by = ? WHERE accession = ? AND (superseded_by IS NULL OR superseded_by < ?)",
                amendment, original, amendment);
    }

    public Optional<StoredFiling> find(String accession) {
        Optional<FilingHeader> header = header(accession);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        List<OwnershipDocument> documents = query("SELECT * FROM filing WHERE accession = ?", rs -> new OwnershipDocument(
                rs.getString("schema_version"), rs.getString("document_type"), date(rs, "period_of_report"),
                date(rs, "date_of_original_submission"), bool(rs, "no_securities_owned"), bool(rs, "not_subject_to_section16"),
                bool(rs, "form3_holdings_reported"), bool(rs, "form4_transactions_reported"), bool(rs, "aff10b5one"),
                new Issuer(rs.getString("issuer_cik"), rs.getString("issuer_name"), rs.getString("issuer_trading_symbol"),
                        rs.getString("issuer_foreign_trading_symbol")),
                owners(List.of(accession)).getOrDefault(accession, List.of()),
                query("SELECT * FROM filing_transaction WHERE accession = ? ORDER BY table_kind DESC, seq", this::transaction, accession),
                query("SELECT * FROM filing_holding WHERE accession = ? ORDER BY table_kind DESC, seq", this::holding, accession),
                query("SELECT id, text FROM footnote WHERE accession = ? ORDER BY length(id), id",
                        r -> new Footnote(r.getString("id"), r.getString("text")), accession),
                rs.getString("remarks"),
                query("SELECT name, date FROM owner_signature WHERE accession = ? ORDER BY seq",
                        r -> new Signature(r.getString("name"), date(r, "date")), accession)), accession);
        return Optional.of(new StoredFiling(header.get(), documents.get(0)));
    }

    public List<StoredTransaction> transactions(TransactionQuery query, PageRequest page) {
        Where where = where(query);
        List<Object> parameters = new ArrayList<>(where.parameters);
        parameters.add(page.size());
        parameters.add(page.firstResult());
        List<Object[]> rows = query("SELECT " + HEADER_COLUMNS + ", t.* FROM filing_transaction t JOIN filing f ON f.accession = t.accession"
                + where.sql + " ORDER BY " + orderBy(query.sort()) + "t.transaction_date, t.accession, t.table_kind DESC, t.seq LIMIT ? OFFSET ?",
                rs -> new Object[] { header(rs), transaction(rs) }, parameters.toArray());
        List<String> accessions = rows.stream().map(row -> ((FilingHeader) row[0]).accession()).distinct().toList();
        Map<String, List<ReportingOwner>> owners = owners(accessions);
        Map<String, Map<String, String>> footnotes = footnotes(accessions);
        return rows.stream().map(row -> {
            FilingHeader header = (FilingHeader) row[0];
            return new StoredTransaction(header, owners.getOrDefault(header.accession(), List.of()), (Transaction) row[1],
                    footnotes.getOrDefault(header.accession(), Map.of()));
        }).toList();
    }

    public long countTransactions(TransactionQuery query) {
        Where where = where(query);
        return query("SELECT count(*) FROM filing_transaction t JOIN filing f ON f.accession = t.accession" + where.sql,
                rs -> rs.getLong(1), where.parameters.toArray()).get(0);
    }

    /** Totals per transaction code over the matching transactions. */
    public List<CodeTotals> totalsByCode(TransactionQuery query) {
        Where where = where(query);
        return query("SELECT t.code, count(*) AS transactions,"
                + " coalesce(sum(t.shares) FILTER (WHERE t.acquired_disposed = 'A'), 0) AS shares_acquired,"
                + " coalesce(sum(t.shares) FILTER (WHERE t.acquired_disposed = 'D'), 0) AS shares_disposed,"
                + " coalesce(sum(t.shares * t.price_per_share) FILTER (WHERE t.acquired_disposed = 'A'), 0) AS value_acquired,"
                + " coalesce(sum(t.shares * t.price_per_share) FILTER (WHERE t.acquired_disposed = 'D'), 0) AS value_disposed,"
                + " sum(t.shares * t.price_per_share) AS priced_value,"
                + " sum(t.shares) FILTER (WHERE t.price_per_share IS NOT NULL) AS priced_shares"
                + " FROM filing_transaction t JOIN filing f ON f.accession = t.accession" + where.sql
                + " GROUP BY t.code ORDER BY t.code",
                rs -> new CodeTotals(rs.getString("code"), rs.getLong("transactions"), rs.getBigDecimal("shares_acquired"),
                        rs.getBigDecimal("shares_disposed"), rs.getBigDecimal("value_acquired"),
                        rs.getBigDecimal("value_disposed"), rs.getBigDecimal("priced_value"), rs.getBigDecimal("priced_shares")),
                where.parameters.toArray());
    }

    /** Sums for one transaction code; priced sums cover only rows with both shares and a price. */
    public record CodeTotals(String code, long transactions, BigDecimal sharesAcquired, BigDecimal sharesDisposed,
            BigDecimal valueAcquired, BigDecimal valueDisposed, BigDecimal pricedValue, BigDecimal pricedShares) {
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

    private static boolean underPlan(OwnershipDocument doc, Transaction t, Map<String, String> footnoteTexts) {
        return Derivations.plan(doc.aff10b5One(), t, footnoteTexts).status() != Derivations.PlanStatus.NONE;
    }

    /** Accessions with rows stored before their verdicts were kept (V5), a batch at a time. */
    public List<String> underivedAccessions(int limit) {
        return query("SELECT DISTINCT accession FROM filing_transaction WHERE NOT verdicts_derived LIMIT ?", rs -> rs.getString(1), limit);
    }

    /** Derives again the plan and lateness verdicts of a filing's rows (after its filing date became known, or for old rows). */
    public void deriveVerdicts(String accession) {
        Optional<StoredFiling> stored = find(accession);
        if (stored.isEmpty()) {
            update("UPDATE filing_transaction SET verdicts_derived = TRUE WHERE accession = ?", accession);
            return;
        }
        OwnershipDocument doc = stored.get().document();
        LocalDate filingDate = stored.get().header().filingDate();
        Map<String, String> footnoteTexts = doc.footnoteTexts();
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE filing_transaction SET under_plan = ?, late = ?, verdicts_derived = TRUE WHERE accession = ? AND table_kind = ? AND seq = ?")) {
            for (Transaction t : doc.transactions()) {
                setAll(update, underPlan(doc, t, footnoteTexts), Derivations.late(doc.documentType(), t, filingDate), accession,
                        t.table().name(), t.seq());
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Update failed: " + e.getMessage(), e);
        }
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
        for (Object[] row : query("SELECT * FROM reporting_owner WHERE accession = ANY (?) ORDER BY accession, seq",
                rs -> new Object[] { rs.getString("accession"), new ReportingOwner(rs.getString("cik"), rs.getString("name"),
                        rs.getString("street1"), rs.getString("street2"), rs.getString("city"), rs.getString("state"),
                        rs.getString("zip_code"), rs.getString("state_description"), bool(rs, "non_us_address"),
                        rs.getBoolean("is_director"), rs.getBoolean("is_officer"), rs.getBoolean("is_ten_percent_owner"),
                        rs.getBoolean("is_other"), rs.getString("officer_title"), rs.getString("other_text")) },
                (Object) accessions.toArray(String[]::new))) {
            owners.computeIfAbsent((String) row[0], a -> new ArrayList<>()).add((ReportingOwner) row[1]);
        }
        return owners;
    }

    private Map<String, Map<String, String>> footnotes(List<String> accessions) {
        Map<String, Map<String, String>> footnotes = new LinkedHashMap<>();
        if (accessions.isEmpty()) {
            return footnotes;
        }
        for (String[] row : query("SELECT accession, id, text FROM footnote WHERE accession = ANY (?) ORDER BY accession, length(id), id",
                rs -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }, (Object) accessions.toArray(String[]::new))) {
            footnotes.computeIfAbsent(row[0], a -> new LinkedHashMap<>()).put(row[1], row[2]);
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

    private String toJson(Map<String, List<String>> refs) {
        try {
            return json.writeValueAsString(refs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, List<String>> fromJson(String refs) {
        try {
            return json.readValue(refs, REFS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            setAll(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            setAll(statement, parameters);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Update failed: " + e.getMessage(), e);
        }
    }

    private static void setAll(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof LocalDate date) {
                statement.setObject(index, date);
            } else if (value instanceof String[] array) {
                statement.setArray(index, statement.getConnection().createArrayOf("varchar", array));
            } else {
                statement.setObject(index, value);
            }
        }
    }
}
