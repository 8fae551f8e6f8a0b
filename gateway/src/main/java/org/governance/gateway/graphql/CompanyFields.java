package org.governance.gateway.graphql;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.governance.gateway.client.CommitteesClient;
import org.governance.gateway.client.DirectorsClient;
import org.governance.gateway.client.FilingsClient;
import org.governance.gateway.model.BoardDiscrepancy;
import org.governance.gateway.model.Committee;
import org.governance.gateway.model.Company;
import org.governance.gateway.model.Compliance;
import org.governance.gateway.model.Director;
import org.governance.gateway.model.Insider;
import org.governance.gateway.model.Trades.CommitteeMemberTrades;
import org.governance.gateway.model.Transaction;
import org.governance.gateway.service.BoardFilingsCheck;
import org.governance.gateway.service.ComplianceService;
import org.governance.gateway.service.Quarter;
import org.governance.wire.Roles;

/** Company's nested fields, each resolved for every company of a level in one request per service. */
@GraphQLApi
@RolesAllowed(Roles.READER)
public class CompanyFields {

    private final DirectorsClient directors;
    private final CommitteesClient committees;
    private final FilingsClient filings;
    private final ComplianceService compliance;
    private final BoardFilingsCheck boardFilings;

    public CompanyFields(DirectorsClient directors, CommitteesClient committees, FilingsClient filings,
            ComplianceService compliance, BoardFilingsCheck boardFilings) {
        this.directors = directors;
        this.committees = committees;
        this.filings = filings;
        this.compliance = compliance;
        this.boardFilings = boardFilings;
    }

    @Description("The board on a day (default today): every seat held that day")
    public List<List<Director>> board(@Source List<Company> companies, LocalDate asOf) {
        Set<String> ciks = ciks(companies);
        List<Director> seats = directors.directors(Set.of(), ciks, Set.of(), Arguments.dayOrToday(asOf));
        return byCompany(companies, seats, Director::companyCik);
    }

    @Description("The committees that exist on a day (default today)")
    public List<List<Committee>> committees(@Source List<Company> companies, LocalDate asOf) {
        Set<String> ciks = ciks(companies);
        List<Committee> found = committees.committees(ciks, Arguments.dayOrToday(asOf));
        return byCompany(companies, found, Committee::companyCik);
    }

    @Description("Board and committee checks together, on a day (default today)")
    public List<Compliance> compliance(@Source List<Company> companies, LocalDate asOf) {
        return compliance.of(companies.stream().map(Company::cik).toList(), Arguments.dayOrToday(asOf));
    }

    @Description("Insider transactions in the company's securities in a quarter (YYYY-Qn), optionally of some codes")
    public List<List<Transaction>> insiderTransactions(@Source List<Company> companies, @NonNull String quarter, List<String> codes) {
        Quarter period = Quarter.parse(quarter, "quarter");
        var query = new FilingsClient.TransactionQuery(Set.of(), ciks(companies), period.text(), null, null, codes, null, false);
        List<Transaction> found = filings.allTransactions(query).stream()
                .map(Transaction::of).toList();
        return byCompany(companies, found, Transaction::issuerCik);
    }

    @Description("The company's insiders as its Forms 3, 4 and 5 report them, counting filings up to a day (default today)")
    public List<Insider> insiders(@Source Company company, LocalDate asOf) {
        return filings.insiders(company.cik(), Arguments.dayOrToday(asOf));
    }

    @Description("Where the curated board of a day (default today) and the company's insider filings up to that day disagree")
    public List<BoardDiscrepancy> boardVsFilings(@Source Company company, LocalDate asOf) {
        return boardFilings.of(company.cik(), Arguments.dayOrToday(asOf));
    }

    /** The company the answer is about. */
    public List<Company> company(@Source List<CommitteeMemberTrades> answers) {
        Set<String> ciks = answers.stream().map(CommitteeMemberTrades::companyCik).collect(Collectors.toSet());
        Map<String, Company> found = directors.companies(null, ciks, 0, 500)
                .items().stream().collect(Collectors.toMap(Company::cik, Function.identity()));
        return answers.stream().map(answer -> found.get(answer.companyCik())).toList();
    }

    static Set<String> ciks(List<Company> companies) {
        return companies.stream().map(Company::cik).collect(Collectors.toSet());
    }

    private static <T> List<List<T>> byCompany(List<Company> companies, List<T> items, Function<T, String> cik) {
        return Batches.group(companies, Company::cik, items, cik);
    }
}
