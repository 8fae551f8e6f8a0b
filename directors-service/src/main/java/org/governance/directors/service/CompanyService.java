package org.governance.directors.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.governance.directors.mapping.BoardMapper;
import org.governance.directors.mapping.CompanyRequest;
import org.governance.directors.mapping.CompanyResponse;
import org.governance.directors.model.Company;
import org.governance.directors.repository.CompanyRepository;
import org.governance.directors.repository.DirectorRepository;
import org.governance.wire.Cik;
import org.governance.wire.Page;
import org.governance.wire.PageRequest;
import org.governance.wire.ServiceException;

@ApplicationScoped
@Transactional
public class CompanyService {

    private final CompanyRepository companies;
    private final DirectorRepository directors;
    private final BoardMapper mapper;

    public CompanyService(CompanyRepository companies, DirectorRepository directors, BoardMapper mapper) {
        this.companies = companies;
        this.directors = directors;
        this.mapper = mapper;
    }

    /** Companies whose name contains the text or whose ticker equals it; all companies when text is null. */
    @Transactional(SUPPORTS)
    public Page<CompanyResponse> search(String text, PageRequest page) {
        return Page.of(companies.search(text, page), mapper::toResponse, page, () -> companies.countSearch(text));
    }

    /** Many companies by CIK in one call; unknown CIKs are left out. */
    @Transactional(SUPPORTS)
    public Page<CompanyResponse> byCiks(java.util.Collection<String> ciks, PageRequest page) {
        var found = companies.find("cik in ?1", io.quarkus.panache.common.Sort.by("name").and("cik"), ciks)
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list();
        return Page.of(found, mapper::toResponse, page, () -> companies.count("cik in ?1", ciks));
    }

    @Transactional(SUPPORTS)
    public CompanyResponse get(String cik) {
        return mapper.toResponse(find(cik));
    }

    public CompanyResponse create(@Valid @NotNull CompanyRequest request) {
        String cik = Cik.normalize(request.cik())
                .orElseThrow(() -> ServiceException.invalidField("cik", "must not be null"));
        if (companies.findByIdOptional(cik).isPresent()) {
            throw ServiceException.conflict("cik", "A company with CIK " + cik + " already exists");
        }
        Company company = new Company();
        company.cik = cik;
        mapper.copy(request, company);
        Constraints.write(() -> companies.persistAndFlush(company));
        return mapper.toResponse(company);
    }

    public CompanyResponse replace(String cik, @Valid @NotNull CompanyRequest request) {
        Company company = find(cik);
        if (request.cik() != null && !Cik.normalize(request.cik()).orElseThrow().equals(cik)) {
            throw ServiceException.ruleViolated("cik", "The CIK is the company's key and cannot change");
        }
        if (company.classifiedBoard && !Boolean.TRUE.equals(request.classifiedBoard())
                && directors.count("company.cik = ?1 and directorClass is not null", cik) > 0) {
            throw ServiceException.ruleViolated("classifiedBoard",
                    "Directors of this company have a class; remove the classes before declassifying the board");
        }
        mapper.copy(request, company);
        Constraints.write(companies::flush);
        return mapper.toResponse(company);
    }

    public void delete(String cik) {
        Company company = find(cik);
        long seats = directors.countByCompany(cik);
        if (seats > 0) {
            throw ServiceException.conflict(null,
                    "Company " + cik + " has " + seats + " board seat(s); delete them first");
        }
        companies.delete(company);
    }

    java.util.Optional<Company> findOptional(String cik) {
        return companies.findByIdOptional(cik);
    }

    /** The known ones of these companies, in one query. */
    List<Company> findAll(java.util.Collection<String> ciks) {
        return ciks.isEmpty() ? List.of() : companies.list("cik in ?1", ciks);
    }

    Company find(String cik) {
        return companies.findByIdOptional(cik)
                .orElseThrow(() -> ServiceException.notFound("No company with CIK " + cik));
    }
}
