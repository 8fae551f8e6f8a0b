package org.governance.filings.repository;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.filings.mapping.InsidersResponse.Holding;
import org.governance.filings.mapping.IssuerResponse;
import org.governance.wire.PageRequest;

/**
 * An issuer's reporting owners as its filings report them: one statement for the owners (their latest filing's
 * relationships, first and last dates, the exit mark), one for what each last reported holding. Filings count up to
 * a day, by filing date or, where it is unknown, by period of report; a superseded filing gives way to its amendment.
 */
@ApplicationScoped
public class InsiderRepository {

    /** One owner's row before their holdings are attached. */
    public record Owner(String cik, String name, boolean director, boolean officer, String officerTitle, boolean tenPercentOwner,
            boolean other, String otherText, LocalDate firstFiled, LocalDate lastFiled, int filings, String lastAccession,
            boolean exited, String issuerName) {
    }

    /** A holding with the owner it belongs to. */
    public record OwnerHolding(String ownerCik, Holding holding) {
    }

    private static final String OWNERS = """
            WITH named AS (
                SELECT o.cik, o.name, o.is_director, o.is_officer, o.officer_title, o.is_ten_percent_owner, o.is_other,
                       o.other_text, f.accession, f.issuer_name, f.superseded_by, COALESCE(f.not_subject_to_section16, FALSE) AS exited,
                       COALESCE(f.filing_date, f.period_of_report) AS filed
                FROM filing f JOIN reporting_owner o ON o.accession = f.accession
                WHERE f.issuer_cik = ? AND COALESCE(f.filing_date, f.period_of_report) <= ?
            ), latest AS (
                SELECT DISTINCT ON (cik) * FROM named WHERE superseded_by IS NULL ORDER BY cik, filed DESC, accession DESC
            )
            SELECT l.cik, l.name, l.is_director, l.is_officer, l.officer_title, l.is_ten_percent_owner, l.is_other, l.other_text,
                   l.accession, l.exited, l.issuer_name, span.first_filed, l.filed AS last_filed, span.filings
            FROM latest l JOIN (SELECT cik, min(filed) AS first_filed, count(*) AS filings FROM named GROUP BY cik) span
                 ON span.cik = l.cik
            ORDER BY l.name, l.cik
            """;

    private static final String HOLDINGS = """
            SELECT DISTINCT ON (o.cik, r.table_kind, r.security_title, r.direct_or_indirect, r.nature_of_ownership)
                   o.cik, r.table_kind, r.security_title, r.direct_or_indirect, r.nature_of_ownership, r.shares_owned_following,
                   r.value_owned_following, f.period_of_report, f.accession
            FROM filing f
            JOIN reporting_owner o ON o.accession = f.accession
            JOIN (SELECT accession, table_kind, seq, security_title, direct_or_indirect, nature_of_ownership,
                         shares_owned_following, value_owned_following, 1 AS after_trade FROM filing_transaction
                  UNION ALL
                  SELECT accession, table_kind, seq, security_title, direct_or_indirect, nature_of_ownership,
                         shares_owned_following, value_owned_following, 0 FROM filing_holding) r ON r.accession = f.accession
            WHERE f.issuer_cik = ? AND f.superseded_by IS NULL AND COALESCE(f.filing_date, f.period_of_report) <= ?
            ORDER BY o.cik, r.table_kind, r.security_title, r.direct_or_indirect, r.nature_of_ownership,
                     COALESCE(f.filing_date, f.period_of_report) DESC, f.accession DESC, r.after_trade DESC, r.seq DESC
            """;

    private static final String ISSUERS = """
            SELECT DISTINCT ON (issuer_cik) issuer_cik, issuer_name, count(*) OVER (PARTITION BY issuer_cik) AS filings,
                   max(COALESCE(filing_date, period_of_report)) OVER (PARTITION BY issuer_cik) AS last_filed
            FROM filing
            WHERE COALESCE(filing_date, period_of_report) BETWEEN ? AND ?
            ORDER BY issuer_cik, COALESCE(filing_date, period_of_report) DESC, accession DESC
            LIMIT ? OFFSET ?
            """;

    private static final String COUNT_ISSUERS = """
            SELECT count(DISTINCT issuer_cik) FROM filing WHERE COALESCE(filing_date, period_of_report) BETWEEN ? AND ?
            """;

    private final Jdbc jdbc;

    public InsiderRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public List<Owner> owners(String issuerCik, LocalDate asOf) {
        return jdbc.query("Reading an issuer's insiders", OWNERS, rs -> new Owner(rs.getString("cik"), rs.getString("name"),
                rs.getBoolean("is_director"), rs.getBoolean("is_officer"), rs.getString("officer_title"), rs.getBoolean("is_ten_percent_owner"),
                rs.getBoolean("is_other"), rs.getString("other_text"), Jdbc.date(rs, "first_filed"), Jdbc.date(rs, "last_filed"),
                rs.getInt("filings"), rs.getString("accession"), rs.getBoolean("exited"), rs.getString("issuer_name")), issuerCik, asOf);
    }

    /** The issuers with a filing filed (or, its filing date unknown, for a period) in [from, to], by CIK. */
    public List<IssuerResponse> issuers(LocalDate from, LocalDate to, PageRequest page) {
        return jdbc.query("Listing issuers", ISSUERS, rs -> new IssuerResponse(rs.getString("issuer_cik"), rs.getString("issuer_name"),
                rs.getLong("filings"), Jdbc.date(rs, "last_filed")), from, to, page.size(), page.firstResult());
    }

    public long countIssuers(LocalDate from, LocalDate to) {
        return jdbc.query("Counting issuers", COUNT_ISSUERS, rs -> rs.getLong(1), from, to).get(0);
    }

    public List<OwnerHolding> holdings(String issuerCik, LocalDate asOf) {
        return jdbc.query("Reading an issuer's insiders' holdings", HOLDINGS, rs -> new OwnerHolding(rs.getString("cik"),
                new Holding(rs.getString("security_title"), rs.getString("table_kind"), rs.getString("direct_or_indirect"),
                        rs.getString("nature_of_ownership"), rs.getBigDecimal("shares_owned_following"), rs.getBigDecimal("value_owned_following"),
                        Jdbc.date(rs, "period_of_report"), rs.getString("accession"))), issuerCik, asOf);
    }
}
