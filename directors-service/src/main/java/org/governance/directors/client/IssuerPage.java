package org.governance.directors.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One page of the issuers filings-service holds filings of. */
@JsonIgnoreProperties(ignoreUnknown = true)
record IssuerPage(List<Issuer> items, int page, int totalPages) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Issuer(String cik, String name) {
    }
}
