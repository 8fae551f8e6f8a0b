package org.governance.filings.mapping;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.governance.filings.mapping.FilingResponse.FootnoteResponse;
import org.governance.filings.mapping.FilingResponse.IssuerResponse;
import org.governance.filings.mapping.FilingResponse.OwnerResponse;
import org.governance.filings.mapping.FilingResponse.TransactionResponse;

@Schema(name = "TransactionRecord", description = "A transaction with its filing, its reporting owners and the footnotes it cites")
public record TransactionRecord(
        @Schema(examples = "0001415889-24-020022") String accession,
        @Schema(examples = "4") String documentType,
        LocalDate filingDate,
        IssuerResponse issuer,
        @Schema(description = "True when an amendment supersedes this filing (shown only with includeSuperseded=true)") boolean superseded,
        List<OwnerResponse> reportingOwners,
        TransactionResponse transaction,
        List<FootnoteResponse> footnotes) {
}
