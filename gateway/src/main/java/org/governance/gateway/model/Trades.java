package org.governance.gateway.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

/** The answer of committeeMemberTrades and its parts. */
public final class Trades {

    private Trades() {
    }

    public enum MatchedBy {
        /** The reporting owner's CIK is the person's CIK. */
        CIK,
        /** The person has no CIK: the owner's normalised name equals the person's, among the issuer's owners. */
        NAME
    }

    @Description("Which committee members traded in a quarter, counting only trades made while they were on the committee")
    public record CommitteeMemberTrades(@Id String companyCik, String quarter, LocalDate from, LocalDate to,
            List<CommitteeTrades> committees, TradeTotals totals) {
    }

    @Description("One committee's members who traded while on it")
    public record CommitteeTrades(@Id long committeeId, CommitteeType type, String name,
            @Description("Members on the committee at any time in the quarter") int memberCount,
            @Description("Members with at least one matching trade, largest value first") List<MemberTrades> members,
            TradeTotals totals) {
    }

    @Description("A member's trades made while on the committee")
    public record MemberTrades(Director director, Person person, List<CommitteeMembership> memberships, MatchedBy matchedBy,
            List<Transaction> transactions, TradeTotals totals) {
    }

    @Description("Totals over trades; the weighted average and the plan share use trades that give both shares and a price")
    public record TradeTotals(int transactions, BigDecimal shares, BigDecimal value,
            @Description("value / shares over priced trades, 6 decimals") BigDecimal weightedAveragePrice,
            @Description("Value of trades under a Rule 10b5-1 plan (checkbox or footnote)") BigDecimal valueUnderPlan,
            @Description("valueUnderPlan / value, between 0 and 1, 4 decimals") BigDecimal planValueShare) {
    }
}
