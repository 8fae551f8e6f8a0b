package org.governance.committees.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.governance.committees.support.FakeDirectorsService;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(FakeDirectorsService.class)
class OperationsEndpointsTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void publishesPrometheusMetricsAndTheOpenApiDocument() {
        given().get("/committees");
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_count"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/companies/{cik}/memberships"))
                .body("paths", org.hamcrest.Matchers.hasKey("/committees/{id}/members/{membershipId}/end"));
    }
}
