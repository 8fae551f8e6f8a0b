package org.governance.directors.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.directors.model.Director;
import org.governance.wire.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class DirectorRepository implements PanacheRepository<Director> {

    private static final String FETCH = "from Director d join fetch d.person p join fetch d.company c where ";
    private static final String COUNT = "select count(d) from Director d join d.person p where ";
    private static final String ORDER = " order by p.fullName, d.id";

    private static final String SEATED_ON = " and d.firstElected <= :day and (d.leftOn is null or d.leftOn >= :day)";
    private static final String ON_BOARD = "d.company.cik = :cik" + SEATED_ON;
    private static final String ON_BOARDS = "d.company.cik in :ciks" + SEATED_ON;

    /** Every seat on the board on a day, for the compliance checks. */
    public List<Director> boardOn(String cik, LocalDate day) {
        return find(FETCH + ON_BOARD + ORDER, Parameters.with("cik", cik).and("day", day)).list();
    }

    /** Every seat on the boards of these companies on a day, in one query, for the compliance checks of many. */
    public List<Director> boardsOn(Collection<String> ciks, LocalDate day) {
        return find(FETCH + ON_BOARDS + ORDER, Parameters.with("ciks", ciks).and("day", day)).list();
    }

    /** Filters for a seat search; empty sets and a null day filter nothing. */
    public record SeatFilter(Collection<Long> ids, Collection<String> companyCiks, Collection<Long> personIds, LocalDate onDay) {
    }

    /** Seats matching every given filter, ordered by the directors' names. */
    public List<Director> search(SeatFilter filter, PageRequest page) {
        Where where = where(filter);
        return list(FETCH + where.clause + ORDER, where.parameters, page);
    }

    public long countSearch(SeatFilter filter) {
        Where where = where(filter);
        return countOf(COUNT + where.clause, where.parameters);
    }

    private record Where(String clause, Parameters parameters) {
    }

    private static Where where(SeatFilter filter) {
        java.util.List<String> clauses = new java.util.ArrayList<>();
        Parameters parameters = new Parameters();
        if (!filter.ids().isEmpty()) {
            clauses.add("d.id in :ids");
            parameters.and("ids", filter.ids());
        }
        if (!filter.companyCiks().isEmpty()) {
            clauses.add("d.company.cik in :ciks");
            parameters.and("ciks", filter.companyCiks());
        }
        if (!filter.personIds().isEmpty()) {
            clauses.add("d.person.id in :people");
            parameters.and("people", filter.personIds());
        }
        if (filter.onDay() != null) {
            clauses.add("d.firstElected <= :day and (d.leftOn is null or d.leftOn >= :day)");
            parameters.and("day", filter.onDay());
        }
        return new Where(clauses.isEmpty() ? "true = true" : String.join(" and ", clauses), parameters);
    }

    /** Every seat a person holds or held, newest first. */
    public List<Director> byPerson(long personId, PageRequest page) {
        return find(FETCH + "p.id = :person order by d.firstElected desc, d.id", Parameters.with("person", personId))
                .range(page.firstResult(), page.firstResult() + page.size() - 1)
                .list();
    }

    public long countByPerson(long personId) {
        return count("person.id", personId);
    }

    public long countByCompany(String cik) {
        return count("company.cik", cik);
    }

    /** Every seat the company's board has or had, whatever the day (a mutable list). */
    public List<Director> everySeat(String cik) {
        return new java.util.ArrayList<>(find(FETCH + "d.company.cik = :cik order by d.id", Parameters.with("cik", cik)).list());
    }

    /** Seats on the company's board that share at least one day with [from, to]; an empty end is open. */
    public List<Director> overlapping(String cik, LocalDate from, LocalDate to) {
        return find(FETCH + "d.company.cik = :cik and (d.leftOn is null or d.leftOn >= :from)"
                + (to == null ? "" : " and d.firstElected <= :to") + ORDER,
                to == null ? Parameters.with("cik", cik).and("from", from)
                        : Parameters.with("cik", cik).and("from", from).and("to", to))
                .list();
    }

    private List<Director> list(String query, Parameters parameters, PageRequest page) {
        return find(query, parameters)
                .range(page.firstResult(), page.firstResult() + page.size() - 1)
                .list();
    }

    private long countOf(String query, Parameters parameters) {
        var typed = getEntityManager().createQuery(query, Long.class);
        parameters.map().forEach(typed::setParameter);
        return typed.getSingleResult();
    }
}
