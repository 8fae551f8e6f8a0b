package org.governance.gateway;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Posts a GraphQL query to the gateway the way a client does. */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse post(String query) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query)).post("/graphql").then().statusCode(200);
    }

    /** Read JSON numbers as BigDecimal so that tests see the exact decimals. */
    public static void exactDecimals() {
        io.restassured.RestAssured.config = io.restassured.RestAssured.config().jsonConfig(
                io.restassured.config.JsonConfig.jsonConfig().numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }
}
