package org.governance.directors.rest;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.restassured.http.ContentType;

/** Creates companies, people and seats through the public API; every test gets its own company. */
final class Fixtures {

    private static final AtomicLong NEXT_CIK = new AtomicLong(1_000_000L);

    private Fixtures() {
    }

    /** A CIK no other test uses, as the short form a client would type. */
    static String newCik() {
        return String.valueOf(NEXT_CIK.incrementAndGet());
    }

    static String padded(String cik) {
        return "0".repeat(10 - cik.length()) + cik;
    }

    static String company(boolean classified) {
        String cik = newCik();
        given().contentType(ContentType.JSON)
                .body(Map.of("cik", cik, "name", "Example Holdings " + cik, "ticker", "EX" + cik.substring(cik.length() - 3),
                        "exchange", "NASDAQ", "fiscalYearEnd", "12-31", "classifiedBoard", classified))
                .post("/companies").then().statusCode(201);
        return cik;
    }

    static long person(String fullName) {
        return person(Map.of("fullName", fullName));
    }

    static long person(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/people").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A seat body: an independent director elected on the given day, with any fields overridden. */
    static Map<String, Object> seat(String cik, long personId, String firstElected, Object... overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("companyCik", cik);
        body.put("personId", personId);
        body.put("independent", true);
        body.put("firstElected", firstElected);
        for (int i = 0; i < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return body;
    }

    static long director(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/directors").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** How many seats the company has on the day: what a refused write must leave unchanged. */
    static int boardSize(String cik, String day) {
        return given().queryParam("asOf", day).get("/companies/{cik}/directors", cik)
                .then().statusCode(200).extract().jsonPath().getInt("totalItems");
    }
}
