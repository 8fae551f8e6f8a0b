package org.governance.gateway.client;

import static org.governance.gateway.client.Lists.csv;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.governance.gateway.model.Committee;
import org.governance.gateway.model.CommitteeMembership;
import org.governance.gateway.model.CommitteeType;
import org.governance.gateway.model.ComplianceReport;

/** Calls to committees-service: timeout, circuit breaker, retries for reads (all overridable in configuration). */
@ApplicationScoped
@Timeout(2000)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, failOn = { ProcessingException.class,
        TimeoutException.class })
public class CommitteesClient {

    public static final String SERVICE = "committees-service";

    private final CommitteesApi api;
    private final Downstream downstream;

    CommitteesClient(@RestClient CommitteesApi api, Downstream downstream) {
        this.api = api;
        this.downstream = downstream;
    }

    @Retry(maxRetries = 2, delay = 100, retryOn = { ProcessingException.class, TimeoutException.class })
    public Committee committee(long id) {
        downstream.count(SERVICE);
        return api.committee(id);
    }

    @Retry(maxRetries = 2, delay = 100, retryOn = { ProcessingException.class, TimeoutException.class })
    public List<Committee> committees(Collection<String> companyCiks, LocalDate asOf) {
        return Lists.allPages(page -> {
            downstream.count(SERVICE);
            return api.committees(csv(companyCiks), Lists.date(asOf), page, Lists.PAGE);
        });
    }

    /** Every membership of the company's committees of these types overlapping [from, to]. */
    @Retry(maxRetries = 2, delay = 100, retryOn = { ProcessingException.class, TimeoutException.class })
    public List<CommitteeMembership> companyMemberships(String cik, LocalDate from, LocalDate to, Collection<CommitteeType> types) {
        return Lists.allPages(page -> {
            downstream.count(SERVICE);
            return api.companyMemberships(cik, Lists.date(from), Lists.date(to), csv(types), page, Lists.PAGE);
        });
    }

    /** Memberships of many directors and/or committees, overlapping [from, to] when given. */
    @Retry(maxRetries = 2, delay = 100, retryOn = { ProcessingException.class, TimeoutException.class })
    public List<CommitteeMembership> memberships(Collection<Long> directorIds, Collection<Long> committeeIds, LocalDate from,
            LocalDate to) {
        return Lists.allPages(page -> {
            downstream.count(SERVICE);
            return api.memberships(csv(directorIds), csv(committeeIds), Lists.date(from),
                    Lists.date(to), page, Lists.PAGE);
        });
    }

    @Retry(maxRetries = 2, delay = 100, retryOn = { ProcessingException.class, TimeoutException.class })
    public List<ComplianceReport> compliance(Collection<String> ciks, LocalDate asOf) {
        downstream.count(SERVICE);
        return api.compliance(csv(ciks), Lists.date(asOf));
    }

    public Committee createCommittee(Object committee) {
        downstream.count(SERVICE);
        return api.createCommittee(committee);
    }

    public Committee updateCommittee(long id, Object committee) {
        downstream.count(SERVICE);
        return api.updateCommittee(id, committee);
    }

    public CommitteeMembership addMember(long committeeId, Object membership) {
        downstream.count(SERVICE);
        return api.addMember(committeeId, membership);
    }

    public CommitteeMembership endMember(long committeeId, long membershipId, LocalDate to) {
        downstream.count(SERVICE);
        return api.endMember(committeeId, membershipId, Map.of("to", to.toString()));
    }
}
