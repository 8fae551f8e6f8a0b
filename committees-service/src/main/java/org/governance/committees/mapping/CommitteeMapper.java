package org.governance.committees.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.committees.model.Committee;
import org.governance.committees.model.Membership;

/** Entity to wire-format mapping for committees and memberships. */
@ApplicationScoped
public class CommitteeMapper {

    public CommitteeResponse toResponse(Committee committee) {
        return new CommitteeResponse(committee.id, committee.companyCik, committee.type, committee.name,
                committee.standing, committee.charterUrl, committee.charterText, committee.charterReviewedOn,
                committee.formedOn, committee.dissolvedOn, committee.illustrative, committee.source);
    }

    public MembershipResponse toResponse(Membership membership) {
        Committee committee = membership.committee;
        return new MembershipResponse(membership.id, committee.id, committee.companyCik, committee.type, committee.name,
                membership.directorId, membership.role, membership.from, membership.to, membership.financialExpert,
                membership.illustrative, membership.source);
    }

    public MembershipRequest toRequest(Membership membership) {
        return new MembershipRequest(membership.directorId, membership.role, membership.from, membership.to,
                membership.financialExpert, membership.illustrative, membership.source);
    }

    /** Copies everything but the company, which the caller has normalised and checked. */
    public void copy(CommitteeRequest request, Committee committee) {
        committee.type = request.type();
        committee.name = request.name().strip();
        committee.standing = !Boolean.FALSE.equals(request.standing());
        committee.charterUrl = request.charterUrl();
        committee.charterText = request.charterText();
        committee.charterReviewedOn = request.charterReviewedOn();
        committee.formedOn = request.formedOn();
        committee.dissolvedOn = request.dissolvedOn();
        committee.illustrative = Boolean.TRUE.equals(request.illustrative());
        committee.source = request.source();
    }

    public void copy(MembershipRequest request, Membership membership) {
        membership.directorId = request.directorId();
        membership.role = request.role();
        membership.from = request.from();
        membership.to = request.to();
        membership.financialExpert = Boolean.TRUE.equals(request.financialExpert());
        membership.illustrative = Boolean.TRUE.equals(request.illustrative());
        membership.source = request.source();
    }
}
