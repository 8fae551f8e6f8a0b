package org.governance.directors.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.governance.directors.support.FakeFilingsService;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Directors in the insiders' filings become seats of origin FILINGS; what a person curated is never changed. */
@QuarkusTest
@QuarkusTestResource(FakeFilingsService.class)
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor"})
class AdoptionTest {

    private static final AtomicLong NEXT_ISSUER = new AtomicLong(7_700_000);
    private static final AtomicLong NEXT_OWNER = new AtomicLong(7_800_000);

    private static String issuer() {
        return String.format("%010d", NEXT_ISSUER.incrementAndGet());
    }

    private static String owner() {
        return String.format("%010d", NEXT_OWNER.incrementAndGet());
    }

    private static ValidatableResponse adopt(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/adoptions").then();
    }

    private static ValidatableResponse board(String cik, String asOf) {
        return given().queryParam("asOf", asOf).get("/companies/{cik}/directors", cik).then().statusCode(200);
    }

    @Test
    void directorsInTheFilingsBecomeSeatsOfAnIssuerNotYetKnown() {
        String cik = issuer();
        String ada = owner();
        String bob = owner();
        String cfo = owner();
        FakeFilingsService.reports(cik, "EXAMPLE ROBOTICS, INC.", List.of(
                FakeFilingsService.insider(ada, "EXAMPLE ADA M", true, null, "2019-06-10", "2024-08-02", false),
                FakeFilingsService.insider(bob, "Example Bob", true, "Chief Executive Officer", "2016-03-01", "2023-05-15", true),
                FakeFilingsService.insider(cfo, "Example Carl", false, "Chief Financial Officer", "2020-01-02", "2024-08-02", false)));

        adopt(Map.of("issuerCiks", List.of(cik))).statusCode(200)
                .body("issuers", equalTo(1))
                .body("companiesCreated", equalTo(1))
                .body("peopleCreated", equalTo(2))
                .body("seatsCreated", equalTo(2))
                .body("insidersNotDirectors", equalTo(1))
                .body("problems", hasSize(0));

        given().get("/companies/{cik}", cik).then().statusCode(200).body("name", equalTo("EXAMPLE ROBOTICS, INC."))
                .body("source", containsString("adopted from the filings"));
        board(cik, "2022-01-01").body("items.person.fullName", contains("Ada M Example", "Bob Example"))
                .body("items.person.edgarName", contains("EXAMPLE ADA M", "Example Bob"))
                .body("items.person.cik", contains(ada, bob))
                .body("items.origin", contains("FILINGS", "FILINGS"))
                .body("items.independent", contains(nullValue(), nullValue()))
                .body("items[0].firstElected", equalTo("2019-06-10")).body("items[0].leftOn", nullValue())
                .body("items[1].firstElected", equalTo("2016-03-01")).body("items[1].leftOn", equalTo("2023-05-15"))
                .body("items[1].executiveTitle", equalTo("Chief Executive Officer"))
                .body("items[1].source", startsWith("SEC Forms 3, 4 and 5: first filed 2016-03-01"));
        // the exit mark ends Bob's seat on his last filing; the CFO, not a director, has no seat
        board(cik, "2024-09-30").body("items.person.fullName", contains("Ada M Example"));
        // the board check says what no one has determined
        given().queryParam("asOf", "2022-01-01").get("/companies/{cik}/board/compliance", cik).then().statusCode(200)
                .body("checks.find { it.id == 'BOARD_MAJORITY_INDEPENDENT' }.status", equalTo("FAIL"))
                .body("checks.find { it.id == 'BOARD_MAJORITY_INDEPENDENT' }.facts",
                        equalTo("0 of 2 directors independent (2 adopted from the filings, independence not determined)"));
    }

    @Test
    void adoptingTwiceChangesNothing() {
        String cik = issuer();
        FakeFilingsService.reports(cik, "TWICE CORP", List.of(
                FakeFilingsService.insider(owner(), "Twice Tara", true, null, "2020-02-03", "2024-05-06", false),
                FakeFilingsService.insider(owner(), "Twice Tom", true, "President", "2021-02-03", "2024-05-06", false)));
        adopt(Map.of("issuerCiks", List.of(cik))).statusCode(200).body("seatsCreated", equalTo(2));
        String before = board(cik, "2024-06-01").extract().asString();

        adopt(Map.of("issuerCiks", List.of(cik))).statusCode(200)
                .body("companiesCreated", equalTo(0)).body("peopleCreated", equalTo(0))
                .body("seatsCreated", equalTo(0)).body("seatsUpdated", equalTo(0)).body("seatsUnchanged", equalTo(2));
        assertThat(board(cik, "2024-06-01").extract().asString()).isEqualTo(before);
        given().queryParam("name", "Twice Tara").get("/people").then().body("totalItems", equalTo(1));
    }

    @Test
    void aLaterExitInTheFilingsEndsTheAdoptedSeat() {
        String cik = issuer();
        String dana = owner();
        FakeFilingsService.reports(cik, "LATER EXIT CORP", List.of(
                FakeFilingsService.insider(dana, "Later Dana", true, null, "2018-04-02", "2023-11-01", false)));
        adopt(Map.of("issuerCiks", List.of(cik))).statusCode(200).body("seatsCreated", equalTo(1));
        FakeFilingsService.reports(cik, "LATER EXIT CORP", List.of(
                FakeFilingsService.insider(dana, "Later Dana", true, null, "2018-04-02", "2024-07-12", true)));

        adopt(Map.of("issuerCiks", List.of(cik))).statusCode(200).body("seatsUpdated", equalTo(1)).body("seatsCreated", equalTo(0));
        board(cik, "2024-07-12").body("items.person.fullName", contains("Dana Later")).body("items[0].leftOn", equalTo("2024-07-12"));
        board(cik, "2024-07-13").body("items", hasSize(0));
    }

    @Test
    void whatAPersonCuratedIsNeverOverwritten() {
        String cik = Fixtures.company(true);
        String padded = Fixtures.padded(cik);
        String erin = owner();
        long erinId = Fixtures.person(Map.of("fullName", "Erin Curated", "cik", erin));
        long erinSeat = Fixtures.director(Fixtures.seat(cik, erinId, "2015-06-01", "independent", true, "directorClass", "II",
                "termExpiresYear", 2026, "roles", List.of("LEAD_INDEPENDENT_DIRECTOR"), "source", "proxy statement 2024"));
        // a curated director without a CIK, whom the filings name as EDGAR writes names
        long finnId = Fixtures.person(Map.of("fullName", "Finn Q. Curated"));
        Fixtures.director(Fixtures.seat(cik, finnId, "2017-06-01", "independent", false, "directorClass", "I", "termExpiresYear", 2025));
        String before = given().get("/directors/{id}", erinSeat).then().extract().asString();
        FakeFilingsService.reports(padded, "CURATED HOLDINGS", List.of(
                FakeFilingsService.insider(erin, "Curated Erin", true, "Chair", "2012-01-01", "2024-08-01", true),
                FakeFilingsService.insider(owner(), "Curated Finn Q", true, null, "2017-07-01", "2024-08-01", false)));

        adopt(Map.of("issuerCiks", List.of(cik))).statusCode(200)
                .body("curatedSeatsKept", equalTo(2)).body("peopleMatchedByName", equalTo(1))
                .body("seatsCreated", equalTo(0)).body("peopleCreated", equalTo(0)).body("companiesCreated", equalTo(0));

        assertThat(given().get("/directors/{id}", erinSeat).then().extract().asString()).isEqualTo(before);
        board(cik, "2024-09-30").body("items.person.fullName", containsInAnyOrder("Erin Curated", "Finn Q. Curated"))
                .body("items.origin", contains("CURATED", "CURATED"));
        given().queryParam("name", "Finn Curated").get("/people").then().body("totalItems", equalTo(1));
    }

    @Test
    void aSeatAPersonEditsIsCuratedFromThenOn() {
        String cik = issuer();
        String gus = owner();
        FakeFilingsService.reports(cik, "EDITED CORP", List.of(
                FakeFilingsService.insider(gus, "Edited Gus", true, null, "2019-01-07", "2024-02-02", false)));
        adopt(Map.of("issuerCiks", List.of(cik))).statusCode(200).body("seatsCreated", equalTo(1));
        long seat = board(cik, "2024-01-01").extract().jsonPath().getLong("items[0].id");

        // curating means saying whether the director is independent
        given().contentType("application/merge-patch+json").body(Map.of("executiveTitle", "Chair of the Board")).patch("/directors/{id}", seat)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("independent"));
        given().get("/directors/{id}", seat).then().body("origin", equalTo("FILINGS")).body("executiveTitle", nullValue());
        given().contentType("application/merge-patch+json").body(Map.of("independent", true, "independenceDeterminedOn", "2024-03-01"))
                .patch("/directors/{id}", seat).then().statusCode(200).body("origin", equalTo("CURATED")).body("independent", equalTo(true));
        FakeFilingsService.reports(cik, "EDITED CORP", List.of(
                FakeFilingsService.insider(gus, "Edited Gus", true, null, "2019-01-07", "2024-09-02", true)));

        adopt(Map.of("issuerCiks", List.of(cik))).statusCode(200).body("curatedSeatsKept", equalTo(1)).body("seatsUpdated", equalTo(0));
        given().get("/directors/{id}", seat).then().body("leftOn", nullValue()).body("independent", equalTo(true));
    }

    @Test
    void allIssuersOfAPeriod() {
        String first = issuer();
        String second = issuer();
        FakeFilingsService.issuers(List.of(first, second));
        FakeFilingsService.reports(first, "FIRST ALL CORP", List.of(
                FakeFilingsService.insider(owner(), "Allfirst Hana", true, null, "2024-07-01", "2024-07-03", false)));
        FakeFilingsService.reports(second, "SECOND ALL CORP", List.of(
                FakeFilingsService.insider(owner(), "Allsecond Ivan", true, null, "2024-08-01", "2024-08-03", false)));

        adopt(Map.of("all", true, "filedFrom", "2024-07-01", "filedTo", "2024-09-30")).statusCode(200)
                .body("issuers", equalTo(2)).body("companiesCreated", equalTo(2)).body("seatsCreated", equalTo(2));
        FakeFilingsService.server().verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/issuers"))
                .withQueryParam("filedFrom", com.github.tomakehurst.wiremock.client.WireMock.equalTo("2024-07-01"))
                .withQueryParam("filedTo", com.github.tomakehurst.wiremock.client.WireMock.equalTo("2024-09-30")));
        board(second, "2024-09-01").body("items.person.fullName", contains("Ivan Allsecond"));
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() {
        String cik = issuer();
        FakeFilingsService.reports(cik, "NEVER CORP", List.of(
                FakeFilingsService.insider(owner(), "Never Nora", true, null, "2020-01-01", "2020-02-01", false)));
        problem(adopt(Map.of()), 400, "all");
        problem(adopt(Map.of("issuerCiks", List.of(cik), "all", true)), 400, "issuerCiks");
        problem(adopt(Map.of("issuerCiks", List.of("12x"))), 400, "issuerCiks[0]");
        problem(adopt(Map.of("issuerCiks", List.of(cik), "filedFrom", "2024-01-01")), 400, "filedFrom");
        problem(adopt(Map.of("all", true, "filedFrom", "2024-09-01", "filedTo", "2024-01-01")), 400, "filedTo");
        problem(adopt(Map.of("all", true, "asOf", "2024-02-30")), 400, "asOf");
        problem(adopt(Map.of("issuerCiks", List.of(cik), "everything", true)), 400, "everything");
        given().get("/companies/{cik}", cik).then().statusCode(404);
    }

    @Test
    void filingsServiceFailingIsA503AndStoresNothing() {
        String cik = issuer();
        FakeFilingsService.fails(cik);
        adopt(Map.of("issuerCiks", List.of(cik))).statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo("urn:governance:problem:dependency-unavailable"))
                .body("detail", containsString("filings-service"))
                .body("detail", org.hamcrest.Matchers.not(containsString("Exception")));
        given().get("/companies/{cik}", cik).then().statusCode(404);
    }

    private static void problem(ValidatableResponse response, int status, String field) {
        response.statusCode(status).contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }
}
