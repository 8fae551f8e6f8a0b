package org.governance.directors.client;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What directors-service reads of filings-service's insiders of an issuer: who, in which relationship, from when to when. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportedInsiders(String issuerCik, String issuerName, LocalDate asOf, List<Insider> insiders) {

    public ReportedInsiders {
        insiders = insiders == null ? List.of() : List.copyOf(insiders);
    }

    /** One reporting owner: the relationships of their latest filing, their first and last filing dates, the exit mark. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Insider(String cik, String name, boolean director, boolean officer, String officerTitle, boolean tenPercentOwner,
            LocalDate firstFiled, LocalDate lastFiled, String lastAccession, boolean exited) {
    }
}
