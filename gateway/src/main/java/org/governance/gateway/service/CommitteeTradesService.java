package org.governance.gateway.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.gateway.client.CommitteesClient;
import org.governance.gateway.client.DirectorsClient;
import org.governance.gateway.client.Downstream;
import org.governance.gateway.client.FilingsClient;
import org.governance.gateway.model.CommitteeMembership;
import org.governance.gateway.model.CommitteeType;
import org.governance.gateway.model.Director;
import org.governance.gateway.model.Trades.CommitteeMemberTrades;
import org.governance.gateway.model.Trades.CommitteeTrades;
import org.governance.gateway.model.Trades.MatchedBy;
import org.governance.gateway.model.Trades.MemberTrades;
import org.governance.gateway.model.Transaction;
import org.governance.gateway.model.TransactionRecord;

/**
 * The flagship join: which members of a company's committees traded in a quarter, counting a trade only when the
 * member was on that committee on the trade date. Three requests whatever the size of the answer, made side by side:
 * the memberships of the quarter (committees-service), the company's board seats with their people
 * (directors-service), the company's trades of the quarter (filings-service); the join is made here.
 */
@ApplicationScoped
public class CommitteeTradesService {

    private final CommitteesClient committees;
    private final DirectorsClient directors;
    private final FilingsClient filings;
    private final Downstream downstream;

    public CommitteeTradesService(CommitteesClient committees, DirectorsClient directors, FilingsClient filings,
            Downstream downstream) {
        this.committees = committees;
        this.directors = directors;
        this.filings = filings;
        this.downstream = downstream;
    }

    public CommitteeMemberTrades committeeMemberTrades(String companyCik, Quarter quarter, Collection<CommitteeType> types,
            Collection<String> codes) {
        Set<CommitteeType> wanted = types == null || types.isEmpty() ? EnumSet.allOf(CommitteeType.class) : EnumSet.copyOf(types);
        // the three calls are independent: the memberships of the quarter, every seat of the company's board (the
        // members' seats among them), the company's trades of the quarter (the members' among them, by CIK or name)
        var membershipsCall = downstream.start(() -> committees.companyMemberships(companyCik, quarter.from(), quarter.to(), wanted));
        var seatsCall = downstream.start(() -> directors.directors(Set.of(), Set.of(companyCik), Set.of(), null));
        var tradesCall = downstream.start(() -> filings.allTransactions(
                new FilingsClient.TransactionQuery(Set.of(), Set.of(companyCik), quarter.text(), null, null, codes, null, false)));
        List<CommitteeMembership> memberships = downstream.await(CommitteesClient.SERVICE, membershipsCall);
        if (memberships.isEmpty()) {
            // no committee sat in the quarter: the answer is complete, whatever the other two calls bring
            return new CommitteeMemberTrades(companyCik, quarter.text(), quarter.from(), quarter.to(), List.of(),
                    Totals.of(List.of()));
        }
        Set<Long> seatIds = memberships.stream().map(CommitteeMembership::directorId).collect(Collectors.toSet());
        Map<Long, Director> seats = downstream.await(DirectorsClient.SERVICE, seatsCall).stream()
                .filter(seat -> seatIds.contains(seat.id()))
                .collect(Collectors.toMap(Director::id, Function.identity()));
        List<TransactionRecord> trades = downstream.await(FilingsClient.SERVICE, tradesCall);
        List<CommitteeTrades> byCommittee = new ArrayList<>();
        Map<Long, List<CommitteeMembership>> grouped = memberships.stream()
                .collect(Collectors.groupingBy(CommitteeMembership::committeeId, LinkedHashMap::new, Collectors.toList()));
        for (List<CommitteeMembership> committeeMemberships : grouped.values()) {
            CommitteeMembership first = committeeMemberships.get(0);
            Map<Long, List<CommitteeMembership>> bySeat = committeeMemberships.stream()
                    .collect(Collectors.groupingBy(CommitteeMembership::directorId, LinkedHashMap::new, Collectors.toList()));
            List<MemberTrades> members = new ArrayList<>();
            for (Map.Entry<Long, List<CommitteeMembership>> seatMemberships : bySeat.entrySet()) {
                Director seat = seats.get(seatMemberships.getKey());
                if (seat == null) {
                    continue;
                }
                MatchedBy matchedBy = seat.person().cik() != null ? MatchedBy.CIK : MatchedBy.NAME;
                List<Transaction> own = trades.stream()
                        .filter(trade -> NameMatch.owns(seat.person(), trade))
                        .filter(trade -> seatMemberships.getValue().stream().anyMatch(m -> m.coversDay(trade.transaction().transactionDate())))
                        .map(Transaction::of).toList();
                if (!own.isEmpty()) {
                    members.add(new MemberTrades(seat, seat.person(), seatMemberships.getValue(), matchedBy, own, Totals.of(own)));
                }
            }
            members.sort(Comparator.comparing((MemberTrades m) -> m.totals().value(), Comparator.reverseOrder())
                    .thenComparing(m -> m.person().fullName()));
            List<Transaction> committeeTrades = members.stream().flatMap(m -> m.transactions().stream()).toList();
            byCommittee.add(new CommitteeTrades(first.committeeId(), first.committeeType(), first.committeeName(), bySeat.size(),
                    members, Totals.of(committeeTrades)));
        }
        // a trade by a member of two committees counts once in the company's totals
        Map<String, Transaction> distinct = new LinkedHashMap<>();
        byCommittee.forEach(c -> c.members().forEach(m -> m.transactions()
                .forEach(t -> distinct.putIfAbsent(t.accession() + "/" + t.table() + "/" + t.seq(), t))));
        return new CommitteeMemberTrades(companyCik, quarter.text(), quarter.from(), quarter.to(), byCommittee,
                Totals.of(new ArrayList<>(distinct.values())));
    }
}
