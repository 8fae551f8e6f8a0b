package org.governance.committees.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.governance.committees.support.FakeDirectorsService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor"})
@WithTestResource(FakeDirectorsService.class)
class CommitteeComplianceTest {

    private static final String DAY = "2024-09-30";

    @BeforeEach
    void directorsServiceAnswers() {
        FakeDirectorsService.serveRegisteredData();
    }

    /** Three standing committees shaped by the seed guidelines, each with a chair and independent members. */
    private static String compliantCompany() {
        String cik = FakeDirectorsService.company();
        long audit = Api.committee(cik, "AUDIT");
        long compensation = Api.committee(cik, "COMPENSATION");
        long nominating = Api.committee(cik, "NOMINATING_AND_GOVERNANCE");
        long a = FakeDirectorsService.seat(cik, "Independent A");
        long b = FakeDirectorsService.seat(cik, "Independent B");
        long c = FakeDirectorsService.seat(cik, "Independent C");
        Api.member(audit, a, "CHAIR", "2020-01-01", null, "financialExpert", true);
        Api.member(audit, b, "MEMBER", "2020-01-01", null);
        Api.member(audit, c, "MEMBER", "2020-01-01", null);
        Api.member(compensation, b, "CHAIR", "2020-01-01", null);
        Api.member(compensation, c, "MEMBER", "2020-01-01", null);
        Api.member(nominating, c, "CHAIR", "2020-01-01", null);
        Api.member(nominating, a, "MEMBER", "2020-01-01", null);
        return cik;
    }

    private static ValidatableResponse report(String cik) {
        return given().queryParam("asOf", DAY).get("/companies/{cik}/committees/compliance", cik).then().statusCode(200);
    }

    @Test
    void committeesShapedByTheGuidelinesPassEveryCheckWithOneCallToDirectorsService() {
        String cik = compliantCompany();
        FakeDirectorsService.server().resetRequests();
        report(cik)
                .body("companyCik", equalTo(cik))
                .body("passed", equalTo(true))
                .body("checks.id", contains("STANDING_COMMITTEES", "AUDIT_COMMITTEE_SIZE", "AUDIT_FINANCIAL_EXPERT",
                        "ONE_CHAIR_PER_COMMITTEE", "INDEPENDENT_MEMBERS"))
                .body("checks.status", contains("PASS", "PASS", "PASS", "PASS", "PASS"))
                .body("checks.find { it.id == 'STANDING_COMMITTEES' }.facts",
                        equalTo("Audit: Audit Committee; Compensation: Compensation Committee; Nominating and Governance: Nominating and governance Committee"))
                .body("checks.find { it.id == 'AUDIT_COMMITTEE_SIZE' }.facts", equalTo("Audit Committee: 3 member(s)"))
                .body("checks.find { it.id == 'AUDIT_COMMITTEE_SIZE' }.source", equalTo("Nasdaq Rule 5605(c)(2)(A)"))
                .body("checks.find { it.id == 'INDEPENDENT_MEMBERS' }.facts", containsString("All 7 member(s)"));
        org.assertj.core.api.Assertions.assertThat(FakeDirectorsService.server()
                .countRequestsMatching(getRequestedFor(urlPathEqualTo("/directors")).build()).getCount()).isEqualTo(1);
    }

    @Test
    void failsWhenAStandingCommitteeIsMissing() {
        String cik = FakeDirectorsService.company();
        Api.committee(cik, "AUDIT");
        Api.committee(cik, "OTHER", "name", "Compensation Working Group");
        report(cik)
                .body("passed", equalTo(false))
                .body("checks.find { it.id == 'STANDING_COMMITTEES' }.status", equalTo("FAIL"))
                .body("checks.find { it.id == 'STANDING_COMMITTEES' }.facts",
                        allOf(containsString("Compensation: none"), containsString("Nominating and Governance: none")));
    }

    @Test
    void failsWhenTheAuditCommitteeIsTooSmallOrHasNoFinancialExpert() {
        String cik = FakeDirectorsService.company();
        long audit = Api.committee(cik, "AUDIT");
        Api.member(audit, FakeDirectorsService.seat(cik, "Lonely Chair"), "CHAIR", "2020-01-01", null);
        Api.member(audit, FakeDirectorsService.seat(cik, "Lonely Member"), "MEMBER", "2020-01-01", null);
        // a third member who left before the day does not count
        Api.member(audit, FakeDirectorsService.seat(cik, "Departed Member"), "MEMBER", "2020-01-01", "2024-09-29",
                "financialExpert", true);
        report(cik)
                .body("checks.find { it.id == 'AUDIT_COMMITTEE_SIZE' }.status", equalTo("FAIL"))
                .body("checks.find { it.id == 'AUDIT_COMMITTEE_SIZE' }.facts", equalTo("Audit Committee: 2 member(s)"))
                .body("checks.find { it.id == 'AUDIT_FINANCIAL_EXPERT' }.status", equalTo("FAIL"))
                .body("checks.find { it.id == 'AUDIT_FINANCIAL_EXPERT' }.facts", equalTo("Audit Committee: 0 designated financial expert(s)"));

        String none = FakeDirectorsService.company();
        Api.committee(none, "COMPENSATION");
        report(none)
                .body("checks.find { it.id == 'AUDIT_COMMITTEE_SIZE' }.facts", equalTo("No audit committee"))
                .body("checks.find { it.id == 'AUDIT_FINANCIAL_EXPERT' }.status", equalTo("FAIL"));
    }

    @Test
    void failsWhenACommitteeHasNoChair() {
        String cik = FakeDirectorsService.company();
        long compensation = Api.committee(cik, "COMPENSATION");
        Api.member(compensation, FakeDirectorsService.seat(cik, "Chairless Member"), "MEMBER", "2020-01-01", null);
        report(cik)
                .body("checks.find { it.id == 'ONE_CHAIR_PER_COMMITTEE' }.status", equalTo("FAIL"))
                .body("checks.find { it.id == 'ONE_CHAIR_PER_COMMITTEE' }.facts", equalTo("Compensation Committee: no chair"));
    }

    @Test
    void failsWhenAMembersIndependenceIsNotDetermined() {
        String cik = FakeDirectorsService.company();
        long audit = Api.committee(cik, "AUDIT");
        // a seat adopted from the filings: no one has said whether the director is independent
        long adopted = FakeDirectorsService.seat(cik, "Adopted Director", null, "2010-01-01", null);
        Api.member(audit, FakeDirectorsService.seat(cik, "Independent Chair"), "CHAIR", "2020-01-01", null);
        Api.member(audit, adopted, "MEMBER", "2020-01-01", null);
        report(cik)
                .body("checks.find { it.id == 'INDEPENDENT_MEMBERS' }.status", equalTo("FAIL"))
                .body("checks.find { it.id == 'INDEPENDENT_MEMBERS' }.facts",
                        equalTo("Audit Committee: Adopted Director (director " + adopted + ") has no independence determined"));
    }

    @Test
    void failsWhenAMemberIsNotIndependent() {
        String cik = FakeDirectorsService.company();
        long audit = Api.committee(cik, "AUDIT");
        long executive = FakeDirectorsService.seat(cik, "Executive Director", false, "2010-01-01", null);
        Api.member(audit, FakeDirectorsService.seat(cik, "Independent Chair"), "CHAIR", "2020-01-01", null);
        Api.member(audit, executive, "MEMBER", "2020-01-01", null);
        report(cik)
                .body("checks.find { it.id == 'INDEPENDENT_MEMBERS' }.status", equalTo("FAIL"))
                .body("checks.find { it.id == 'INDEPENDENT_MEMBERS' }.facts",
                        equalTo("Audit Committee: Executive Director (director " + executive + ") is not independent"));
    }

    @Test
    void checksManyCompaniesWithOneCallToDirectorsService() {
        String first = compliantCompany();
        String second = compliantCompany();
        FakeDirectorsService.server().resetRequests();
        given().queryParam("ciks", first + "," + second).queryParam("asOf", DAY).get("/committee-compliance").then().statusCode(200)
                .body("companyCik", contains(first, second))
                .body("passed", contains(true, true));
        org.assertj.core.api.Assertions.assertThat(FakeDirectorsService.server()
                .countRequestsMatching(getRequestedFor(urlPathEqualTo("/directors")).build()).getCount()).isEqualTo(1);
        given().get("/committee-compliance").then().statusCode(400).body("errors[0].field", equalTo("ciks"));
    }

    @Test
    void refusesAnUnknownCompanyOrABadDay() {
        given().get("/companies/{cik}/committees/compliance", "7777777").then().statusCode(404)
                .body("type", equalTo("urn:governance:problem:not-found"));
        given().queryParam("asOf", "2024-02-30").get("/companies/{cik}/committees/compliance", FakeDirectorsService.company())
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
    }
}
