package org.governance.committees.security;

import static org.governance.wire.Roles.EDITOR;
import static org.governance.wire.Roles.READER;
import static org.governance.wire.testing.RoleMatrix.create;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.governance.committees.support.FakeDirectorsService;
import org.governance.wire.testing.RoleMatrix;
import org.governance.wire.testing.RoleMatrix.Call;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Every endpoint: no token 401, a token without the role 403, the right role 2xx. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeDirectorsService.class)
class RoleMatrixTest {

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
                Call.json("GET", "/committees", null, READER, 200),
                Call.json("POST", "/committees", Map.of("companyCik", cik, "type", "COMPENSATION", "name", "Compensation Committee"), EDITOR, 201),
                Call.json("GET", "/committees/" + committee, null, READER, 200),
                Call.json("PUT", "/committees/" + committee, committeeBody, EDITOR, 200),
                Call.json("DELETE", "/committees/" + deletable, null, EDITOR, 204),
                Call.json("GET", members + "?asOf=2024-01-01", null, READER, 200),
                Call.json("POST", members, Map.of("directorId", other, "role", "MEMBER", "from", "2020-01-01"), EDITOR, 201),
                Call.json("GET", members + "/" + membership, null, READER, 200),
                Call.json("PUT", members + "/" + membership, Map.of("directorId", seat, "role", "CHAIR", "from", "2019-06-01"), EDITOR, 200),
                Call.json("POST", members + "/" + membership + "/end", Map.of("to", "2030-12-31"), EDITOR, 200),
                Call.json("DELETE", members + "/" + deletableMembership, null, EDITOR, 204),
                Call.json("GET", "/companies/" + cik + "/committees", null, READER, 200),
                Call.json("GET", "/companies/" + cik + "/memberships", null, READER, 200),
                Call.json("GET", "/companies/" + cik + "/committees/compliance", null, READER, 200),
                Call.json("GET", "/memberships?directorIds=" + seat, null, READER, 200),
                Call.json("GET", "/committee-compliance?ciks=" + cik, null, READER, 200),
                Call.json("POST", "/companies/" + FakeDirectorsService.company() + "/committee-seasons?dryRun=true", Map.of("seasonStart",
                        "2024-06-01", "committees", List.of(Map.of("type", "AUDIT", "name", "Audit Committee")), "memberships", List.of()),
                        EDITOR, 200));
        return RoleMatrix.tests(calls);
    }

    @Test
    void refusesExpiredTamperedAndForeignTokens() {
        RoleMatrix.assertRefusesBadTokens("/committees");
    }
}
