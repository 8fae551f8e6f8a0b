package org.governance.committees.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.http.Fault;

import org.governance.committees.support.FakeDirectorsService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

@QuarkusTest
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor"})
@WithTestResource(FakeDirectorsService.class)
class DirectorsServiceOutageTest {

    @AfterEach
    void directorsServiceRecovers() {
        FakeDirectorsService.serveRegisteredData();
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void aMembershipWriteAnswers503WithRetryAfterAndStoresNothingWhenDirectorsServiceIsDown() {
        String cik = FakeDirectorsService.company();
        long committee = Api.committee(cik, "AUDIT");
        long seat = FakeDirectorsService.seat(cik, "Unreachable Director");
        FakeDirectorsService.server().stubFor(any(anyUrl()).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        FakeDirectorsService.server().resetRequests();

        given().contentType(ContentType.JSON).body(Api.membership(seat, "MEMBER", "2020-01-01", null))
                .post("/committees/{id}/members", committee).then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:governance:problem:dependency-unavailable"))
                .body("detail", containsString("directors-service"));
        // the call was retried before giving up
        assertThat(FakeDirectorsService.server().countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount())
                .isEqualTo(3);

        FakeDirectorsService.serveRegisteredData();
        assertThat(Api.membershipCount(committee)).isZero();
    }

    @Test
    void aSlowDirectorsServiceTimesOutInto503() {
        String cik = FakeDirectorsService.company();
        long committee = Api.committee(cik, "AUDIT");
        long seat = FakeDirectorsService.seat(cik, "Slow Director");
        FakeDirectorsService.server().stubFor(any(anyUrl()).atPriority(1)
                .willReturn(aResponse().withStatus(200).withFixedDelay(3000)));

        Instant start = Instant.now();
        given().contentType(ContentType.JSON).body(Api.membership(seat, "MEMBER", "2020-01-01", null))
                .post("/committees/{id}/members", committee).then().statusCode(503)
                .body("type", equalTo("urn:governance:problem:dependency-unavailable"));
        // three attempts of at most the configured 500 ms each, not three times the 3 s delay
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMillis(2900));

        FakeDirectorsService.serveRegisteredData();
        assertThat(Api.membershipCount(committee)).isZero();
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndClosesWhenDirectorsServiceIsBack() {
        String cik = FakeDirectorsService.company();
        long committee = Api.committee(cik, "AUDIT");
        long seat = FakeDirectorsService.seat(cik, "Flaky Director");
        FakeDirectorsService.server().stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < 4; i++) {
            given().contentType(ContentType.JSON).body(Api.membership(seat, "MEMBER", "2020-01-01", null))
                    .post("/committees/{id}/members", committee).then().statusCode(503);
        }
        long callsWhileFailing = FakeDirectorsService.server().countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount();

        // open circuit: refused at once, without calling directors-service
        given().contentType(ContentType.JSON).body(Api.membership(seat, "MEMBER", "2020-01-01", null))
                .post("/committees/{id}/members", committee).then().statusCode(503);
        assertThat(FakeDirectorsService.server().countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount())
                .isEqualTo(callsWhileFailing);

        // directors-service is back: once the circuit's delay has passed, writes go through again
        FakeDirectorsService.serveRegisteredData();
        Instant deadline = Instant.now().plusSeconds(10);
        int status;
        do {
            status = given().contentType(ContentType.JSON).body(Api.membership(seat, "MEMBER", "2020-01-01", null))
                    .post("/committees/{id}/members", committee).statusCode();
        } while (status == 503 && Instant.now().isBefore(deadline));
        assertThat(status).isEqualTo(201);
        assertThat(Api.membershipCount(committee)).isEqualTo(1);
    }
}
