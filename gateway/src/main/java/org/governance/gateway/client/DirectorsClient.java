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
import org.governance.gateway.model.Company;
import org.governance.gateway.model.ComplianceReport;
import org.governance.gateway.model.Director;
import org.governance.gateway.model.Inputs.CompanyInput;
import org.governance.gateway.model.Inputs.DirectorInput;
import org.governance.gateway.model.Inputs.PersonInput;
import org.governance.gateway.model.Page;
import org.governance.gateway.model.Person;

/**
 * Calls to directors-service with a timeout, a circuit breaker and, for reads, retries (writes are not retried); the
 * numbers can be changed in configuration (quarkus.fault-tolerance."org.governance.gateway.client.DirectorsClient"...).
 */
@ApplicationScoped
@CallsService(DirectorsClient.SERVICE)
@Retry(maxRetries = 2, delay = 100, retryOn = { ProcessingException.class, TimeoutException.class })
@Timeout(2000)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, failOn = { ProcessingException.class,
        TimeoutException.class })
public class DirectorsClient {

    public static final String SERVICE = "directors-service";

    private final DirectorsApi api;

    DirectorsClient(@RestClient DirectorsApi api) {
        this.api = api;
    }

    public Company company(String cik) {
        return api.company(cik);
    }

    public Page<Company> companies(String search, Collection<String> ciks, int page, int size) {
        return api.companies(search, csv(ciks), page, size);
    }

    public Person person(long id) {
        return api.person(id);
    }

    public List<Person> people(Collection<String> ciks, String name) {
        return api.people(csv(ciks), name, Lists.PAGE).items();
    }

    public Director director(long id) {
        return api.director(id);
    }

    /** Seats by ids, companies, people and a day, all pages (one request while the answer fits in one page). */
    public List<Director> directors(Collection<Long> ids, Collection<String> companyCiks, Collection<Long> personIds, LocalDate asOf) {
        return Lists.allPages(page -> {
            return api.directors(csv(ids), csv(companyCiks), csv(personIds), Lists.date(asOf), page, Lists.PAGE);
        });
    }

    public List<ComplianceReport> boardCompliance(Collection<String> ciks, LocalDate asOf) {
        return api.boardCompliance(csv(ciks), Lists.date(asOf));
    }

    @Retry(maxRetries = 0)
    public Company createCompany(CompanyInput company) {
        return api.createCompany(company);
    }

    @Retry(maxRetries = 0)
    public Company updateCompany(String cik, CompanyInput company) {
        return api.updateCompany(cik, company);
    }

    @Retry(maxRetries = 0)
    public Person createPerson(PersonInput person) {
        return api.createPerson(person);
    }

    @Retry(maxRetries = 0)
    public Person updatePerson(long id, PersonInput person) {
        return api.updatePerson(id, person);
    }

    @Retry(maxRetries = 0)
    public Director createDirector(DirectorInput director) {
        return api.createDirector(director);
    }

    /** A JSON merge patch: the fields named change, the others stay. */
    @Retry(maxRetries = 0)
    public Director patchDirector(long id, Map<String, Object> changes) {
        return api.patchDirector(id, changes);
    }
}
