package org.governance.directors.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor"})
class DirectorResourceTest {

    @Test
    void createsAndReadsASeatWithEveryField() {
        String cik = Fixtures.company(true);
        long person = Fixtures.person(Map.of("fullName", "Philippa Example", "edgarName", "Example Philippa"));
        long id = given().contentType(ContentType.JSON)
                .body(Fixtures.seat(cik, person, "2012-09-27",
                        "independent", false, "independenceDeterminedOn", "2013-04-01", "directorClass", "III",
                        "termExpiresYear", 2015, "roles", List.of("CHAIR"), "executiveTitle", "Chief Executive Officer",
                        "auditCommitteeFinancialExpert", false, "illustrative", true, "source", "illustrative demo"))
                .post("/directors").then().statusCode(201)
                .body("companyCik", equalTo(Fixtures.padded(cik)))
                .body("companyName", equalTo("Example Holdings " + cik))
                .body("person.fullName", equalTo("Philippa Example"))
                .body("person.edgarName", equalTo("Example Philippa"))
                .extract().jsonPath().getLong("id");

        given().get("/directors/{id}", id).then().statusCode(200)
                .body("independent", equalTo(false))
                .body("independenceDeterminedOn", equalTo("2013-04-01"))
                .body("directorClass", equalTo("III"))
                .body("termExpiresYear", equalTo(2015))
                .body("firstElected", equalTo("2012-09-27"))
                .body("leftOn", nullValue())
                .body("roles", contains("CHAIR"))
                .body("executiveTitle", equalTo("Chief Executive Officer"))
                .body("illustrative", equalTo(true));
    }

    @Test
    void answersTheBoardAsOfADayWithBothEndDaysIncluded() {
        String cik = Fixtures.company(false);
        long stays = Fixtures.director(Fixtures.seat(cik, Fixtures.person("Long Server"), "2010-01-01"));
        long leaves = Fixtures.director(Fixtures.seat(cik, Fixtures.person("Early Leaver"), "2010-01-01", "leftOn", "2024-07-01"));
        long joins = Fixtures.director(Fixtures.seat(cik, Fixtures.person("Late Joiner"), "2024-09-30"));

        assertThat(boardIds(cik, "2009-12-31")).isEmpty();
        assertThat(boardIds(cik, "2024-07-01")).containsExactlyInAnyOrder(stays, leaves);
        assertThat(boardIds(cik, "2024-07-02")).containsExactly(stays);
        assertThat(boardIds(cik, "2024-09-29")).containsExactly(stays);
        assertThat(boardIds(cik, "2024-09-30")).containsExactlyInAnyOrder(stays, joins);
        // without asOf the board is today's
        assertThat(boardIds(cik, null)).containsExactlyInAnyOrder(stays, joins);
        // ordered by name
        given().queryParam("asOf", "2024-07-01").get("/companies/{cik}/directors", cik).then()
                .body("items.person.fullName", contains("Early Leaver", "Long Server"));
    }

    @Test
    void listsEveryBoardAPersonSitsOrSatOn() {
        long person = Fixtures.person("Multi Board Member");
        String first = Fixtures.company(false);
        String second = Fixtures.company(true);
        long old = Fixtures.director(Fixtures.seat(first, person, "2015-05-01", "leftOn", "2019-05-01"));
        long current = Fixtures.director(Fixtures.seat(second, person, "2020-06-01", "directorClass", "I"));
        given().get("/people/{id}/directors", person).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", contains((int) current, (int) old))
                .body("items.companyCik", contains(Fixtures.padded(second), Fixtures.padded(first)));
        given().get("/people/{id}/directors", 987654321).then().statusCode(404);
    }

    @Test
    void fetchesManySeatsByIdInOneCall() {
        String cik = Fixtures.company(false);
        long a = Fixtures.director(Fixtures.seat(cik, Fixtures.person("Batch Alpha"), "2020-01-01"));
        long b = Fixtures.director(Fixtures.seat(cik, Fixtures.person("Batch Beta"), "2020-01-01"));
        given().queryParam("ids", a + "," + b + ",987654321").get("/directors").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", contains((int) a, (int) b));
        given().queryParam("ids", a + ",x").get("/directors").then().statusCode(400)
                .body("type", equalTo("urn:governance:problem:invalid-parameter"))
                .body("errors[0].field", equalTo("ids"));
        String tooMany = String.join(",", java.util.Collections.nCopies(501, "1"));
        given().queryParam("ids", tooMany).get("/directors").then().statusCode(400)
                .body("errors[0].field", equalTo("ids"));
    }

    @Test
    void patchesSomeFieldsAndKeepsTheRest() {
        String cik = Fixtures.company(true);
        long id = Fixtures.director(Fixtures.seat(cik, Fixtures.person("Patched Director"), "2019-06-07",
                "directorClass", "I", "termExpiresYear", 2022, "executiveTitle", "President"));
        given().contentType("application/merge-patch+json")
                .body(Map.of("leftOn", "2024-06-30", "termExpiresYear", 2025))
                .patch("/directors/{id}", id).then().statusCode(200)
                .body("leftOn", equalTo("2024-06-30"))
                .body("termExpiresYear", equalTo(2025))
                .body("directorClass", equalTo("I"))
                .body("executiveTitle", equalTo("President"));
        // null clears a field
        given().contentType(ContentType.JSON).body("{\"executiveTitle\": null}")
                .patch("/directors/{id}", id).then().statusCode(200).body("executiveTitle", nullValue());
        given().get("/directors/{id}", id).then().body("leftOn", equalTo("2024-06-30")).body("executiveTitle", nullValue());
    }

    @Test
    void replacesAndDeletesASeat() {
        String cik = Fixtures.company(false);
        long person = Fixtures.person("Replaced Director");
        long id = Fixtures.director(Fixtures.seat(cik, person, "2018-01-01"));
        given().contentType(ContentType.JSON)
                .body(Fixtures.seat(cik, person, "2018-02-01", "independent", false, "leftOn", "2020-01-01"))
                .put("/directors/{id}", id).then().statusCode(200)
                .body("firstElected", equalTo("2018-02-01")).body("independent", equalTo(false));
        given().contentType(ContentType.JSON)
                .body(Fixtures.seat(Fixtures.company(false), person, "2018-02-01"))
                .put("/directors/{id}", id).then().statusCode(422).body("errors[0].field", equalTo("companyCik"));
        given().delete("/directors/{id}", id).then().statusCode(204);
        given().get("/directors/{id}", id).then().statusCode(404);
        given().delete("/directors/{id}", id).then().statusCode(404);
    }

    @Test
    void refusesUnknownCompanyOrPersonInTheBody() {
        String cik = Fixtures.company(false);
        long person = Fixtures.person("Orphan Seat");
        given().contentType(ContentType.JSON).body(Fixtures.seat("999999998", person, "2020-01-01"))
                .post("/directors").then().statusCode(422)
                .body("type", equalTo("urn:governance:problem:unknown-reference"))
                .body("errors[0].field", equalTo("companyCik"));
        given().contentType(ContentType.JSON).body(Fixtures.seat(cik, 987654321L, "2020-01-01"))
                .post("/directors").then().statusCode(422)
                .body("type", equalTo("urn:governance:problem:unknown-reference"))
                .body("errors[0].field", equalTo("personId"));
        given().get("/companies/{cik}/directors", "999999998").then().statusCode(404);
        assertThat(Fixtures.boardSize(cik, "2021-01-01")).isZero();
        given().get("/people/{id}/directors", person).then().body("items", empty());
    }

    @Test
    void refusesLeavingBeforeBeingElected() {
        String cik = Fixtures.company(false);
        given().contentType(ContentType.JSON)
                .body(Fixtures.seat(cik, Fixtures.person("Time Traveller"), "2020-06-01", "leftOn", "2019-01-01"))
                .post("/directors").then().statusCode(422)
                .body("type", equalTo("urn:governance:problem:rule-violated"))
                .body("errors[0].field", equalTo("leftOn"))
                .body("detail", containsString("before the date first elected"));
        assertThat(Fixtures.boardSize(cik, "2019-06-01")).isZero();
        assertThat(Fixtures.boardSize(cik, "2020-06-01")).isZero();
    }

    @Test
    void refusesAClassOnAnUnclassifiedBoardAndAClassOutsideOneToThree() {
        String unclassified = Fixtures.company(false);
        long person = Fixtures.person("Classless Director");
        given().contentType(ContentType.JSON)
                .body(Fixtures.seat(unclassified, person, "2020-01-01", "directorClass", "I"))
                .post("/directors").then().statusCode(422)
                .body("type", equalTo("urn:governance:problem:rule-violated"))
                .body("errors[0].field", equalTo("directorClass"));
        String classified = Fixtures.company(true);
        given().contentType(ContentType.JSON)
                .body(Fixtures.seat(classified, person, "2020-01-01", "directorClass", "IV"))
                .post("/directors").then().statusCode(400)
                .body("type", equalTo("urn:governance:problem:malformed-body"))
                .body("errors[0].field", equalTo("directorClass"))
                .body("detail", containsString("I, II, III"));
        assertThat(Fixtures.boardSize(unclassified, "2021-01-01")).isZero();
        assertThat(Fixtures.boardSize(classified, "2021-01-01")).isZero();
    }

    @Test
    void refusesASecondSeatForTheSamePersonOnTheSameBoard() {
        String cik = Fixtures.company(false);
        long person = Fixtures.person("Double Seated");
        long first = Fixtures.director(Fixtures.seat(cik, person, "2018-01-01"));
        given().contentType(ContentType.JSON).body(Fixtures.seat(cik, person, "2022-01-01"))
                .post("/directors").then().statusCode(409)
                .body("type", equalTo("urn:governance:problem:conflict"))
                .body("errors[0].field", equalTo("personId"));
        assertThat(boardIds(cik, "2023-01-01")).containsExactly(first);
        // after the first seat ends, a new seat may start
        given().contentType("application/merge-patch+json").body(Map.of("leftOn", "2021-12-31"))
                .patch("/directors/{id}", first).then().statusCode(200);
        long second = Fixtures.director(Fixtures.seat(cik, person, "2022-01-01"));
        assertThat(boardIds(cik, "2023-01-01")).containsExactly(second);
    }

    @Test
    void refusesTwoChairsOnOneDay() {
        String cik = Fixtures.company(false);
        Fixtures.director(Fixtures.seat(cik, Fixtures.person("Outgoing Chair"), "2010-01-01",
                "roles", List.of("CHAIR"), "leftOn", "2020-06-30"));
        long rival = Fixtures.person("Rival Chair");
        given().contentType(ContentType.JSON)
                .body(Fixtures.seat(cik, rival, "2020-06-30", "roles", List.of("CHAIR")))
                .post("/directors").then().statusCode(409)
                .body("type", equalTo("urn:governance:problem:conflict"))
                .body("errors[0].field", equalTo("roles"))
                .body("detail", containsString("Outgoing Chair"));
        given().get("/people/{id}/directors", rival).then().body("items", empty());
        // the day after the outgoing Chair left, a new Chair may start
        Fixtures.director(Fixtures.seat(cik, rival, "2020-07-01", "roles", List.of("CHAIR")));
    }

    @Test
    void storesOnlyOneOfTwoChairsPostedAtTheSameTime() throws Exception {
        String cik = Fixtures.company(false);
        List<Map<String, Object>> bodies = List.of(
                Fixtures.seat(cik, Fixtures.person("Racing Chair One"), "2021-01-01", "roles", List.of("CHAIR")),
                Fixtures.seat(cik, Fixtures.person("Racing Chair Two"), "2021-01-01", "roles", List.of("CHAIR")));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> posts = new ArrayList<>();
        for (Map<String, Object> body : bodies) {
            posts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return given().contentType(ContentType.JSON).body(body).post("/directors").statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = posts.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(statuses).containsExactly(201, 409);
        given().queryParam("asOf", "2021-01-01").get("/companies/{cik}/directors", cik)
                .then().body("items.roles.flatten()", contains("CHAIR"));
    }

    @Test
    void refusesALeadIndependentDirectorWhoIsNotIndependent() {
        String cik = Fixtures.company(false);
        given().contentType(ContentType.JSON)
                .body(Fixtures.seat(cik, Fixtures.person("Dependent Lead"), "2020-01-01", "independent", false,
                        "roles", List.of("LEAD_INDEPENDENT_DIRECTOR")))
                .post("/directors").then().statusCode(422).body("errors[0].field", equalTo("roles"));
        assertThat(Fixtures.boardSize(cik, "2021-01-01")).isZero();
    }

    @Test
    void refusesMalformedDatesEnumsAndMissingFields() {
        String cik = Fixtures.company(false);
        long person = Fixtures.person("Malformed Input");
        given().contentType(ContentType.JSON).body(Fixtures.seat(cik, person, "2020-02-30"))
                .post("/directors").then().statusCode(400)
                .body("type", equalTo("urn:governance:problem:malformed-body"))
                .body("errors[0].field", equalTo("firstElected"));
        given().contentType(ContentType.JSON).body(Fixtures.seat(cik, person, "2020-01-01", "leftOn", "31/12/2024"))
                .post("/directors").then().statusCode(400).body("errors[0].field", equalTo("leftOn"));
        given().contentType(ContentType.JSON).body(Fixtures.seat(cik, person, "2020-01-01", "roles", List.of("CHAIR", "KING")))
                .post("/directors").then().statusCode(400)
                .body("errors[0].field", equalTo("roles[1]"))
                .body("errors[0].message", containsString("LEAD_INDEPENDENT_DIRECTOR"));
        given().contentType(ContentType.JSON).body(Map.of("companyCik", cik))
                .post("/directors").then().statusCode(400)
                .body("type", equalTo("urn:governance:problem:validation-failed"))
                .body("errors.field", containsInAnyOrder("firstElected", "independent", "personId"));
        given().contentType(ContentType.JSON).body(Fixtures.seat(cik, person, "2020-01-01", "termExpiresYear", 99999))
                .post("/directors").then().statusCode(400).body("errors[0].field", equalTo("termExpiresYear"));
        given().contentType(ContentType.JSON).post("/directors").then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        given().queryParam("asOf", "2024-13-01").get("/companies/{cik}/directors", cik).then().statusCode(400)
                .body("type", equalTo("urn:governance:problem:invalid-parameter"))
                .body("errors[0].field", equalTo("asOf"));
        given().contentType("application/merge-patch+json").body("[1, 2]")
                .patch("/directors/{id}", 1).then().statusCode(400);
        assertThat(Fixtures.boardSize(cik, "2021-01-01")).isZero();
    }

    @Test
    void aRefusedPatchChangesNothing() {
        String cik = Fixtures.company(false);
        long id = Fixtures.director(Fixtures.seat(cik, Fixtures.person("Unpatchable"), "2020-01-01"));
        given().contentType("application/merge-patch+json").body(Map.of("leftOn", "2019-12-31"))
                .patch("/directors/{id}", id).then().statusCode(422).body("errors[0].field", equalTo("leftOn"));
        given().contentType("application/merge-patch+json").body(Map.of("independent", "maybe"))
                .patch("/directors/{id}", id).then().statusCode(400).body("errors[0].field", equalTo("independent"));
        given().contentType("application/merge-patch+json").body(Map.of("nickname", "x"))
                .patch("/directors/{id}", id).then().statusCode(400).body("errors[0].field", equalTo("nickname"));
        given().get("/directors/{id}", id).then().body("leftOn", nullValue()).body("independent", equalTo(true));
        given().contentType("application/merge-patch+json").body(Map.of("leftOn", "2021-01-01"))
                .patch("/directors/{id}", 987654321).then().statusCode(404);
    }

    @Test
    void searchesTheSeatsOfManyCompaniesAndPeopleOnADayInOneCall() {
        String first = Fixtures.company(false);
        String second = Fixtures.company(false);
        long shared = Fixtures.person("Shared Across Boards");
        long a = Fixtures.director(Fixtures.seat(first, shared, "2015-01-01"));
        long b = Fixtures.director(Fixtures.seat(second, shared, "2015-01-01", "leftOn", "2020-12-31"));
        long c = Fixtures.director(Fixtures.seat(second, Fixtures.person("Only Second Board"), "2019-01-01"));
        given().queryParam("companyCiks", first + "," + second).queryParam("asOf", "2020-12-31").get("/directors").then()
                .statusCode(200).body("items.id", containsInAnyOrder((int) a, (int) b, (int) c));
        given().queryParam("companyCiks", first + "," + second).queryParam("asOf", "2021-01-01").get("/directors").then()
                .body("items.id", containsInAnyOrder((int) a, (int) c));
        given().queryParam("personIds", String.valueOf(shared)).get("/directors").then()
                .body("items.id", containsInAnyOrder((int) a, (int) b));
        given().queryParam("personIds", String.valueOf(shared)).queryParam("companyCiks", second).get("/directors").then()
                .body("items.id", contains((int) b));
        given().queryParam("companyCiks", "x").get("/directors").then().statusCode(400).body("errors[0].field", equalTo("companyCiks"));
        given().queryParam("asOf", "2020-02-30").get("/directors").then().statusCode(400).body("errors[0].field", equalTo("asOf"));
    }

    private static List<Long> boardIds(String cik, String day) {
        var request = given();
        if (day != null) {
            request.queryParam("asOf", day);
        }
        return request.get("/companies/{cik}/directors", cik).then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
    }
}
