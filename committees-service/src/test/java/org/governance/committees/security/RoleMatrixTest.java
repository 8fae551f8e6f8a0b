package org.governance.committees.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.governance.committees.support.FakeDirectorsService;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Every endpoint: no token 401, a token without the role 403, the right role 2xx. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeDirectorsService.class)
class RoleMatrixTest {

    private static final String READER = "governance-reader";
    private static final String EDITOR = "governance-editor";

    private record Call(String method, String path, Object body, String role, int status) {
    }

    private static RequestSpecification as(String token) {
        var request = given();
        return token == null ? request : request.auth().oauth2(token);
    }

    private static long create(String path, Map<String, Object> body) {
        return as(Tokens.withRoles(EDITOR)).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static int send(Call call, String token) {
        var request = as(token);
        if (call.body() != null) {
            request.contentType(ContentType.JSON).body(call.body());
        }
        return request.request(call.method(), call.path()).statusCode();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointChecksTokenAndRole() {
        FakeDirectorsService.serveRegisteredData();
        String cik = FakeDirectorsService.company();
        long seat = FakeDirectorsService.seat(cik, "Matrix Member");
        long other = FakeDirectorsService.seat(cik, "Second Matrix Member");
        long committee = create("/committees", Map.of("companyCik", cik, "type", "AUDIT", "name", "Audit Committee"));
        long deletable = create("/committees", Map.of("companyCik", cik, "type", "OTHER", "name", "Deletable Committee"));
        long membership = create("/committees/" + committee + "/members", Map.of("directorId", seat, "role", "CHAIR", "from", "2020-01-01"));
        long deletableMembership = create("/committees/" + committee + "/members",
                Map.of("directorId", other, "role", "MEMBER", "from", "2015-01-01", "to", "2015-12-31"));
        Map<String, Object> committeeBody = Map.of("companyCik", cik, "type", "AUDIT", "name", "Audit Committee");
        String members = "/committees/" + committee + "/members";
        List<Call> calls = List.of(
                new Call("GET", "/committees", null, READER, 200),
                new Call("POST", "/committees", Map.of("companyCik", cik, "type", "COMPENSATION", "name", "Compensation Committee"), EDITOR, 201),
                new Call("GET", "/committees/" + committee, null, READER, 200),
                new Call("PUT", "/committees/" + committee, committeeBody, EDITOR, 200),
                new Call("DELETE", "/committees/" + deletable, null, EDITOR, 204),
                new Call("GET", members + "?asOf=2024-01-01", null, READER, 200),
                new Call("POST", members, Map.of("directorId", other, "role", "MEMBER", "from", "2020-01-01"), EDITOR, 201),
                new Call("GET", members + "/" + membership, null, READER, 200),
                new Call("PUT", members + "/" + membership, Map.of("directorId", seat, "role", "CHAIR", "from", "2019-06-01"), EDITOR, 200),
                new Call("POST", members + "/" + membership + "/end", Map.of("to", "2030-12-31"), EDITOR, 200),
                new Call("DELETE", members + "/" + deletableMembership, null, EDITOR, 204),
                new Call("GET", "/companies/" + cik + "/committees", null, READER, 200),
                new Call("GET", "/companies/" + cik + "/memberships", null, READER, 200),
                new Call("GET", "/companies/" + cik + "/committees/compliance", null, READER, 200),
                new Call("GET", "/memberships?directorIds=" + seat, null, READER, 200),
                new Call("GET", "/committee-compliance?ciks=" + cik, null, READER, 200));
        List<DynamicTest> tests = new ArrayList<>();
        for (Call call : calls) {
            tests.add(DynamicTest.dynamicTest(call.method() + " " + call.path(), () -> {
                assertThat(send(call, null)).as("without a token").isEqualTo(401);
                String otherRole = READER.equals(call.role()) ? "filings-ingest" : READER;
                assertThat(send(call, Tokens.withRoles(otherRole))).as("with only " + otherRole).isEqualTo(403);
                assertThat(send(call, Tokens.withRoles(call.role()))).as("with " + call.role()).isEqualTo(call.status());
            }));
        }
        return tests.stream();
    }

    @Test
    void refusesExpiredTamperedAndForeignTokens() {
        assertThat(as(Tokens.expired(READER)).get("/committees").statusCode()).isEqualTo(401);
        assertThat(as(Tokens.tampered(READER)).get("/committees").statusCode()).isEqualTo(401);
        assertThat(as(Tokens.forAnotherAudience(READER)).get("/committees").statusCode()).isEqualTo(401);
        assertThat(as(Tokens.withRoles(READER)).get("/committees").statusCode()).isEqualTo(200);
    }
}
