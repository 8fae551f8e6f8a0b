package org.governance.directors.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.governance.directors.mapping.BoardFile;
import org.governance.directors.mapping.BoardFile.CommitteeRow;
import org.governance.directors.mapping.BoardFile.DirectorRow;
import org.governance.directors.mapping.BoardFile.MembershipRow;
import org.governance.directors.mapping.BoardFile.Where.Position;
import org.governance.directors.model.BoardRole;
import org.governance.directors.model.PersonNames;
import org.governance.wire.Problem.FieldError;

/**
 * The rules a board file must keep within itself, checked before anything is read from or written to a store, so that
 * every bad row is reported at once: dates in order, one seat per director at a time, one Chair, an independent Lead
 * Independent Director, committees named once, and each membership naming a director and a committee of the file,
 * inside the director's seat, with one chair at a time and financial experts on the audit committee only.
 */
final class BoardFileRules {

    private BoardFileRules() {
    }

    /** The person a director row names: their CIK when given, else the words of their name in any order. */
    static String personKey(String cik, String name) {
        return cik != null ? "cik:" + cik : "name:" + String.join(" ", PersonNames.words(name).stream().sorted().toList());
    }

    static String committeeKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The director row a membership names: by name (or CIK), the seat whose dates hold the membership's first day. */
    static DirectorRow seatOf(BoardFile file, MembershipRow membership) {
        List<DirectorRow> named = named(file, membership.director());
        return named.stream().filter(d -> within(d, membership.from())).findFirst().orElse(named.isEmpty() ? null : named.get(0));
    }

    private static List<DirectorRow> named(BoardFile file, String director) {
        String byName = personKey(null, director);
        return file.directors().stream().filter(d -> d.name() != null && d.from() != null && (director.equals(d.cik())
                || personKey(null, d.name()).equals(byName) || (d.cik() != null && director.replaceFirst("^0+", "").equals(d.cik().replaceFirst("^0+", "")))))
                .toList();
    }

    static void check(BoardFile file, List<FieldError> errors) {
        List<DirectorRow> directors = file.directors().stream().filter(d -> d.name() != null && d.from() != null).toList();
        for (DirectorRow d : directors) {
            if (d.to() != null && d.to().isBefore(d.from())) {
                error(errors, d.where().of("to"), "the director leaves (" + d.to() + ") before being elected (" + d.from() + ")");
            }
            if (d.roles().contains(BoardRole.LEAD_INDEPENDENT_DIRECTOR) && Boolean.FALSE.equals(d.independent())) {
                error(errors, d.where().of("roles"), "a Lead Independent Director must be independent");
            }
        }
        for (int a = 0; a < directors.size(); a++) {
            for (int b = a + 1; b < directors.size(); b++) {
                DirectorRow one = directors.get(a);
                DirectorRow two = directors.get(b);
                if (!overlap(one.from(), one.to(), two.from(), two.to())) {
                    continue;
                }
                if (personKey(one.cik(), one.name()).equals(personKey(two.cik(), two.name()))) {
                    error(errors, two.where().of("from"), two.name() + " already has a seat then (line " + one.where().line() + ")");
                } else if (one.roles().contains(BoardRole.CHAIR) && two.roles().contains(BoardRole.CHAIR)) {
                    error(errors, two.where().of("roles"), "two Chairs of the board on the same days (line " + one.where().line() + ")");
                }
            }
        }
        Map<String, CommitteeRow> committees = new HashMap<>();
        for (CommitteeRow c : file.committees()) {
            if (c.name() != null && committees.putIfAbsent(committeeKey(c.name()), c) != null) {
                error(errors, c.where().of("name"), "the committee " + c.name() + " is listed twice (line "
                        + committees.get(committeeKey(c.name())).where().line() + ")");
            }
        }
        List<MembershipRow> memberships = new ArrayList<>();
        for (MembershipRow m : file.memberships()) {
            if (m.director() == null || m.committee() == null || m.from() == null) {
                continue;
            }
            boolean fine = true;
            DirectorRow seat = seatOf(file, m);
            CommitteeRow committee = committees.get(committeeKey(m.committee()));
            if (seat == null) {
                fine = error(errors, m.where().of("director"), "no director row names " + m.director());
            } else if (!within(seat, m.from()) || (m.to() == null ? seat.to() != null : !within(seat, m.to()))) {
                fine = error(errors, m.where().of("from"), "the membership (" + m.from() + (m.to() == null ? " on" : " to " + m.to())
                        + ") is not inside " + seat.name() + "'s seat (" + seat.from() + (seat.to() == null ? " on" : " to " + seat.to())
                        + ", line " + seat.where().line() + ")");
            }
            if (committee == null) {
                fine = error(errors, m.where().of("committee"), "no committee row is named " + m.committee());
            } else if (Boolean.TRUE.equals(m.financialExpert()) && !"AUDIT".equals(committee.type())) {
                fine = error(errors, m.where().of("financialExpert"), "only members of an audit committee are designated financial experts");
            }
            if (m.to() != null && m.to().isBefore(m.from())) {
                fine = error(errors, m.where().of("to"), "the membership ends (" + m.to() + ") before it starts (" + m.from() + ")");
            }
            if (fine) {
                memberships.add(m);
            }
        }
        for (int a = 0; a < memberships.size(); a++) {
            for (int b = a + 1; b < memberships.size(); b++) {
                MembershipRow one = memberships.get(a);
                MembershipRow two = memberships.get(b);
                if (!committeeKey(one.committee()).equals(committeeKey(two.committee())) || !overlap(one.from(), one.to(), two.from(), two.to())) {
                    continue;
                }
                DirectorRow first = seatOf(file, one);
                DirectorRow second = seatOf(file, two);
                if (personKey(first.cik(), first.name()).equals(personKey(second.cik(), second.name()))) {
                    error(errors, two.where().of("from"), second.name() + " is already a member of " + two.committee() + " then (line "
                            + one.where().line() + ")");
                } else if ("CHAIR".equals(one.role()) && "CHAIR".equals(two.role())) {
                    error(errors, two.where().of("role"), "two chairs of " + two.committee() + " on the same days (line " + one.where().line() + ")");
                }
            }
        }
    }

    /** Whether the directors who are designated audit committee financial experts in the file include this one. */
    static Set<DirectorRow> auditFinancialExperts(BoardFile file) {
        Set<String> audit = new HashSet<>();
        file.committees().stream().filter(c -> "AUDIT".equals(c.type()) && c.name() != null).forEach(c -> audit.add(committeeKey(c.name())));
        Set<DirectorRow> experts = new HashSet<>();
        for (MembershipRow m : file.memberships()) {
            if (Boolean.TRUE.equals(m.financialExpert()) && m.committee() != null && audit.contains(committeeKey(m.committee()))) {
                DirectorRow seat = seatOf(file, m);
                if (seat != null) {
                    experts.add(seat);
                }
            }
        }
        return experts;
    }

    private static boolean within(DirectorRow seat, LocalDate day) {
        return !day.isBefore(seat.from()) && (seat.to() == null || !day.isAfter(seat.to()));
    }

    private static boolean overlap(LocalDate from, LocalDate to, LocalDate otherFrom, LocalDate otherTo) {
        return (to == null || !to.isBefore(otherFrom)) && (otherTo == null || !otherTo.isBefore(from));
    }

    static boolean error(List<FieldError> errors, Position at, String message) {
        errors.add(new FieldError(at.field(), "line " + at.line() + ", column " + at.column() + ": " + message, at.line(), at.column()));
        return false;
    }
}
