package org.governance.directors.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.governance.directors.mapping.BoardMapper;
import org.governance.directors.mapping.PersonRequest;
import org.governance.directors.mapping.PersonResponse;
import org.governance.directors.model.Person;
import org.governance.directors.model.PersonNames;
import org.governance.directors.repository.DirectorRepository;
import org.governance.directors.repository.PersonRepository;
import org.governance.wire.Cik;
import org.governance.wire.Page;
import org.governance.wire.PageRequest;
import org.governance.wire.ServiceException;

@ApplicationScoped
@Transactional
public class PersonService {

    private final PersonRepository people;
    private final DirectorRepository directors;
    private final BoardMapper mapper;

    public PersonService(PersonRepository people, DirectorRepository directors, BoardMapper mapper) {
        this.people = people;
        this.directors = directors;
        this.mapper = mapper;
    }

    /**
     * People with any of the CIKs (when given) whose names contain every word of the name (when given),
     * in any order and ignoring case and punctuation.
     */
    @Transactional(SUPPORTS)
    public Page<PersonResponse> search(Set<String> ciks, String name, PageRequest page) {
        List<String> words = PersonNames.words(name);
        if (name != null && words.isEmpty()) {
            throw ServiceException.invalidParameter("name", "must contain at least one letter or digit");
        }
        return Page.of(people.search(ciks, words, page), mapper::toResponse, page, () -> people.countSearch(ciks, words));
    }

    @Transactional(SUPPORTS)
    public PersonResponse get(long id) {
        return mapper.toResponse(find(id));
    }

    public PersonResponse create(@Valid @NotNull PersonRequest request) {
        Person person = new Person();
        apply(request, person);
        Constraints.write(() -> people.persistAndFlush(person));
        return mapper.toResponse(person);
    }

    public PersonResponse replace(long id, @Valid @NotNull PersonRequest request) {
        Person person = find(id);
        apply(request, person);
        Constraints.write(people::flush);
        return mapper.toResponse(person);
    }

    public void delete(long id) {
        Person person = find(id);
        long seats = directors.countByPerson(id);
        if (seats > 0) {
            throw ServiceException.conflict(null, "Person " + id + " holds " + seats + " board seat(s); delete them first");
        }
        people.delete(person);
    }

    Person find(long id) {
        return people.findByIdOptional(id).orElseThrow(() -> ServiceException.notFound("No person with id " + id));
    }

    private void apply(PersonRequest request, Person person) {
        String cik = Cik.normalize(request.cik()).orElse(null);
        if (cik != null) {
            people.findByCik(cik).filter(other -> !other.id.equals(person.id)).ifPresent(other -> {
                throw ServiceException.conflict("cik", "Person " + other.id + " already has CIK " + cik);
            });
        }
        mapper.copy(request, person);
        person.cik = cik;
        person.nameTokens = PersonNames.tokens(person.fullName, person.edgarName);
    }
}
