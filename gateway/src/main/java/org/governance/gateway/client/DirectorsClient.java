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
import org.governance.gateway.model.Company;
import org.governance.gateway.model.ComplianceReport;
import org.governance.gateway.model.Director;
import org.governance.gateway.model.Page;
import org.governance.gateway.model.Person;

/**
 * Calls to directors-service with a timeout, a circuit breaker and, for reads, retries; the numbers can be
 * changed in configuration (quarkus.fault-tolerance."org.governance.gateway.client.DirectorsClient"...).
 */
@ApplicationScoped
@Timeout(2000)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, failOn = { ProcessingException.class,
        TimeoutException.class })
public class DirectorsClient {

    public static final String SERVICE = "directors-service";

    private final DirectorsApi api;
    private final Downstream downstream;

    DirectorsClient(@RestClient DirectorsApi api, Downstream downstream) {
        this.api = api;
        this.downstream = downstream;
    }

    @Retry(maxRetries = 2, delay = 100, retryOn = { ProcessingException.class, TimeoutException.class })
    public Company company(String cik) {
        downstream.count(SERVICE);
        return api.company(cik);
    }

    @Retry(maxRetries = 2, delay = 100, retryOn = { ProcessingException.class, TimeoutException.class })
    public Page<Company> companies(String search, Collection<String> ciks, int page, int size) {
        downstream.count(SERVICE);
        return api.companies(search, csv(ciks), page, size);
    }

    @Retry(maxRetries = 2, delay = 100, retryOn = { ProcessingException.class, TimeoutException.class })
    public Person person(long id) {
        downstream.count(SERVICE);
        return api.person(id);
    }

    @Retry(maxRetries = 2, delay = 100, retryOn = { ProcessingException.class, TimeoutException.class })
    public List<Person> people(Collection<String> ciks, String name) {
        downstream.count(SERVICE);
        return api.people(csv(ciks), name, Lists.PAGE).items();
    }

    @Retry(maxRetries = 2, delay = 100, retryOn = { ProcessingException.class, TimeoutException.class })
    public Director director(long id) {
        downstream.count(SERVICE);
        return api.director(id);
    }

    /** Seats by ids, companies, people and a day, all pages (one request while the answer fits in one page). */
    @Retry(maxRetries = 2, delay = 100, retryOn = { ProcessingException.class, TimeoutException.class })
    public List<Director> directors(Collection<Long> ids, Collection<String> companyCiks, Collection<Long> personIds, LocalDate asOf) {
        return Lists.allPages(page -> {
            downstream.count(SERVICE);
            return api.directors(csv(ids), csv(companyCiks), csv(personIds), Lists.date(asOf), page, Lists.PAGE);
        });
    }

    @Retry(maxRetries = 2, delay = 100, retryOn = { ProcessingException.class, TimeoutException.class })
    public List<ComplianceReport> boardCompliance(Collection<String> ciks, LocalDate asOf) {
        downstream.count(SERVICE);
        return api.boardCompliance(csv(ciks), Lists.date(asOf));
    }

    public Company createCompany(Object company) {
        downstream.count(SERVICE);
        return api.createCompany(company);
    }

    public Company updateCompany(String cik, Object company) {
        downstream.count(SERVICE);
        return api.updateCompany(cik, company);
    }

    public Person createPerson(Object person) {
        downstream.count(SERVICE);
        return api.createPerson(person);
    }

    public Person updatePerson(long id, Object person) {
        downstream.count(SERVICE);
        return api.updatePerson(id, person);
    }

    public Director createDirector(Object director) {
        downstream.count(SERVICE);
        return api.createDirector(director);
    }

    public Director patchDirector(long id, Object changes) {
        downstream.count(SERVICE);
        return api.patchDirector(id, changes);
    }
}
