package org.governance.wire.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What every service's operations endpoints answer: readiness with the database, Prometheus metrics, the OpenAPI
 * document with the problem schema, and a problem body for an unknown path. A service's {@code @QuarkusTest}
 * extends it and names a list to call and the paths its OpenAPI document must hold.
 */
public abstract class OperationsEndpointsContract {

    /** A list endpoint to call once, so that the HTTP metrics have a request to count. */
    protected abstract String aListPath();

    /** Paths the OpenAPI document must hold. */
    protected abstract List<String> documentedPaths();

    /** A GET path with an id parameter named {@code id}, a CIK list named {@code ciks} or a date named {@code asOf}. */
    protected abstract String aTypedPath();

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void publishesPrometheusMetricsAndTheOpenApiDocument() {
        given().get(aListPath());
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_count"));
        var document = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas.Problem.properties", hasKey("errors"));
        for (String path : documentedPaths()) {
            document.body("paths", hasKey(path));
        }
    }

    /** Ids are integers, dates are dates and lists are arrays in the document, not strings. */
    @Test
    void documentsTypedParameters() {
        String parameters = "paths.'" + aTypedPath() + "'.get.parameters";
        var document = given().accept("application/json").get("/q/openapi").then().statusCode(200);
        String numbers = parameters + ".findAll { it.name in ['id', 'membershipId', 'page', 'size'] }.schema.type";
        document.body(numbers, everyItem(equalTo("integer"))).body(numbers, hasItem("integer"));
        document.body("components.schemas.LocalDate.format", equalTo("date"));
        document.body("components.schemas.CikList.type", equalTo("array"));
        document.body("components.schemas.Cik.pattern", equalTo("\\d{1,10}"));
    }

    @Test
    void answersAnUnknownPathWithAProblem() {
        given().get("/no/such/path").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
