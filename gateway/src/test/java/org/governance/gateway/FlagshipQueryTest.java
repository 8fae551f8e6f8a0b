package org.governance.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;

import org.governance.gateway.support.Data;
import org.governance.gateway.support.StubServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor"})
@WithTestResource(StubServices.class)
class FlagshipQueryTest {

    static {
        GraphQL.exactDecimals();
    }

    private static final String FLAGSHIP = """
            { committeeMemberTrades(company: "1107843", quarter: "2024-Q3") {
                companyCik quarter from to
                totals { transactions shares value weightedAveragePrice valueUnderPlan planValueShare }
                committees { committeeId type name memberCount
                  totals { transactions shares value }
                  members { matchedBy person { fullName cik } director { id independent }
                    memberships { role from to }
                    transactions { accession transactionDate code shares pricePerShare value plan10b5One { status } }
                    totals { transactions shares value weightedAveragePrice planValueShare } } } } }""";

    @BeforeEach
    void reset() {
        StubServices.reset();
    }

    /**
     * Audit: Ada (CIK) all quarter; Robert (no CIK, matched by name) left on 31 August; Cleo (CIK) joined on 15
     * September. Compensation: Ada all quarter.
     */
    private static void qualysThirdQuarter2024() {
        var ada = Data.person(1, "Ada Example", "0009990011", null);
        var robert = Data.person(2, "Robert Q. Example", null, "Example Robert Q");
        var cleo = Data.person(3, "Cleo Example", "0009990013", null);
        StubServices.committees().stubFor(get(urlPathEqualTo("/companies/" + Data.QUALYS + "/memberships")).willReturn(okJson(StubServices.page(List.of(
                Data.membership(1, 10, "AUDIT", "Audit Committee", 11, "CHAIR", "2019-01-01", null),
                Data.membership(2, 10, "AUDIT", "Audit Committee", 12, "MEMBER", "2020-01-01", "2024-08-31"),
                Data.membership(3, 10, "AUDIT", "Audit Committee", 13, "MEMBER", "2024-09-15", null),
                Data.membership(4, 20, "COMPENSATION", "Compensation Committee", 11, "MEMBER", "2019-01-01", null))))));
        StubServices.directors().stubFor(get(urlPathEqualTo("/directors")).willReturn(okJson(StubServices.page(List.of(
                Data.seat(11, Data.QUALYS, ada, true), Data.seat(12, Data.QUALYS, robert, true), Data.seat(13, Data.QUALYS, cleo, true))))));
        StubServices.filings().stubFor(get(urlPathEqualTo("/transactions")).willReturn(okJson(StubServices.page(List.of(
                Data.trade("0009999999-24-000001", "0009990011", "Example Ada", "2024-08-05", "S", "1000", "50.00", "50000.0000", "CHECKBOX"),
                Data.trade("0009999999-24-000002", null, "Example Robert Q", "2024-08-20", "S", "500", "40.00", "20000.0000", "NONE"),
                // after Robert left the committee: not counted
                Data.trade("0009999999-24-000003", null, "Example Robert Q", "2024-09-10", "S", "700", "41.00", "28700.0000", "NONE"),
                // before Cleo joined: not counted
                Data.trade("0009999999-24-000004", "0009990013", "Example Cleo", "2024-09-01", "S", "300", "45.00", "13500.0000", "NONE"),
                // another owner of the issuer whose name only looks alike: not Robert
                Data.trade("0009999999-24-000005", "0009990099", "Example Roberta", "2024-08-21", "S", "100", "40.00", "4000.0000", "NONE"))))));
    }

    @Test
    void countsOnlyTradesMadeWhileTheMemberWasOnTheCommittee() {
        qualysThirdQuarter2024();
        GraphQL.post(FLAGSHIP)
                .body("errors", nullValue())
                .body("data.committeeMemberTrades.companyCik", equalTo(Data.QUALYS))
                .body("data.committeeMemberTrades.from", equalTo("2024-07-01"))
                .body("data.committeeMemberTrades.to", equalTo("2024-09-30"))
                .body("data.committeeMemberTrades.committees.type", contains("AUDIT", "COMPENSATION"))
                .body("data.committeeMemberTrades.committees[0].memberCount", hasToString("3"))
                .body("data.committeeMemberTrades.committees[0].members.person.fullName", contains("Ada Example", "Robert Q. Example"))
                .body("data.committeeMemberTrades.committees[0].members.matchedBy", contains("CIK", "NAME"))
                .body("data.committeeMemberTrades.committees[0].members[1].transactions.accession", contains("0009999999-24-000002"))
                .body("data.committeeMemberTrades.committees[0].members[1].memberships[0].to", equalTo("2024-08-31"))
                .body("data.committeeMemberTrades.committees[0].totals.shares", hasToString("1500"))
                .body("data.committeeMemberTrades.committees[0].totals.value", hasToString("70000.0000"))
                .body("data.committeeMemberTrades.committees[1].members.person.fullName", contains("Ada Example"))
                .body("data.committeeMemberTrades.committees[1].members[0].totals.weightedAveragePrice", hasToString("50.000000"))
                .body("data.committeeMemberTrades.committees[1].members[0].totals.planValueShare", hasToString("1.0000"))
                // Ada's sale is on both committees but counts once for the company
                .body("data.committeeMemberTrades.totals.transactions", hasToString("2"))
                .body("data.committeeMemberTrades.totals.shares", hasToString("1500"))
                .body("data.committeeMemberTrades.totals.value", hasToString("70000.0000"))
                .body("data.committeeMemberTrades.totals.weightedAveragePrice", hasToString("46.666667"))
                .body("data.committeeMemberTrades.totals.valueUnderPlan", hasToString("50000.0000"))
                .body("data.committeeMemberTrades.totals.planValueShare", hasToString("0.7143"));
        // one member lacks a CIK: the trades were asked by issuer, so that the name could be matched among its owners
        StubServices.filings().verify(1, WireMock.getRequestedFor(urlPathEqualTo("/transactions"))
                .withQueryParam("issuerCiks", WireMock.equalTo(Data.QUALYS))
                .withQueryParam("quarter", WireMock.equalTo("2024-Q3"))
                .withQueryParam("codes", WireMock.equalTo("S")));
    }

    @Test
    void asksForTheCommitteeTypesAndCodesGiven() {
        qualysThirdQuarter2024();
        GraphQL.post("{ committeeMemberTrades(company: \"1107843\", quarter: \"2024-Q3\", committeeTypes: [AUDIT], codes: [\"S\", \"P\"]) { companyCik } }")
                .body("errors", nullValue());
        StubServices.committees().verify(1, WireMock.getRequestedFor(urlPathEqualTo("/companies/" + Data.QUALYS + "/memberships"))
                .withQueryParam("types", WireMock.equalTo("AUDIT"))
                .withQueryParam("from", WireMock.equalTo("2024-07-01")).withQueryParam("to", WireMock.equalTo("2024-09-30")));
        StubServices.filings().verify(1, WireMock.getRequestedFor(urlPathEqualTo("/transactions"))
                .withQueryParam("codes", WireMock.equalTo("S,P")));
    }

    @Test
    void makesTheSameNumberOfDownstreamRequestsFor3And30Members() {
        assertThat(requestsForMembers(3)).isEqualTo(requestsForMembers(30)).containsExactly(1, 1, 1);
    }

    /** Requests to directors-, committees- and filings-service for a flagship query over that many members. */
    private static List<Integer> requestsForMembers(int count) {
        StubServices.reset();
        List<Object> memberships = new ArrayList<>();
        List<Object> seats = new ArrayList<>();
        List<Object> trades = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String cik = String.format("%010d", 9_990_100 + i);
            memberships.add(Data.membership(i, 10, "AUDIT", "Audit Committee", 100 + i, i == 1 ? "CHAIR" : "MEMBER", "2019-01-01", null));
            seats.add(Data.seat(100 + i, Data.QUALYS, Data.person(i, "Member " + i, cik, null), true));
            trades.add(Data.trade(String.format("0009999999-24-%06d", i), cik, "Member " + i, "2024-08-05", "S", "10", "5", "50", "NONE"));
        }
        StubServices.committees().stubFor(get(urlPathEqualTo("/companies/" + Data.QUALYS + "/memberships")).willReturn(okJson(StubServices.page(memberships))));
        StubServices.directors().stubFor(get(urlPathEqualTo("/directors")).willReturn(okJson(StubServices.page(seats))));
        StubServices.filings().stubFor(get(urlPathEqualTo("/transactions")).willReturn(okJson(StubServices.page(trades))));
        GraphQL.post(FLAGSHIP).body("errors", nullValue())
                .body("data.committeeMemberTrades.committees[0].members", hasSize(count));
        return List.of(StubServices.requests(StubServices.directors()), StubServices.requests(StubServices.committees()),
                StubServices.requests(StubServices.filings()));
    }

    @Test
    void refusesAQuarterThatIsNotOne() {
        GraphQL.post("{ committeeMemberTrades(company: \"1107843\", quarter: \"2024-3\") { companyCik } }")
                .body("data.committeeMemberTrades", nullValue())
                .body("errors[0].message", equalTo("'2024-3' is not a quarter: expected YYYY-Qn, e.g. 2024-Q3"))
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].path", contains("committeeMemberTrades"));
        assertThat(StubServices.requests(StubServices.committees())).isZero();
    }

    @Test
    void answersAQuarterWithoutCommitteeMembersWhateverTheOtherServicesSay() {
        StubServices.committees().stubFor(get(urlPathEqualTo("/companies/" + Data.QUALYS + "/memberships"))
                .willReturn(okJson(StubServices.page(List.of()))));
        // the three calls go out side by side; with no membership the other two answers do not matter, even failures
        StubServices.filings().stubFor(get(urlPathEqualTo("/transactions")).willReturn(aResponse().withStatus(500)));
        GraphQL.post(FLAGSHIP).body("errors", nullValue())
                .body("data.committeeMemberTrades.committees", hasSize(0))
                .body("data.committeeMemberTrades.totals.transactions", hasToString("0"));
        assertThat(StubServices.requests(StubServices.committees())).isEqualTo(1);
    }
}
