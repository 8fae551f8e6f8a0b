package org.governance.committees.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.governance.committees.mapping.SeasonReport;
import org.governance.committees.mapping.SeasonRequest;
import org.governance.committees.mapping.SeasonRequest.SeasonCommittee;
import org.governance.committees.mapping.SeasonRequest.SeasonMembership;
import org.governance.committees.model.Committee;
import org.governance.committees.model.MemberRole;
import org.governance.committees.model.Membership;
import org.governance.committees.repository.CommitteeRepository;
import org.governance.committees.repository.MembershipRepository;
import org.governance.wire.Problem.FieldError;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The season's one transaction: committees matched by name (created, or their charter and source brought up to date),
 * memberships matched by committee, seat and first day (created or corrected), open memberships the season does not
 * list ended the day before it starts; then every rule that spans memberships checked on the result, in memory, so that
 * each error names its entry. A dry run computes the same and stores nothing.
 */
@ApplicationScoped
@Transactional
public class SeasonWriter {

    private final CommitteeRepository committees;
    private final MembershipRepository memberships;

    public SeasonWriter(CommitteeRepository committees, MembershipRepository memberships) {
        this.committees = committees;
        this.memberships = memberships;
    }

    /** A membership as it will be once the season is applied, with the season entry it comes from (-1: stored only). */
    private record Final(Membership membership, int entry) {
    }

    public SeasonReport apply(String cik, SeasonRequest season, boolean dryRun) {
        int[] counts = new int[7];
        List<FieldError> errors = new ArrayList<>();
        Map<String, Committee> byName = new HashMap<>();
        for (Committee stored : committees.list("companyCik", cik)) {
            byName.put(SeasonService.key(stored.name), stored);
        }
        Map<String, Committee> seasonCommittees = new HashMap<>();
        for (int i = 0; i < season.committees().size(); i++) {
            SeasonCommittee row = season.committees().get(i);
            Committee committee = byName.get(SeasonService.key(row.name()));
            if (committee == null) {
                committee = new Committee();
                committee.companyCik = cik;
                committee.type = row.type();
                committee.name = row.name().strip();
                committee.standing = true;
                copy(row, committee);
                if (!dryRun) {
                    committees.persist(committee);
                }
                byName.put(SeasonService.key(row.name()), committee);
                counts[0]++;
            } else if (committee.type != row.type()) {
                errors.add(new FieldError("committees[" + i + "].type", "The stored committee " + committee.name + " is of type "
                        + committee.type + ", not " + row.type()));
            } else if (copy(row, committee)) {
                counts[1]++;
            } else {
                counts[2]++;
            }
            seasonCommittees.put(SeasonService.key(row.name()), committee);
        }

        List<Membership> stored = memberships.list("committee.companyCik", cik);
        Set<Membership> listed = new HashSet<>();
        List<Final> result = new ArrayList<>();
        for (int i = 0; i < season.memberships().size(); i++) {
            SeasonMembership row = season.memberships().get(i);
            Committee committee = seasonCommittees.get(SeasonService.key(row.committee()));
            Membership match = stored.stream().filter(m -> m.committee == committee && m.directorId == row.directorId()
                    && m.from.equals(row.from())).findFirst().orElse(null);
            if (committee.formedOn != null && row.from().isBefore(committee.formedOn)) {
                errors.add(new FieldError("memberships[" + i + "].from", "The membership starts (" + row.from()
                        + ") before the committee was formed (" + committee.formedOn + ")"));
            }
            if (committee.dissolvedOn != null && (row.to() == null || row.to().isAfter(committee.dissolvedOn))) {
                errors.add(new FieldError("memberships[" + i + "].to", "The committee was dissolved on " + committee.dissolvedOn));
            }
            if (match == null) {
                match = new Membership();
                match.committee = committee;
                match.directorId = row.directorId();
                match.from = row.from();
                copy(row, match);
                counts[3]++;
            } else if (copy(row, match)) {
                counts[4]++;
            } else {
                counts[5]++;
            }
            if (!listed.add(match)) {
                errors.add(new FieldError("memberships[" + i + "]", "The same membership (committee, director and first day) is listed twice"));
            }
            result.add(new Final(match, i));
        }
        LocalDate lastDay = season.seasonStart().minusDays(1);
        for (Membership membership : stored) {
            if (listed.contains(membership)) {
                continue;
            }
            if (membership.from.isBefore(season.seasonStart()) && (membership.to == null || !membership.to.isBefore(season.seasonStart()))) {
                membership.to = lastDay;
                counts[6]++;
            }
            result.add(new Final(membership, -1));
        }
        overlaps(result, errors);
        if (!errors.isEmpty()) {
            throw SeasonService.refused(errors);
        }
        if (dryRun) {
            QuarkusTransaction.setRollbackOnly();
        } else {
            Constraints.write(() -> {
                result.stream().filter(f -> f.membership().id == null).forEach(f -> memberships.persist(f.membership()));
                memberships.flush();
            });
        }
        return new SeasonReport(dryRun, cik, season.seasonStart(), counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]);
    }

    /** One director's memberships of a committee must not overlap, nor two chairs'; each error names a season entry. */
    private static void overlaps(List<Final> result, List<FieldError> errors) {
        for (int a = 0; a < result.size(); a++) {
            for (int b = a + 1; b < result.size(); b++) {
                Final one = result.get(a);
                Final two = result.get(b);
                Membership m = one.membership();
                Membership n = two.membership();
                if (m.committee != n.committee || !overlap(m, n) || (one.entry() < 0 && two.entry() < 0)) {
                    continue;
                }
                Final named = one.entry() >= 0 ? (two.entry() >= 0 ? two : one) : two;
                Final other = named == one ? two : one;
                String with = other.entry() >= 0 ? "memberships[" + other.entry() + "]" : "stored membership " + other.membership().id;
                if (m.directorId == n.directorId) {
                    errors.add(new FieldError("memberships[" + named.entry() + "].from", "Director " + m.directorId + " is already a member of "
                            + m.committee.name + " then (" + with + ")"));
                } else if (m.role == MemberRole.CHAIR && n.role == MemberRole.CHAIR) {
                    errors.add(new FieldError("memberships[" + named.entry() + "].role", "Two chairs of " + m.committee.name
                            + " on the same days (" + with + ")"));
                }
            }
        }
    }

    private static boolean overlap(Membership m, Membership n) {
        return (m.to == null || !m.to.isBefore(n.from)) && (n.to == null || !n.to.isBefore(m.from));
    }

    private static boolean copy(SeasonCommittee row, Committee committee) {
        boolean illustrative = Boolean.TRUE.equals(row.illustrative());
        boolean changed = !Objects.equals(row.charterUrl(), committee.charterUrl) || !Objects.equals(row.source(), committee.source)
                || illustrative != committee.illustrative;
        committee.charterUrl = row.charterUrl();
        committee.source = row.source();
        committee.illustrative = illustrative;
        return changed;
    }

    private static boolean copy(SeasonMembership row, Membership membership) {
        boolean expert = Boolean.TRUE.equals(row.financialExpert());
        boolean illustrative = Boolean.TRUE.equals(row.illustrative());
        boolean changed = membership.role != row.role() || !Objects.equals(membership.to, row.to()) || membership.financialExpert != expert
                || membership.illustrative != illustrative || !Objects.equals(membership.source, row.source());
        membership.role = row.role();
        membership.to = row.to();
        membership.financialExpert = expert;
        membership.illustrative = illustrative;
        membership.source = row.source();
        return changed;
    }
}
