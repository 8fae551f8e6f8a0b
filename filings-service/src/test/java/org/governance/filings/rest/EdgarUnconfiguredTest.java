package org.governance.filings.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.governance.filings.repository.Jdbc;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Without filings.edgar.user-agent (the local platform's configuration) EDGAR is not read, and the follower is off. */
@QuarkusTest
@TestSecurity(user = "tester", roles = {"governance-reader", "filings-ingest"})
class EdgarUnconfiguredTest {

    @Inject
    Jdbc jdbc;

    @Test
    void aBackfillWithoutAUserAgentIsRefusedNamingTheKeyToSet() {
        int before = given().get("/edgar/jobs").then().statusCode(200).extract().path("size()");
        given().contentType("application/json").body(Map.of("from", "2024-07-01", "to", "2024-07-05")).post("/edgar/backfills")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:governance:problem:rule-violated"))
                .body("detail", containsString("filings.edgar.user-agent"))
                .body("detail", containsString("FILINGS_EDGAR_USER_AGENT"));
        assertThat((int) given().get("/edgar/jobs").then().extract().path("size()")).isEqualTo(before);
    }

    @Test
    void anInterruptedJobIsNotResumedWithoutAUserAgent() {
        UUID id = UUID.randomUUID();
        jdbc.update("an interrupted job", "INSERT INTO edgar_job (id, kind, state, from_day, to_day, next_day, error)"
                + " VALUES (?, 'BACKFILL', 'INTERRUPTED', DATE '2024-07-01', DATE '2024-07-02', DATE '2024-07-02', 'EDGAR answered 503')", id);
        given().post("/edgar/jobs/{id}/resume", id).then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("filings.edgar.user-agent"));
        given().get("/edgar/jobs/{id}", id).then().statusCode(200).body("state", equalTo("INTERRUPTED"))
                .body("nextDay", equalTo("2024-07-02")).body("error", equalTo("EDGAR answered 503"));
    }

    @Test
    void theFollowerIsOffAndSaysWhereItWouldRead() {
        given().get("/edgar/follow").then().statusCode(200)
                .body("enabled", equalTo(false))
                .body("baseUrl", equalTo("https://www.sec.gov"))
                .body("cursor", nullValue())
                .body("lastPollAt", nullValue());
    }
}
