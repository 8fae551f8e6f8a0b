package org.governance.committees.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.governance.committees.support.FakeDirectorsService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** A company's committees and memberships for a proxy season, loaded all or nothing, again without change, and replaced by a later season. */
@QuarkusTest
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor"})
@WithTestResource(FakeDirectorsService.class)
class SeasonTest {

    @BeforeEach
    void directorsServiceAnswers() {
        FakeDirectorsService.serveRegisteredData();
    }

    private static Map<String, Object> committee(String type, String name, String charterUrl) {
        Map<String, Object> body = new HashMap<>(Map.of("type", type, "name", name));
        if (charterUrl != null) {
            body.put("charterUrl", charterUrl);
        }
        return body;
    }

    private static Map<String, Object> member(long seat, String committee, String role, String from, String to, Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("directorId", seat, "committee", committee, "role", role, "from", from));
        body.put("to", to);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private static ValidatableResponse load(String cik, String seasonStart, List<Map<String, Object>> committees,
            List<Map<String, Object>> memberships, boolean dryRun) {
        return given().contentType(ContentType.JSON).queryParam("dryRun", dryRun)
                .body(Map.of("seasonStart", seasonStart, "committees", committees, "memberships", memberships))
                .post("/companies/{cik}/committee-seasons", cik).then();
    }

    private static ValidatableResponse memberships(String cik) {
        return given().queryParam("from", "1900-01-01").queryParam("to", "9999-12-31").queryParam("size", 500)
                .get("/companies/{cik}/memberships", cik).then().statusCode(200);
    }

    @Test
    void aSeasonIsLoadedThenLoadedAgainWithoutChangeThenReplacedByTheNext() {
        String cik = FakeDirectorsService.company();
        long ada = FakeDirectorsService.seat(cik, "Ada Season");
        long bo = FakeDirectorsService.seat(cik, "Bo Season");
        long cy = FakeDirectorsService.seat(cik, "Cy Season");
        List<Map<String, Object>> committees = List.of(committee("AUDIT", "Audit Committee", "https://example.com/audit.pdf"),
                committee("COMPENSATION", "Compensation Committee", null));
        List<Map<String, Object>> season2023 = List.of(member(ada, "Audit Committee", "CHAIR", "2020-01-01", null, "financialExpert", true),
                member(bo, "Audit Committee", "MEMBER", "2021-01-01", null), member(cy, "Compensation Committee", "CHAIR", "2019-06-01", null));

        load(cik, "2023-06-01", committees, season2023, false).statusCode(200)
                .body("dryRun", equalTo(false)).body("committeesCreated", equalTo(2)).body("membershipsCreated", equalTo(3))
                .body("membershipsEnded", equalTo(0));
        String stored = memberships(cik).body("items", hasSize(3)).extract().asString();

        load(cik, "2023-06-01", committees, season2023, false).statusCode(200)
                .body("committeesCreated", equalTo(0)).body("committeesUnchanged", equalTo(2))
                .body("membershipsCreated", equalTo(0)).body("membershipsUpdated", equalTo(0)).body("membershipsUnchanged", equalTo(3));
        org.assertj.core.api.Assertions.assertThat(memberships(cik).extract().asString()).isEqualTo(stored);

        // 2024: Bo is no longer on the audit committee, Cy joins it, and the audit charter moved
        List<Map<String, Object>> season2024 = List.of(member(ada, "Audit Committee", "CHAIR", "2020-01-01", null, "financialExpert", true),
                member(cy, "Audit Committee", "MEMBER", "2024-06-01", null), member(cy, "Compensation Committee", "CHAIR", "2019-06-01", null));
        load(cik, "2024-06-01", List.of(committee("AUDIT", "Audit Committee", "https://example.com/audit-2024.pdf"),
                committee("COMPENSATION", "Compensation Committee", null)), season2024, false).statusCode(200)
                .body("committeesUpdated", equalTo(1)).body("membershipsCreated", equalTo(1)).body("membershipsUnchanged", equalTo(2))
                .body("membershipsEnded", equalTo(1));
        memberships(cik).body("items.find { it.directorId == " + bo + " }.to", equalTo("2024-05-31"))
                .body("items.findAll { it.to == null }.directorId", containsInAnyOrder((int) ada, (int) cy, (int) cy));
        given().queryParam("asOf", "2024-09-30").get("/companies/{cik}/committees", cik).then()
                .body("items.find { it.type == 'AUDIT' }.charterUrl", equalTo("https://example.com/audit-2024.pdf"));
    }

    @Test
    void aDryRunReportsAndStoresNothingAndMayNameSeatsNotYetCreated() {
        String cik = FakeDirectorsService.company();
        long ada = FakeDirectorsService.seat(cik, "Ada Dry");
        load(cik, "2024-06-01", List.of(committee("AUDIT", "Audit Committee", null)),
                List.of(member(ada, "Audit Committee", "CHAIR", "2020-01-01", null), member(-1, "Audit Committee", "MEMBER", "2024-06-01", null)), true)
                .statusCode(200).body("dryRun", equalTo(true)).body("committeesCreated", equalTo(1)).body("membershipsCreated", equalTo(2));
        given().get("/companies/{cik}/committees", cik).then().statusCode(200).body("items", hasSize(0));

        // a real load must name real seats
        load(cik, "2024-06-01", List.of(committee("AUDIT", "Audit Committee", null)),
                List.of(member(-1, "Audit Committee", "MEMBER", "2024-06-01", null)), false)
                .statusCode(422).body("errors.field", contains("memberships[0].directorId"));
    }

    @Test
    void everyBadEntryIsNamedAndNothingIsStored() {
        String cik = FakeDirectorsService.company();
        String otherCompany = FakeDirectorsService.company();
        long ada = FakeDirectorsService.seat(cik, "Ada Bad");
        long bo = FakeDirectorsService.seat(cik, "Bo Bad");
        long late = FakeDirectorsService.seat(cik, "Late Bad", true, "2023-01-01", null);
        long foreign = FakeDirectorsService.seat(otherCompany, "Foreign Bad");
        List<Map<String, Object>> entries = new ArrayList<>(List.of(
                member(ada, "Audit Committee", "CHAIR", "2020-01-01", null),
                member(bo, "Audit Committee", "CHAIR", "2022-01-01", null),
                member(ada, "Compensation Committee", "MEMBER", "2020-01-01", null, "financialExpert", true),
                member(late, "Audit Committee", "MEMBER", "2022-01-01", null),
                member(foreign, "Audit Committee", "MEMBER", "2022-01-01", null),
                member(bo, "Risk Committee", "MEMBER", "2022-01-01", null),
                member(ada, "Compensation Committee", "MEMBER", "2021-01-01", "2020-12-31"),
                member(999_999, "Audit Committee", "MEMBER", "2022-01-01", null)));
        load(cik, "2024-06-01", List.of(committee("AUDIT", "Audit Committee", null), committee("COMPENSATION", "Compensation Committee", null)),
                entries, false).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:governance:problem:rule-violated"))
                .body("errors.field", containsInAnyOrder("memberships[2].financialExpert", "memberships[3].from", "memberships[4].directorId",
                        "memberships[5].committee", "memberships[6].to", "memberships[7].directorId"))
                .body("detail", containsString("nothing was stored"));
        // the file-independent rules pass, so the overlaps are found next: two chairs of the audit committee
        load(cik, "2024-06-01", List.of(committee("AUDIT", "Audit Committee", null)), entries.subList(0, 2), false).statusCode(422)
                .body("errors.field", contains("memberships[1].role"))
                .body("errors[0].message", containsString("Two chairs of Audit Committee"));
        load(cik, "2024-06-01", List.of(committee("AUDIT", "Audit Committee", null)),
                List.of(member(ada, "Audit Committee", "MEMBER", "2020-01-01", null), member(ada, "Audit Committee", "MEMBER", "2021-01-01", null)),
                false).statusCode(422).body("errors.field", contains("memberships[1].from"));
        given().get("/companies/{cik}/committees", cik).then().statusCode(200).body("items", hasSize(0));
        memberships(cik).body("items", hasSize(0));

        // malformed bodies: 400 naming the field
        given().contentType(ContentType.JSON).body(Map.of("committees", List.of(), "memberships", List.of()))
                .post("/companies/{cik}/committee-seasons", cik).then().statusCode(400).body("errors[0].field", equalTo("seasonStart"));
        given().contentType(ContentType.JSON).body(Map.of("seasonStart", "2024-06-01", "committees", List.of(Map.of("type", "BOARD", "name", "X")),
                "memberships", List.of())).post("/companies/{cik}/committee-seasons", cik).then().statusCode(400)
                .body("errors[0].field", containsString("type"));
        // an unknown company
        load("0000000042", "2024-06-01", List.of(committee("AUDIT", "Audit Committee", null)), List.of(), false).statusCode(422)
                .body("type", equalTo("urn:governance:problem:unknown-reference"));
        given().queryParam("companyCik", "42").get("/committees").then().statusCode(200).body("items", hasSize(0));
    }
}
