package org.governance.filings.model;

import java.time.Instant;
import java.time.LocalDate;

/** What the platform keeps about a filing besides its content: where it came from and how it relates to others. */
public record FilingHeader(
        String accession,
        String documentType,
        LocalDate periodOfReport,
        LocalDate filingDate,
        Boolean aff10b5One,
        String issuerCik,
        String issuerName,
        String issuerTradingSymbol,
        String amendsAccession,
        String supersededBy,
        String contentSha256,
        String sourceFormat,
        Instant receivedAt) {
}
