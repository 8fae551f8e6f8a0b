package org.governance.committees.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.governance.committees.client.DirectorsDirectory;
import org.governance.committees.mapping.CommitteeMapper;
import org.governance.committees.mapping.CommitteeRequest;
import org.governance.committees.mapping.CommitteeResponse;
import org.governance.committees.model.Committee;
import org.governance.committees.model.Membership;
import org.governance.committees.repository.CommitteeRepository;
import org.governance.committees.repository.MembershipRepository;
import org.governance.wire.Cik;
import org.governance.wire.Page;
import org.governance.wire.PageRequest;
import org.governance.wire.ServiceException;

@ApplicationScoped
@Transactional
public class CommitteeService {

    private final CommitteeRepository committees;
    private final MembershipRepository memberships;
    private final DirectorsDirectory directors;
    private final CommitteeWriter writer;
    private final CommitteeMapper mapper;

    public CommitteeService(CommitteeRepository committees, MembershipRepository memberships,
            DirectorsDirectory directors, CommitteeWriter writer, CommitteeMapper mapper) {
        this.committees = committees;
        this.memberships = memberships;
        this.directors = directors;
        this.writer = writer;
        this.mapper = mapper;
    }

    /** Every committee, or those of the given companies, or those that exist on a day. */
    @Transactional(SUPPORTS)
    public Page<CommitteeResponse> list(java.util.Collection<String> ciks, LocalDate day, PageRequest page) {
        return Page.of(committees.list(ciks, day, page), mapper::toResponse, page, () -> committees.count(ciks, day));
    }

    /** The company's committees that exist on the day; 404 when directors-service does not know the company. */
    @Transactional(SUPPORTS)
    public Page<CommitteeResponse> aliveOn(String cik, LocalDate day, PageRequest page) {
        return ofKnownCompany(cik, Page.of(committees.aliveOn(cik, day, page), mapper::toResponse, page,
                () -> committees.countAliveOn(cik, day)));
    }

    @Transactional(SUPPORTS)
    public CommitteeResponse get(long id) {
        return mapper.toResponse(find(id));
    }

    /** Asks directors-service about the company with no transaction open, then writes in a short one. */
    @Transactional(SUPPORTS)
    public CommitteeResponse create(@Valid @NotNull CommitteeRequest request) {
        String cik = Cik.normalize(request.companyCik()).orElseThrow();
        checkLife(request);
        if (directors.company(cik).isEmpty()) {
            throw ServiceException.unknownReference("companyCik", "directors-service knows no company with CIK " + cik);
        }
        return writer.insertCommittee(cik, request);
    }

    public CommitteeResponse replace(long id, @Valid @NotNull CommitteeRequest request) {
        Committee committee = find(id);
        if (!Cik.normalize(request.companyCik()).orElseThrow().equals(committee.companyCik)) {
            throw ServiceException.ruleViolated("companyCik", "A committee cannot move to another company");
        }
        checkLife(request);
        for (Membership membership : memberships.list("committee.id", committee.id)) {
            if (request.formedOn() != null && membership.from.isBefore(request.formedOn())) {
                throw ServiceException.ruleViolated("formedOn", "Membership " + membership.id + " starts on "
                        + membership.from + ", before the committee would be formed");
            }
            if (request.dissolvedOn() != null && (membership.to == null || membership.to.isAfter(request.dissolvedOn()))) {
                throw ServiceException.ruleViolated("dissolvedOn", "Membership " + membership.id
                        + " runs past the day the committee would be dissolved; end it first");
            }
        }
        mapper.copy(request, committee);
        Constraints.write(committees::flush);
        return mapper.toResponse(committee);
    }

    public void delete(long id) {
        Committee committee = find(id);
        long members = memberships.countByCommittee(id);
        if (members > 0) {
            throw ServiceException.conflict(null, "Committee " + id + " has " + members + " membership(s); delete them first");
        }
        committees.delete(committee);
    }

    Committee find(long id) {
        return writer.committee(id);
    }

    /**
     * A page of the company's committees or memberships, or a 404 when it is empty and the company is unknown. A page
     * with items proves the company (its committees were checked when created), so only an empty one costs a check.
     */
    @Transactional(SUPPORTS)
    <T> Page<T> ofKnownCompany(String cik, Page<T> found) {
        if (found.items().isEmpty()) {
            requireCompany(cik);
        }
        return found;
    }

    /** A company with stored committees exists (it was checked when they were created); otherwise ask. */
    @Transactional(SUPPORTS)
    void requireCompany(String cik) {
        if (committees.count(cik) == 0 && directors.company(cik).isEmpty()) {
            throw ServiceException.notFound("No company with CIK " + cik);
        }
    }

    private static void checkLife(CommitteeRequest request) {
        if (request.formedOn() != null && request.dissolvedOn() != null && request.dissolvedOn().isBefore(request.formedOn())) {
            throw ServiceException.ruleViolated("dissolvedOn", "The committee would be dissolved (" + request.dissolvedOn()
                    + ") before it is formed (" + request.formedOn() + ")");
        }
    }
}
