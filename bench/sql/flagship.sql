-- The flagship question in ONE query over ONE database holding the three services' tables (the baseline): which
-- members of {CIK}'s committees sold (code S) in [{FROM}, {TO}], counting a sale only when made while on the committee,
-- excluding filings superseded by an amendment. One row per (committee, member, transaction row).
SELECT c.name AS committee, p.full_name AS member, t.accession, t.table_kind, t.seq, t.transaction_date, t.shares,
       t.price_per_share
FROM committee c
JOIN membership m ON m.committee_id = c.id AND m.from_date <= DATE '{TO}' AND (m.to_date IS NULL OR m.to_date >= DATE '{FROM}')
JOIN director d ON d.id = m.director_id
JOIN person p ON p.id = d.person_id
JOIN reporting_owner o ON o.cik = p.cik
JOIN filing f ON f.accession = o.accession AND f.issuer_cik = c.company_cik AND f.superseded_by IS NULL
JOIN filing_transaction t ON t.accession = f.accession AND t.code = 'S'
     AND t.transaction_date BETWEEN DATE '{FROM}' AND DATE '{TO}'
     AND t.transaction_date >= m.from_date AND (m.to_date IS NULL OR t.transaction_date <= m.to_date)
WHERE c.company_cik = '{CIK}'
ORDER BY committee, member, t.accession, t.table_kind, t.seq;
