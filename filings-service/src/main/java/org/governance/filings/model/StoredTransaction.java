package org.governance.filings.model;

import java.util.List;
import java.util.Map;

import org.governance.filings.edgar.OwnershipDocument.ReportingOwner;
import org.governance.filings.edgar.OwnershipDocument.Transaction;

/** One transaction with what a reader needs beside it: its filing, the filing's owners and footnote texts. */
public record StoredTransaction(FilingHeader filing, List<ReportingOwner> owners, Transaction transaction,
        Map<String, String> footnotes) {
}
