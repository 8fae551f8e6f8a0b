package org.governance.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;

import org.governance.gateway.support.Data;
import org.governance.gateway.support.StubServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

@QuarkusTest
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor"})
@WithTestResource(StubServices.class)
class FailuresAndLimitsTest {

    private static final String COMPANY_QUERY = """
            { company(cik: "1107843") { name board(asOf: "2024-09-30") { person { fullName } }
                insiderTransactions(quarter: "2024-Q3") { accession } } }""";

    @BeforeEach
    void qualys() {
        StubServices.reset();
        StubServices.directors().stubFor(get(urlPathEqualTo("/companies/1107843")).willReturn(okJson(StubServices.json(
                Data.company(Data.QUALYS, "QUALYS, INC.", "QLYS")))));
        StubServices.directors().stubFor(get(urlPathEqualTo("/directors")).willReturn(okJson(StubServices.page(List.of(
                Data.seat(11, Data.QUALYS, Data.person(1, "Ada Example", "0009990011", null), true))))));
    }

    @AfterEach
    void closeCircuits() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void aServiceDownGivesTheOthersDataAndAnErrorNamingIt() {
        StubServices.filings().stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        GraphQL.post(COMPANY_QUERY)
                .body("data.company.name", equalTo("QUALYS, INC."))
                .body("data.company.board.person.fullName", contains("Ada Example"))
                .body("data.company.insiderTransactions", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].path", contains("company", "insiderTransactions"))
                .body("errors[0].message", containsString("filings-service is unavailable"))
                .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"))
                .body("errors[0].extensions.service", equalTo("filings-service"))
                .body("errors[0].extensions", not(org.hamcrest.Matchers.hasKey("exception")));
        // reads are retried before giving up
        assertThat(StubServices.requests(StubServices.filings())).isEqualTo(3);
    }

    /** An ID beyond 2^63 was folded onto a small id (18446744073709551617 answered as director 1). */
    @Test
    void refusesAnIdThatIsNotAPositive64BitNumberWithoutCallingAService() {
        for (String query : List.of("{ director(id: \"18446744073709551617\") { id } }", "{ person(id: \"-1\") { id } }",
                "{ committee(id: \"9223372036854775808\") { id } }",
                "mutation { endMembership(committeeId: \"10\", membershipId: \"1e3\", to: \"2024-06-30\") { id } }")) {
            GraphQL.post(query)
                    .body("errors", hasSize(1))
                    .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                    .body("errors[0].message", containsString("is not an id"));
        }
        assertThat(StubServices.requests(StubServices.directors()) + StubServices.requests(StubServices.committees())).isZero();
    }

    @Test
    void theMetricsCountEveryRequestToEachServiceRetriesIncluded() {
        StubServices.filings().stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        double directorsBefore = requestsCounted("directors-service");
        double filingsBefore = requestsCounted("filings-service");

        GraphQL.post(COMPANY_QUERY).body("data.company.name", equalTo("QUALYS, INC."));

        assertThat(requestsCounted("directors-service") - directorsBefore)
                .isEqualTo((double) StubServices.requests(StubServices.directors()));
        assertThat(requestsCounted("filings-service") - filingsBefore).isEqualTo(3.0);
    }

    /** gateway_downstream_requests_total of the service, as Prometheus reads it. */
    private static double requestsCounted(String service) {
        String metrics = io.restassured.RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("gateway_downstream_requests_total{")
                && line.contains("service=\"" + service + "\"")).mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void aSlowServiceTimesOutIntoAnErrorNotAHang() {
        StubServices.filings().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(20000)));
        Instant start = Instant.now();
        GraphQL.post(COMPANY_QUERY)
                .body("data.company.name", equalTo("QUALYS, INC."))
                .body("errors[0].path", contains("company", "insiderTransactions"))
                .body("errors[0].message", containsString("timed out"))
                .body("errors[0].extensions.service", equalTo("filings-service"));
        // a hang would wait out the 20 s delay (three times, with retries); the timeouts answer well before
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aServiceErrorOfItsOwnIsNotABare500() {
        StubServices.filings().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500).withBody("boom")));
        GraphQL.post(COMPANY_QUERY)
                .body("data.company.name", equalTo("QUALYS, INC."))
                .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"))
                .body("errors[0].message", containsString("filings-service failed (HTTP 500)"))
                .body("errors[0].message", not(containsString("boom")));
    }

    @Test
    void aServices404BecomesANotFoundError() {
        StubServices.directors().stubFor(get(urlPathEqualTo("/companies/42")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody(StubServices.problem(404, "No company with CIK 0000000042", null))));
        GraphQL.post("{ company(cik: \"42\") { name } }")
                .body("data.company", nullValue())
                .body("errors[0].message", equalTo("No company with CIK 0000000042"))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.service", equalTo("directors-service"))
                .body("errors[0].path", contains("company"));
    }

    @Test
    void refusesAQueryDeeperThanTheLimit() {
        GraphQL.post("""
                { companies { items { board { company { board { company { board { company { board { company { board { company { board { company { board { company { name } } } } } } } } } } } } } } } } }""")
                .body("data", nullValue())
                .body("errors[0].message", containsString("maximum query depth exceeded"));
        assertThat(StubServices.requests(StubServices.directors())).isZero();
    }

    @Test
    void refusesAQueryWithMoreFieldsThanTheLimit() {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 410; i++) {
            fields.append(" f").append(i).append(": name");
        }
        GraphQL.post("{ company(cik: \"1107843\") {" + fields + " } }")
                .body("data", nullValue())
                .body("errors[0].message", containsString("maximum query complexity exceeded"));
        assertThat(StubServices.requests(StubServices.directors())).isZero();
    }

    @Test
    void refusesAPageLargerThanTheLimit() {
        GraphQL.post("{ companies(page: { size: 501 }) { totalItems } }")
                .body("data.companies", nullValue())
                .body("errors[0].message", equalTo("Page size 501 is outside the limit: the maximum page size is 500"))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
        assertThat(StubServices.requests(StubServices.directors())).isZero();
    }

    /** The introspection query that GraphiQL and code generators send (types nested nine deep). */
    private static final String INTROSPECTION = """
            query IntrospectionQuery {
              __schema {
                queryType { name } mutationType { name } subscriptionType { name }
                types { ...FullType }
                directives { name description locations args { ...InputValue } }
              }
            }
            fragment FullType on __Type {
              kind name description specifiedByURL
              fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
              inputFields { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type {
              kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
              ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
            }""";

    @Test
    void answersTheIntrospectionQueryThatToolsSend() {
        GraphQL.post(INTROSPECTION)
                .body("errors", nullValue())
                .body("data.__schema.queryType.name", equalTo("Query"))
                .body("data.__schema.types.name", hasItems("Company", "Director", "Transaction"));
    }

    @Test
    void boundsTheRootFieldsOfAQueryBeforeAnyCall() {
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 130; i++) {
            aliases.append(" c").append(i).append(": companies(search: \"q").append(i).append("\") { totalItems }");
        }
        GraphQL.post(aliases.append(" }").toString())
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("130 fields at its root"));
        assertThat(StubServices.requests(StubServices.directors())).isZero();
        // through fragments too
        GraphQL.post("{ ...A } fragment A on Query { " + aliases.substring(1, aliases.length() - 2) + " }")
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
        assertThat(StubServices.requests(StubServices.directors())).isZero();
    }

    @Test
    void badInputIsInvalidInputDecidedBeforeAnyCallNeverAnOutage() {
        for (String query : List.of("{ companies(search: \"qua\\u0000lys\") { totalItems } }",
                "{ people(name: \"john\\u0000\") { fullName } }",
                "{ company(cik: \"1107843\") { board(asOf: \"+999999999-12-31\") { id } } }",
                "{ company(cik: \"1107843\") { board(asOf: \"-999999999-01-01\") { id } } }")) {
            GraphQL.post(query)
                    .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                    .body("errors[0].message", not(containsString("Exception")))
                    .body("errors[0].message", not(containsString("SERVICE_UNAVAILABLE")));
        }
        given().contentType(ContentType.JSON).body(Map.of("query", "query($s: String) { companies(search: $s) { totalItems } }",
                "variables", Map.of("s", "q".repeat(5 * 1024 * 1024)))).post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.field", equalTo("search"));
        assertThat(StubServices.requests(StubServices.directors())).isLessThanOrEqualTo(2);
        assertThat(StubServices.requests(StubServices.directors(), "/directors")).isZero();
    }

    @Test
    void errorsNameTheArgumentAndTheRuleNeverAClass() {
        for (String query : List.of("{ company(cik: \"1107843\") { board(asOf: \"2024-02-30\") { id } } }",
                "{ companies(page: 5) { totalItems } }", "{ companies(page: { size: \"many\" }) { totalItems } }",
                "{ companies(page: { size: 99999999999 }) { totalItems } }")) {
            GraphQL.post(query)
                    .body("errors", not(hasSize(0)))
                    .body("errors[0].message", not(containsString("java.")))
                    .body("errors[0].message", not(containsString("org.governance")))
                    .body("errors[0].message", not(containsString("Exception")))
                    .body("data.companies", nullValue());
        }
        // a page size beyond Int was read as 1,215,752,191
        GraphQL.post("{ companies(page: { size: 99999999999 }) { totalItems } }")
                .body("errors[0].message", equalTo("page.size 99999999999 is outside the limit: the maximum page size is 500"));
        given().contentType(ContentType.JSON).body(Map.of("query", "query($p: PageInput) { companies(page: $p) { totalItems } }",
                "variables", Map.of("p", Map.of("size", 99999999999L)))).post("/graphql").then()
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("99999999999"));
        GraphQL.post("{ company(cik: \"1107843\") { board(asOf: \"2024-02-30\") { id } } }")
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.field", equalTo("asOf"))
                .body("errors[0].message", equalTo("asOf '2024-02-30' is not a day: expected YYYY-MM-DD, a date the calendar has"));
        assertThat(StubServices.requests(StubServices.directors(), "/companies")).isZero();
    }

    @Test
    void theTraceOfARequestGoesOnToEveryServiceAndIntoItsErrors() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        StubServices.directors().stubFor(get(urlPathEqualTo("/companies/404")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody(StubServices.problem(404, "No company with CIK 404", null))));
        given().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").contentType(ContentType.JSON)
                .body(Map.of("query", "{ company(cik: \"404\") { name } }")).post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.traceId", equalTo(traceId));
        StubServices.directors().verify(WireMock.getRequestedFor(urlPathEqualTo("/companies/404"))
                .withHeader("traceparent", WireMock.matching("00-" + traceId + "-[0-9a-f]{16}-0[01]")));
    }
}
