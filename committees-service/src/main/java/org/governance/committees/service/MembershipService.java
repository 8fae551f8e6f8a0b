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
import org.governance.committees.mapping.EndMembershipRequest;
import org.governance.committees.mapping.MembershipRequest;
import org.governance.committees.mapping.MembershipResponse;
import org.governance.committees.model.CommitteeType;
import org.governance.committees.repository.MembershipRepository;
import org.governance.wire.Page;
import org.governance.wire.PageRequest;
import org.governance.wire.ServiceException;

/**
 * Who sat on which committee when, and the rules every membership must keep. A write checks the local rules, then
 * asks directors-service about the seat with no transaction open, then writes in a short transaction that checks
 * the local rules again ({@link CommitteeWriter}): a slow directors-service holds no database connection.
 */
@ApplicationScoped
public class MembershipService {

    private final MembershipRepository memberships;
    private final CommitteeService committees;
    private final CommitteeWriter writer;
    private final DirectorsDirectory directors;
    private final CommitteeMapper mapper;

    public MembershipService(MembershipRepository memberships, CommitteeService committees, CommitteeWriter writer,
            DirectorsDirectory directors, CommitteeMapper mapper) {
        this.memberships = memberships;
        this.committees = committees;
        this.writer = writer;
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
        return mapper.toResponse(writer.membership(committeeId, membershipId));
    }

    public MembershipResponse add(long committeeId, @Valid @NotNull MembershipRequest request) {
        String companyCik = writer.checkMembership(committeeId, null, request);
        checkSeat(companyCik, request);
        return writer.addMembership(committeeId, request);
    }

    /** Corrects a membership: every field is replaced, and every rule checked again. */
    public MembershipResponse correct(long committeeId, long membershipId, @Valid @NotNull MembershipRequest request) {
        String companyCik = writer.checkMembership(committeeId, membershipId, request);
        checkSeat(companyCik, request);
        return writer.correctMembership(committeeId, membershipId, request);
    }

    /** Ends a membership on the given day (its last day on the committee). */
    public MembershipResponse end(long committeeId, long membershipId, @Valid @NotNull EndMembershipRequest end) {
        MembershipRequest current = mapper.toRequest(writer.membership(committeeId, membershipId));
        MembershipRequest ended = new MembershipRequest(current.directorId(), current.role(), current.from(), end.to(),
                current.financialExpert(), current.illustrative(), current.source());
        return correct(committeeId, membershipId, ended);
    }

    @Transactional
    public void delete(long committeeId, long membershipId) {
        memberships.delete(writer.membership(committeeId, membershipId));
    }

    /** The director's seat, asked of directors-service: on the committee's board for the whole membership. */
    private void checkSeat(String companyCik, MembershipRequest request) {
        LocalDate from = request.from();
        LocalDate to = request.to();
        Seat seat = directors.seat(request.directorId()).orElseThrow(() -> ServiceException.unknownReference("directorId",
                "directors-service knows no director seat with id " + request.directorId()));
        if (!companyCik.equals(seat.companyCik())) {
            throw ServiceException.ruleViolated("directorId", "Director " + seat.id() + " (" + seat.holderName()
                    + ") sits on the board of " + seat.companyCik() + ", not of " + companyCik);
        }
        if (!seat.heldThroughout(from, to)) {
            throw ServiceException.ruleViolated(seat.firstElected().isAfter(from) ? "from" : "to",
                    seat.holderName() + " is on the board from " + seat.firstElected()
                            + (seat.leftOn() == null ? "" : " to " + seat.leftOn())
                            + "; a committee membership must fall within that");
        }
    }
}
