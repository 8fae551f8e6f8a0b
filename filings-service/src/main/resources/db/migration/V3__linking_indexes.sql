-- Linking an amendment to its original (and back) looks filings up by issuer, form and date. Measured with the bulk
-- import of a generated year (175,000 filings): with only the issuer index and an index on amends_accession, each
-- lookup read every filing without an amendment link (BitmapAnd over "amends_accession IS NULL") and the import
-- slowed to about 100 filings a second as the table grew.
DROP INDEX filing_amends_idx;
-- the amendments of a filing
CREATE INDEX filing_amends_idx ON filing (amends_accession) WHERE amends_accession IS NOT NULL;
-- amendments still waiting for their original: few rows, whatever the size of the table
CREATE INDEX filing_unlinked_idx ON filing (issuer_cik, document_type) WHERE amends_accession IS NULL AND document_type LIKE '%/A';
-- the original an amendment names, by issuer, form and filing date
CREATE INDEX filing_original_idx ON filing (issuer_cik, document_type, filing_date);
