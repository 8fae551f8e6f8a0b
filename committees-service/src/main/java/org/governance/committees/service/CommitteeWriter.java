package org.governance.committees.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.governance.committees.mapping.CommitteeMapper;
import org.governance.committees.mapping.CommitteeRequest;
import org.governance.committees.mapping.CommitteeResponse;
import org.governance.committees.mapping.MembershipRequest;
import org.governance.committees.mapping.MembershipResponse;
import org.governance.committees.model.Committee;
import org.governance.committees.model.CommitteeType;
import org.governance.committees.model.MemberRole;
import org.governance.committees.model.Membership;
import org.governance.committees.repository.CommitteeRepository;
import org.governance.committees.repository.MembershipRepository;
import org.governance.wire.ServiceException;

/**
 * The short write transactions of committees and memberships, and the rules that need only this service's data.
 * {@link CommitteeService} and {@link MembershipService} ask directors-service first, with no transaction open, so
 * that no pooled connection waits on another service; each write here checks the local rules again inside its own
 * transaction, and the database constraints hold them when two writes race.
 */
@ApplicationScoped
@Transactional
public class CommitteeWriter {

    private final CommitteeRepository committees;
    private final MembershipRepository memberships;
    private final CommitteeMapper mapper;

    public CommitteeWriter(CommitteeRepository committees, MembershipRepository memberships, CommitteeMapper mapper) {
        this.committees = committees;
        this.memberships = memberships;
        this.mapper = mapper;
    }

    public CommitteeResponse insertCommittee(String cik, CommitteeRequest request) {
        Committee committee = new Committee();
        committee.companyCik = cik;
        mapper.copy(request, committee);
        Constraints.write(() -> committees.persistAndFlush(committee));
        return mapper.toResponse(committee);
    }

    /**
     * The local rules of a new membership ({@code membershipId} null) or of a correction, checked without writing;
     * 404 when the committee or the membership does not exist. Answers the committee's company CIK, which the
     * director's seat must belong to.
     */
    @Transactional(SUPPORTS)
    public String checkMembership(long committeeId, Long membershipId, MembershipRequest request) {
        Committee committee = membershipId == null ? committee(committeeId) : membership(committeeId, membershipId).committee;
        checkLocally(committee, request, membershipId);
        return committee.companyCik;
    }

    public MembershipResponse addMembership(long committeeId, MembershipRequest request) {
        Committee committee = committee(committeeId);
        checkLocally(committee, request, null);
        Membership membership = new Membership();
        membership.committee = committee;
        mapper.copy(request, membership);
        Constraints.write(() -> memberships.persistAndFlush(membership));
        return mapper.toResponse(membership);
    }

    public MembershipResponse correctMembership(long committeeId, long membershipId, MembershipRequest request) {
        Membership membership = membership(committeeId, membershipId);
        checkLocally(membership.committee, request, membership.id);
        mapper.copy(request, membership);
        Constraints.write(memberships::flush);
        return mapper.toResponse(membership);
    }

    @Transactional(SUPPORTS)
    Committee committee(long id) {
        return committees.findByIdOptional(id).orElseThrow(() -> ServiceException.notFound("No committee with id " + id));
    }

    @Transactional(SUPPORTS)
    Membership membership(long committeeId, long membershipId) {
        committee(committeeId);
        return memberships.findByIdOptional(membershipId)
                .filter(membership -> membership.committee.id == committeeId)
                .orElseThrow(() -> ServiceException.notFound("Committee " + committeeId + " has no membership " + membershipId));
    }

    private void checkLocally(Committee committee, MembershipRequest request, Long self) {
        LocalDate from = request.from();
        LocalDate to = request.to();
        if (to != null && to.isBefore(from)) {
            throw ServiceException.ruleViolated("to", "The membership would end (" + to + ") before it starts (" + from + ")");
        }
        if (committee.formedOn != null && from.isBefore(committee.formedOn)) {
            throw ServiceException.ruleViolated("from", "The membership starts (" + from + ") before the committee was formed ("
                    + committee.formedOn + ")");
        }
        if (committee.dissolvedOn != null && (to == null || to.isAfter(committee.dissolvedOn))) {
            throw ServiceException.ruleViolated("to", "The committee was dissolved on " + committee.dissolvedOn
                    + "; the membership must end by then");
        }
        if (Boolean.TRUE.equals(request.financialExpert()) && committee.type != CommitteeType.AUDIT) {
            throw ServiceException.ruleViolated("financialExpert", "Only members of an audit committee are designated financial experts");
        }
        for (Membership other : memberships.overlapping(committee.id, from, to)) {
            if (other.id.equals(self)) {
                continue;
            }
            if (other.directorId == request.directorId()) {
                throw ServiceException.conflict("directorId", "Director " + request.directorId() + " is already a member from "
                        + other.from + (other.to == null ? "" : " to " + other.to) + " (membership " + other.id + ")");
            }
            if (request.role() == MemberRole.CHAIR && other.role == MemberRole.CHAIR) {
                throw ServiceException.conflict("role", "Director " + other.directorId + " chairs the committee from "
                        + other.from + (other.to == null ? "" : " to " + other.to) + " (membership " + other.id + ")");
            }
        }
    }
}
