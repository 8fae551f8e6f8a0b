package org.governance.committees.repository;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.committees.model.Committee;
import org.governance.wire.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CommitteeRepository implements PanacheRepository<Committee> {

    private static final Sort ORDER = Sort.by("companyCik").and("type").and("name").and("id");
    private static final String LIVING = " and (formedOn is null or formedOn <= :day) and (dissolvedOn is null or dissolvedOn >= :day)";
    private static final String ALIVE_ON = "companyCik = :cik" + LIVING;

    /** Every committee, or those of the given companies, or those that exist on a day; by company, type, name. */
    public List<Committee> list(java.util.Collection<String> ciks, LocalDate day, PageRequest page) {
        Where where = where(ciks, day);
        return find(where.clause, ORDER, where.parameters).page(Page.of(page.page(), page.size())).list();
    }

    public long count(java.util.Collection<String> ciks, LocalDate day) {
        Where where = where(ciks, day);
        return where.clause.isEmpty() ? count() : count(where.clause, where.parameters);
    }

    public long count(String cik) {
        return count("companyCik", cik);
    }

    private record Where(String clause, Parameters parameters) {
    }

    private static Where where(java.util.Collection<String> ciks, LocalDate day) {
        java.util.List<String> clauses = new java.util.ArrayList<>();
        Parameters parameters = new Parameters();
        if (!ciks.isEmpty()) {
            clauses.add("companyCik in :ciks");
            parameters.and("ciks", ciks);
        }
        if (day != null) {
            clauses.add("(formedOn is null or formedOn <= :day) and (dissolvedOn is null or dissolvedOn >= :day)");
            parameters.and("day", day);
        }
        return new Where(String.join(" and ", clauses), parameters);
    }

    /** The company's committees that exist on the day. */
    public List<Committee> aliveOn(String cik, LocalDate day, PageRequest page) {
        return find(ALIVE_ON, ORDER, Parameters.with("cik", cik).and("day", day))
                .page(Page.of(page.page(), page.size())).list();
    }

    /** The committees of these companies that exist on the day, in one query. */
    public List<Committee> aliveOn(java.util.Collection<String> ciks, LocalDate day) {
        return find("companyCik in :ciks" + LIVING, ORDER, Parameters.with("ciks", ciks).and("day", day)).list();
    }

    public long countAliveOn(String cik, LocalDate day) {
        return count(ALIVE_ON, Parameters.with("cik", cik).and("day", day));
    }
}
