package org.governance.committees.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.governance.committees.client.DirectorsDirectory;
import org.governance.committees.client.Seat;
import org.governance.committees.mapping.SeasonReport;
import org.governance.committees.mapping.SeasonRequest;
import org.governance.committees.mapping.SeasonRequest.SeasonCommittee;
import org.governance.committees.mapping.SeasonRequest.SeasonMembership;
import org.governance.committees.model.CommitteeType;
import org.governance.wire.Problem.FieldError;
import org.governance.wire.ServiceException;

/**
 * Loads one company's committee season, all or nothing: the rules of each membership that need directors-service (the
 * seat exists, is on this board, and holds through the membership) are checked first with no transaction open, in one
 * call; then {@link SeasonWriter} applies the whole season in one transaction and checks the rest against the stored
 * memberships. Every error names its entry ({@code memberships[3].from}); nothing is stored when there is one.
 */
@ApplicationScoped
public class SeasonService {

    private final DirectorsDirectory directors;
    private final SeasonWriter writer;

    public SeasonService(DirectorsDirectory directors, SeasonWriter writer) {
        this.directors = directors;
        this.writer = writer;
    }

    public SeasonReport load(String cik, @Valid @NotNull SeasonRequest season, boolean dryRun) {
        if (directors.company(cik).isEmpty()) {
            throw ServiceException.unknownReference("cik", "directors-service knows no company with CIK " + cik);
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, SeasonCommittee> committees = new HashMap<>();
        for (int i = 0; i < season.committees().size(); i++) {
            SeasonCommittee committee = season.committees().get(i);
            if (committees.putIfAbsent(key(committee.name()), committee) != null) {
                errors.add(new FieldError("committees[" + i + "].name", "The committee " + committee.name() + " is listed twice"));
            }
        }
        Set<Long> realSeats = season.memberships().stream().map(SeasonMembership::directorId).filter(id -> id > 0).collect(Collectors.toSet());
        Map<Long, Seat> seats = directors.seats(realSeats);
        for (int i = 0; i < season.memberships().size(); i++) {
            SeasonMembership membership = season.memberships().get(i);
            String at = "memberships[" + i + "]";
            SeasonCommittee committee = committees.get(key(membership.committee()));
            if (committee == null) {
                errors.add(new FieldError(at + ".committee", "No committee named " + membership.committee() + " in the season"));
            } else if (Boolean.TRUE.equals(membership.financialExpert()) && committee.type() != CommitteeType.AUDIT) {
                errors.add(new FieldError(at + ".financialExpert", "Only members of an audit committee are designated financial experts"));
            }
            if (membership.to() != null && membership.to().isBefore(membership.from())) {
                errors.add(new FieldError(at + ".to", "The membership would end (" + membership.to() + ") before it starts (" + membership.from() + ")"));
            }
            if (membership.directorId() <= 0) {
                if (!dryRun) {
                    errors.add(new FieldError(at + ".directorId", "A seat id must be positive; negative ids stand for new seats in a dry run only"));
                }
                continue;
            }
            Seat seat = seats.get(membership.directorId());
            if (seat == null) {
                errors.add(new FieldError(at + ".directorId", "directors-service has no seat " + membership.directorId()));
            } else if (!seat.companyCik().equals(cik)) {
                errors.add(new FieldError(at + ".directorId", "Seat " + seat.id() + " is on the board of " + seat.companyCik() + ", not " + cik));
            } else if (!seat.heldThroughout(membership.from(), membership.to())) {
                errors.add(new FieldError(at + ".from", seat.holderName() + " holds seat " + seat.id() + " from " + seat.firstElected()
                        + (seat.leftOn() == null ? "" : " to " + seat.leftOn()) + ", which does not cover the membership"));
            }
        }
        if (!errors.isEmpty()) {
            throw refused(errors);
        }
        return writer.apply(cik, season, dryRun);
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    static ServiceException refused(List<FieldError> errors) {
        return ServiceException.refusedWith(ServiceException.Kind.RULE_VIOLATED, errors.size() + " entr"
                + (errors.size() == 1 ? "y breaks" : "ies break") + " a rule; nothing was stored: "
                + errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), errors);
    }
}
