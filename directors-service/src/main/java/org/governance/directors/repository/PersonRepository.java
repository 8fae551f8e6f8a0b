package org.governance.directors.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.directors.model.Person;
import org.governance.wire.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PersonRepository implements PanacheRepository<Person> {

    public Optional<Person> findByCik(String cik) {
        return find("cik", cik).firstResultOptional();
    }

    /**
     * People matching all the given filters: any of the CIKs, and every name word (a one-letter word is an
     * initial and matches any word that starts with it). Ordered by name, then id.
     */
    public List<Person> search(Collection<String> ciks, List<String> nameWords, PageRequest page) {
        Filter filter = filter(ciks, nameWords);
        return find(filter.where, Sort.by("fullName").and("id"), filter.parameters)
                .page(Page.of(page.page(), page.size()))
                .list();
    }

    public long countSearch(Collection<String> ciks, List<String> nameWords) {
        Filter filter = filter(ciks, nameWords);
        return filter.where.isEmpty() ? count() : count(filter.where, filter.parameters);
    }

    private record Filter(String where, Parameters parameters) {
    }

    private static Filter filter(Collection<String> ciks, List<String> nameWords) {
        List<String> clauses = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!ciks.isEmpty()) {
            clauses.add("cik in :ciks");
            parameters.and("ciks", ciks);
        }
        for (int i = 0; i < nameWords.size(); i++) {
            String word = nameWords.get(i);
            clauses.add("nameTokens like :word" + i);
            parameters.and("word" + i, word.length() == 1 ? "% " + word + "%" : "% " + word + " %");
        }
        return new Filter(String.join(" and ", clauses), parameters);
    }
}
