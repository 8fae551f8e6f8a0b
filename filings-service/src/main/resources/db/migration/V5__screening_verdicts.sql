-- The screener filters on two verdicts that the answers show: whether a trade was made under a Rule 10b5-1 plan
-- (the checkbox or a footnote the row cites) and whether a Form 4 trade was reported late. They are derived in Java
-- (Derivations, the one place of both rules) when a row is stored, and again when its filing's date becomes known.
-- Rows stored before this migration have verdicts_derived = false; the service fills them in after it starts.
ALTER TABLE filing_transaction
    ADD COLUMN under_plan       BOOLEAN,
    ADD COLUMN late             BOOLEAN,
    ADD COLUMN verdicts_derived BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX filing_transaction_underived_idx ON filing_transaction (accession) WHERE NOT verdicts_derived;
