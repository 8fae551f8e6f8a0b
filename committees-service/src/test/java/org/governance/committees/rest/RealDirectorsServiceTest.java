package org.governance.committees.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.governance.committees.support.RealDirectorsService;
import org.governance.wire.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * committees-service against the real directors-service, started from its build; every request carries a real
 * bearer token, which committees-service passes on to directors-service.
 */
@QuarkusTest
@WithTestResource(RealDirectorsService.class)
class RealDirectorsServiceTest {

    private static String directors() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.directors.url", String.class);
    }

    private static final String EDITOR = Tokens.withRoles("governance-reader", "governance-editor");

    private static io.restassured.specification.RequestSpecification asEditor() {
        return given().auth().oauth2(EDITOR);
    }

    private static long createInDirectors(String path, Map<String, Object> body) {
        return asEditor().baseUri(directors()).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @org.junit.jupiter.api.BeforeEach
    void sendTokens() {
        Api.token = EDITOR;
    }

    @org.junit.jupiter.api.AfterEach
    void stopSendingTokens() {
        Api.token = null;
    }

    @Test
    void checksMembershipsAndIndependenceAgainstTheRealDirectorsService() {
        asEditor().baseUri(directors()).contentType(ContentType.JSON)
                .body(Map.of("cik", "1107843", "name", "QUALYS, INC.", "ticker", "QLYS", "classifiedBoard", true))
                .post("/companies").then().statusCode(201);
        asEditor().baseUri(directors()).contentType(ContentType.JSON)
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
        asEditor().contentType(ContentType.JSON).body(Api.membership(executive, "MEMBER", "2024-07-01", null))
                .post("/committees/{id}/members", audit).then().statusCode(422).body("errors[0].field", equalTo("to"));
        asEditor().contentType(ContentType.JSON).body(Api.membership(elsewhere, "MEMBER", "2016-01-01", null))
                .post("/committees/{id}/members", audit).then().statusCode(422)
                .body("errors[0].field", equalTo("directorId")).body("detail", containsString("Otto Example"));
        asEditor().contentType(ContentType.JSON).body(Api.membership(987_654, "MEMBER", "2016-01-01", null))
                .post("/committees/{id}/members", audit).then().statusCode(422)
                .body("type", equalTo("urn:governance:problem:unknown-reference"));
        assertThat(Api.membershipCount(audit)).isEqualTo(2);

        // independence comes from directors-service
        asEditor().queryParam("asOf", "2024-06-30").get("/companies/{cik}/committees/compliance", "1107843").then().statusCode(200)
                .body("checks.find { it.id == 'INDEPENDENT_MEMBERS' }.status", equalTo("FAIL"))
                .body("checks.find { it.id == 'INDEPENDENT_MEMBERS' }.facts", containsString("Edgar Example"));
        asEditor().queryParam("asOf", "2024-07-01").get("/companies/{cik}/committees/compliance", "1107843").then().statusCode(200)
                .body("checks.find { it.id == 'INDEPENDENT_MEMBERS' }.status", equalTo("PASS"));
        // without a token, committees-service refuses before asking directors-service
        given().contentType(ContentType.JSON).body(Api.membership(independent, "MEMBER", "2016-01-01", null))
                .post("/committees/{id}/members", audit).then().statusCode(401);
        // a company directors-service does not know
        asEditor().contentType(ContentType.JSON).body(Map.of("companyCik", "42", "type", "AUDIT", "name", "Audit"))
                .post("/committees").then().statusCode(422).body("errors[0].field", equalTo("companyCik"));
    }
}
