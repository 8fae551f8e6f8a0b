package org.governance.committees.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.governance.committees.support.FakeDirectorsService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor"})
@WithTestResource(FakeDirectorsService.class)
class CommitteeResourceTest {

    @BeforeEach
    void directorsServiceAnswers() {
        FakeDirectorsService.serveRegisteredData();
    }

    @Test
    void createsReadsReplacesAndDeletesACommittee() {
        String cik = FakeDirectorsService.company();
        var created = given().contentType(ContentType.JSON)
                .body(Map.of("companyCik", Long.parseLong(cik) + "", "type", "AUDIT", "name", "Audit Committee",
                        "charterUrl", "https://investor.example.com/audit-charter.pdf", "charterText", "The Audit Committee shall...",
                        "charterReviewedOn", "2024-02-01", "formedOn", "2012-09-27", "source", "illustrative"))
                .post("/committees").then().statusCode(201)
                .body("companyCik", equalTo(cik))
                .body("standing", equalTo(true))
                .body("dissolvedOn", nullValue())
                .extract();
        long id = created.jsonPath().getLong("id");
        org.assertj.core.api.Assertions.assertThat(created.header("Location")).endsWith("/committees/" + id);

        given().get("/committees/{id}", id).then().statusCode(200)
                .body("type", equalTo("AUDIT"))
                .body("charterUrl", equalTo("https://investor.example.com/audit-charter.pdf"))
                .body("charterReviewedOn", equalTo("2024-02-01"))
                .body("formedOn", equalTo("2012-09-27"));
        given().contentType(ContentType.JSON)
                .body(Map.of("companyCik", cik, "type", "AUDIT", "name", "Audit and Risk Committee", "formedOn", "2012-09-27",
                        "dissolvedOn", "2030-12-31"))
                .put("/committees/{id}", id).then().statusCode(200)
                .body("name", equalTo("Audit and Risk Committee")).body("dissolvedOn", equalTo("2030-12-31"));
        given().queryParam("companyCik", cik).get("/committees").then().statusCode(200)
                .body("items.id", contains((int) id));

        given().delete("/committees/{id}", id).then().statusCode(204);
        given().get("/committees/{id}", id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:governance:problem:not-found"));
    }

    @Test
    void listsTheCommitteesThatExistOnADay() {
        String cik = FakeDirectorsService.company();
        long audit = Api.committee(cik, "AUDIT", "formedOn", "2012-09-27");
        long special = Api.committee(cik, "OTHER", "name", "Special Litigation Committee", "standing", false,
                "formedOn", "2020-03-01", "dissolvedOn", "2021-03-31");
        long compensation = Api.committee(cik, "COMPENSATION");

        given().queryParam("asOf", "2021-03-31").get("/companies/{cik}/committees", cik).then().statusCode(200)
                .body("items.id", contains((int) audit, (int) compensation, (int) special));
        given().queryParam("asOf", "2021-04-01").get("/companies/{cik}/committees", cik).then()
                .body("items.id", contains((int) audit, (int) compensation));
        given().queryParam("asOf", "2012-09-26").get("/companies/{cik}/committees", cik).then()
                .body("items.id", contains((int) compensation));
        given().get("/companies/{cik}/committees", cik).then().body("totalItems", equalTo(2));
        // a company directors-service knows, with no committee: an empty answer, not a 404
        given().get("/companies/{cik}/committees", FakeDirectorsService.company()).then().statusCode(200)
                .body("items", empty()).body("totalItems", equalTo(0));
    }

    @Test
    void refusesACommitteeOfAnUnknownCompanyAndStoresNothing() {
        given().contentType(ContentType.JSON).body(Map.of("companyCik", "9999999", "type", "AUDIT", "name", "Audit"))
                .post("/committees").then().statusCode(422)
                .body("type", equalTo("urn:governance:problem:unknown-reference"))
                .body("errors[0].field", equalTo("companyCik"));
        given().queryParam("companyCik", "9999999").get("/committees").then().body("totalItems", equalTo(0));
        given().get("/companies/{cik}/committees", "9999999").then().statusCode(404)
                .body("type", equalTo("urn:governance:problem:not-found"));
    }

    @Test
    void refusesBadCommitteeInput() {
        String cik = FakeDirectorsService.company();
        given().contentType(ContentType.JSON).body(Map.of("companyCik", cik, "type", "RISK", "name", "Risk"))
                .post("/committees").then().statusCode(400)
                .body("type", equalTo("urn:governance:problem:malformed-body"))
                .body("errors[0].field", equalTo("type"))
                .body("detail", containsString("NOMINATING_AND_GOVERNANCE"));
        given().contentType(ContentType.JSON).body(Map.of("companyCik", cik, "type", "AUDIT", "name", "Audit", "formedOn", "2020-02-31"))
                .post("/committees").then().statusCode(400).body("errors[0].field", equalTo("formedOn"));
        given().contentType(ContentType.JSON).body(Map.of("companyCik", "12345678901", "type", "AUDIT", "name", ""))
                .post("/committees").then().statusCode(400)
                .body("type", equalTo("urn:governance:problem:validation-failed"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("companyCik", "name"));
        given().contentType(ContentType.JSON).body(Map.of("companyCik", cik, "type", "AUDIT", "name", "Audit", "charterUrl", "ftp://x"))
                .post("/committees").then().statusCode(400).body("errors[0].field", equalTo("charterUrl"));
        given().contentType(ContentType.JSON)
                .body(Map.of("companyCik", cik, "type", "AUDIT", "name", "Audit", "formedOn", "2020-01-01", "dissolvedOn", "2019-01-01"))
                .post("/committees").then().statusCode(422)
                .body("type", equalTo("urn:governance:problem:rule-violated"))
                .body("errors[0].field", equalTo("dissolvedOn"));
        given().queryParam("companyCik", cik).get("/committees").then().body("totalItems", equalTo(0));
        given().get("/committees/{id}", "abc").then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().get("/companies/{cik}/committees", "abc").then().statusCode(400).body("errors[0].field", equalTo("cik"));
        given().queryParam("asOf", "2024-1-1").get("/companies/{cik}/committees", cik).then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        given().queryParam("size", 1000).get("/committees").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void refusesToMoveACommitteeOrShrinkItsLifeAroundItsMembers() {
        String cik = FakeDirectorsService.company();
        long committee = Api.committee(cik, "AUDIT", "formedOn", "2015-01-01");
        Api.member(committee, FakeDirectorsService.seat(cik, "Long Member"), "MEMBER", "2016-01-01", null);

        given().contentType(ContentType.JSON).body(Map.of("companyCik", FakeDirectorsService.company(), "type", "AUDIT", "name", "A"))
                .put("/committees/{id}", committee).then().statusCode(422).body("errors[0].field", equalTo("companyCik"));
        given().contentType(ContentType.JSON)
                .body(Map.of("companyCik", cik, "type", "AUDIT", "name", "A", "formedOn", "2015-01-01", "dissolvedOn", "2020-01-01"))
                .put("/committees/{id}", committee).then().statusCode(422).body("errors[0].field", equalTo("dissolvedOn"));
        given().contentType(ContentType.JSON)
                .body(Map.of("companyCik", cik, "type", "AUDIT", "name", "A", "formedOn", "2017-01-01"))
                .put("/committees/{id}", committee).then().statusCode(422).body("errors[0].field", equalTo("formedOn"));
        given().delete("/committees/{id}", committee).then().statusCode(409)
                .body("type", equalTo("urn:governance:problem:conflict"));
        given().get("/committees/{id}", committee).then().statusCode(200)
                .body("name", equalTo("Audit Committee")).body("formedOn", equalTo("2015-01-01"));
    }

    @Test
    void answersUnknownPathsWithAProblem() {
        given().get("/committees/{id}", 987654).then().statusCode(404).body("detail", endsWith("987654"));
    }
}
