package org.governance.committees.rest;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;

/** Creates committees and memberships through the public API. */
final class Api {

    /** The bearer token the helpers send; null in classes that run under @TestSecurity. */
    static String token;

    private Api() {
    }

    private static io.restassured.specification.RequestSpecification request() {
        return token == null ? given() : given().auth().oauth2(token);
    }

    static long committee(String cik, String type, Object... overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("companyCik", cik);
        body.put("type", type);
        body.put("name", type.charAt(0) + type.substring(1).toLowerCase().replace('_', ' ') + " Committee");
        for (int i = 0; i < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return request().contentType(ContentType.JSON).body(body).post("/committees")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> membership(long directorId, String role, String from, String to, Object... overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("directorId", directorId);
        body.put("role", role);
        body.put("from", from);
        body.put("to", to);
        for (int i = 0; i < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return body;
    }

    static long member(long committeeId, long directorId, String role, String from, String to, Object... overrides) {
        return request().contentType(ContentType.JSON).body(membership(directorId, role, from, to, overrides))
                .post("/committees/{id}/members", committeeId)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Every membership of the committee, whenever held: what a refused write must leave unchanged. */
    static int membershipCount(long committeeId) {
        return request().queryParam("from", "1900-01-01").queryParam("to", "9999-12-31")
                .get("/committees/{id}/members", committeeId)
                .then().statusCode(200).extract().jsonPath().getInt("totalItems");
    }
}
