package org.governance.gateway.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.governance.gateway.model.Filing.FiledTransaction;
import org.governance.gateway.model.Filing.Footnote;
import org.governance.gateway.model.Filing.Issuer;
import org.governance.gateway.model.Filing.ReportingOwner;

/** One row of the filings service's /transactions. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TransactionRecord(String accession, String documentType, LocalDate filingDate, Issuer issuer, boolean superseded,
        List<ReportingOwner> reportingOwners, FiledTransaction transaction, List<Footnote> footnotes) {
}
