package org.governance.directors.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor"})
class CompanyResourceTest {

    @Test
    void createsReadsReplacesAndDeletesACompany() {
        String cik = Fixtures.newCik();
        given().contentType(ContentType.JSON)
                .body(Map.of("cik", cik, "name", "QUALYS, INC.", "ticker", "qlys", "exchange", "NASDAQ",
                        "fiscalYearEnd", "12-31", "classifiedBoard", true, "source", "10-K FY2012 cover"))
                .post("/companies")
                .then().statusCode(201)
                .header("Location", endsWith("/companies/" + Fixtures.padded(cik)))
                .body("cik", equalTo(Fixtures.padded(cik)))
                .body("ticker", equalTo("QLYS"))
                .body("classifiedBoard", equalTo(true));

        given().get("/companies/{cik}", cik).then().statusCode(200)
                .body("name", equalTo("QUALYS, INC."))
                .body("fiscalYearEnd", equalTo("12-31"))
                .body("source", equalTo("10-K FY2012 cover"));
        // the padded form names the same company
        given().get("/companies/{cik}", Fixtures.padded(cik)).then().statusCode(200).body("name", equalTo("QUALYS, INC."));

        given().contentType(ContentType.JSON)
                .body(Map.of("cik", Fixtures.padded(cik), "name", "Qualys, Inc.", "ticker", "QLYS", "fiscalYearEnd", "12-31",
                        "classifiedBoard", true))
                .put("/companies/{cik}", cik)
                .then().statusCode(200).body("name", equalTo("Qualys, Inc.")).body("exchange", nullValue());
        given().get("/companies/{cik}", cik).then().body("name", equalTo("Qualys, Inc."));

        given().delete("/companies/{cik}", cik).then().statusCode(204);
        given().get("/companies/{cik}", cik).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:governance:problem:not-found"))
                .body("detail", containsString(Fixtures.padded(cik)));
    }

    @Test
    void searchesByPartOfTheNameOrByTicker() {
        String cik = Fixtures.newCik();
        given().contentType(ContentType.JSON)
                .body(Map.of("cik", cik, "name", "Zyxwv Searchable Software Corp", "ticker", "ZYXW"))
                .post("/companies").then().statusCode(201);

        given().queryParam("search", "searchable software").get("/companies")
                .then().statusCode(200).body("items.cik", contains(Fixtures.padded(cik))).body("totalItems", equalTo(1));
        given().queryParam("search", "zyxw").get("/companies")
                .then().statusCode(200).body("items.cik", contains(Fixtures.padded(cik)));
        given().queryParam("search", "no such company anywhere").get("/companies")
                .then().statusCode(200).body("totalItems", equalTo(0));
        // a % in the text is matched literally, not as a wildcard
        given().queryParam("search", "%").get("/companies")
                .then().statusCode(200).body("items.cik", not(hasItem(Fixtures.padded(cik))));
    }

    @Test
    void pagesWithAStableOrder() {
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("cik", Fixtures.newCik(), "name", "Pagination Probe Ltd"))
                    .post("/companies").then().statusCode(201);
        }
        var first = given().queryParam("search", "pagination probe").queryParam("size", 2).get("/companies")
                .then().statusCode(200).body("totalItems", equalTo(3)).body("totalPages", equalTo(2))
                .extract().jsonPath().<String>getList("items.cik");
        var second = given().queryParam("search", "pagination probe").queryParam("size", 2).queryParam("page", 1)
                .get("/companies").then().statusCode(200).extract().jsonPath().<String>getList("items.cik");
        org.assertj.core.api.Assertions.assertThat(first).hasSize(2).isSorted().doesNotContainAnyElementsOf(second);
        org.assertj.core.api.Assertions.assertThat(second).hasSize(1);
    }

    @Test
    void refusesMalformedAndOverlongCiksOnThePath() {
        given().get("/companies/{cik}", "12345678901").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:governance:problem:invalid-parameter"))
                .body("errors[0].field", equalTo("cik"))
                .body("detail", containsString("1 to 10 digits"));
        given().get("/companies/{cik}", "12ab").then().statusCode(400).body("errors[0].field", equalTo("cik"));
        given().get("/companies/{cik}", "42").then().statusCode(404)
                .body("type", equalTo("urn:governance:problem:not-found"));
    }

    @Test
    void refusesABadCompanyBodyAndStoresNothing() {
        String cik = Fixtures.newCik();
        given().contentType(ContentType.JSON)
                .body(Map.of("cik", "123456789012", "name", "Too Long Inc"))
                .post("/companies").then().statusCode(400)
                .body("type", equalTo("urn:governance:problem:validation-failed"))
                .body("errors.field", contains("cik"));
        given().contentType(ContentType.JSON)
                .body(Map.of("cik", cik, "name", "Bad Year End Inc", "fiscalYearEnd", "13-01"))
                .post("/companies").then().statusCode(400)
                .body("errors.field", contains("fiscalYearEnd"));
        given().contentType(ContentType.JSON)
                .body(Map.of("cik", cik, "name", " "))
                .post("/companies").then().statusCode(400)
                .body("errors.field", contains("name"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "No Key Inc"))
                .post("/companies").then().statusCode(400)
                .body("errors.field", contains("cik"));
        given().contentType(ContentType.JSON)
                .body(Map.of("cik", cik, "name", "Typo Inc", "clasifiedBoard", true))
                .post("/companies").then().statusCode(400)
                .body("type", equalTo("urn:governance:problem:malformed-body"))
                .body("errors.field", contains("clasifiedBoard"));
        given().contentType(ContentType.JSON).body("{\"cik\": \"" + cik + "\", \"name\": ")
                .post("/companies").then().statusCode(400)
                .body("type", equalTo("urn:governance:problem:malformed-body"))
                .body("detail", containsString("line 1"));

        given().get("/companies/{cik}", cik).then().statusCode(404);
    }

    @Test
    void refusesADuplicateCik() {
        String cik = Fixtures.company(false);
        given().contentType(ContentType.JSON)
                .body(Map.of("cik", Fixtures.padded(cik), "name", "Impostor Inc"))
                .post("/companies").then().statusCode(409)
                .body("type", equalTo("urn:governance:problem:conflict"))
                .body("errors[0].field", equalTo("cik"));
        given().get("/companies/{cik}", cik).then().body("name", equalTo("Example Holdings " + cik));
    }

    @Test
    void refusesToChangeTheKeyOrToDeleteACompanyWithSeats() {
        String cik = Fixtures.company(false);
        given().contentType(ContentType.JSON)
                .body(Map.of("cik", Fixtures.newCik(), "name", "Renamed"))
                .put("/companies/{cik}", cik).then().statusCode(422)
                .body("type", equalTo("urn:governance:problem:rule-violated"))
                .body("errors[0].field", equalTo("cik"));
        given().contentType(ContentType.JSON).body(Map.of("name", "Nobody"))
                .put("/companies/{cik}", "999999999").then().statusCode(404);

        Fixtures.director(Fixtures.seat(cik, Fixtures.person("Seated Person"), "2020-01-01"));
        given().delete("/companies/{cik}", cik).then().statusCode(409)
                .body("type", equalTo("urn:governance:problem:conflict"));
        given().get("/companies/{cik}", cik).then().statusCode(200).body("name", equalTo("Example Holdings " + cik));
    }

    @Test
    void refusesToDeclassifyABoardWhoseDirectorsHaveClasses() {
        String cik = Fixtures.company(true);
        Fixtures.director(Fixtures.seat(cik, Fixtures.person("Classed Director"), "2020-01-01", "directorClass", "II"));
        given().contentType(ContentType.JSON).body(Map.of("name", "Declassified", "classifiedBoard", false))
                .put("/companies/{cik}", cik).then().statusCode(422)
                .body("errors[0].field", equalTo("classifiedBoard"));
        given().get("/companies/{cik}", cik).then().body("classifiedBoard", equalTo(true));
    }

    @Test
    void findsManyCompaniesByCikInOneCall() {
        String first = Fixtures.company(false);
        String second = Fixtures.company(true);
        given().queryParam("ciks", first + "," + Fixtures.padded(second) + ",999999995").get("/companies").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.cik", org.hamcrest.Matchers.containsInAnyOrder(Fixtures.padded(first), Fixtures.padded(second)));
        given().queryParam("ciks", "1,abc").get("/companies").then().statusCode(400).body("errors[0].field", equalTo("ciks"));
    }

    @Test
    void refusesPagingOutsideItsBounds() {
        given().queryParam("size", 501).get("/companies").then().statusCode(400)
                .body("type", equalTo("urn:governance:problem:invalid-parameter"))
                .body("errors[0].field", equalTo("size"));
        given().queryParam("size", 0).get("/companies").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().queryParam("page", -1).get("/companies").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().queryParam("page", "first").get("/companies").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().queryParam("size", 500).get("/companies").then().statusCode(200).body("size", equalTo(500));
    }
}
