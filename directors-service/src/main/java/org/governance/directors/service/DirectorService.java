package org.governance.directors.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.governance.directors.mapping.BoardMapper;
import org.governance.directors.mapping.DirectorRequest;
import org.governance.directors.mapping.DirectorResponse;
import org.governance.directors.model.BoardRole;
import org.governance.directors.model.Company;
import org.governance.directors.model.Director;
import org.governance.directors.model.Person;
import org.governance.directors.repository.CompanyRepository;
import org.governance.directors.repository.DirectorRepository;
import org.governance.directors.repository.PersonRepository;
import org.governance.wire.Cik;
import org.governance.wire.Page;
import org.governance.wire.PageRequest;
import org.governance.wire.ServiceException;

/** Board seats and the rules every seat must keep. */
@ApplicationScoped
@Transactional
public class DirectorService {

    private final DirectorRepository directors;
    private final CompanyRepository companies;
    private final PersonRepository people;
    private final CompanyService companyService;
    private final PersonService personService;
    private final BoardMapper mapper;
    private final ObjectMapper json;
    private final Validator validator;

    public DirectorService(DirectorRepository directors, CompanyRepository companies, PersonRepository people,
            CompanyService companyService, PersonService personService, BoardMapper mapper, ObjectMapper json,
            Validator validator) {
        this.directors = directors;
        this.companies = companies;
        this.people = people;
        this.companyService = companyService;
        this.personService = personService;
        this.mapper = mapper;
        this.json = json;
        this.validator = validator;
    }

    @Transactional(SUPPORTS)
    public DirectorResponse get(long id) {
        return mapper.toResponse(find(id));
    }

    /**
     * Seats by any combination of ids, companies, people and a day (null: any), in one call; empty sets filter
     * nothing; unknown ids are left out.
     */
    @Transactional(SUPPORTS)
    public Page<DirectorResponse> search(Collection<Long> ids, Collection<String> companyCiks, Collection<Long> personIds,
            LocalDate onDay, PageRequest page) {
        return search(new DirectorRepository.SeatFilter(ids, companyCiks, personIds, onDay), page);
    }

    private Page<DirectorResponse> search(DirectorRepository.SeatFilter filter, PageRequest page) {
        return Page.of(directors.search(filter, page), mapper::toResponse, page, () -> directors.countSearch(filter));
    }

    /** The company's board on a day: every seat held that day. */
    @Transactional(SUPPORTS)
    public Page<DirectorResponse> boardOn(String cik, LocalDate day, PageRequest page) {
        companyService.find(cik);
        return search(new DirectorRepository.SeatFilter(Set.of(), Set.of(cik), Set.of(), day), page);
    }

    /** Every seat the person holds or held, across companies. */
    @Transactional(SUPPORTS)
    public Page<DirectorResponse> byPerson(long personId, PageRequest page) {
        personService.find(personId);
        return Page.of(directors.byPerson(personId, page), mapper::toResponse, page, () -> directors.countByPerson(personId));
    }

    public DirectorResponse create(@Valid @NotNull DirectorRequest request) {
        Director director = new Director();
        director.company = companies.findByIdOptional(Cik.normalize(request.companyCik()).orElseThrow())
                .orElseThrow(() -> ServiceException.unknownReference("companyCik",
                        "No company with CIK " + Cik.normalize(request.companyCik()).orElseThrow()));
        director.person = people.findByIdOptional(request.personId())
                .orElseThrow(() -> ServiceException.unknownReference("personId", "No person with id " + request.personId()));
        apply(request, director);
        Constraints.write(() -> directors.persistAndFlush(director));
        return mapper.toResponse(director);
    }

    /**
     * The rules of a new seat for the company and person, checked against the stored seats without storing it (a
     * board file's dry run: nothing is inserted, so no id is used up); the person may be one not stored yet.
     */
    @Transactional(SUPPORTS)
    public void check(DirectorRequest request, Company company, Person person) {
        Director director = new Director();
        director.company = company;
        director.person = person;
        apply(request, director);
    }

    public DirectorResponse replace(long id, @Valid @NotNull DirectorRequest request) {
        Director director = find(id);
        if (!Cik.normalize(request.companyCik()).orElseThrow().equals(director.company.cik)) {
            throw ServiceException.ruleViolated("companyCik",
                    "A seat cannot move to another company; end it and create a seat on the other board");
        }
        if (!request.personId().equals(director.person.id)) {
            throw ServiceException.ruleViolated("personId",
                    "A seat cannot pass to another person; end it and create a seat for the other person");
        }
        apply(request, director);
        Constraints.write(directors::flush);
        return mapper.toResponse(director);
    }

    /**
     * A JSON merge patch (RFC 7396) of a seat: the fields present replace the stored ones, null clears one, and the
     * result is checked like a full replacement, in one transaction.
     */
    public DirectorResponse patch(long id, JsonNode patch) throws JsonProcessingException {
        if (patch == null || !patch.isObject()) {
            throw ServiceException.invalidField("body", "A merge patch must be a JSON object");
        }
        ObjectNode merged = json.valueToTree(mapper.toRequest(find(id)));
        patch.fields().forEachRemaining(field -> merged.set(field.getKey(), field.getValue()));
        DirectorRequest request = json.treeToValue(merged, DirectorRequest.class);
        Set<ConstraintViolation<DirectorRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return replace(id, request);
    }

    public void delete(long id) {
        directors.delete(find(id));
    }

    private Director find(long id) {
        return directors.findByIdOptional(id).orElseThrow(() -> ServiceException.notFound("No director seat with id " + id));
    }

    private void apply(DirectorRequest request, Director director) {
        Company company = director.company;
        Person person = director.person;
        Set<BoardRole> roles = request.roles() == null ? Set.of() : request.roles();
        if (request.leftOn() != null && request.leftOn().isBefore(request.firstElected())) {
            throw ServiceException.ruleViolated("leftOn", "The date left (" + request.leftOn()
                    + ") is before the date first elected (" + request.firstElected() + ")");
        }
        if (request.directorClass() != null && !company.classifiedBoard) {
            throw ServiceException.ruleViolated("directorClass", "The board of " + company.name
                    + " is not classified, so its directors have no class");
        }
        if (roles.contains(BoardRole.LEAD_INDEPENDENT_DIRECTOR) && !Boolean.TRUE.equals(request.independent())) {
            throw ServiceException.ruleViolated("roles", "A Lead Independent Director must be independent");
        }
        for (Director other : directors.overlapping(company.cik, request.firstElected(), request.leftOn())) {
            if (other.id.equals(director.id)) {
                continue;
            }
            if (other.person.id.equals(person.id)) {
                throw ServiceException.conflict("personId", person.fullName + " already holds seat " + other.id
                        + " on this board from " + other.firstElected + (other.leftOn == null ? "" : " to " + other.leftOn));
            }
            if (roles.contains(BoardRole.CHAIR) && other.hasRole(BoardRole.CHAIR)) {
                throw ServiceException.conflict("roles", other.person.fullName + " (seat " + other.id
                        + ") is Chair of this board during that period");
            }
        }
        mapper.copy(request, director);
    }
}
