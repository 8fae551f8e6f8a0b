package org.governance.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.governance.wire.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/** /graphql refused for want of a (valid) token answers a problem body that says what is needed, not an empty 401. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(UnauthorizedProblemTest.AsInProduction.class)
class UnauthorizedProblemTest {

    /** The refusal of a request without a token as production has it (the default test profile leaves it off). */
    public static class AsInProduction implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.refuse-missing-token-early", "true");
        }
    }

    private static final Map<String, String> QUERY = Map.of("query", "{ companies { totalItems } }");

    @Test
    void withoutATokenTheBodySaysHowToSendOne() {
        given().contentType(ContentType.JSON).body(QUERY).post("/graphql").then()
                .statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:governance:problem:unauthorized"))
                .body("detail", containsString("A bearer token is needed"))
                .body("errors[0].name", equalTo("Authorization"))
                .body("errors[0].message", equalTo("missing"));
        given().get("/graphql/schema.graphql").then().statusCode(401).body("detail", containsString("A bearer token is needed"));
    }

    @Test
    void aRefusedTokenIsNamedAsSuch() {
        given().auth().oauth2(Tokens.expired("governance-reader")).contentType(ContentType.JSON).body(QUERY).post("/graphql").then()
                .statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("token was refused"))
                .body("errors[0].message", equalTo("the token was refused"));
    }

    @Test
    void aValidTokenIsNotHeldUp() {
        given().auth().oauth2(Tokens.withRoles("governance-reader")).get("/graphql/schema.graphql").then().statusCode(200);
    }
}
