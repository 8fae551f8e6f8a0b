package org.governance.directors.security;

import static org.governance.wire.Roles.EDITOR;
import static org.governance.wire.Roles.READER;
import static org.governance.wire.testing.RoleMatrix.as;
import static org.governance.wire.testing.RoleMatrix.create;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.governance.directors.support.FakeCommitteesService;
import org.governance.directors.support.FakeFilingsService;
import org.governance.wire.testing.RoleMatrix;
import org.governance.wire.testing.RoleMatrix.Call;
import org.governance.wire.testing.Tokens;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/** Every endpoint: no token 401, a token without the role 403, the right role 2xx. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeFilingsService.class)
@QuarkusTestResource(FakeCommitteesService.class)
class RoleMatrixTest {

    @TestFactory
    Stream<DynamicTest> everyEndpointChecksTokenAndRole() {
        String cik = "8880001";
        as(Tokens.withRoles(EDITOR)).contentType(ContentType.JSON).body(Map.of("cik", cik, "name", "Matrix Corp"))
                .post("/companies").then().statusCode(201);
        as(Tokens.withRoles(EDITOR)).contentType(ContentType.JSON).body(Map.of("cik", "8880002", "name", "Deletable Corp"))
                .post("/companies").then().statusCode(201);
        long person = create("/people", Map.of("fullName", "Matrix Person"));
        long deletablePerson = create("/people", Map.of("fullName", "Deletable Person"));
        long newcomer = create("/people", Map.of("fullName", "Newcomer Person"));
        long seat = create("/directors", Map.of("companyCik", cik, "personId", person, "independent", true, "firstElected", "2020-01-01"));
        long deletableSeat = create("/directors", Map.of("companyCik", cik, "personId", deletablePerson, "independent", true,
                "firstElected", "2015-01-01", "leftOn", "2016-01-01"));
        FakeFilingsService.reports("0008880009", "MATRIX ADOPTED CORP", List.of());
        Map<String, Object> seatBody = Map.of("companyCik", cik, "personId", person, "independent", true, "firstElected", "2020-01-01");
        List<Call> calls = List.of(
                new Call("GET", "/companies", null, null, READER, 200),
                new Call("POST", "/companies", Map.of("cik", "8880003", "name", "Created Corp"), "application/json", EDITOR, 201),
                new Call("GET", "/companies/" + cik, null, null, READER, 200),
                new Call("PUT", "/companies/" + cik, Map.of("name", "Matrix Corp"), "application/json", EDITOR, 200),
                new Call("DELETE", "/companies/8880002", null, null, EDITOR, 204),
                new Call("GET", "/companies/" + cik + "/directors", null, null, READER, 200),
                new Call("GET", "/companies/" + cik + "/board/compliance", null, null, READER, 200),
                new Call("GET", "/board-compliance?ciks=" + cik, null, null, READER, 200),
                new Call("GET", "/people", null, null, READER, 200),
                new Call("POST", "/people", Map.of("fullName", "Created Person"), "application/json", EDITOR, 201),
                new Call("GET", "/people/" + person, null, null, READER, 200),
                new Call("PUT", "/people/" + person, Map.of("fullName", "Matrix Person"), "application/json", EDITOR, 200),
                new Call("GET", "/people/" + person + "/directors", null, null, READER, 200),
                new Call("GET", "/directors", null, null, READER, 200),
                new Call("POST", "/directors", Map.of("companyCik", cik, "personId", newcomer, "independent", true,
                        "firstElected", "2021-01-01"), "application/json", EDITOR, 201),
                new Call("GET", "/directors/" + seat, null, null, READER, 200),
                new Call("PUT", "/directors/" + seat, seatBody, "application/json", EDITOR, 200),
                new Call("PATCH", "/directors/" + seat, Map.of("executiveTitle", "Director"), "application/merge-patch+json", EDITOR, 200),
                new Call("DELETE", "/directors/" + deletableSeat, null, null, EDITOR, 204),
                new Call("DELETE", "/people/" + deletablePerson, null, null, EDITOR, 204),
                new Call("POST", "/adoptions", Map.of("issuerCiks", List.of("8880009")), "application/json", EDITOR, 200),
                new Call("POST", "/board-files?dryRun=true", "record,companyCik,seasonStart\nseason," + cik + ",2024-06-01\n", "text/csv",
                        EDITOR, 200));
        return RoleMatrix.tests(calls);
    }

    @Test
    void refusesExpiredTamperedAndForeignTokens() {
        RoleMatrix.assertRefusesBadTokens("/companies");
    }

    @Test
    void leavesHealthMetricsAndOpenApiOpen() {
        RoleMatrix.assertOperationsOpen();
    }
}
