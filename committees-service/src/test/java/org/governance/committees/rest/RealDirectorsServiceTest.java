package org.governance.committees.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.governance.committees.support.RealDirectorsService;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** committees-service against the real directors-service, started from its build. */
@QuarkusTest
@WithTestResource(RealDirectorsService.class)
class RealDirectorsServiceTest {

    private static String directors() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.directors.url", String.class);
    }

    private static long createInDirectors(String path, Map<String, Object> body) {
        return given().baseUri(directors()).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void checksMembershipsAndIndependenceAgainstTheRealDirectorsService() {
        given().baseUri(directors()).contentType(ContentType.JSON)
                .body(Map.of("cik", "1107843", "name", "QUALYS, INC.", "ticker", "QLYS", "classifiedBoard", true))
                .post("/companies").then().statusCode(201);
        given().baseUri(directors()).contentType(ContentType.JSON)
                .body(Map.of("cik", "1000001", "name", "Other Board Corp")).post("/companies").then().statusCode(201);
        long independent = createInDirectors("/directors", Map.of("companyCik", "1107843",
                "personId", createInDirectors("/people", Map.of("fullName", "Ilse Example", "illustrative", true)),
                "independent", true, "firstElected", "2015-06-01", "directorClass", "I", "termExpiresYear", 2025));
        long executive = createInDirectors("/directors", Map.of("companyCik", "1107843",
                "personId", createInDirectors("/people", Map.of("fullName", "Edgar Example", "illustrative", true)),
                "independent", false, "firstElected", "2012-01-01", "leftOn", "2024-06-30", "directorClass", "II",
                "termExpiresYear", 2026));
        long elsewhere = createInDirectors("/directors", Map.of("companyCik", "1000001",
                "personId", createInDirectors("/people", Map.of("fullName", "Otto Example", "illustrative", true)),
                "independent", true, "firstElected", "2015-06-01"));

        long audit = Api.committee("1107843", "AUDIT");
        Api.member(audit, independent, "CHAIR", "2016-01-01", null, "financialExpert", true);
        Api.member(audit, executive, "MEMBER", "2016-01-01", "2024-06-30");

        // a membership past the end of the board seat, a seat on another board, an unknown seat
        given().contentType(ContentType.JSON).body(Api.membership(executive, "MEMBER", "2024-07-01", null))
                .post("/committees/{id}/members", audit).then().statusCode(422).body("errors[0].field", equalTo("to"));
        given().contentType(ContentType.JSON).body(Api.membership(elsewhere, "MEMBER", "2016-01-01", null))
                .post("/committees/{id}/members", audit).then().statusCode(422)
                .body("errors[0].field", equalTo("directorId")).body("detail", containsString("Otto Example"));
        given().contentType(ContentType.JSON).body(Api.membership(987_654, "MEMBER", "2016-01-01", null))
                .post("/committees/{id}/members", audit).then().statusCode(422)
                .body("type", equalTo("urn:governance:problem:unknown-reference"));
        assertThat(Api.membershipCount(audit)).isEqualTo(2);

        // independence comes from directors-service
        given().queryParam("asOf", "2024-06-30").get("/companies/{cik}/committees/compliance", "1107843").then().statusCode(200)
                .body("checks.find { it.id == 'INDEPENDENT_MEMBERS' }.status", equalTo("FAIL"))
                .body("checks.find { it.id == 'INDEPENDENT_MEMBERS' }.facts", containsString("Edgar Example"));
        given().queryParam("asOf", "2024-07-01").get("/companies/{cik}/committees/compliance", "1107843").then().statusCode(200)
                .body("checks.find { it.id == 'INDEPENDENT_MEMBERS' }.status", equalTo("PASS"));
        // a company directors-service does not know
        given().contentType(ContentType.JSON).body(Map.of("companyCik", "42", "type", "AUDIT", "name", "Audit"))
                .post("/committees").then().statusCode(422).body("errors[0].field", equalTo("companyCik"));
    }
}
