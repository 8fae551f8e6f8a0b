-- SEC insider filings (Forms 3, 4, 5 and amendments) as EDGAR publishes them: nothing a filing says is lost.
-- Numbers are NUMERIC without a scale so that every decimal is kept exactly as filed.

CREATE TABLE filing (
    accession                      VARCHAR(20)  PRIMARY KEY CHECK (accession ~ '^[0-9]{10}-[0-9]{2}-[0-9]{6}$'),
    document_type                  VARCHAR(3)   NOT NULL CHECK (document_type IN ('3', '3/A', '4', '4/A', '5', '5/A')),
    schema_version                 TEXT,
    period_of_report               DATE         NOT NULL,
    filing_date                    DATE,
    date_of_original_submission    DATE,
    no_securities_owned            BOOLEAN,
    not_subject_to_section16       BOOLEAN,
    form3_holdings_reported        BOOLEAN,
    form4_transactions_reported    BOOLEAN,
    aff10b5one                     BOOLEAN,
    remarks                        TEXT,
    issuer_cik                     VARCHAR(10)  NOT NULL CHECK (issuer_cik ~ '^[0-9]{10}$'),
    issuer_name                    TEXT,
    issuer_trading_symbol          TEXT,
    issuer_foreign_trading_symbol  TEXT,
    -- the accession this amendment amends, and the amendment that supersedes this filing
    amends_accession               VARCHAR(20),
    superseded_by                  VARCHAR(20),
    content_sha256                 CHAR(64)     NOT NULL,
    source_format                  VARCHAR(10)  NOT NULL CHECK (source_format IN ('XML', 'SUBMISSION')),
    received_at                    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX filing_issuer_idx ON filing (issuer_cik, period_of_report);
CREATE INDEX filing_amends_idx ON filing (amends_accession);

CREATE TABLE reporting_owner (
    accession              VARCHAR(20)  NOT NULL REFERENCES filing (accession) ON DELETE CASCADE,
    seq                    INTEGER      NOT NULL,
    cik                    VARCHAR(10)  NOT NULL CHECK (cik ~ '^[0-9]{10}$'),
    name                   TEXT,
    street1                TEXT,
    street2                TEXT,
    city                   TEXT,
    state                  TEXT,
    zip_code               TEXT,
    state_description      TEXT,
    non_us_address         BOOLEAN,
    is_director            BOOLEAN      NOT NULL DEFAULT FALSE,
    is_officer             BOOLEAN      NOT NULL DEFAULT FALSE,
    is_ten_percent_owner   BOOLEAN      NOT NULL DEFAULT FALSE,
    is_other               BOOLEAN      NOT NULL DEFAULT FALSE,
    officer_title          TEXT,
    other_text             TEXT,
    PRIMARY KEY (accession, seq)
);
CREATE INDEX reporting_owner_cik_idx ON reporting_owner (cik, accession);

-- Table I (NON_DERIVATIVE) and Table II (DERIVATIVE) transactions, in filing order
CREATE TABLE filing_transaction (
    accession                     VARCHAR(20)  NOT NULL REFERENCES filing (accession) ON DELETE CASCADE,
    table_kind                    VARCHAR(14)  NOT NULL CHECK (table_kind IN ('NON_DERIVATIVE', 'DERIVATIVE')),
    seq                           INTEGER      NOT NULL,
    security_title                TEXT,
    conversion_or_exercise_price  NUMERIC,
    transaction_date              DATE,
    deemed_execution_date         DATE,
    form_type                     VARCHAR(3),
    code                          VARCHAR(2),
    equity_swap_involved          BOOLEAN,
    timeliness                    VARCHAR(2),
    shares                        NUMERIC,
    total_value                   NUMERIC,
    price_per_share               NUMERIC,
    acquired_disposed             CHAR(1),
    exercise_date                 DATE,
    expiration_date               DATE,
    underlying_title              TEXT,
    underlying_shares             NUMERIC,
    underlying_value              NUMERIC,
    shares_owned_following        NUMERIC,
    value_owned_following         NUMERIC,
    direct_or_indirect            CHAR(1),
    nature_of_ownership           TEXT,
    -- element name -> footnote ids cited on it, e.g. {"transactionPricePerShare": ["F2"]}
    footnote_refs                 JSONB        NOT NULL DEFAULT '{}',
    PRIMARY KEY (accession, table_kind, seq)
);
CREATE INDEX filing_transaction_date_idx ON filing_transaction (transaction_date, code);

CREATE TABLE filing_holding (
    accession                     VARCHAR(20)  NOT NULL REFERENCES filing (accession) ON DELETE CASCADE,
    table_kind                    VARCHAR(14)  NOT NULL CHECK (table_kind IN ('NON_DERIVATIVE', 'DERIVATIVE')),
    seq                           INTEGER      NOT NULL,
    security_title                TEXT,
    conversion_or_exercise_price  NUMERIC,
    form_type                     VARCHAR(3),
    exercise_date                 DATE,
    expiration_date               DATE,
    underlying_title              TEXT,
    underlying_shares             NUMERIC,
    underlying_value              NUMERIC,
    shares_owned_following        NUMERIC,
    value_owned_following         NUMERIC,
    direct_or_indirect            CHAR(1),
    nature_of_ownership           TEXT,
    footnote_refs                 JSONB        NOT NULL DEFAULT '{}',
    PRIMARY KEY (accession, table_kind, seq)
);

CREATE TABLE footnote (
    accession  VARCHAR(20) NOT NULL REFERENCES filing (accession) ON DELETE CASCADE,
    id         VARCHAR(4)  NOT NULL,
    text       TEXT        NOT NULL,
    PRIMARY KEY (accession, id)
);

CREATE TABLE owner_signature (
    accession  VARCHAR(20)  NOT NULL REFERENCES filing (accession) ON DELETE CASCADE,
    seq        INTEGER      NOT NULL,
    name       TEXT,
    date       DATE,
    PRIMARY KEY (accession, seq)
);
