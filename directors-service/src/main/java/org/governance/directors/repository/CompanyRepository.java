package org.governance.directors.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.directors.model.Company;
import org.governance.wire.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CompanyRepository implements PanacheRepositoryBase<Company, String> {

    private static final String SEARCH = "lower(name) like :pattern or upper(ticker) = :ticker";

    /** Companies whose name contains the text, or whose ticker is the text, ordered by name then CIK. */
    public List<Company> search(String text, PageRequest page) {
        return find(text == null ? "" : SEARCH, Sort.by("name").and("cik"), searchParameters(text))
                .page(Page.of(page.page(), page.size()))
                .list();
    }

    public long countSearch(String text) {
        return text == null ? count() : count(SEARCH, searchParameters(text));
    }

    private static Parameters searchParameters(String text) {
        if (text == null) {
            return new Parameters();
        }
        String escaped = text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return Parameters.with("pattern", "%" + escaped + "%").and("ticker", text.toUpperCase());
    }
}
