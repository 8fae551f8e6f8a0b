package org.governance.committees.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.governance.committees.client.DirectorsDirectory;
import org.governance.committees.client.Seat;
import org.governance.committees.model.Committee;
import org.governance.committees.model.CommitteeType;
import org.governance.committees.model.MemberRole;
import org.governance.committees.model.Membership;
import org.governance.committees.repository.CommitteeRepository;
import org.governance.committees.repository.MembershipRepository;
import org.governance.wire.ComplianceReport;
import org.governance.wire.ComplianceReport.ComplianceCheck;
import org.governance.wire.ComplianceReport.Status;

/** Checks a company's committees, as they stood on one day, against the listing rules and the governance guidelines. */
@ApplicationScoped
@Transactional(SUPPORTS)
public class CommitteeComplianceService {

    static final String GUIDELINES = "Corporate Governance Guidelines of QUALYS, INC., Committees";
    /** The standing committees the guidelines require, whose members must all be independent. */
    static final Set<CommitteeType> REQUIRED = EnumSet.of(CommitteeType.AUDIT, CommitteeType.COMPENSATION,
            CommitteeType.NOMINATING_AND_GOVERNANCE);

    private final CommitteeRepository committees;
    private final MembershipRepository memberships;
    private final CommitteeService committeeService;
    private final DirectorsDirectory directors;

    public CommitteeComplianceService(CommitteeRepository committees, MembershipRepository memberships,
            CommitteeService committeeService, DirectorsDirectory directors) {
        this.committees = committees;
        this.memberships = memberships;
        this.committeeService = committeeService;
        this.directors = directors;
    }

    public ComplianceReport check(String cik, LocalDate day) {
        committeeService.requireCompany(cik);
        return checkMany(List.of(cik), day).get(0);
    }

    /**
     * Reports for many companies, in the order asked: two queries in all (their committees that day, then their
     * memberships that day) and one call to directors-service for every seat they name.
     */
    public List<ComplianceReport> checkMany(java.util.Collection<String> ciks, LocalDate day) {
        if (ciks.isEmpty()) {
            return List.of();
        }
        Map<String, List<Committee>> alive = committees.aliveOn(ciks, day).stream()
                .collect(Collectors.groupingBy(c -> c.companyCik));
        Map<String, Map<Long, List<Membership>>> members = memberships.ofCompaniesOn(ciks, day).stream()
                .collect(Collectors.groupingBy(m -> m.committee.companyCik, Collectors.groupingBy(m -> m.committee.id)));
        List<Snapshot> snapshots = ciks.stream().map(cik -> new Snapshot(cik, alive.getOrDefault(cik, List.of()),
                members.getOrDefault(cik, Map.of()))).toList();
        Set<Long> seatIds = snapshots.stream().flatMap(s -> s.alive().stream()
                .filter(c -> REQUIRED.contains(c.type))
                .flatMap(c -> s.members().getOrDefault(c.id, List.of()).stream()))
                .map(m -> m.directorId).collect(Collectors.toSet());
        Map<Long, Seat> seats = directors.seats(seatIds);
        return snapshots.stream().map(s -> report(s, day, seats)).toList();
    }

    /** A company's committees that exist on the day, with their members that day. */
    private record Snapshot(String cik, List<Committee> alive, Map<Long, List<Membership>> members) {
    }

    private static ComplianceReport report(Snapshot snapshot, LocalDate day, Map<Long, Seat> seats) {
        List<Committee> alive = snapshot.alive();
        Map<Long, List<Membership>> membersByCommittee = snapshot.members();
        List<ComplianceCheck> checks = List.of(
                standingCommittees(alive),
                auditCommitteeSize(alive, membersByCommittee),
                auditFinancialExpert(alive, membersByCommittee),
                oneChairEach(alive, membersByCommittee),
                independentMembers(alive, membersByCommittee, seats));
        return new ComplianceReport(snapshot.cik(), day, checks.stream().noneMatch(c -> c.status() == Status.FAIL), checks);
    }

    private static ComplianceCheck standingCommittees(List<Committee> alive) {
        List<String> facts = new ArrayList<>();
        boolean pass = true;
        for (CommitteeType type : REQUIRED) {
            List<String> names = alive.stream().filter(c -> c.type == type && c.standing).map(c -> c.name).toList();
            pass &= !names.isEmpty();
            facts.add(label(type) + ": " + (names.isEmpty() ? "none" : String.join(", ", names)));
        }
        return new ComplianceCheck("STANDING_COMMITTEES",
                "The Audit, Compensation and Nominating and Governance Committees exist as standing committees",
                status(pass), String.join("; ", facts), GUIDELINES);
    }

    private static ComplianceCheck auditCommitteeSize(List<Committee> alive, Map<Long, List<Membership>> members) {
        String rule = "The audit committee has at least three members";
        String source = "Nasdaq Rule 5605(c)(2)(A)";
        List<Committee> audit = ofType(alive, CommitteeType.AUDIT);
        if (audit.isEmpty()) {
            return new ComplianceCheck("AUDIT_COMMITTEE_SIZE", rule, Status.FAIL, "No audit committee", source);
        }
        boolean pass = audit.stream().allMatch(c -> members.getOrDefault(c.id, List.of()).size() >= 3);
        String facts = audit.stream().map(c -> c.name + ": " + members.getOrDefault(c.id, List.of()).size() + " member(s)")
                .collect(Collectors.joining("; "));
        return new ComplianceCheck("AUDIT_COMMITTEE_SIZE", rule, status(pass), facts, source);
    }

    private static ComplianceCheck auditFinancialExpert(List<Committee> alive, Map<Long, List<Membership>> members) {
        String rule = "The audit committee has at least one designated audit committee financial expert";
        String source = "Nasdaq Rule 5605(c)(2)(A); SEC Regulation S-K Item 407(d)(5)";
        List<Committee> audit = ofType(alive, CommitteeType.AUDIT);
        if (audit.isEmpty()) {
            return new ComplianceCheck("AUDIT_FINANCIAL_EXPERT", rule, Status.FAIL, "No audit committee", source);
        }
        boolean pass = audit.stream().allMatch(c -> members.getOrDefault(c.id, List.of()).stream().anyMatch(m -> m.financialExpert));
        String facts = audit.stream().map(c -> c.name + ": " + members.getOrDefault(c.id, List.of()).stream()
                .filter(m -> m.financialExpert).count() + " designated financial expert(s)")
                .collect(Collectors.joining("; "));
        return new ComplianceCheck("AUDIT_FINANCIAL_EXPERT", rule, status(pass), facts, source);
    }

    private static ComplianceCheck oneChairEach(List<Committee> alive, Map<Long, List<Membership>> members) {
        String rule = "Each committee has exactly one chair";
        if (alive.isEmpty()) {
            return new ComplianceCheck("ONE_CHAIR_PER_COMMITTEE", rule, Status.NOT_APPLICABLE, "No committees", "Committee charters");
        }
        boolean pass = true;
        List<String> facts = new ArrayList<>();
        for (Committee committee : alive) {
            List<Long> chairs = members.getOrDefault(committee.id, List.of()).stream()
                    .filter(m -> m.role == MemberRole.CHAIR).map(m -> m.directorId).toList();
            pass &= chairs.size() == 1;
            facts.add(committee.name + ": " + (chairs.isEmpty() ? "no chair" : chairs.size() == 1
                    ? "chaired by director " + chairs.get(0) : chairs.size() + " chairs"));
        }
        return new ComplianceCheck("ONE_CHAIR_PER_COMMITTEE", rule, status(pass), String.join("; ", facts), "Committee charters");
    }

    private static ComplianceCheck independentMembers(List<Committee> alive, Map<Long, List<Membership>> members,
            Map<Long, Seat> seats) {
        List<String> dependent = new ArrayList<>();
        int counted = 0;
        for (Committee committee : alive) {
            if (!REQUIRED.contains(committee.type)) {
                continue;
            }
            for (Membership membership : members.getOrDefault(committee.id, List.of())) {
                counted++;
                Seat seat = seats.get(membership.directorId);
                if (seat == null) {
                    dependent.add(committee.name + ": director " + membership.directorId + " (unknown to directors-service)");
                } else if (seat.independent() == null) {
                    dependent.add(committee.name + ": " + seat.holderName() + " (director " + seat.id() + ") has no independence determined");
                } else if (!seat.independent()) {
                    dependent.add(committee.name + ": " + seat.holderName() + " (director " + seat.id() + ") is not independent");
                }
            }
        }
        String facts = dependent.isEmpty() ? "All " + counted + " member(s) of the audit, compensation and nominating committees are independent"
                : String.join("; ", dependent);
        return new ComplianceCheck("INDEPENDENT_MEMBERS",
                "Every member of the audit, compensation and nominating and governance committees is independent",
                status(dependent.isEmpty()), facts,
                "Nasdaq Rules 5605(c)(2), 5605(d)(2) and 5605(e)(1); " + GUIDELINES);
    }

    private static List<Committee> ofType(List<Committee> alive, CommitteeType type) {
        return alive.stream().filter(c -> c.type == type).toList();
    }

    private static String label(CommitteeType type) {
        return switch (type) {
            case AUDIT -> "Audit";
            case COMPENSATION -> "Compensation";
            case NOMINATING_AND_GOVERNANCE -> "Nominating and Governance";
            case OTHER -> "Other";
        };
    }

    private static Status status(boolean pass) {
        return pass ? Status.PASS : Status.FAIL;
    }
}
