package org.governance.gateway.graphql;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.governance.gateway.client.CommitteesClient;
import org.governance.gateway.client.DirectorsClient;
import org.governance.gateway.client.FilingsClient;
import org.governance.gateway.graphql.error.Errors;
import org.governance.gateway.model.Committee;
import org.governance.gateway.model.CommitteeType;
import org.governance.gateway.model.Company;
import org.governance.gateway.model.Director;
import org.governance.gateway.model.Filing;
import org.governance.gateway.model.Inputs.PageInput;
import org.governance.gateway.model.Inputs.TransactionFilter;
import org.governance.gateway.model.Page;
import org.governance.gateway.model.Pages.CompanyPage;
import org.governance.gateway.model.Pages.TransactionPage;
import org.governance.gateway.model.Person;
import org.governance.gateway.model.Trades.CommitteeMemberTrades;
import org.governance.gateway.model.Transaction;
import org.governance.gateway.model.TransactionRecord;
import org.governance.gateway.model.TransactionSort;
import org.governance.gateway.service.Ciks;
import org.governance.gateway.service.CommitteeTradesService;
import org.governance.gateway.service.Quarter;
import org.governance.gateway.service.TradeScreenService;
import org.governance.wire.Roles;

import io.quarkus.security.Authenticated;

/** The entry points of the API: look things up, and the flagship join. Nested fields are resolved in the *Fields classes. */
@GraphQLApi
@Authenticated
public class GovernanceQueries {

    private final DirectorsClient directors;
    private final CommitteesClient committees;
    private final FilingsClient filings;
    private final CommitteeTradesService trades;
    private final TradeScreenService screen;
    private final Arguments arguments;

    public GovernanceQueries(DirectorsClient directors, CommitteesClient committees, FilingsClient filings,
            CommitteeTradesService trades, TradeScreenService screen, Arguments arguments) {
        this.directors = directors;
        this.committees = committees;
        this.filings = filings;
        this.trades = trades;
        this.screen = screen;
        this.arguments = arguments;
    }

    @Query
    @RolesAllowed(Roles.READER)
    @Description("A company by SEC CIK (1 to 10 digits) or by ticker")
    public Company company(String cik, String ticker) {
        if (cik != null) {
            return directors.company(cik);
        }
        if (ticker == null) {
            throw new Errors.InvalidInput("Give a cik or a ticker", null, null, "cik");
        }
        List<Company> found = directors.companies(ticker, Set.of(), 0, 500).items();
        return found.stream().filter(c -> ticker.equalsIgnoreCase(c.ticker())).findFirst()
                .orElseThrow(() -> new Errors.NotFound("No company with ticker " + ticker, DirectorsClient.SERVICE));
    }

    @Query
    @RolesAllowed(Roles.READER)
    @Description("Companies whose name contains the search text or whose ticker equals it; all companies without it")
    public CompanyPage companies(String search, PageInput page) {
        Arguments.PageRequest request = arguments.page(page);
        Page<Company> answer = directors.companies(search, Set.of(), request.page(), request.size());
        return new CompanyPage(answer.items(), answer.page(), answer.size(), answer.totalItems(), answer.totalPages());
    }

    @Query
    @RolesAllowed(Roles.READER)
    @Description("A person by id or by SEC CIK")
    public Person person(String cik, @Id String id) {
        if (id != null) {
            return directors.person(Arguments.id(id, "id"));
        }
        if (cik == null) {
            throw new Errors.InvalidInput("Give an id or a cik", null, null, "id");
        }
        return directors.people(Set.of(cik), null).stream().findFirst()
                .orElseThrow(() -> new Errors.NotFound("No person with CIK " + cik, DirectorsClient.SERVICE));
    }

    @Query
    @RolesAllowed(Roles.READER)
    @Description("People by name, in any order, ignoring case and punctuation: \"Wilson John N\", \"John N. Wilson\" and \"john wilson\" all match")
    public List<Person> people(@NonNull String name) {
        return directors.people(Set.of(), name);
    }

    @Query
    @RolesAllowed(Roles.READER)
    @Description("A board seat")
    public Director director(@NonNull @Id String id) {
        return directors.director(Arguments.id(id, "id"));
    }

    @Query
    @RolesAllowed(Roles.READER)
    @Description("A board committee")
    public Committee committee(@NonNull @Id String id) {
        return committees.committee(Arguments.id(id, "id"));
    }

    @Query
    @RolesAllowed(Roles.READER)
    @Description("A Form 3, 4 or 5 by accession number")
    public Filing filing(@NonNull String accession) {
        return filings.filing(accession);
    }

    @Query
    @RolesAllowed(Roles.READER)
    @Description("Insider transactions: of many owners and issuers, a quarter or a period, codes, table, value, role, plan and"
            + " lateness, sorted and paged on the server")
    public TransactionPage insiderTransactions(TransactionFilter filter, PageInput page,
            @Description("Order of the rows; trade date, oldest first, by default") TransactionSort sort) {
        Arguments.PageRequest request = arguments.page(page);
        Page<TransactionRecord> answer = screen.screen(filter, sort, request.page(), request.size());
        return new TransactionPage(answer.items().stream().map(Transaction::of).toList(), answer.page(), answer.size(),
                answer.totalItems(), answer.totalPages());
    }

    @Query
    @RolesAllowed(Roles.READER)
    @Description("Which members of a company's committees traded in a quarter: per committee, the members who were on it on the"
            + " date of each trade, with those trades and their totals. A trade made before a member joined or after they left does not count.")
    public CommitteeMemberTrades committeeMemberTrades(@NonNull @Id @Name("company") String company, @NonNull String quarter,
            @Description("All types when empty") @DefaultValue("[]") List<CommitteeType> committeeTypes, @DefaultValue("[\"S\"]") List<String> codes) {
        return trades.committeeMemberTrades(Ciks.pad(company, "company"), Quarter.parse(quarter, "quarter"), committeeTypes, codes);
    }
}
