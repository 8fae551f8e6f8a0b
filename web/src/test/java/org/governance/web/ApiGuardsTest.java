package org.governance.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * What the web backend itself refuses before anything reaches the gateway: cross-site posts, an empty body, a
 * request without a session. (Logging in through Keycloak is tested end to end in real Chromium, e2e/web.spec.ts.)
 */
@QuarkusTest
class ApiGuardsTest {

    private static final String QUERY = "{\"query\": \"{ companies { totalItems } }\"}";

    @Test
    @TestSecurity(user = "reader", roles = "governance-reader")
    void aPostWithoutThePagesHeaderIsRefusedAsCrossSite() {
        given().contentType(ContentType.JSON).body(QUERY).post("/api/graphql").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:governance:problem:cross-site-request"))
                .body("errors[0].name", equalTo("X-Requested-With"));
    }

    @Test
    @TestSecurity(user = "reader", roles = "governance-reader")
    void aPostFromAnotherOriginIsRefused() {
        given().contentType(ContentType.JSON).header("X-Requested-With", "JavaScript").header("Origin", "https://evil.example")
                .body(QUERY).post("/api/graphql").then().statusCode(403)
                .body("type", equalTo("urn:governance:problem:cross-site-request"))
                .body("errors[0].name", equalTo("Origin"))
                .body("detail", containsString("https://evil.example"));
        given().contentType(ContentType.JSON).header("X-Requested-With", "JavaScript").header("Sec-Fetch-Site", "cross-site")
                .body(QUERY).post("/api/graphql").then().statusCode(403)
                .body("errors[0].name", equalTo("Sec-Fetch-Site"));
    }

    @Test
    @TestSecurity(user = "reader", roles = "governance-reader")
    void anEmptyBodyIsABadRequest() {
        given().contentType(ContentType.JSON).header("X-Requested-With", "JavaScript").body("").post("/api/graphql").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:governance:problem:invalid-request"))
                .body("errors[0].name", equalTo("query"));
    }

    @Test
    @TestSecurity(user = "reader", roles = "governance-reader")
    void theSignedInUserAndTheirRoles() {
        given().get("/api/me").then().statusCode(200)
                .body("username", equalTo("reader"))
                .body("roles", org.hamcrest.Matchers.contains("governance-reader"))
                .body("editor", equalTo(false));
    }

    @Test
    @TestSecurity(user = "editor", roles = {"governance-reader", "governance-editor"})
    void anEditorIsOfferedTheEditControls() {
        given().get("/api/me").then().statusCode(200).body("editor", equalTo(true));
    }

    @Test
    void withoutASessionNothingAnswersButHealth() {
        given().get("/api/me").then().statusCode(401);
        given().contentType(ContentType.JSON).header("X-Requested-With", "JavaScript").body(QUERY).post("/api/graphql").then()
                .statusCode(401);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void pagesAreNotKeptByTheBrowser() {
        given().get("/q/health/ready").then().header("Cache-Control", "no-store");
    }
}
