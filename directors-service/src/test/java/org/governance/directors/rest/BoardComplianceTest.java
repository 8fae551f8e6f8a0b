package org.governance.directors.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor"})
class BoardComplianceTest {

    private static final String DAY = "2024-09-30";

    /** A classified board of seven shaped by the seed guidelines: 3/2/2 classes, an executive Chair and a Lead Independent Director. */
    private static String compliantBoard() {
        String cik = Fixtures.company(true);
        seat(cik, "Chair Executive", false, "I", 2025, "CHAIR");
        seat(cik, "Lead Independent", true, "I", 2025, "LEAD_INDEPENDENT_DIRECTOR");
        seat(cik, "Independent Three", true, "I", 2025);
        seat(cik, "Independent Four", true, "II", 2026);
        seat(cik, "Officer Director", false, "II", 2026);
        seat(cik, "Independent Six", true, "III", 2027);
        seat(cik, "Independent Seven", true, "III", 2027);
        return cik;
    }

    private static long seat(String cik, String name, boolean independent, String directorClass, int expires, String... roles) {
        return Fixtures.director(Fixtures.seat(cik, Fixtures.person(name), "2019-06-07", "independent", independent,
                "directorClass", directorClass, "termExpiresYear", expires, "roles", List.of(roles)));
    }

    private static ValidatableResponse report(String cik) {
        return given().queryParam("asOf", DAY).get("/companies/{cik}/board/compliance", cik).then().statusCode(200);
    }

    @Test
    void aBoardShapedByTheGuidelinesPassesEveryCheck() {
        String cik = compliantBoard();
        report(cik)
                .body("companyCik", equalTo(Fixtures.padded(cik)))
                .body("asOf", equalTo(DAY))
                .body("passed", equalTo(true))
                .body("checks.id", org.hamcrest.Matchers.contains("BOARD_MAJORITY_INDEPENDENT",
                        "CLASSIFIED_BOARD_STAGGERED", "SINGLE_CHAIR", "LEAD_INDEPENDENT_DIRECTOR"))
                .body("checks.find { it.id == 'BOARD_MAJORITY_INDEPENDENT' }.status", equalTo("PASS"))
                .body("checks.find { it.id == 'BOARD_MAJORITY_INDEPENDENT' }.facts", equalTo("5 of 7 directors independent"))
                .body("checks.find { it.id == 'BOARD_MAJORITY_INDEPENDENT' }.source", containsString("Nasdaq Rule 5605(b)(1)"))
                .body("checks.find { it.id == 'CLASSIFIED_BOARD_STAGGERED' }.status", equalTo("PASS"))
                .body("checks.find { it.id == 'CLASSIFIED_BOARD_STAGGERED' }.facts",
                        containsString("Class I: 3 director(s), term expiring 2025; Class II: 2 director(s), term expiring 2026"))
                .body("checks.find { it.id == 'SINGLE_CHAIR' }.status", equalTo("PASS"))
                .body("checks.find { it.id == 'SINGLE_CHAIR' }.facts", equalTo("1 Chair(s): Chair Executive"))
                .body("checks.find { it.id == 'LEAD_INDEPENDENT_DIRECTOR' }.status", equalTo("PASS"))
                .body("checks.find { it.id == 'LEAD_INDEPENDENT_DIRECTOR' }.facts", containsString("Lead Independent"));
    }

    @Test
    void failsWhenIndependentDirectorsAreNotAMajority() {
        String cik = Fixtures.company(false);
        Fixtures.director(Fixtures.seat(cik, Fixtures.person("Insider One"), "2020-01-01", "independent", false, "roles", List.of("CHAIR")));
        Fixtures.director(Fixtures.seat(cik, Fixtures.person("Insider Two"), "2020-01-01", "independent", false));
        Fixtures.director(Fixtures.seat(cik, Fixtures.person("Outsider Lead"), "2020-01-01", "roles", List.of("LEAD_INDEPENDENT_DIRECTOR")));
        Fixtures.director(Fixtures.seat(cik, Fixtures.person("Outsider Two"), "2020-01-01"));
        report(cik)
                .body("passed", equalTo(false))
                .body("checks.find { it.id == 'BOARD_MAJORITY_INDEPENDENT' }.status", equalTo("FAIL"))
                .body("checks.find { it.id == 'BOARD_MAJORITY_INDEPENDENT' }.facts", equalTo("2 of 4 directors independent"))
                .body("checks.find { it.id == 'CLASSIFIED_BOARD_STAGGERED' }.status", equalTo("NOT_APPLICABLE"))
                .body("checks.find { it.id == 'SINGLE_CHAIR' }.status", equalTo("PASS"))
                .body("checks.find { it.id == 'LEAD_INDEPENDENT_DIRECTOR' }.status", equalTo("PASS"));
    }

    @Test
    void failsWhenClassesAreUnbalanced() {
        String cik = Fixtures.company(true);
        seat(cik, "Chair Independent", true, "I", 2025, "CHAIR");
        seat(cik, "Class One B", true, "I", 2025);
        seat(cik, "Class One C", true, "I", 2025);
        seat(cik, "Class Two A", true, "II", 2026);
        seat(cik, "Class Three A", true, "III", 2027);
        report(cik)
                .body("passed", equalTo(false))
                .body("checks.find { it.id == 'CLASSIFIED_BOARD_STAGGERED' }.status", equalTo("FAIL"))
                .body("checks.find { it.id == 'CLASSIFIED_BOARD_STAGGERED' }.facts",
                        containsString("class sizes differ by more than one"));
    }

    @Test
    void failsWhenTwoClassesExpireInTheSameYearOrADirectorHasNoClass() {
        String cik = Fixtures.company(true);
        seat(cik, "Same Year One", true, "I", 2025, "CHAIR");
        seat(cik, "Same Year Two", true, "II", 2025);
        seat(cik, "Proper Three", true, "III", 2027);
        Fixtures.director(Fixtures.seat(cik, Fixtures.person("No Class Given"), "2019-06-07"));
        report(cik)
                .body("checks.find { it.id == 'CLASSIFIED_BOARD_STAGGERED' }.status", equalTo("FAIL"))
                .body("checks.find { it.id == 'CLASSIFIED_BOARD_STAGGERED' }.facts",
                        org.hamcrest.Matchers.allOf(containsString("classes do not expire in three different years"),
                                containsString("without a class: No Class Given")));
    }

    @Test
    void failsWithoutAChair() {
        String cik = Fixtures.company(false);
        Fixtures.director(Fixtures.seat(cik, Fixtures.person("Chairless One"), "2020-01-01"));
        report(cik)
                .body("checks.find { it.id == 'SINGLE_CHAIR' }.status", equalTo("FAIL"))
                .body("checks.find { it.id == 'SINGLE_CHAIR' }.facts", equalTo("No Chair"));
    }

    @Test
    void failsWhenTheChairIsNotIndependentAndThereIsNoLeadIndependentDirector() {
        String cik = Fixtures.company(false);
        Fixtures.director(Fixtures.seat(cik, Fixtures.person("Executive Chair"), "2020-01-01", "independent", false,
                "roles", List.of("CHAIR"), "executiveTitle", "Chief Executive Officer"));
        Fixtures.director(Fixtures.seat(cik, Fixtures.person("Plain Independent A"), "2020-01-01"));
        Fixtures.director(Fixtures.seat(cik, Fixtures.person("Plain Independent B"), "2020-01-01"));
        report(cik)
                .body("passed", equalTo(false))
                .body("checks.find { it.id == 'BOARD_MAJORITY_INDEPENDENT' }.status", equalTo("PASS"))
                .body("checks.find { it.id == 'LEAD_INDEPENDENT_DIRECTOR' }.status", equalTo("FAIL"))
                .body("checks.find { it.id == 'LEAD_INDEPENDENT_DIRECTOR' }.facts",
                        equalTo("The Chair (Executive Chair) is not independent; no independent Lead Independent Director"));
    }

    @Test
    void checksTheBoardAsItStoodOnTheDay() {
        String cik = Fixtures.company(false);
        Fixtures.director(Fixtures.seat(cik, Fixtures.person("Departed Chair"), "2015-01-01", "roles", List.of("CHAIR"),
                "leftOn", "2022-12-31"));
        given().queryParam("asOf", "2022-12-31").get("/companies/{cik}/board/compliance", cik).then()
                .body("checks.find { it.id == 'SINGLE_CHAIR' }.status", equalTo("PASS"));
        given().queryParam("asOf", "2023-01-01").get("/companies/{cik}/board/compliance", cik).then()
                .body("checks.find { it.id == 'SINGLE_CHAIR' }.status", equalTo("FAIL"))
                .body("checks.find { it.id == 'BOARD_MAJORITY_INDEPENDENT' }.facts", equalTo("0 of 0 directors independent"));
    }

    @Test
    void checksManyCompaniesInOneCallAndLeavesUnknownOnesOut() {
        String compliant = compliantBoard();
        String chairless = Fixtures.company(false);
        Fixtures.director(Fixtures.seat(chairless, Fixtures.person("Lone Independent"), "2020-01-01"));
        given().queryParam("ciks", compliant + "," + chairless + ",999999996").queryParam("asOf", DAY).get("/board-compliance")
                .then().statusCode(200)
                .body("companyCik", org.hamcrest.Matchers.contains(Fixtures.padded(compliant), Fixtures.padded(chairless)))
                .body("passed", org.hamcrest.Matchers.contains(true, false));
        given().get("/board-compliance").then().statusCode(400).body("errors[0].field", equalTo("ciks"));
    }

    @Test
    void refusesAnUnknownCompanyOrABadDay() {
        given().get("/companies/{cik}/board/compliance", "999999997").then().statusCode(404)
                .body("type", equalTo("urn:governance:problem:not-found"));
        given().queryParam("asOf", "yesterday").get("/companies/{cik}/board/compliance", Fixtures.company(false))
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
    }
}
