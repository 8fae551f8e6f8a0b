-- Following EDGAR: the jobs that read its daily indexes (backfills and the follower's catch-up), what a job has done
-- on the day it is reading, the filings EDGAR served that were refused, and the follower's cursor and lease.

CREATE TABLE edgar_job (
    id                  UUID         PRIMARY KEY,
    kind                VARCHAR(10)  NOT NULL CHECK (kind IN ('FOLLOW', 'BACKFILL')),
    state               VARCHAR(12)  NOT NULL CHECK (state IN ('RUNNING', 'SUCCEEDED', 'FAILED', 'INTERRUPTED')),
    from_day            DATE         NOT NULL,
    to_day              DATE         NOT NULL,
    -- the first day not read to its end: a job that stops goes on from here
    next_day            DATE         NOT NULL,
    days_read           INTEGER      NOT NULL DEFAULT 0,
    days_without_index  INTEGER      NOT NULL DEFAULT 0,
    -- the totals of the days read to their end; the day being read is counted in edgar_job_filing
    filings_found       INTEGER      NOT NULL DEFAULT 0,
    stored              INTEGER      NOT NULL DEFAULT 0,
    already_present     INTEGER      NOT NULL DEFAULT 0,
    -- the filings the index of next_day lists (once read)
    day_found           INTEGER      NOT NULL DEFAULT 0,
    -- a running job is not worked on before this (a daily index not published yet)
    not_before          TIMESTAMPTZ,
    waiting             TEXT,
    error               TEXT,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    finished_at         TIMESTAMPTZ,
    CHECK (from_day <= to_day)
);
CREATE INDEX edgar_job_created_idx ON edgar_job (created_at DESC);
CREATE INDEX edgar_job_running_idx ON edgar_job (created_at) WHERE state = 'RUNNING';

-- A job's filings of the day it is reading (folded into its totals when the day ends) and every filing it refused.
-- FETCHING: taken in hand, not known to be stored yet (a job that stopped there looks in the filing table).
CREATE TABLE edgar_job_filing (
    job_id     UUID         NOT NULL REFERENCES edgar_job (id) ON DELETE CASCADE,
    accession  VARCHAR(20)  NOT NULL,
    day        DATE         NOT NULL,
    outcome    VARCHAR(16)  NOT NULL CHECK (outcome IN ('FETCHING', 'STORED', 'ALREADY_PRESENT', 'REFUSED')),
    reason     TEXT,
    field      TEXT,
    PRIMARY KEY (job_id, accession)
);

-- Filings EDGAR served that were refused, with the reason: they are not fetched again.
CREATE TABLE edgar_refused (
    accession   VARCHAR(20)  PRIMARY KEY,
    reason      TEXT         NOT NULL,
    field       TEXT,
    url         TEXT         NOT NULL,
    refused_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The follower (one row): the last day read to its end, its last poll, today's latest-filings feed, and the lease of
-- the one replica that talks to EDGAR.
CREATE TABLE edgar_follow (
    id                    SMALLINT     PRIMARY KEY CHECK (id = 1),
    cursor_day            DATE,
    last_poll_at          TIMESTAMPTZ,
    last_error            TEXT,
    feed_day              DATE,
    feed_found            INTEGER      NOT NULL DEFAULT 0,
    feed_stored           INTEGER      NOT NULL DEFAULT 0,
    feed_already_present  INTEGER      NOT NULL DEFAULT 0,
    feed_refused          INTEGER      NOT NULL DEFAULT 0,
    worker                VARCHAR(80),
    worker_until          TIMESTAMPTZ
);
INSERT INTO edgar_follow (id) VALUES (1);
