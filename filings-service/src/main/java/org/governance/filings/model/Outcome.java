package org.governance.filings.model;

/** What became of a filing that arrived: stored, stored already (nothing changed), or refused. */
public enum Outcome {
    STORED, ALREADY_PRESENT, REJECTED
}
