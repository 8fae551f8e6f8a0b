package org.governance.filings.model;

/** Where a stored filing came from: its ownership XML, an EDGAR submission text file, or the SEC's Form 345 data set. */
public enum SourceFormat {
    XML, SUBMISSION, DATASET
}
