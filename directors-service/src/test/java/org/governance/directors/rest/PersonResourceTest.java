package org.governance.directors.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor"})
class PersonResourceTest {

    private static long wilson;

    @BeforeEach
    void createJohnNWilson() {
        if (wilson == 0) {
            wilson = Fixtures.person(Map.of("fullName", "John N. Wilson", "edgarName", "Wilson John N",
                    "source", "Form 4 of QUALYS, INC., 08/07/2013"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "Wilson John N", "John N. Wilson", "john wilson", "WILSON, JOHN", "j. wilson", "wilson" })
    void findsAPersonByNameInAnyOrderCaseAndPunctuation(String name) {
        given().queryParam("name", name).get("/people").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem((int) wilson))
                .body("items.fullName", org.hamcrest.Matchers.hasItem("John N. Wilson"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "John Wilsonn", "Jon Wilson", "Wilson Mary", "John X. Wilson" })
    void doesNotFindAPersonByAnotherName(String name) {
        given().queryParam("name", name).get("/people").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) wilson)));
    }

    @Test
    void matchesAccentsAsPlainLetters() {
        long id = Fixtures.person("Zoë Ångström-Müller");
        given().queryParam("name", "zoe angstrom muller").get("/people").then().statusCode(200)
                .body("items.id", contains((int) id));
    }

    @Test
    void createsReadsReplacesAndDeletesAPerson() {
        String cik = Fixtures.newCik();
        var created = given().contentType(ContentType.JSON)
                .body(Map.of("fullName", "Ada Q. Example", "cik", cik, "illustrative", true))
                .post("/people").then().statusCode(201)
                .body("cik", equalTo(Fixtures.padded(cik)))
                .body("illustrative", equalTo(true))
                .extract();
        long id = created.jsonPath().getLong("id");
        org.assertj.core.api.Assertions.assertThat(created.header("Location")).endsWith("/people/" + id);

        given().get("/people/{id}", id).then().statusCode(200).body("fullName", equalTo("Ada Q. Example"));
        given().contentType(ContentType.JSON)
                .body(Map.of("fullName", "Ada Quinn Example", "cik", cik, "edgarName", "Example Ada Quinn"))
                .put("/people/{id}", id).then().statusCode(200)
                .body("fullName", equalTo("Ada Quinn Example")).body("illustrative", equalTo(false));
        // the search follows the new names
        given().queryParam("name", "example quinn").get("/people").then().body("items.id", contains((int) id));

        given().delete("/people/{id}", id).then().statusCode(204);
        given().get("/people/{id}", id).then().statusCode(404).body("type", equalTo("urn:governance:problem:not-found"));
    }

    @Test
    void findsManyPeopleByCikInOneCall() {
        String first = Fixtures.newCik();
        String second = Fixtures.newCik();
        long a = Fixtures.person(Map.of("fullName", "First Cik Holder", "cik", first));
        long b = Fixtures.person(Map.of("fullName", "Second Cik Holder", "cik", Fixtures.padded(second)));
        given().queryParam("ciks", first + "," + Fixtures.padded(second) + ",9999999999").get("/people")
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder((int) a, (int) b))
                .body("items.cik", containsInAnyOrder(Fixtures.padded(first), Fixtures.padded(second)));
        // filters combine
        given().queryParam("ciks", first + "," + second).queryParam("name", "second holder").get("/people")
                .then().statusCode(200).body("items.id", contains((int) b));
    }

    @Test
    void refusesADuplicateCikAndKeepsTheFirstHolder() {
        String cik = Fixtures.newCik();
        long holder = Fixtures.person(Map.of("fullName", "Rightful Holder", "cik", cik));
        given().contentType(ContentType.JSON).body(Map.of("fullName", "Second Claimant", "cik", Fixtures.padded(cik)))
                .post("/people").then().statusCode(409)
                .body("type", equalTo("urn:governance:problem:conflict"))
                .body("errors[0].field", equalTo("cik"));
        given().queryParam("name", "second claimant").get("/people").then().body("items", empty());
        given().queryParam("ciks", cik).get("/people").then().body("items.id", contains((int) holder));
    }

    @Test
    void refusesBadPersonInput() {
        given().contentType(ContentType.JSON).body(Map.of("fullName", "", "cik", "12a"))
                .post("/people").then().statusCode(400)
                .body("type", equalTo("urn:governance:problem:validation-failed"))
                .body("errors.field", containsInAnyOrder("fullName", "cik"));
        given().queryParam("ciks", "1,abc").get("/people").then().statusCode(400)
                .body("type", equalTo("urn:governance:problem:invalid-parameter"))
                .body("errors[0].field", equalTo("ciks"));
        given().queryParam("name", "...").get("/people").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        given().get("/people/{id}", "abc").then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().get("/people/{id}", "987654321").then().statusCode(404);
        given().queryParam("name", "   ").get("/people").then().statusCode(200);
    }

    @Test
    void refusesToDeleteAPersonWithSeats() {
        long id = Fixtures.person("Seated Elsewhere");
        Fixtures.director(Fixtures.seat(Fixtures.company(false), id, "2021-01-01"));
        given().delete("/people/{id}", id).then().statusCode(409).body("type", equalTo("urn:governance:problem:conflict"));
        given().get("/people/{id}", id).then().statusCode(200);
    }
}
