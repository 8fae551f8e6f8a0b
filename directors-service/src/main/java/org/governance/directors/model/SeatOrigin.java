package org.governance.directors.model;

/** Who decided a seat: a person (through the seats API or a board file), or the insiders' own SEC filings. */
public enum SeatOrigin {
    CURATED,
    FILINGS
}
