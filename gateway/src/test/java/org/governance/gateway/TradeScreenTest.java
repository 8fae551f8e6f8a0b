package org.governance.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;

import org.governance.gateway.support.Data;
import org.governance.gateway.support.StubServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The trade screener: value, role, plan, lateness and order go to filings-service; a committee type becomes owner CIKs. */
@QuarkusTest
@TestSecurity(user = "tester", roles = "governance-reader")
@WithTestResource(StubServices.class)
class TradeScreenTest {

    static {
        GraphQL.exactDecimals();
    }

    @BeforeEach
    void reset() {
        StubServices.reset();
        StubServices.filings().stubFor(get(urlPathEqualTo("/transactions")).willReturn(okJson(StubServices.page(List.of(
                Data.trade("0009999999-24-000101", "0009990011", "Example Ada", "2024-08-06", "S", "2000", "245.105", "490210.000", "CHECKBOX"))))));
    }

    @Test
    void passesValueRolePlanLatenessAndOrderToFilingsService() {
        GraphQL.post("""
                { insiderTransactions(filter: { quarter: "2024-Q3", minValue: 100000.5, roles: [DIRECTOR, TEN_PERCENT_OWNER],
                    underPlan: true, late: false }, sort: VALUE_DESC, page: { size: 25 }) { totalItems items { accession value } } }""")
                .body("errors", nullValue())
                .body("data.insiderTransactions.totalItems", hasToString("1"))
                .body("data.insiderTransactions.items[0].value", hasToString("490210.000"));
        StubServices.filings().verify(getRequestedFor(urlPathEqualTo("/transactions"))
                .withQueryParam("quarter", WireMock.equalTo("2024-Q3"))
                .withQueryParam("minValue", WireMock.equalTo("100000.5"))
                .withQueryParam("roles", WireMock.equalTo("DIRECTOR,TEN_PERCENT_OWNER"))
                .withQueryParam("underPlan", WireMock.equalTo("true"))
                .withQueryParam("late", WireMock.equalTo("false"))
                .withQueryParam("sort", WireMock.equalTo("VALUE,DESC"))
                .withQueryParam("size", WireMock.equalTo("25")));
    }

    @Test
    void aCommitteeTypeBecomesTheCiksOfItsMembersInThePeriod() {
        StubServices.committees().stubFor(get(urlPathMatching("/companies/0001107843/memberships")).willReturn(okJson(StubServices.page(List.of(
                Data.membership(1, 10, "AUDIT", "Audit Committee", 11, "CHAIR", "2019-01-01", null),
                Data.membership(2, 10, "AUDIT", "Audit Committee", 12, "MEMBER", "2020-01-01", null))))));
        StubServices.directors().stubFor(get(urlPathEqualTo("/directors")).willReturn(okJson(StubServices.page(List.of(
                Data.seat(11, Data.QUALYS, Data.person(1, "Ada Example", "0009990011", null), true),
                Data.seat(12, Data.QUALYS, Data.person(2, "Ben Example", null, null), true))))));
        GraphQL.post("""
                { insiderTransactions(filter: { issuerCiks: ["1107843"], quarter: "2024-Q3", committeeTypes: [AUDIT] }) { items { accession } } }""")
                .body("errors", nullValue())
                .body("data.insiderTransactions.items.accession", contains("0009999999-24-000101"));
        StubServices.committees().verify(getRequestedFor(urlPathEqualTo("/companies/0001107843/memberships"))
                .withQueryParam("from", WireMock.equalTo("2024-07-01")).withQueryParam("to", WireMock.equalTo("2024-09-30"))
                .withQueryParam("types", WireMock.equalTo("AUDIT")));
        // the member without a CIK cannot be matched on filings: only Ada's CIK is asked
        StubServices.filings().verify(getRequestedFor(urlPathEqualTo("/transactions")).withQueryParam("ownerCiks", WireMock.equalTo("0009990011")));
    }

    @Test
    void aCommitteeTypeWithoutMembersAnswersAnEmptyPageWithoutAskingForTrades() {
        StubServices.committees().stubFor(get(urlPathMatching("/companies/0001107843/memberships")).willReturn(okJson(StubServices.page(List.of()))));
        GraphQL.post("""
                { insiderTransactions(filter: { issuerCiks: ["1107843"], quarter: "2024-Q3", committeeTypes: [COMPENSATION] }) { totalItems items { accession } } }""")
                .body("errors", nullValue())
                .body("data.insiderTransactions.totalItems", hasToString("0"));
        StubServices.filings().verify(0, getRequestedFor(urlPathEqualTo("/transactions")));
    }

    @Test
    void aCommitteeTypeNeedsTheIssuers() {
        GraphQL.post("{ insiderTransactions(filter: { quarter: \"2024-Q3\", committeeTypes: [AUDIT] }) { totalItems } }")
                .body("data.insiderTransactions", nullValue())
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.field", equalTo("filter.committeeTypes"));
        StubServices.filings().verify(0, getRequestedFor(urlPathEqualTo("/transactions")));
    }
}
