package org.governance.committees.repository;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.committees.model.Committee;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CommitteeRepository implements PanacheRepository<Committee> {

    private static final Sort ORDER = Sort.by("companyCik").and("type").and("name").and("id");
    private static final String ALIVE_ON = "companyCik = :cik and (formedOn is null or formedOn <= :day)"
            + " and (dissolvedOn is null or dissolvedOn >= :day)";

    /** Every committee, or every committee of one company, by company, type, name. */
    public List<Committee> list(String cik, PageRequest page) {
        var query = cik == null ? findAll(ORDER) : find("companyCik", ORDER, cik);
        return query.page(Page.of(page.page(), page.size())).list();
    }

    public long count(String cik) {
        return cik == null ? count() : count("companyCik", cik);
    }

    /** The company's committees that exist on the day. */
    public List<Committee> aliveOn(String cik, LocalDate day, PageRequest page) {
        return find(ALIVE_ON, ORDER, Parameters.with("cik", cik).and("day", day))
                .page(Page.of(page.page(), page.size())).list();
    }

    public List<Committee> aliveOn(String cik, LocalDate day) {
        return find(ALIVE_ON, ORDER, Parameters.with("cik", cik).and("day", day)).list();
    }

    public long countAliveOn(String cik, LocalDate day) {
        return count(ALIVE_ON, Parameters.with("cik", cik).and("day", day));
    }
}
