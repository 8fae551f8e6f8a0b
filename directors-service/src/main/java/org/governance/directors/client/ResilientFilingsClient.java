package org.governance.directors.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls to filings-service with a timeout, retries and a circuit breaker (overridable in configuration, see
 * application.properties).
 */
@ApplicationScoped
@Timeout(10000)
@Retry(maxRetries = 2, delay = 200)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000)
class ResilientFilingsClient {

    /** filings-service's largest page. */
    static final int PAGE = 500;

    private final FilingsApi api;

    ResilientFilingsClient(@RestClient FilingsApi api) {
        this.api = api;
    }

    ReportedInsiders insiders(String issuerCik, LocalDate asOf) {
        return api.insiders(issuerCik, asOf);
    }

    List<String> issuerCiks(LocalDate filedFrom, LocalDate filedTo) {
        List<String> ciks = new ArrayList<>();
        for (int page = 0;; page++) {
            IssuerPage answer = api.issuers(filedFrom, filedTo, page, PAGE);
            answer.items().forEach(issuer -> ciks.add(issuer.cik()));
            if (page + 1 >= answer.totalPages()) {
                return ciks;
            }
        }
    }
}
