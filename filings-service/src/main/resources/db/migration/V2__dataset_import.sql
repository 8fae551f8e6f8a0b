-- Filings imported from the SEC's quarterly Form 345 data sets, and the import jobs that bring them in.
ALTER TABLE filing DROP CONSTRAINT filing_source_format_check;
ALTER TABLE filing ADD CONSTRAINT filing_source_format_check CHECK (source_format IN ('XML', 'SUBMISSION', 'DATASET'));

CREATE TABLE dataset_import (
    id               UUID         PRIMARY KEY,
    kind             VARCHAR(10)  NOT NULL CHECK (kind IN ('FORM345')),
    state            VARCHAR(10)  NOT NULL CHECK (state IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    file_name        TEXT,
    size_bytes       BIGINT       NOT NULL,
    missing_tables   TEXT[]       NOT NULL DEFAULT '{}',
    filings          INTEGER      NOT NULL DEFAULT 0,   -- rows of SUBMISSION.tsv
    processed        INTEGER      NOT NULL DEFAULT 0,
    stored           INTEGER      NOT NULL DEFAULT 0,
    already_present  INTEGER      NOT NULL DEFAULT 0,
    rejected         INTEGER      NOT NULL DEFAULT 0,
    -- the first rejections, each {accession, field, reason}; the count above is complete
    rejections       JSONB        NOT NULL DEFAULT '[]',
    error            TEXT,
    started_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    finished_at      TIMESTAMPTZ
);
CREATE INDEX dataset_import_started_idx ON dataset_import (started_at DESC);
