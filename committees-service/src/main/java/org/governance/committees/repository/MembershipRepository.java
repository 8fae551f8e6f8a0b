package org.governance.committees.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.committees.model.CommitteeType;
import org.governance.committees.model.Membership;
import org.governance.wire.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;

/**
 * Memberships, always read over a period: a membership overlaps [from, to] when it starts on or before
 * {@code to} and ends on or after {@code from} (an open end is the far future).
 */
@ApplicationScoped
public class MembershipRepository implements PanacheRepository<Membership> {

    private static final String FETCH = "from Membership m join fetch m.committee c where ";
    private static final String COUNT = "select count(m) from Membership m join m.committee c where ";
    private static final String ORDER = " order by c.companyCik, c.type, c.id, m.role, m.from, m.id";
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);
    private static final String OVERLAPS = " and m.from <= :to and (m.to is null or m.to >= :from)";

    /** Memberships of the company's committees of the given types at any time in [from, to]. */
    public List<Membership> ofCompany(String cik, Collection<CommitteeType> types, LocalDate from, LocalDate to,
            PageRequest page) {
        return list(FETCH + "c.companyCik = :cik and c.type in :types" + OVERLAPS + ORDER,
                period(from, to).and("cik", cik).and("types", types), page);
    }

    public long countOfCompany(String cik, Collection<CommitteeType> types, LocalDate from, LocalDate to) {
        return countOf(COUNT + "c.companyCik = :cik and c.type in :types" + OVERLAPS,
                period(from, to).and("cik", cik).and("types", types));
    }

    /** Every membership of these companies' committees on the day, in one query, for the compliance checks. */
    public List<Membership> ofCompaniesOn(Collection<String> ciks, LocalDate day) {
        return find(FETCH + "c.companyCik in :ciks" + OVERLAPS + ORDER, period(day, day).and("ciks", ciks)).list();
    }

    /** Memberships of any of the directors or committees given, overlapping [from, to] when a period is given. */
    public List<Membership> search(Collection<Long> directorIds, Collection<Long> committeeIds, LocalDate from, LocalDate to,
            PageRequest page) {
        Where where = where(directorIds, committeeIds, from, to);
        return list(FETCH + where.clause + ORDER, where.parameters, page);
    }

    public long countSearch(Collection<Long> directorIds, Collection<Long> committeeIds, LocalDate from, LocalDate to) {
        Where where = where(directorIds, committeeIds, from, to);
        return countOf(COUNT + where.clause, where.parameters);
    }

    private record Where(String clause, Parameters parameters) {
    }

    private static Where where(Collection<Long> directorIds, Collection<Long> committeeIds, LocalDate from, LocalDate to) {
        java.util.List<String> clauses = new java.util.ArrayList<>();
        Parameters parameters = new Parameters();
        if (!directorIds.isEmpty()) {
            clauses.add("m.directorId in :directors");
            parameters.and("directors", directorIds);
        }
        if (!committeeIds.isEmpty()) {
            clauses.add("c.id in :committees");
            parameters.and("committees", committeeIds);
        }
        String clause = String.join(" and ", clauses);
        if (from != null) {
            clause += OVERLAPS;
            parameters.and("from", from).and("to", to);
        }
        return new Where(clause, parameters);
    }

    /** Memberships of the committee sharing a day with [from, to]; a null {@code to} is open-ended. */
    public List<Membership> overlapping(long committeeId, LocalDate from, LocalDate to) {
        return find(FETCH + "c.id = :committee" + OVERLAPS + ORDER,
                period(from, to == null ? OPEN_END : to).and("committee", committeeId)).list();
    }

    public long countByCommittee(long committeeId) {
        return count("committee.id", committeeId);
    }

    private static Parameters period(LocalDate from, LocalDate to) {
        return Parameters.with("from", from).and("to", to);
    }

    private List<Membership> list(String query, Parameters parameters, PageRequest page) {
        return find(query, parameters).range(page.firstResult(), page.firstResult() + page.size() - 1).list();
    }

    private long countOf(String query, Parameters parameters) {
        var typed = getEntityManager().createQuery(query, Long.class);
        parameters.map().forEach(typed::setParameter);
        return typed.getSingleResult();
    }
}
