package org.governance.wire.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.governance.wire.Roles;
import org.junit.jupiter.api.DynamicTest;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The scaffolding of every service's role matrix: one dynamic test per endpoint that asserts 401 without a token,
 * 403 with a token that lacks the role, and the expected answer with it; and the checks every service shares
 * (expired, tampered and foreign tokens refused; health, metrics and OpenAPI open).
 */
public final class RoleMatrix {

    /** One request and who may make it. A null body sends none; bytes are sent as they are, anything else as JSON. */
    public record Call(String method, String path, Object body, String contentType, String role, int status) {

        public static Call read(String path) {
            return new Call("GET", path, null, null, Roles.READER, 200);
        }

        public static Call json(String method, String path, Object body, String role, int status) {
            return new Call(method, path, body, "application/json", role, status);
        }

        public static Call without(String method, String path, String role, int status) {
            return new Call(method, path, null, null, role, status);
        }
    }

    private RoleMatrix() {
    }

    public static RequestSpecification as(String token) {
        var request = given();
        return token == null ? request : request.auth().oauth2(token);
    }

    /** Creates what a call needs, as an editor, with a JSON body; answers the new resource's id. */
    public static long create(String path, Map<String, Object> body) {
        return as(Tokens.withRoles(Roles.EDITOR)).contentType("application/json").body(body).post(path)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static int send(Call call, String token) {
        return answer(call, token).statusCode();
    }

    private static Response answer(Call call, String token) {
        var request = as(token);
        if (call.body() instanceof byte[] bytes) {
            request.contentType(call.contentType()).body(bytes);
        } else if (call.body() != null) {
            request.contentType(call.contentType()).body(call.body());
        }
        return request.request(call.method(), call.path());
    }

    /** A refusal with its RFC 9457 body: the status, the problem type and a detail that says what is needed. */
    public static void assertProblem(Response response, int status, String slug) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:governance:problem:" + slug);
        assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(response.jsonPath().getString("detail")).isNotBlank();
    }

    /** The default "other roles": a reader's call made as filings-ingest, any other call made as a reader. */
    public static String[] anotherRole(Call call) {
        return new String[] {Roles.READER.equals(call.role()) ? Roles.INGEST : Roles.READER};
    }

    /** One test per call: no token 401, the {@code otherRoles} of the call 403, its own role its status. */
    public static Stream<DynamicTest> tests(List<Call> calls, Function<Call, String[]> otherRoles) {
        return calls.stream().map(call -> DynamicTest.dynamicTest(call.method() + " " + call.path(), () -> {
            assertProblem(answer(call, null), 401, "unauthorized");
            String[] others = otherRoles.apply(call);
            Response refused = answer(call, Tokens.withRoles(others));
            assertThat(refused.statusCode()).as("with only " + String.join(", ", others)).isEqualTo(403);
            assertProblem(refused, 403, "forbidden");
            assertThat(send(call, Tokens.withRoles(call.role()))).as("with " + call.role()).isEqualTo(call.status());
        }));
    }

    public static Stream<DynamicTest> tests(List<Call> calls) {
        return tests(calls, RoleMatrix::anotherRole);
    }

    /** An expired, a tampered and a foreign-audience token are refused on {@code path}; a good reader's token is not. */
    public static void assertRefusesBadTokens(String path) {
        assertProblem(as(Tokens.expired(Roles.READER)).get(path), 401, "unauthorized");
        assertProblem(as(Tokens.tampered(Roles.READER)).get(path), 401, "unauthorized");
        assertProblem(as(Tokens.forAnotherAudience(Roles.READER)).get(path), 401, "unauthorized");
        assertThat(as(Tokens.withRoles(Roles.READER)).get(path).statusCode()).isEqualTo(200);
    }

    /** Health, metrics and the OpenAPI document answer without a token. */
    public static void assertOperationsOpen() {
        assertThat(given().get("/q/health/ready").statusCode()).isEqualTo(200);
        assertThat(given().get("/q/metrics").statusCode()).isEqualTo(200);
        assertThat(given().get("/q/openapi").statusCode()).isEqualTo(200);
    }
}
