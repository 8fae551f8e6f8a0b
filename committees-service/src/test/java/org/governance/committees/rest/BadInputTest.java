package org.governance.committees.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.governance.committees.support.FakeDirectorsService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** A careless or hostile client's committees and memberships: 4xx problems naming the field, nothing stored. */
@QuarkusTest
@TestSecurity(user = "tester", roles = { "governance-reader", "governance-editor" })
@WithTestResource(FakeDirectorsService.class)
class BadInputTest {

    @BeforeEach
    void directorsServiceAnswers() {
        FakeDirectorsService.serveRegisteredData();
    }

    private static ValidatableResponse post(String json, String path, Object... params) {
        return given().contentType(ContentType.JSON).body(json).post(path, params).then();
    }

    private static void refused(ValidatableResponse response, int status, String field) {
        response.statusCode(status).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("org.governance")));
    }

    private static int committeesOf(String cik) {
        return given().queryParam("companyCik", cik).get("/committees").then().statusCode(200).extract().jsonPath().getInt("totalItems");
    }

    @Test
    void refusesCommitteesWithUnstorableTextNumbersForTextOrImpossibleDays() {
        String cik = FakeDirectorsService.company();
        refused(post("{\"companyCik\":\"" + cik + "\",\"type\":\"AUDIT\",\"name\":\"Audit\\u0000 Committee\"}", "/committees"), 400, "name");
        refused(post("{\"companyCik\":\"" + cik + "\",\"type\":\"AUDIT\",\"name\":\"Audit \\udc00 Committee\"}", "/committees"), 400, "name");
        refused(post("{\"companyCik\":" + Long.parseLong(cik) + ",\"type\":\"AUDIT\",\"name\":\"Audit Committee\"}", "/committees"), 400, "companyCik");
        refused(post("{\"companyCik\":\"" + cik + "\",\"type\":\"AUDIT\",\"name\":\"Audit Committee\",\"formedOn\":\"+999999999-12-31\"}",
                "/committees"), 400, "formedOn");
        refused(post("{\"companyCik\":\"" + cik + "\",\"type\":\"AUDIT\",\"name\":\"Audit Committee\",\"formedOn\":\"1850-01-01\"}",
                "/committees"), 400, "formedOn");
        refused(post("{\"companyCik\":\"" + cik + "\",\"type\":\"AUDIT\",\"name\":\"Audit Committee\"} trailing", "/committees"), 400, "body");
        refused(post("{\"companyCik\":\"" + cik + "\",\"type\":\"AUDIT\",\"type\":\"COMPENSATION\",\"name\":\"Audit Committee\"}",
                "/committees"), 400, "body");
        assertThat(committeesOf(cik)).isZero();
        refused(given().queryParam("companyCik", cik).queryParam("types", "AUDIT\u0000").get("/committees").then(), 400, "types");
    }

    @Test
    void refusesMembershipsWithFractionalIdsOrDaysNoBoardHas() {
        String cik = FakeDirectorsService.company();
        long committee = Api.committee(cik, "AUDIT");
        long seat = FakeDirectorsService.seat(cik, "Bounded Member");
        refused(post("{\"directorId\":" + seat + ".5,\"role\":\"MEMBER\",\"from\":\"2020-01-01\"}", "/committees/{id}/members", committee),
                400, "directorId");
        for (String day : new String[] { "+999999999-12-31", "-999999999-01-01", "0000-01-01", "2101-01-01" }) {
            refused(post("{\"directorId\":" + seat + ",\"role\":\"MEMBER\",\"from\":\"" + day + "\"}", "/committees/{id}/members", committee),
                    400, "from");
        }
        assertThat(Api.membershipCount(committee)).isZero();
        for (String asOf : new String[] { "+999999999-12-31", "-999999999-01-01" }) {
            refused(given().queryParam("asOf", asOf).get("/committees/{id}/members", committee).then(), 400, "asOf");
            refused(given().queryParam("from", asOf).get("/committees/{id}/members", committee).then(), 400, "from");
        }
    }
}
