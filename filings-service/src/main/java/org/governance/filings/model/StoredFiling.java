package org.governance.filings.model;

import org.governance.filings.edgar.OwnershipDocument;

/** A filing as stored: its header and its complete content. */
public record StoredFiling(FilingHeader header, OwnershipDocument document) {
}
