package org.governance.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.WireMock;

import org.governance.gateway.support.Data;
import org.governance.gateway.support.StubServices;
import org.governance.wire.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Every query and mutation: no token 401, a token without governance-reader 403, the right role answers; a
 * mutation with a reader's token is refused. The caller's token is what the services receive.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@WithTestResource(StubServices.class)
class RoleMatrixTest {

    private static final String READER = "governance-reader";
    private static final String EDITOR = "governance-editor";

    private static final List<String> QUERIES = List.of(
            "{ company(cik: \"1107843\") { name } }",
            "{ companies { totalItems } }",
            "{ person(id: 1) { fullName } }",
            "{ people(name: \"ada\") { id } }",
            "{ director(id: 11) { id } }",
            "{ committee(id: 10) { name } }",
            "{ filing(accession: \"0009999999-13-000001\") { accession } }",
            "{ insiderTransactions { totalItems } }",
            "{ committeeMemberTrades(company: \"1107843\", quarter: \"2024-Q3\") { companyCik } }");

    private static final List<String> MUTATIONS = List.of(
            "mutation { createCompany(input: { cik: \"1107843\", name: \"Q\" }) { cik } }",
            "mutation { updateCompany(cik: \"1107843\", input: { name: \"Q\" }) { cik } }",
            "mutation { createPerson(input: { fullName: \"Ada\" }) { id } }",
            "mutation { updatePerson(id: 1, input: { fullName: \"Ada\" }) { id } }",
            "mutation { createDirector(input: { companyCik: \"1107843\", personId: 1, independent: true, firstElected: \"2020-01-01\" }) { id } }",
            "mutation { updateDirector(id: 11, input: { leftOn: \"2024-06-30\" }) { id } }",
            "mutation { createCommittee(input: { companyCik: \"1107843\", type: AUDIT, name: \"Audit\" }) { id } }",
            "mutation { updateCommittee(id: 10, input: { companyCik: \"1107843\", type: AUDIT, name: \"Audit\" }) { id } }",
            "mutation { addMembership(committeeId: 10, input: { directorId: 11, role: \"MEMBER\", from: \"2024-01-01\" }) { id } }",
            "mutation { endMembership(committeeId: 10, membershipId: 5, to: \"2024-06-30\") { id } }");

    @BeforeEach
    void servicesAnswer() {
        StubServices.reset();
        var company = StubServices.json(Data.company(Data.QUALYS, "QUALYS, INC.", "QLYS"));
        var person = StubServices.json(Data.person(1, "Ada Example", "0009990011", null));
        var seat = StubServices.json(Data.seat(11, Data.QUALYS, Data.person(1, "Ada Example", "0009990011", null), true));
        var committee = StubServices.json(Data.committee(10, Data.QUALYS, "AUDIT", "Audit Committee"));
        var membership = StubServices.json(Data.membership(5, 10, "AUDIT", "Audit Committee", 11, "MEMBER", "2024-01-01", null));
        var empty = StubServices.page(List.of());
        StubServices.directors().stubFor(WireMock.any(urlPathMatching("/companies(/.*)?")).willReturn(okJson(company)));
        StubServices.directors().stubFor(get(urlPathEqualTo("/companies")).willReturn(okJson(empty)));
        StubServices.directors().stubFor(WireMock.any(urlPathMatching("/people(/.*)?")).willReturn(okJson(person)));
        StubServices.directors().stubFor(get(urlPathEqualTo("/people")).willReturn(okJson(empty)));
        StubServices.directors().stubFor(WireMock.any(urlPathMatching("/directors(/.*)?")).willReturn(okJson(seat)));
        StubServices.directors().stubFor(get(urlPathEqualTo("/directors")).willReturn(okJson(empty)));
        StubServices.committees().stubFor(WireMock.any(urlPathMatching("/committees(/.*)?")).willReturn(okJson(committee)));
        StubServices.committees().stubFor(WireMock.post(urlPathMatching("/committees/10/members.*")).willReturn(okJson(membership)));
        StubServices.committees().stubFor(get(urlPathMatching("/companies/.*/memberships")).willReturn(okJson(empty)));
        StubServices.filings().stubFor(get(urlPathMatching("/filings/.*")).willReturn(okJson(StubServices.json(Map.of("accession", "0009999999-13-000001")))));
        StubServices.filings().stubFor(get(urlPathEqualTo("/transactions")).willReturn(okJson(empty)));
    }

    private static Response post(String query, String token) {
        var request = given().contentType(ContentType.JSON).body(Map.of("query", query));
        return (token == null ? request : request.auth().oauth2(token)).post("/graphql");
    }

    @TestFactory
    Stream<DynamicTest> everyQueryNeedsATokenWithTheReaderRole() {
        return QUERIES.stream().map(query -> DynamicTest.dynamicTest(query, () -> {
            assertThat(post(query, null).statusCode()).as("without a token").isEqualTo(401);
            assertThat(post(query, Tokens.withRoles("filings-ingest")).statusCode()).as("without governance-reader").isEqualTo(403);
            Response answer = post(query, Tokens.withRoles(READER));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.jsonPath().getList("errors")).as("errors of " + query).isNull();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyMutationNeedsTheEditorRole() {
        return MUTATIONS.stream().map(mutation -> DynamicTest.dynamicTest(mutation, () -> {
            assertThat(post(mutation, null).statusCode()).as("without a token").isEqualTo(401);
            JsonPath refused = post(mutation, Tokens.withRoles(READER)).then().statusCode(200).extract().jsonPath();
            assertThat(refused.getList("errors")).as("a reader's mutation is refused").hasSize(1);
            assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("forbidden");
            Response answer = post(mutation, Tokens.withRoles(READER, EDITOR));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.jsonPath().getList("errors")).as("errors of " + mutation).isNull();
        }));
    }

    @Test
    void theServicesReceiveTheCallersToken() {
        String token = Tokens.withRoles(READER);
        post("{ company(cik: \"1107843\") { name } }", token).then().statusCode(200);
        StubServices.directors().verify(getRequestedFor(urlPathEqualTo("/companies/1107843"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token)));
    }

    @Test
    void refusesExpiredTamperedAndForeignTokens() {
        String query = "{ companies { totalItems } }";
        assertThat(post(query, Tokens.expired(READER)).statusCode()).isEqualTo(401);
        assertThat(post(query, Tokens.tampered(READER)).statusCode()).isEqualTo(401);
        assertThat(post(query, Tokens.forAnotherAudience(READER)).statusCode()).isEqualTo(401);
        assertThat(given().get("/q/health/ready").statusCode()).isEqualTo(200);
        assertThat(given().get("/graphql/schema.graphql").statusCode()).isEqualTo(401);
    }
}
