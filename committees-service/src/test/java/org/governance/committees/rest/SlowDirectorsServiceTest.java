package org.governance.committees.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.governance.committees.support.FakeDirectorsService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * A slow directors-service must not take committees-service's database connections with it: membership writes wait
 * on it with no transaction open, so reads keep answering. The pool here is two connections, and a request that
 * waits more than 300 ms for one fails: a write that held its connection while it waited on directors-service
 * (500 ms a try, three tries) would make the read below fail.
 */
@QuarkusTest
@TestProfile(SlowDirectorsServiceTest.SmallPool.class)
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor"})
@WithTestResource(FakeDirectorsService.class)
class SlowDirectorsServiceTest {

    public static class SmallPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "2", "quarkus.datasource.jdbc.acquisition-timeout", "PT0.3S");
        }
    }

    @AfterEach
    void directorsServiceRecovers() {
        FakeDirectorsService.serveRegisteredData();
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void readsAnswerWhileMembershipWritesWaitOnASlowDirectorsService() throws Exception {
        String cik = FakeDirectorsService.company();
        long committee = Api.committee(cik, "AUDIT");
        List<Long> seats = IntStream.range(0, 6).mapToObj(i -> FakeDirectorsService.seat(cik, "Waiting Director " + i)).toList();
        FakeDirectorsService.server().stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
        FakeDirectorsService.server().resetRequests();

        ExecutorService writers = Executors.newFixedThreadPool(seats.size());
        try {
            List<CompletableFuture<Integer>> writes = seats.stream().map(seat -> CompletableFuture.supplyAsync(() -> given()
                    .contentType(ContentType.JSON).body(Api.membership(seat, "MEMBER", "2020-01-01", null))
                    .post("/committees/{id}/members", committee).statusCode(), writers)).toList();
            // every write has reached directors-service and waits on it
            Instant deadline = Instant.now().plusSeconds(5);
            while (FakeDirectorsService.server().countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount() < seats.size()
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(10);
            }

            for (int i = 0; i < 3; i++) {
                given().get("/committees/{id}/members?asOf=2024-01-01", committee).then().statusCode(200);
                given().get("/committees/{id}", committee).then().statusCode(200);
            }
            assertThat(writes).as("the writes were still waiting on directors-service during the reads")
                    .anyMatch(write -> !write.isDone());

            for (CompletableFuture<Integer> write : writes) {
                assertThat(write.get()).isEqualTo(503);
            }
        } finally {
            writers.shutdownNow();
        }
        FakeDirectorsService.serveRegisteredData();
        assertThat(Api.membershipCount(committee)).isZero();
    }
}
