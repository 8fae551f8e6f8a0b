package org.governance.directors.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.client.WireMock;

import org.governance.directors.support.FakeCommitteesService;
import org.governance.directors.support.FakeFilingsService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;

/** A company's proxy season from a CSV or JSON board file: all or nothing, every bad row with its line and column. */
@QuarkusTest
@QuarkusTestResource(FakeCommitteesService.class)
@QuarkusTestResource(FakeFilingsService.class)
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor"})
class BoardFileTest {

    private static final String HEADER = "record,companyCik,seasonStart,name,cik,class,termEnd,independent,roles,type,charterUrl,director,committee,role,financialExpert,from,to\n";
    private static final AtomicLong NEXT_PERSON = new AtomicLong(7_900_000);

    @BeforeEach
    void committeesServiceTakesSeasons() {
        FakeCommitteesService.accepts();
    }

    private static String personCik() {
        return String.valueOf(NEXT_PERSON.incrementAndGet());
    }

    /** A season of three directors (one without a CIK), two committees and three memberships. */
    private static String season(String cik, String seasonStart, String ada, String bo) {
        return HEADER
                + "season," + cik + "," + seasonStart + ",,,,,,,,,,,,,,\n"
                + "# the directors\n"
                + "director,,,Ada Filer," + ada + ",I,2025,true,CHAIR,,,,,,,2016-06-06,\n"
                + "director,,,Bo Filer," + bo + ",II,2026,true,LEAD_INDEPENDENT_DIRECTOR,,,,,,,2019-06-07,\n"
                + "director,,,\"Cy Q. Filer, Jr.\",,III,2027,false,,,,,,,,2021-06-09,\n"
                + "\n"
                + "committee,,,Audit Committee,,,,,,AUDIT,https://example.com/audit.pdf,,,,,,\n"
                + "committee,,,Compensation Committee,,,,,,COMPENSATION,,,,,,,\n"
                + "membership,,,,,,,,,,,Ada Filer,Audit Committee,CHAIR,true,2017-01-01,\n"
                + "membership,,,,,,,,,,,Bo Filer,Audit Committee,MEMBER,false,2019-07-01,\n"
                + "membership,,,,,,,,,,,\"Cy Q. Filer, Jr.\",Compensation Committee,MEMBER,,2021-07-01,\n";
    }

    private static ValidatableResponse upload(String body, String contentType, boolean dryRun) {
        return given().contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8)).queryParam("dryRun", dryRun)
                .post("/board-files").then();
    }

    private static ValidatableResponse board(String cik, String day) {
        return given().queryParam("asOf", day).get("/companies/{cik}/directors", cik).then().statusCode(200);
    }

    @Test
    void aCsvSeasonIsStoredAndTheSameFileAgainChangesNothing() {
        String cik = Fixtures.company(true);
        String ada = personCik();
        String bo = personCik();
        String file = season(cik, "2024-06-01", ada, bo);

        upload(file, "text/csv", false).statusCode(200)
                .body("dryRun", equalTo(false)).body("companyCik", equalTo(Fixtures.padded(cik))).body("seasonStart", equalTo("2024-06-01"))
                .body("peopleCreated", equalTo(3)).body("seatsCreated", equalTo(3)).body("seatsEnded", equalTo(0))
                .body("committeesCreated", equalTo(2)).body("membershipsCreated", equalTo(3));
        board(cik, "2024-09-30").body("items.person.fullName", contains("Ada Filer", "Bo Filer", "Cy Q. Filer, Jr."))
                .body("items.directorClass", contains("I", "II", "III"))
                .body("items.independent", contains(true, true, false))
                .body("items[0].roles", contains("CHAIR")).body("items[1].roles", contains("LEAD_INDEPENDENT_DIRECTOR"))
                .body("items.auditCommitteeFinancialExpert", contains(true, false, false))
                .body("items.origin", contains("CURATED", "CURATED", "CURATED"));
        long adaSeat = board(cik, "2024-09-30").extract().jsonPath().getLong("items[0].id");
        long cySeat = board(cik, "2024-09-30").extract().jsonPath().getLong("items[2].id");
        // committees-service got the season with the seats' ids
        FakeCommitteesService.server().verify(postRequestedFor(urlPathEqualTo("/companies/" + Fixtures.padded(cik) + "/committee-seasons"))
                .withQueryParam("dryRun", WireMock.equalTo("false"))
                .withRequestBody(matchingJsonPath("$.seasonStart", WireMock.equalTo("2024-06-01")))
                .withRequestBody(matchingJsonPath("$.memberships[0].directorId", WireMock.equalTo(String.valueOf(adaSeat))))
                .withRequestBody(matchingJsonPath("$.memberships[0].financialExpert", WireMock.equalTo("true")))
                .withRequestBody(matchingJsonPath("$.memberships[2].directorId", WireMock.equalTo(String.valueOf(cySeat))))
                .withRequestBody(matchingJsonPath("$.committees[0].charterUrl", WireMock.equalTo("https://example.com/audit.pdf"))));
        String before = board(cik, "2024-09-30").extract().asString();

        upload(file, "text/csv", false).statusCode(200)
                .body("peopleCreated", equalTo(0)).body("seatsCreated", equalTo(0)).body("seatsUpdated", equalTo(0))
                .body("seatsUnchanged", equalTo(3)).body("seatsEnded", equalTo(0));
        assertThat(board(cik, "2024-09-30").extract().asString()).isEqualTo(before);
        given().queryParam("name", "Cy Filer").get("/people").then().body("totalItems", equalTo(1));
    }

    @Test
    void theSameSeasonAsJsonIsTheSameContent() {
        String cik = Fixtures.company(true);
        String ada = personCik();
        String bo = personCik();
        upload(season(cik, "2024-06-01", ada, bo), "text/csv", false).statusCode(200).body("seatsCreated", equalTo(3));
        String json = """
                {"companyCik": "%s", "seasonStart": "2024-06-01",
                 "directors": [
                   {"name": "Ada Filer", "cik": "%s", "class": "I", "termEnd": 2025, "independent": true, "roles": ["CHAIR"], "from": "2016-06-06"},
                   {"name": "Bo Filer", "cik": "%s", "class": "II", "termEnd": 2026, "independent": true, "roles": ["LEAD_INDEPENDENT_DIRECTOR"], "from": "2019-06-07"},
                   {"name": "Cy Q. Filer, Jr.", "class": "III", "termEnd": 2027, "independent": false, "from": "2021-06-09"}],
                 "committees": [
                   {"type": "AUDIT", "name": "Audit Committee", "charterUrl": "https://example.com/audit.pdf"},
                   {"type": "COMPENSATION", "name": "Compensation Committee"}],
                 "memberships": [
                   {"director": "Ada Filer", "committee": "Audit Committee", "role": "CHAIR", "financialExpert": true, "from": "2017-01-01"},
                   {"director": "Bo Filer", "committee": "Audit Committee", "role": "MEMBER", "financialExpert": false, "from": "2019-07-01"},
                   {"director": "Cy Q. Filer, Jr.", "committee": "Compensation Committee", "role": "MEMBER", "from": "2021-07-01"}]}
                """.formatted(cik, ada, bo);
        upload(json, "application/json", false).statusCode(200)
                .body("peopleCreated", equalTo(0)).body("seatsCreated", equalTo(0)).body("seatsUpdated", equalTo(0)).body("seatsUnchanged", equalTo(3));
    }

    @Test
    void aDryRunReportsAndStoresNothing() {
        String cik = Fixtures.company(true);
        int people = given().get("/people").then().extract().jsonPath().getInt("totalItems");
        upload(season(cik, "2024-06-01", personCik(), personCik()), "text/csv", true).statusCode(200)
                .body("dryRun", equalTo(true)).body("seatsCreated", equalTo(3)).body("peopleCreated", equalTo(3));
        board(cik, "2024-09-30").body("items", hasSize(0));
        given().get("/people").then().body("totalItems", equalTo(people));
        // committees-service was asked for its dry run only, with stand-in ids for the seats not created
        FakeCommitteesService.server().verify(0, postRequestedFor(urlPathEqualTo("/companies/" + Fixtures.padded(cik) + "/committee-seasons"))
                .withQueryParam("dryRun", WireMock.equalTo("false")));
        FakeCommitteesService.server().verify(postRequestedFor(urlPathEqualTo("/companies/" + Fixtures.padded(cik) + "/committee-seasons"))
                .withQueryParam("dryRun", WireMock.equalTo("true"))
                .withRequestBody(matchingJsonPath("$.memberships[0].directorId", WireMock.equalTo("-1"))));
    }

    @Test
    void aLaterSeasonEndsTheSeatsItNoLongerListsAndTakesOverAnAdoptedSeat() {
        String cik = Fixtures.company(true);
        String ada = personCik();
        String bo = personCik();
        upload(season(cik, "2023-06-01", ada, bo), "text/csv", false).statusCode(200).body("seatsCreated", equalTo(3));
        // the filings report a new director, adopted before the next season's file lists her
        String dee = personCik();
        FakeFilingsService.reports(Fixtures.padded(cik), "EXAMPLE", List.of(FakeFilingsService.insider(Fixtures.padded(dee), "Filer Dee", true,
                null, "2024-03-04", "2024-05-06", false)));
        given().contentType("application/json").body("{\"issuerCiks\": [\"" + cik + "\"]}").post("/adoptions").then().statusCode(200)
                .body("seatsCreated", equalTo(1));
        String next = HEADER
                + "season," + cik + ",2024-06-01,,,,,,,,,,,,,,\n"
                + "director,,,Ada Filer," + ada + ",I,2028,true,CHAIR,,,,,,,2016-06-06,\n"
                + "director,,,Dee Filer," + dee + ",I,2028,true,,,,,,,,2024-03-04,\n"
                + "committee,,,Audit Committee,,,,,,AUDIT,https://example.com/audit.pdf,,,,,,\n"
                + "membership,,,,,,,,,,,Ada Filer,Audit Committee,CHAIR,true,2017-01-01,\n"
                + "membership,,,,,,,,,,,Dee Filer,Audit Committee,MEMBER,false,2024-06-01,\n";

        upload(next, "text/csv", false).statusCode(200)
                .body("seatsUpdated", equalTo(2)).body("seatsCreated", equalTo(0)).body("seatsEnded", equalTo(2)).body("peopleCreated", equalTo(0));
        board(cik, "2024-06-01").body("items.person.fullName", contains("Ada Filer", "Dee Filer"))
                .body("items.origin", contains("CURATED", "CURATED")).body("items[1].independent", equalTo(true))
                .body("items[0].termExpiresYear", equalTo(2028));
        board(cik, "2024-05-31").body("items.person.fullName", containsInAnyOrder("Ada Filer", "Bo Filer", "Cy Q. Filer, Jr.", "Dee Filer"))
                .body("items.find { it.person.fullName == 'Bo Filer' }.leftOn", equalTo("2024-05-31"));
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndColumnAndNothingIsStored() {
        String cik = Fixtures.company(false);
        String file = HEADER
                + "season," + cik + ",2024-06-01,,,,,,,,,,,,,,\n"                                             // line 2
                + "director,,,Ada Bad,,,,true,,,,,,,,2024-02-30,\n"                                           // 3: no such day
                + "director,,,,,,,true,,,,,,,,2020-01-01,\n"                                                  // 4: no name
                + "director,,,Bo Bad,,,,maybe,PRESIDENT,,,,,,,2020-01-01,\n"                                  // 5: not a boolean, not a role
                + "director,,,Cy Bad,,,,true,,,,,,,,2020-01-01,2019-01-01\n"                                   // 6: leaves before elected
                + "committee,,,Audit Committee,,,,,,AUDIT,,,,,,,\n"                                           // 7
                + "committee,,,Pay Committee,,,,,,PAYROLL,,,,,,,\n"                                           // 8: no such type
                + "membership,,,,,,,,,,,Nobody,Audit Committee,MEMBER,,2021-01-01,\n"                          // 9: no such director
                + "membership,,,,,,,,,,,Di Bad,Audit Committee,MEMBER,,2020-02-01,2020-03-01\n"                // 10: fine
                + "membership,,,,,,,,,,,Di Bad,Risk Committee,MEMBER,,2020-02-01,2020-03-01\n"                 // 11: no such committee
                + "director,,,Di Bad,,,,true,,,,,,,,2020-01-01,2020-12-31\n"                                  // 12
                + "membership,,,,,,,,,,,Di Bad,Audit Committee,CHAIR,,2020-06-01,2021-06-30\n";                // 13: beyond Di's seat
        upload(file, "text/csv", false).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:governance:problem:rule-violated"))
                .body("detail", containsString("nothing was stored"))
                .body("errors.line", contains(3, 4, 5, 5, 8, 6, 9, 11, 13))
                .body("errors.column", contains(16, 4, 8, 9, 10, 17, 12, 13, 16))
                .body("errors.field", contains("from", "name", "independent", "roles", "type", "to", "director", "committee", "from"))
                .body("errors[0].message", equalTo("line 3, column 16: '2024-02-30' is not a day from 1900-01-01 to 2100-12-31 as YYYY-MM-DD"))
                .body("errors[3].message", containsString("'PRESIDENT' is not a board role"))
                .body("errors[8].message", containsString("not inside Di Bad's seat (2020-01-01 to 2020-12-31, line 12)"));
        board(cik, "2024-09-30").body("items", hasSize(0));
        FakeCommitteesService.server().verify(0, postRequestedFor(urlPathEqualTo("/companies/" + Fixtures.padded(cik) + "/committee-seasons")));

        // rules that need the store: a class on a board that is not classified
        upload(HEADER + "season," + cik + ",2024-06-01,,,,,,,,,,,,,,\n" + "director,,,Ed Bad,,II,2026,true,,,,,,,,2020-01-01,\n", "text/csv", false)
                .statusCode(422).body("errors[0].line", equalTo(3)).body("errors[0].column", equalTo(6))
                .body("errors[0].message", containsString("is not classified"));
        board(cik, "2024-09-30").body("items", hasSize(0));
        given().queryParam("name", "Ed Bad").get("/people").then().body("totalItems", equalTo(0));
    }

    @Test
    void aFileThatIsNotABoardFileIsRefusedWithWhereItGoesWrong() {
        String cik = Fixtures.company(false);
        upload("record,companyCik,seasonStart,party\n", "text/csv", false).statusCode(400).body("errors[0].line", equalTo(1))
                .body("errors[0].column", equalTo(4)).body("detail", containsString("Unknown column 'party'"));
        upload("name,cik\nAda,1\n", "text/csv", false).statusCode(400).body("detail", containsString("no 'record' column"));
        upload("", "text/csv", false).statusCode(400).body("detail", equalTo("The board file is empty"));
        given().contentType("text/csv").body(new byte[] {'r', 'e', 'c', (byte) 0xC3, (byte) 0x28}).post("/board-files").then().statusCode(400)
                .body("detail", equalTo("The board file is not UTF-8 text"));
        upload("{\"companyCik\": \"" + cik + "\",\n \"seasonStart\": \"2024-06-01\",\n \"directors\": [{\"name\": \"Ada\", }]}", "application/json", false)
                .statusCode(400).body("errors[0].line", equalTo(3)).body("detail", containsString("not valid JSON"));
        upload("{\"companyCik\": \"" + cik + "\", \"seasonStart\": \"2024-06-01\", \"directors\": [{\"name\": \"Ada\", \"salary\": 1}]}",
                "application/json", false).statusCode(400).body("detail", containsString("Unknown field 'salary' of a director at /directors/0"));
        String notABoolean = "{\"companyCik\": \"" + cik + "\", \"seasonStart\": \"2024-06-01\", \"directors\": [{\"name\": \"Ada\", \"independent\": \"yes\", \"from\": \"2020-01-01\"}]}";
        upload(notABoolean, "application/json", false).statusCode(422).body("errors[0].field", equalTo("/directors/0/independent"))
                .body("errors[0].line", equalTo(1)).body("errors[0].column", equalTo(notABoolean.indexOf("\"yes\"") + 1));
        upload("record\nseason\n", "application/xml", false).statusCode(400).body("errors[0].field", equalTo("Content-Type"));
        upload(HEADER + "director,,,Ada,,,,true,,,,,,,,2020-01-01,\n", "text/csv", false).statusCode(422)
                .body("errors[0].message", containsString("no season"));
        upload(HEADER + "season,42,2024-06-01,,,,,,,,,,,,,,\n", "text/csv", false).statusCode(422)
                .body("type", equalTo("urn:governance:problem:unknown-reference")).body("errors[0].line", equalTo(2))
                .body("errors[0].column", equalTo(2));
        board(cik, "2024-09-30").body("items", hasSize(0));
    }

    @Test
    void committeesServiceRefusingOrFailingLeavesTheBoardAsItWas() {
        String cik = Fixtures.company(true);
        String ada = personCik();
        String bo = personCik();
        int people = given().get("/people").then().extract().jsonPath().getInt("totalItems");
        // refused in its dry run: the error comes back at the membership's line and column
        FakeCommitteesService.refuses("memberships[1].from", "The membership starts (2019-07-01) before the committee was formed (2020-01-01)");
        upload(season(cik, "2024-06-01", ada, bo), "text/csv", false).statusCode(422)
                .body("errors[0].line", equalTo(11)).body("errors[0].column", equalTo(16)).body("errors[0].field", equalTo("from"))
                .body("errors[0].message", containsString("committees-service: The membership starts (2019-07-01)"));
        board(cik, "2024-09-30").body("items", hasSize(0));

        // fails when the season is really sent: the seats written just before are taken back
        FakeCommitteesService.accepts();
        FakeCommitteesService.failsWhenReal();
        upload(season(cik, "2024-06-01", ada, bo), "text/csv", false).statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("nothing of the board file was stored")).header("Retry-After", equalTo("5"));
        board(cik, "2024-09-30").body("items", hasSize(0));
        given().queryParam("ciks", ada).get("/people").then().body("totalItems", equalTo(0));
        given().get("/people").then().body("totalItems", equalTo(people));
    }
}
