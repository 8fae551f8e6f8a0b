package org.governance.filings.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
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
        given().get("/transactions");
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/transactions"))
                .body("components.schemas.Problem.properties", org.hamcrest.Matchers.hasKey("errors"));
    }

    @Test
    void answersAnUnknownPathWithAProblem() {
        given().get("/no/such/path").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
