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
import org.governance.gateway.model.Committee;
import org.governance.gateway.model.CommitteeMembership;
import org.governance.gateway.model.CommitteeType;
import org.governance.gateway.model.ComplianceReport;
import org.governance.gateway.model.Inputs.CommitteeInput;
import org.governance.gateway.model.Inputs.MembershipInput;

/** Calls to committees-service: timeout, circuit breaker, retries for reads, none for writes (all overridable in configuration). */
@ApplicationScoped
@CallsService(CommitteesClient.SERVICE)
@Retry(maxRetries = 2, delay = 100, retryOn = { ProcessingException.class, TimeoutException.class })
@Timeout(2000)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, failOn = { ProcessingException.class,
        TimeoutException.class })
public class CommitteesClient {

    public static final String SERVICE = "committees-service";

    private final CommitteesApi api;

    CommitteesClient(@RestClient CommitteesApi api) {
        this.api = api;
    }

    public Committee committee(long id) {
        return api.committee(id);
    }

    public List<Committee> committees(Collection<String> companyCiks, LocalDate asOf) {
        return Lists.allPages(page -> {
            return api.committees(csv(companyCiks), Lists.date(asOf), page, Lists.PAGE);
        });
    }

    /** Every membership of the company's committees of these types overlapping [from, to]. */
    public List<CommitteeMembership> companyMemberships(String cik, LocalDate from, LocalDate to, Collection<CommitteeType> types) {
        return Lists.allPages(page -> {
            return api.companyMemberships(cik, Lists.date(from), Lists.date(to), csv(types), page, Lists.PAGE);
        });
    }

    /** Memberships of many directors and/or committees, overlapping [from, to] when given. */
    public List<CommitteeMembership> memberships(Collection<Long> directorIds, Collection<Long> committeeIds, LocalDate from,
            LocalDate to) {
        return Lists.allPages(page -> {
            return api.memberships(csv(directorIds), csv(committeeIds), Lists.date(from),
                    Lists.date(to), page, Lists.PAGE);
        });
    }

    public List<ComplianceReport> compliance(Collection<String> ciks, LocalDate asOf) {
        return api.compliance(csv(ciks), Lists.date(asOf));
    }

    @Retry(maxRetries = 0)
    public Committee createCommittee(CommitteeInput committee) {
        return api.createCommittee(committee);
    }

    @Retry(maxRetries = 0)
    public Committee updateCommittee(long id, CommitteeInput committee) {
        return api.updateCommittee(id, committee);
    }

    @Retry(maxRetries = 0)
    public CommitteeMembership addMember(long committeeId, MembershipInput membership) {
        return api.addMember(committeeId, membership);
    }

    @Retry(maxRetries = 0)
    public CommitteeMembership endMember(long committeeId, long membershipId, LocalDate to) {
        return api.endMember(committeeId, membershipId, new CommitteesApi.EndMembership(to));
    }
}
