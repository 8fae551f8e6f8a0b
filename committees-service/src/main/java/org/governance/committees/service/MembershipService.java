package org.governance.committees.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.governance.committees.client.DirectorsDirectory;
import org.governance.committees.client.Seat;
import org.governance.committees.mapping.CommitteeMapper;
import org.governance.committees.mapping.MembershipRequest;
import org.governance.committees.mapping.MembershipResponse;
import org.governance.committees.mapping.Page;
import org.governance.committees.model.Committee;
import org.governance.committees.model.CommitteeType;
import org.governance.committees.model.MemberRole;
import org.governance.committees.model.Membership;
import org.governance.committees.repository.MembershipRepository;
import org.governance.committees.repository.PageRequest;

/** Who sat on which committee when, and the rules every membership must keep. */
@ApplicationScoped
@Transactional
public class MembershipService {

    private final MembershipRepository memberships;
    private final CommitteeService committees;
    private final DirectorsDirectory directors;
    private final CommitteeMapper mapper;

    public MembershipService(MembershipRepository memberships, CommitteeService committees, DirectorsDirectory directors,
            CommitteeMapper mapper) {
        this.memberships = memberships;
        this.committees = committees;
        this.directors = directors;
        this.mapper = mapper;
    }

    /** The committee's members at any time in [from, to], with their dates; CHAIR first. */
    @Transactional(SUPPORTS)
    public Page<MembershipResponse> ofCommittee(long committeeId, LocalDate from, LocalDate to, PageRequest page) {
        committees.find(committeeId);
        return search(Set.of(), Set.of(committeeId), from, to, page);
    }

    /** Every membership of the company's committees of these types overlapping [from, to]. */
    @Transactional(SUPPORTS)
    public Page<MembershipResponse> ofCompany(String cik, Set<CommitteeType> types, LocalDate from, LocalDate to,
            PageRequest page) {
        Set<CommitteeType> wanted = types.isEmpty() ? Set.of(CommitteeType.values()) : types;
        return committees.ofKnownCompany(cik, Page.of(memberships.ofCompany(cik, wanted, from, to, page), mapper::toResponse,
                page, () -> memberships.countOfCompany(cik, wanted, from, to)));
    }

    /** Memberships of many directors and/or committees, whenever held or overlapping [from, to] when given. */
    @Transactional(SUPPORTS)
    public Page<MembershipResponse> search(Collection<Long> directorIds, Collection<Long> committeeIds, LocalDate from,
            LocalDate to, PageRequest page) {
        return Page.of(memberships.search(directorIds, committeeIds, from, to, page), mapper::toResponse, page,
                () -> memberships.countSearch(directorIds, committeeIds, from, to));
    }

    @Transactional(SUPPORTS)
    public MembershipResponse get(long committeeId, long membershipId) {
        return mapper.toResponse(find(committeeId, membershipId));
    }

    public MembershipResponse add(long committeeId, @Valid @NotNull MembershipRequest request) {
        Committee committee = committees.find(committeeId);
        Membership membership = new Membership();
        membership.committee = committee;
        check(committee, request, null);
        mapper.copy(request, membership);
        StoredConstraints.write(() -> memberships.persistAndFlush(membership));
        return mapper.toResponse(membership);
    }

    /** Corrects a membership: every field is replaced, and every rule checked again. */
    public MembershipResponse correct(long committeeId, long membershipId, @Valid @NotNull MembershipRequest request) {
        Membership membership = find(committeeId, membershipId);
        check(membership.committee, request, membership.id);
        mapper.copy(request, membership);
        StoredConstraints.write(memberships::flush);
        return mapper.toResponse(membership);
    }

    /** Ends a membership on the given day (its last day on the committee). */
    public MembershipResponse end(long committeeId, long membershipId, @NotNull LocalDate to) {
        Membership membership = find(committeeId, membershipId);
        MembershipRequest current = mapper.toRequest(membership);
        return correct(committeeId, membershipId, new MembershipRequest(current.directorId(), current.role(),
                current.from(), to, current.financialExpert(), current.illustrative(), current.source()));
    }

    public void delete(long committeeId, long membershipId) {
        memberships.delete(find(committeeId, membershipId));
    }

    private Membership find(long committeeId, long membershipId) {
        committees.find(committeeId);
        return memberships.findByIdOptional(membershipId)
                .filter(membership -> membership.committee.id == committeeId)
                .orElseThrow(() -> ServiceException.notFound("Committee " + committeeId + " has no membership " + membershipId));
    }

    /** Local rules first; the director is checked with directors-service last, so a refusal needs no remote call. */
    private void check(Committee committee, MembershipRequest request, Long self) {
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
        Seat seat = directors.seat(request.directorId()).orElseThrow(() -> ServiceException.unknownReference("directorId",
                "directors-service knows no director seat with id " + request.directorId()));
        if (!committee.companyCik.equals(seat.companyCik())) {
            throw ServiceException.ruleViolated("directorId", "Director " + seat.id() + " (" + seat.holderName()
                    + ") sits on the board of " + seat.companyCik() + ", not of " + committee.companyCik);
        }
        if (!seat.heldThroughout(from, to)) {
            throw ServiceException.ruleViolated(seat.firstElected().isAfter(from) ? "from" : "to",
                    seat.holderName() + " is on the board from " + seat.firstElected()
                            + (seat.leftOn() == null ? "" : " to " + seat.leftOn())
                            + "; a committee membership must fall within that");
        }
    }
}
