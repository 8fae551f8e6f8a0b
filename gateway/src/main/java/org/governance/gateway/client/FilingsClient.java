package org.governance.gateway.client;

import static org.governance.gateway.client.Lists.csv;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.governance.gateway.model.Filing;
import org.governance.gateway.model.Insider;
import org.governance.gateway.model.Page;
import org.governance.gateway.model.TransactionRecord;

/** Calls to filings-service (reads only): timeout, retries, circuit breaker (overridable in configuration). */
@ApplicationScoped
@CallsService(FilingsClient.SERVICE)
@Retry(maxRetries = 2, delay = 100, retryOn = { ProcessingException.class, TimeoutException.class })
@Timeout(3000)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, failOn = { ProcessingException.class,
        TimeoutException.class })
public class FilingsClient {

    public static final String SERVICE = "filings-service";

    /** What a transaction search asks for; empty collections and nulls filter nothing. */
    public record TransactionQuery(Collection<String> ownerCiks, Collection<String> issuerCiks, String quarter, LocalDate from,
            LocalDate to, Collection<String> codes, String table, Boolean includeSuperseded, java.math.BigDecimal minValue,
            Collection<String> roles, Boolean underPlan, Boolean late, String sort) {

        /** A search by owners, issuers, period, codes and table, in date order. */
        public TransactionQuery(Collection<String> ownerCiks, Collection<String> issuerCiks, String quarter, LocalDate from,
                LocalDate to, Collection<String> codes, String table, Boolean includeSuperseded) {
            this(ownerCiks, issuerCiks, quarter, from, to, codes, table, includeSuperseded, null, null, null, null, null);
        }
    }

    private final FilingsApi api;

    FilingsClient(@RestClient FilingsApi api) {
        this.api = api;
    }

    public Filing filing(String accession) {
        return api.filing(accession);
    }

    /** An issuer's insiders as its filings report them, counting filings up to {@code asOf}. */
    public List<Insider> insiders(String issuerCik, LocalDate asOf) {
        return api.insiders(issuerCik, Lists.date(asOf)).insiders();
    }

    /** One page of a transaction search. */
    public Page<TransactionRecord> transactions(TransactionQuery query, int page, int size) {
        return page(query, page, size);
    }

    /** Every transaction of a search, all pages (one request while the answer fits in one page). */
    public List<TransactionRecord> allTransactions(TransactionQuery query) {
        return Lists.allPages(page -> page(query, page, Lists.PAGE));
    }

    private Page<TransactionRecord> page(TransactionQuery query, int page, int size) {
        return api.transactions(csv(query.ownerCiks()), csv(query.issuerCiks()), query.quarter(), Lists.date(query.from()),
                Lists.date(query.to()), csv(query.codes()), query.table(), query.includeSuperseded(),
                query.minValue() == null ? null : query.minValue().toPlainString(), csv(query.roles()), query.underPlan(), query.late(),
                query.sort(), page, size);
    }
}
