package org.governance.committees.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls to directors-service with a timeout, retries and a circuit breaker; the numbers are overridable in
 * configuration (see application.properties); each method has its own circuit breaker. A 404 is an answer,
 * not a failure.
 */
@ApplicationScoped
@Timeout(3000)
@Retry(maxRetries = 2, delay = 100)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000)
class ResilientDirectorsClient {

    /** directors-service's largest page, and so the most ids asked in one call. */
    static final int BATCH = 500;

    private final DirectorsApi api;

    ResilientDirectorsClient(@RestClient DirectorsApi api) {
        this.api = api;
    }

    Map<Long, Seat> seats(Collection<Long> ids) {
        Map<Long, Seat> found = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int start = 0; start < all.size(); start += BATCH) {
            String batch = all.subList(start, Math.min(all.size(), start + BATCH)).stream()
                    .map(String::valueOf).collect(Collectors.joining(","));
            api.seats(batch, BATCH).items().forEach(seat -> found.put(seat.id(), seat));
        }
        return found;
    }

    Optional<CompanyRef> company(String cik) {
        try {
            return Optional.of(api.company(cik));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
