package org.governance.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;

/**
 * The whole platform as a user runs it: ./platform up (PostgreSQL, the real Keycloak, four services, demo data), the
 * flagship answer, security end to end, a service going down and coming back; ./platform down afterwards, also on
 * failure.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    private static final String MIRROR_USER_AGENT = "governance-platform e2e tests e2e@example.invalid";
    private static String upOutput;
    private static EdgarMirror edgar;

    @BeforeAll
    static void up() {
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        // filings-service reads EDGAR from a local mirror (no internet here), as it would from www.sec.gov
        edgar = new EdgarMirror();
        Platform.ENVIRONMENT.put("FILINGS_EDGAR_BASE_URL", edgar.baseUrl());
        Platform.ENVIRONMENT.put("FILINGS_EDGAR_USER_AGENT", MIRROR_USER_AGENT);
        try {
            upOutput = Platform.run("up");
        } catch (RuntimeException e) {
            Platform.run("down");
            throw e;
        }
    }

    @AfterAll
    static void down() {
        try {
            Platform.run("down");
        } finally {
            edgar.close();
        }
    }

    private static ValidatableResponse graphql(String query, String token) {
        var request = given().contentType(ContentType.JSON).body(Map.of("query", query));
        return (token == null ? request : request.auth().oauth2(token)).post(Platform.GATEWAY + "/graphql").then();
    }

    private static String file(String path) throws java.io.IOException {
        return Files.readString(Platform.ROOT.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void upPrintsTheFlagshipAnswer() {
        assertThat(upOutput).contains("Ada Exampleton", "[NAME] S 2024-09-03", "(filed late)",
                "Total: 4 sales, 7300 shares, value 1744060.0000");
    }

    @Test
    @Order(2)
    void theFlagshipQueryAnswersExactlyOnTheDemoData() throws Exception {
        graphql(file("demo/flagship.graphql"), Platform.userToken("reader", "reader-local-dev")).statusCode(200)
                .body("errors", nullValue())
                .body("data.committeeMemberTrades.committees.name", contains("Audit Committee", "Compensation Committee",
                        "Nominating and Governance Committee"))
                .body("data.committeeMemberTrades.committees[0].members.person.fullName",
                        contains("Ada Exampleton", "Bruno Exampleton", "Cora J. Exampleton"))
                .body("data.committeeMemberTrades.committees[0].members.matchedBy", contains("CIK", "CIK", "NAME"))
                .body("data.committeeMemberTrades.committees[1].members.person.fullName", contains("Bruno Exampleton"))
                // Dev left the Audit Committee on 31 August: his 12 September sale counts only for Nominating and Governance
                .body("data.committeeMemberTrades.committees[2].members.person.fullName", contains("Dev Exampleton"))
                .body("data.committeeMemberTrades.committees[2].members[0].transactions[0].late", equalTo(true))
                .body("data.committeeMemberTrades.totals.transactions", hasToString("4"))
                .body("data.committeeMemberTrades.totals.shares", hasToString("7300"))
                .body("data.committeeMemberTrades.totals.value", hasToString("1744060.0000"))
                .body("data.committeeMemberTrades.totals.weightedAveragePrice", hasToString("238.912329"))
                .body("data.committeeMemberTrades.totals.planValueShare", hasToString("0.4801"));
    }

    @Test
    @Order(3)
    void aCrossBoardQueryFollowsAPersonAcrossCompanies() throws Exception {
        graphql(file("demo/cross-board.graphql"), Platform.tools()).statusCode(200)
                .body("errors", nullValue())
                .body("data.people[0].boards.companyName", contains("QUALYS, INC.", "EXAMPLETON WIDGETS CORP (ILLUSTRATIVE)"))
                .body("data.people[0].boards[0].committees[0].committeeName", equalTo("Audit Committee"))
                .body("data.people[0].transactions[0].plan10b5One.status", equalTo("CHECKBOX"));
    }

    /**
     * The web front end in real Chromium (Playwright, web/src/main/webui/e2e/web.spec.ts): Keycloak's login page, the
     * flagship page against its GraphQL answer, every page, the editor's forms, logout; screenshots in web/target/screenshots.
     */
    @Test
    @Order(3)
    void theWebFrontEndWorksInChromium() {
        String report = Platform.exec(List.of("npm", "--prefix", "web/src/main/webui", "run", "e2e"), "web-e2e");
        assertThat(report).contains("passed").doesNotContain("failed").doesNotContain("skipped");
    }

    @Test
    @Order(3)
    void eachServicesOutboxIsPublishedToKafkaAndNothingIsLeftWaiting() throws Exception {
        // a filing stored now (an accession of this run) is published by filings-service's relay
        String accession = String.format("0009999998-26-%06d", Instant.now().getEpochSecond() % 1_000_000);
        String xml = file("demo/filings/0009999999-24-000101_2024-08-08.xml").replace("0001107843", "0009990980")
                .replace("QUALYS, INC.", "OUTBOX EXAMPLE CORP (ILLUSTRATIVE)");
        given().auth().oauth2(Platform.loader()).contentType("application/xml").body(xml)
                .queryParam("accession", accession).queryParam("filingDate", "2024-08-08")
                .post(Platform.FILINGS + "/filings").then().statusCode(201);
        assertThat(awaitOutboxEmpty(Platform.FILINGS)).containsPattern("(?m)^outbox_events_published_total(\\{[^}]*\\})? [1-9]");
        // the demo's boards and committees were written through the other two: whatever they wrote has gone out
        awaitOutboxEmpty(Platform.DIRECTORS);
        awaitOutboxEmpty("http://127.0.0.1:8082");
    }

    /** The service's metrics once its outbox holds no unpublished event (at most a minute). */
    private static String awaitOutboxEmpty(String service) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        String metrics = given().get(service + "/q/metrics").then().statusCode(200).extract().asString();
        java.util.regex.Pattern empty = java.util.regex.Pattern.compile("(?m)^outbox_events_pending(\\{[^}]*\\})? 0(\\.0)?$");
        while (!empty.matcher(metrics).find() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            metrics = given().get(service + "/q/metrics").then().statusCode(200).extract().asString();
        }
        assertThat(metrics).as("outbox of %s", service).containsPattern(empty);
        return metrics;
    }

    @Test
    @Order(4)
    void everyServiceChecksTokensAndRolesItself() {
        String reader = Platform.userToken("reader", "reader-local-dev");
        String editor = Platform.userToken("editor", "editor-local-dev");
        // reads with a reader's token; a write with it is refused at the service and through the gateway
        given().auth().oauth2(reader).get(Platform.DIRECTORS + "/companies/1107843").then().statusCode(200);
        given().auth().oauth2(reader).contentType(ContentType.JSON).body(Map.of("cik", "9990950", "name", "Refused Corp"))
                .post(Platform.DIRECTORS + "/companies").then().statusCode(403);
        graphql("mutation { createCompany(input: { cik: \"9990950\", name: \"Refused Corp\" }) { cik } }", reader).statusCode(200)
                .body("data.createCompany", nullValue())
                .body("errors[0].extensions.code", equalTo("forbidden"));
        // the gateway has no token of its own: a reader's query answers only because the services accept the caller's token
        graphql("{ company(cik: \"1107843\") { name board(asOf: \"2024-09-30\") { person { fullName } } } }", reader).statusCode(200)
                .body("errors", nullValue()).body("data.company.name", equalTo("QUALYS, INC."));
        // no token, a tampered token, a token for another audience, an expired token: 401
        graphql("{ companies { totalItems } }", null).statusCode(401);
        given().get(Platform.DIRECTORS + "/companies").then().statusCode(401);
        String tampered = editor.substring(0, editor.length() - 4) + (editor.endsWith("AAAA") ? "BBBB" : "AAAA");
        graphql("{ companies { totalItems } }", tampered).statusCode(401);
        given().auth().oauth2(tampered).get(Platform.DIRECTORS + "/companies").then().statusCode(401);
        String foreign = Platform.clientToken("e2e-no-audience", "local-dev-e2e-no-audience-secret");
        graphql("{ companies { totalItems } }", foreign).statusCode(401);
        given().auth().oauth2(foreign).get(Platform.DIRECTORS + "/companies").then().statusCode(401);
        String shortLived = Platform.clientToken("e2e-short-lived", "local-dev-e2e-short-lived-secret");
        given().auth().oauth2(shortLived).get(Platform.DIRECTORS + "/companies").then().statusCode(200);
        Instant deadline = Instant.now().plusSeconds(30);
        int status;
        do {
            status = given().auth().oauth2(shortLived).get(Platform.DIRECTORS + "/companies").statusCode();
        } while (status == 200 && Instant.now().isBefore(deadline));
        assertThat(status).as("an expired token").isEqualTo(401);
        // an ingest account may not read, a tools account may not ingest
        given().auth().oauth2(Platform.loader()).get(Platform.FILINGS + "/transactions").then().statusCode(403);
        given().auth().oauth2(Platform.tools()).contentType("application/xml").body("<ownershipDocument/>")
                .queryParam("accession", "0009999999-24-000999").post(Platform.FILINGS + "/filings").then().statusCode(403);
    }

    @Test
    @Order(5)
    void theToolsAccountWritesAndTheLoaderIngestsANewTradeSeenThroughTheGateway() throws Exception {
        String tools = Platform.tools();
        // created on the first run; later runs find the person already there (the demo databases are kept)
        var created = graphql("mutation { createPerson(input: { fullName: \"Ivo Exampleton\", cik: \"9990110\", illustrative: true }) { id } }", tools)
                .statusCode(200).extract().jsonPath();
        assertThat(created.getString("errors[0].extensions.code")).isIn(null, "CONFLICT");
        graphql("{ person(cik: \"9990110\") { fullName } }", tools).statusCode(200).body("data.person.fullName", equalTo("Ivo Exampleton"));
        String xml = file("demo/filings/0009999999-24-000101_2024-08-08.xml").replace("0009990101", "0009990110")
                .replace("Exampleton Ada", "Exampleton Ivo").replace("<value>2000</value>", "<value>321</value>");
        given().auth().oauth2(Platform.loader()).contentType("application/xml").body(xml)
                .queryParam("accession", "0009999999-24-000777").queryParam("filingDate", "2024-08-08")
                .post(Platform.FILINGS + "/filings").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(200)));
        graphql("{ person(cik: \"9990110\") { transactions(quarter: \"2024-Q3\") { accession shares } } }", tools).statusCode(200)
                .body("errors", nullValue())
                .body("data.person.transactions.accession", hasItem("0009999999-24-000777"));
    }

    @Test
    @Order(5)
    void aDirectorInTheFilingsIsAdoptedAsASeatOnce() throws Exception {
        // an issuer and a director the curated data do not know, seen only in a Form 4
        String xml = file("demo/filings/0009999999-24-000101_2024-08-08.xml").replace("0001107843", "0009990950")
                .replace("QUALYS, INC.", "ADOPTION EXAMPLE CORP (ILLUSTRATIVE)").replace("0009990101", "0009990150")
                .replace("Exampleton Ada", "Exampleton Jade");
        given().auth().oauth2(Platform.loader()).contentType("application/xml").body(xml)
                .queryParam("accession", "0009999999-24-000778").queryParam("filingDate", "2024-08-08")
                .post(Platform.FILINGS + "/filings").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(200)));

        String first = Platform.run("adopt", "9990950");
        assertThat(first).contains("\"issuers\":1").contains("\"problems\":[]");
        String again = Platform.run("adopt", "9990950");
        assertThat(again).contains("\"seatsCreated\":0").contains("\"seatsUpdated\":0").contains("\"seatsUnchanged\":1");
        graphql("{ company(cik: \"9990950\") { name board(asOf: \"2024-09-30\") { person { fullName cik } origin independent firstElected } } }",
                Platform.tools()).statusCode(200).body("errors", nullValue())
                .body("data.company.name", equalTo("ADOPTION EXAMPLE CORP (ILLUSTRATIVE)"))
                .body("data.company.board.person.fullName", org.hamcrest.Matchers.contains("Jade Exampleton"))
                .body("data.company.board[0].person.cik", equalTo("0009990150"))
                .body("data.company.board[0].origin", equalTo("FILINGS"))
                .body("data.company.board[0].independent", nullValue())
                .body("data.company.board[0].firstElected", equalTo("2024-08-08"));
    }

    @Test
    @Order(5)
    void aBackfillReadsADayOfEdgarFromAMirrorStoresItsNewFilingsOnceAndNamesTheRefusedOne() throws Exception {
        String day = "20240808";
        String fresh = "0009999999-24-000970";
        String present = "0009999999-24-000101"; // a demo filing, loaded by ./platform up
        String broken = "0009999999-24-000971";
        String demo = file("demo/filings/0009999999-24-000101_2024-08-08.xml");
        String mirrored = demo.replace("0001107843", "0009990970").replace("QUALYS, INC.", "MIRROR EXAMPLE CORP (ILLUSTRATIVE)")
                .replace("0009990101", "0009990170").replace("Exampleton Ada", "Exampleton Kai");
        edgar.index(day, List.of(
                EdgarMirror.row("0009990970", "MIRROR EXAMPLE CORP (ILLUSTRATIVE)", "4", day, fresh),
                EdgarMirror.row("0001107843", "QUALYS, INC.", "4", day, present),
                EdgarMirror.row("0009990970", "MIRROR EXAMPLE CORP (ILLUSTRATIVE)", "4", day, broken),
                // not an insider form: the index lists every form, the follower reads only 3, 4, 5 and their amendments
                EdgarMirror.row("0009990970", "MIRROR EXAMPLE CORP (ILLUSTRATIVE)", "8-K", day, "0009999999-24-000972")));
        edgar.submission("0009990970", fresh, day, mirrored);
        edgar.submission("0001107843", present, day, demo);
        edgar.submission("0009990970", broken, day, mirrored.substring(0, mirrored.indexOf("<reportingOwner>")));

        String first = Platform.run("backfill", "2024-08-08", "2024-08-08");
        // the demo databases are kept between runs: on a later run the new filing is already there
        assertThat(first).containsPattern("SUCCEEDED: 1 days read \\(0 without an index\\), 3 filings found, "
                + "(1 stored, 1 already present|0 stored, 2 already present), 1 refused")
                .contains("refused " + broken + " (2024-08-08): ");
        String again = Platform.run("backfill", "2024-08-08", "2024-08-08");
        assertThat(again).contains("SUCCEEDED: 1 days read (0 without an index), 3 filings found, 0 stored, 2 already present, 1 refused");
        // polite: every request declared the configured User-Agent; what is stored is never fetched again
        assertThat(edgar.userAgents()).isNotEmpty().allMatch(MIRROR_USER_AGENT::equals);
        assertThat(edgar.requests(EdgarMirror.submissionPath("0009990970", fresh))).isLessThanOrEqualTo(1);
        assertThat(edgar.requests(EdgarMirror.submissionPath("0001107843", present))).isZero();
        assertThat(edgar.requests(EdgarMirror.submissionPath("0009990970", "0009999999-24-000972"))).isZero();

        graphql("{ filing(accession: \"" + fresh + "\") { filingDate issuer { cik name } reportingOwners { cik name } "
                + "nonDerivativeTransactions { code shares } } }", Platform.tools()).statusCode(200)
                .body("errors", nullValue())
                .body("data.filing.filingDate", equalTo("2024-08-08"))
                .body("data.filing.issuer.name", equalTo("MIRROR EXAMPLE CORP (ILLUSTRATIVE)"))
                .body("data.filing.reportingOwners.name", contains("Exampleton Kai"))
                .body("data.filing.nonDerivativeTransactions.code", hasItem("S"));
        graphql("{ filing(accession: \"" + broken + "\") { accession } }", Platform.tools()).statusCode(200)
                .body("data.filing", nullValue());
    }

    @Test
    @Order(5)
    void aBoardFileIsImportedOnceAndABadOneNamesItsLineAndColumn() throws Exception {
        String tools = Platform.tools();
        var created = graphql("mutation { createCompany(input: { cik: \"9990960\", name: \"BOARD FILE EXAMPLE CORP (ILLUSTRATIVE)\","
                + " classifiedBoard: false }) { cik } }", tools).statusCode(200).extract().jsonPath();
        assertThat(created.getString("errors[0].extensions.code")).isIn(null, "CONFLICT");
        java.nio.file.Path file = Platform.ROOT.resolve("e2e/target/board-file-e2e.csv");
        Files.writeString(file, """
                record,companyCik,seasonStart,name,cik,independent,roles,type,director,committee,role,financialExpert,from,illustrative
                season,9990960,2024-06-01,,,,,,,,,,,
                director,,,Kim Exampleton,9990161,true,CHAIR,,,,,,2020-02-03,true
                director,,,"Lou Exampleton, Jr.",,true,,,,,,,2021-05-06,true
                committee,,,Audit Committee,,,,AUDIT,,,,,,
                membership,,,,,,,,Kim Exampleton,Audit Committee,CHAIR,true,2020-03-01,true
                membership,,,,,,,,"Lou Exampleton, Jr.",Audit Committee,MEMBER,false,2021-06-01,true
                """);
        assertThat(Platform.run("import-board", file.toString(), "--dry-run")).contains("\"dryRun\": true");
        String first = Platform.run("import-board", file.toString());
        assertThat(first).contains("\"dryRun\": false");
        String again = Platform.run("import-board", file.toString());
        assertThat(again).contains("\"seatsCreated\": 0").contains("\"seatsUnchanged\": 2").contains("\"membershipsCreated\": 0")
                .contains("\"membershipsUnchanged\": 2");
        graphql("{ company(cik: \"9990960\") { board(asOf: \"2024-09-30\") { person { fullName } roles }"
                + " committees(asOf: \"2024-09-30\") { name members(asOf: \"2024-09-30\") { role director { person { fullName } } } } } }", tools)
                .statusCode(200).body("errors", nullValue())
                .body("data.company.board.person.fullName", org.hamcrest.Matchers.contains("Kim Exampleton", "Lou Exampleton, Jr."))
                .body("data.company.committees[0].name", equalTo("Audit Committee"))
                .body("data.company.committees[0].members.role", org.hamcrest.Matchers.containsInAnyOrder("CHAIR", "MEMBER"));

        java.nio.file.Path bad = Platform.ROOT.resolve("e2e/target/board-file-e2e-bad.csv");
        Files.writeString(bad, Files.readString(file).replace("2021-05-06", "2021-05-36"));
        assertThatThrownBy(() -> Platform.run("import-board", bad.toString()))
                .hasMessageContaining("nothing was stored").hasMessageContaining("line 4, column 13: '2021-05-36' is not a day");
    }

    @Test
    @Order(6)
    void aStoppedServiceGivesPartialDataAndTheRestartGivesFullAnswers() throws Exception {
        String query = "{ company(cik: \"1107843\") { name board(asOf: \"2024-09-30\") { id } insiderTransactions(quarter: \"2024-Q3\") { accession } } }";
        String pid = Platform.pid("filings");
        new ProcessBuilder("kill", pid).start().waitFor();
        Instant deadline = Instant.now().plusSeconds(30);
        while (ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false) && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        graphql(query, Platform.tools()).statusCode(200)
                .body("data.company.name", equalTo("QUALYS, INC."))
                .body("data.company.insiderTransactions", nullValue())
                .body("errors[0].extensions.service", equalTo("filings-service"))
                .body("errors[0].message", containsString("filings-service"));
        // the web front end shows what it has and names what is missing (web/src/main/webui/e2e/partial.spec.ts)
        String report = Platform.exec(List.of("npm", "--prefix", "web/src/main/webui", "run", "e2e:filings-stopped"), "web-e2e-partial");
        assertThat(report).contains("1 passed");
        Platform.run("up");
        graphql(query, Platform.tools()).statusCode(200).body("errors", nullValue())
                .body("data.company.insiderTransactions.accession", hasItem("0009999999-24-000101"));
    }

    @Test
    @Order(7)
    void runningUpAgainChangesNothing() {
        String again = Platform.run("up");
        assertThat(again).contains("demo data: 0 created").contains("build: up to date");
    }

    /** The scale harness's smoke run: a small generated market loaded, measured and checked against the SQL baseline. */
    @Test
    @Order(8)
    void theBenchmarkHarnessRunsAtTheSmallScale() {
        String report = Platform.exec(List.of(Platform.ROOT.resolve("bench/run.sh").toString(), "small"), "bench-small");
        assertThat(report).contains("# Scale benchmark: small")
                .containsPattern("Scale: 10 companies, \\d+ people, \\d+ seats, 40 committees, \\d+ filings")
                .containsPattern("Form 345 data set, one POST /datasets/form345 \\(stored \\d+, present \\d+, rejected 0\\) \\| \\d+ \\|")
                .contains("Same rows from both: yes")
                .containsPattern("\\| 8 \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\| 0 \\|")
                .contains("| all committees |").containsPattern("\\| audit committee only \\| \\d+ \\| 3.0 \\|");
    }
}
