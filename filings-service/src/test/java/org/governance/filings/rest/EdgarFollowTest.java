package org.governance.filings.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.governance.filings.edgar.DailyIndex;
import org.governance.filings.edgar.LatestFilingsFeed;
import org.governance.filings.repository.Jdbc;
import org.governance.filings.service.EdgarFollower;
import org.governance.filings.service.EdgarWorker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * filings-service follows EDGAR by itself: backfills read the daily indexes of past days from a stub EDGAR that
 * serves EDGAR's own paths and formats, the follower reads today's latest-filings feed, and jobs survive EDGAR's
 * throttling and failures and the service's restarts, with nothing fetched again that is stored, and nothing stored twice.
 */
@QuarkusTest
@WithTestResource(EdgarStub.class)
@TestSecurity(user = "tester", roles = {"governance-reader", "filings-ingest"})
class EdgarFollowTest {

    /** EDGAR's today in these tests: the days read are long enough past for their indexes to be published. */
    private static final LocalDate TODAY = LocalDate.of(2024, 10, 15);
    private static final AtomicInteger NEXT = new AtomicInteger(100);

    @Inject
    EdgarFollower follower;

    @Inject
    EdgarWorker worker;

    @Inject
    Jdbc jdbc;

    @BeforeAll
    static void fixedToday() {
        SettableEdgarClock.set(TODAY);
    }

    @AfterEach
    void backToFixedToday() {
        SettableEdgarClock.set(TODAY);
    }

    @AfterAll
    static void realToday() {
        SettableEdgarClock.reset();
    }

    @Test
    void aBackfillStoresTheDaysNewFilingsAndLinksAmendmentsWithTheUserAgentOnEveryRequest() {
        double storedBefore = metric("edgar_filings_total", "outcome", "stored", "source", "index");
        String issuer = "0009990150";
        String original = accession();
        String amendment = accession();
        String qualys = accession();
        LocalDate friday = LocalDate.of(2024, 8, 16);
        LocalDate monday = LocalDate.of(2024, 8, 19);
        // the index lists a filing under its issuer and under each reporting owner, and every other form filed that day
        EdgarStub.index(friday, List.of(
                "1000045|NICHOLAS FINANCIAL INC|10-K|20240816|edgar/data/1000045/0001000045-24-000020.txt",
                EdgarStub.row(issuer, "EXAMPLE DYNAMICS CORP", "4", friday, original),
                EdgarStub.row("0009990002", "Doe Jane Q", "4", friday, original),
                EdgarStub.row("0008880150", "QUALYS, INC.", "4", friday, qualys),
                "1018724|AMAZON COM INC|8-K|20240816|edgar/data/1018724/0001018724-24-000111.txt"));
        EdgarStub.index(monday, List.of(EdgarStub.row(issuer, "EXAMPLE DYNAMICS CORP", "4/A", monday, amendment)));
        EdgarStub.filing(issuer, original, Fixtures.submission(original, "20240816", example(issuer)));
        EdgarStub.filing("0008880150", qualys, Fixtures.submission(qualys, "20240816",
                Fixtures.text(Fixtures.QUALYS).replace("0001107843", "0008880150")));
        EdgarStub.filing(issuer, amendment, Fixtures.submission(amendment, "20240819", exampleAmendment(issuer)));

        String location = given().contentType("application/json").body(Map.of("from", "2024-08-16", "to", "2024-08-19"))
                .post("/edgar/backfills").then().statusCode(202)
                .header("Location", containsString("/edgar/jobs/"))
                .body("kind", equalTo("BACKFILL"))
                .body("from", equalTo("2024-08-16"))
                .body("to", equalTo("2024-08-19"))
                .extract().header("Location");
        JsonPath job = awaitEnd(location);
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("daysRead")).isEqualTo(4);
        // Saturday and Sunday have no index (404): read, with nothing in them
        assertThat(job.getInt("daysWithoutIndex")).isEqualTo(2);
        assertThat(job.getInt("filingsFound")).isEqualTo(3);
        assertThat(job.getInt("stored")).isEqualTo(3);
        assertThat(job.getInt("alreadyPresent")).isZero();
        assertThat(job.getInt("refused")).isZero();
        assertThat(job.getString("nextDay")).isEqualTo("2024-08-20");
        assertThat(job.getString("finishedAt")).isNotNull();

        given().get("/filings/{a}", original).then().statusCode(200)
                .body("sourceFormat", equalTo("SUBMISSION"))
                .body("filingDate", equalTo("2024-08-16"))
                .body("supersededBy", equalTo(amendment));
        given().get("/filings/{a}", amendment).then().statusCode(200).body("amends", equalTo(original));
        given().get("/filings/{a}", qualys).then().statusCode(200).body("issuer.cik", equalTo("0008880150"));

        // each filing fetched once, from where the index points; every request declared the configured User-Agent
        assertThat(EdgarStub.requestCount(DailyIndex.submissionPath(issuer, original))).isEqualTo(1);
        assertThat(EdgarStub.requestCount(DailyIndex.path(LocalDate.of(2024, 8, 17)))).isEqualTo(1);
        List<LoggedRequest> all = EdgarStub.server().findAll(anyRequestedFor(anyUrl()));
        assertThat(all).isNotEmpty().allSatisfy(request -> assertThat(request.getHeader("User-Agent")).isEqualTo(EdgarStub.USER_AGENT));
        assertThat(metric("edgar_filings_total", "outcome", "stored", "source", "index") - storedBefore).isEqualTo(3);
        given().get("/edgar/jobs").then().statusCode(200).body("id", hasItem(job.getString("id")));
    }

    @Test
    void aFilingAlreadyStoredIsCountedAsPresentAndNeverFetched() {
        String issuer = "0009990151";
        String posted = accession();
        String fresh = accession();
        LocalDate day = LocalDate.of(2024, 8, 21);
        given().contentType("text/plain").body(Fixtures.submission(posted, "20240821", qualys(issuer))).post("/filings")
                .then().statusCode(201);
        EdgarStub.index(day, List.of(EdgarStub.row(issuer, "QUALYS, INC.", "4", day, posted), EdgarStub.row(issuer, "QUALYS, INC.", "4", day, fresh)));
        EdgarStub.filing(issuer, posted, Fixtures.submission(posted, "20240821", qualys(issuer)));
        EdgarStub.filing(issuer, fresh, Fixtures.submission(fresh, "20240821", qualys(issuer)));

        JsonPath job = awaitEnd(backfill("2024-08-21", "2024-08-21"));
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("filingsFound")).isEqualTo(2);
        assertThat(job.getInt("stored")).isEqualTo(1);
        assertThat(job.getInt("alreadyPresent")).isEqualTo(1);
        assertThat(EdgarStub.requestCount(DailyIndex.submissionPath(issuer, posted))).isZero();
        assertThat(EdgarStub.requestCount(DailyIndex.submissionPath(issuer, fresh))).isEqualTo(1);
        given().get("/filings/{a}", posted).then().statusCode(200).body("filingDate", equalTo("2024-08-21"));
    }

    @Test
    void aMalformedFilingIsRefusedWithItsReasonTheRestStoredAndItIsNotFetchedAgain() {
        String issuer = "0009990152";
        String good = accession();
        String notXml = accession();
        String badCode = accession();
        String alsoGood = accession();
        LocalDate day = LocalDate.of(2024, 8, 22);
        EdgarStub.index(day, List.of(EdgarStub.row(issuer, "QUALYS, INC.", "4", day, good), EdgarStub.row(issuer, "QUALYS, INC.", "4", day, notXml),
                EdgarStub.row(issuer, "QUALYS, INC.", "4", day, badCode), EdgarStub.row(issuer, "QUALYS, INC.", "4", day, alsoGood)));
        EdgarStub.filing(issuer, good, Fixtures.submission(good, "20240822", qualys(issuer)));
        EdgarStub.filing(issuer, notXml, Fixtures.submission(notXml, "20240822", "<ownershipDocument><schemaVersion>X0306</schemaVersion>"));
        EdgarStub.filing(issuer, badCode, Fixtures.submission(badCode, "20240822",
                qualys(issuer).replaceFirst("<transactionCode>[A-Z]</transactionCode>", "<transactionCode>Q</transactionCode>")));
        EdgarStub.filing(issuer, alsoGood, Fixtures.submission(alsoGood, "20240822", qualys(issuer)));

        JsonPath job = awaitEnd(backfill("2024-08-22", "2024-08-22"));
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("filingsFound")).isEqualTo(4);
        assertThat(job.getInt("stored")).isEqualTo(2);
        assertThat(job.getInt("refused")).isEqualTo(2);
        assertThat(job.getList("rejections.accession", String.class)).containsExactlyInAnyOrder(notXml, badCode);
        Map<String, Map<String, Object>> rejections = byAccession(job.getList("rejections"));
        assertThat(rejections.get(notXml).get("reason").toString()).contains("not well-formed");
        assertThat(rejections.get(notXml).get("day")).isEqualTo("2024-08-22");
        assertThat(rejections.get(badCode).get("reason").toString()).contains("'Q'");
        assertThat(rejections.get(badCode).get("field").toString()).contains("transactionCoding/transactionCode");
        given().get("/filings/{a}", notXml).then().statusCode(404);
        given().get("/filings/{a}", badCode).then().statusCode(404);
        given().get("/filings/{a}", good).then().statusCode(200);
        given().get("/filings/{a}", alsoGood).then().statusCode(200);

        // the day again: the refusals are remembered with their reasons, the stored ones recognised, nothing fetched
        JsonPath again = awaitEnd(backfill("2024-08-22", "2024-08-22"));
        assertThat(again.getInt("stored")).isZero();
        assertThat(again.getInt("alreadyPresent")).isEqualTo(2);
        assertThat(again.getInt("refused")).isEqualTo(2);
        assertThat(byAccession(again.getList("rejections")).get(badCode).get("reason")).isEqualTo(rejections.get(badCode).get("reason"));
        for (String accession : List.of(good, notXml, badCode, alsoGood)) {
            assertThat(EdgarStub.requestCount(DailyIndex.submissionPath(issuer, accession))).as(accession).isEqualTo(1);
        }
    }

    @Test
    void throttlingIsWaitedOutForAsLongAsRetryAfterSays() {
        double retriesBefore = metric("edgar_retries_total", "reason", "429");
        String issuer = "0009990153";
        String throttled = accession();
        LocalDate day = LocalDate.of(2024, 8, 23);
        EdgarStub.index(day, List.of(EdgarStub.row(issuer, "QUALYS, INC.", "4", day, throttled)));
        String path = DailyIndex.submissionPath(issuer, throttled);
        EdgarStub.server().stubFor(get(urlEqualTo(path)).inScenario("throttled").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1").withBody("Request Rate Threshold Exceeded"))
                .willSetStateTo("allowed"));
        EdgarStub.server().stubFor(get(urlEqualTo(path)).inScenario("throttled").whenScenarioStateIs("allowed")
                .willReturn(aResponse().withStatus(200).withBody(Fixtures.submission(throttled, "20240823", qualys(issuer)))));

        JsonPath job = awaitEnd(backfill("2024-08-23", "2024-08-23"));
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("stored")).isEqualTo(1);
        given().get("/filings/{a}", throttled).then().statusCode(200);
        List<LoggedRequest> tries = sorted(EdgarStub.requests(path));
        assertThat(tries).hasSize(2);
        assertThat(Duration.between(tries.get(0).getLoggedDate().toInstant(), tries.get(1).getLoggedDate().toInstant()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(metric("edgar_retries_total", "reason", "429") - retriesBefore).isEqualTo(1);
    }

    @Test
    void aServerFailingHalfwayInterruptsTheJobWhichResumesFromItsDayWithNothingFetchedOrStoredTwice() {
        String issuer = "0009990154";
        String first = accession();
        String second = accession();
        String failing = accession();
        String last = accession();
        LocalDate monday = LocalDate.of(2024, 8, 26);
        LocalDate tuesday = LocalDate.of(2024, 8, 27);
        EdgarStub.index(monday, List.of(EdgarStub.row(issuer, "QUALYS, INC.", "4", monday, first)));
        EdgarStub.index(tuesday, List.of(EdgarStub.row(issuer, "QUALYS, INC.", "4", tuesday, second),
                EdgarStub.row(issuer, "QUALYS, INC.", "4", tuesday, failing), EdgarStub.row(issuer, "QUALYS, INC.", "4", tuesday, last)));
        EdgarStub.filing(issuer, first, Fixtures.submission(first, "20240826", qualys(issuer)));
        EdgarStub.filing(issuer, second, Fixtures.submission(second, "20240827", qualys(issuer)));
        EdgarStub.filing(issuer, failing, aResponse().withStatus(503).withBody("Service Unavailable"));
        EdgarStub.filing(issuer, last, Fixtures.submission(last, "20240827", qualys(issuer)));

        String location = backfill("2024-08-26", "2024-08-27");
        JsonPath stopped = awaitEnd(location);
        assertThat(stopped.getString("state")).isEqualTo("INTERRUPTED");
        assertThat(stopped.getString("error")).contains("503").contains(DailyIndex.submissionPath(issuer, failing)).contains("3 tries")
                .contains("/resume");
        assertThat(stopped.getString("nextDay")).isEqualTo("2024-08-27");
        assertThat(stopped.getInt("daysRead")).isEqualTo(1);
        assertThat(stopped.getInt("stored")).isEqualTo(2);
        assertThat(EdgarStub.requestCount(DailyIndex.submissionPath(issuer, failing))).isEqualTo(3);
        assertThat(EdgarStub.requestCount(DailyIndex.submissionPath(issuer, last))).isZero();
        given().get("/filings/{a}", last).then().statusCode(404);

        // EDGAR is back: the job goes on with the day it stopped on
        EdgarStub.filing(issuer, failing, Fixtures.submission(failing, "20240827", qualys(issuer)));
        given().post(location + "/resume").then().statusCode(202).body("state", equalTo("RUNNING")).body("error", nullValue());
        JsonPath resumed = awaitEnd(location);
        assertThat(resumed.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(resumed.getInt("daysRead")).isEqualTo(2);
        assertThat(resumed.getInt("filingsFound")).isEqualTo(4);
        assertThat(resumed.getInt("stored")).isEqualTo(4);
        assertThat(resumed.getInt("alreadyPresent")).isZero();
        assertThat(resumed.getString("error")).isNull();
        assertThat(EdgarStub.requestCount(DailyIndex.path(monday))).isEqualTo(1);
        assertThat(EdgarStub.requestCount(DailyIndex.path(tuesday))).isEqualTo(2);
        assertThat(EdgarStub.requestCount(DailyIndex.submissionPath(issuer, first))).isEqualTo(1);
        assertThat(EdgarStub.requestCount(DailyIndex.submissionPath(issuer, second))).isEqualTo(1);
        assertThat(EdgarStub.requestCount(DailyIndex.submissionPath(issuer, failing))).isEqualTo(4);
        assertThat(EdgarStub.requestCount(DailyIndex.submissionPath(issuer, last))).isEqualTo(1);
        for (String accession : List.of(first, second, failing, last)) {
            given().get("/filings/{a}", accession).then().statusCode(200);
        }

        // a finished job has nothing to resume
        given().post(location + "/resume").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:governance:problem:conflict"));
    }

    @Test
    void aJobLeftRunningByACrashedReplicaIsCarriedOnFromItsDayWhenItsLeaseLapses() {
        String issuer = "0009990155";
        String inHand = accession();
        String second = accession();
        String third = accession();
        LocalDate wednesday = LocalDate.of(2024, 8, 28);
        EdgarStub.index(wednesday, List.of(EdgarStub.row(issuer, "QUALYS, INC.", "4", wednesday, inHand),
                EdgarStub.row(issuer, "QUALYS, INC.", "4", wednesday, second), EdgarStub.row(issuer, "QUALYS, INC.", "4", wednesday, third)));
        EdgarStub.filing(issuer, inHand, Fixtures.submission(inHand, "20240828", qualys(issuer)));
        EdgarStub.filing(issuer, second, Fixtures.submission(second, "20240828", qualys(issuer)));
        EdgarStub.filing(issuer, third, Fixtures.submission(third, "20240828", qualys(issuer)));

        // what a replica that crashed mid-day leaves: its lease (not lapsed yet), the job on its day, the filing it had
        // in hand and had stored, and no outcome written for it
        UUID id = UUID.randomUUID();
        given().contentType("text/plain").body(Fixtures.submission(inHand, "20240828", qualys(issuer))).post("/filings").then().statusCode(201);
        jdbc.update("a crashed replica's lease", "UPDATE edgar_follow SET worker = 'crashed-replica', worker_until = now() + interval '2 seconds'");
        jdbc.update("its job", "INSERT INTO edgar_job (id, kind, state, from_day, to_day, next_day, day_found, created_at)"
                + " VALUES (?, 'BACKFILL', 'RUNNING', DATE '2024-08-28', DATE '2024-08-29', DATE '2024-08-28', 3, now())", id);
        jdbc.update("its filing in hand", "INSERT INTO edgar_job_filing (job_id, accession, day, outcome) VALUES (?, ?, DATE '2024-08-28', 'FETCHING')",
                id, inHand);

        JsonPath job = awaitEnd("/edgar/jobs/" + id);
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("daysRead")).isEqualTo(2);
        assertThat(job.getInt("filingsFound")).isEqualTo(3);
        // the filing the crashed replica stored is its job's, counted once
        assertThat(job.getInt("stored")).isEqualTo(3);
        assertThat(job.getInt("alreadyPresent")).isZero();
        assertThat(EdgarStub.requestCount(DailyIndex.submissionPath(issuer, inHand))).isZero();
        assertThat(EdgarStub.requestCount(DailyIndex.submissionPath(issuer, second))).isEqualTo(1);
        assertThat(EdgarStub.requestCount(DailyIndex.submissionPath(issuer, third))).isEqualTo(1);
        assertThat(worker.holdsLease()).isTrue();
        // it was not worked on while the crashed replica's lease held
        assertThat(sorted(EdgarStub.requests(DailyIndex.path(wednesday))).get(0).getLoggedDate().toInstant())
                .isAfter(Instant.parse(job.getString("createdAt")).plusMillis(1500));
    }

    @Test
    void aBusinessDayWhoseIndexIsNotPublishedYetIsWaitedFor() {
        SettableEdgarClock.set(LocalDate.of(2024, 10, 16));
        String issuer = "0009990156";
        String late = accession();
        LocalDate tuesday = LocalDate.of(2024, 10, 15);
        String location = backfill("2024-10-15", "2024-10-15");
        JsonPath waiting = awaitCondition(location, j -> j.getString("waiting") != null);
        assertThat(waiting.getString("state")).isEqualTo("RUNNING");
        assertThat(waiting.getString("waiting")).contains("not published yet").contains(DailyIndex.path(tuesday));
        assertThat(waiting.getInt("daysRead")).isZero();

        EdgarStub.index(tuesday, List.of(EdgarStub.row(issuer, "QUALYS, INC.", "4", tuesday, late)));
        EdgarStub.filing(issuer, late, Fixtures.submission(late, "20241015", qualys(issuer)));
        JsonPath job = awaitEnd(location);
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("daysWithoutIndex")).isZero();
        assertThat(job.getInt("stored")).isEqualTo(1);
        assertThat(job.getString("waiting")).isNull();
    }

    @Test
    void theFollowerReadsTodayFromTheLatestFilingsFeedAndCatchesUpFromItsCursor() throws InterruptedException {
        String issuer = "0009990157";
        String today = accession();
        String amendedToday = accession();
        String yesterdays = accession();
        String updated = TODAY + "T11:58:00-04:00";
        EdgarStub.feed("4", 0, List.of(
                EdgarStub.feedEntry("4", "Doe Jane Q", "0009990002", "Reporting", today, updated),
                EdgarStub.feedEntry("4", "QUALYS, INC.", issuer, "Issuer", today, updated),
                EdgarStub.feedEntry("424B2", "ROYAL BANK OF CANADA", "0001000275", "Filer", "0000950103-24-014800", updated),
                EdgarStub.feedEntry("4/A", "QUALYS, INC.", issuer, "Issuer", amendedToday, TODAY + "T11:40:00-04:00"),
                EdgarStub.feedEntry("4", "QUALYS, INC.", issuer, "Issuer", yesterdays, TODAY.minusDays(1) + "T17:30:00-04:00")));
        EdgarStub.filing("0009990002", today, Fixtures.submission(today, "20241015", qualys(issuer)));
        EdgarStub.filing(issuer, amendedToday, Fixtures.submission(amendedToday, "20241015",
                qualys(issuer).replace("<documentType>4</documentType>", "<documentType>4/A</documentType>")
                        .replace("<periodOfReport>2013-08-06</periodOfReport>",
                                "<periodOfReport>2013-08-06</periodOfReport>\n    <dateOfOriginalSubmission>2013-08-07</dateOfOriginalSubmission>")));

        follower.poll();
        given().get("/edgar/follow").then().statusCode(200)
                .body("enabled", equalTo(false))
                .body("lastPollAt", notNullValue())
                .body("lastError", nullValue())
                .body("feed.day", equalTo(TODAY.toString()))
                .body("feed.found", equalTo(2))
                .body("feed.stored", equalTo(2))
                .body("feed.refused", equalTo(0));
        given().get("/filings/{a}", today).then().statusCode(200).body("filingDate", equalTo("2024-10-15"));
        given().get("/filings/{a}", amendedToday).then().statusCode(200).body("documentType", equalTo("4/A"));
        given().get("/filings/{a}", yesterdays).then().statusCode(404);
        assertThat(EdgarStub.requestCount(LatestFilingsFeed.path("4", 0, 100))).isEqualTo(1);
        assertThat(EdgarStub.requestCount(LatestFilingsFeed.path("3", 0, 100))).isEqualTo(1);
        assertThat(EdgarStub.requestCount(LatestFilingsFeed.path("5", 0, 100))).isEqualTo(1);

        // without a cursor it starts with yesterday, a Columbus Day without an index, by a catch-up job
        String job = given().get("/edgar/follow").then().extract().path("latestJob");
        assertThat(job).isNotNull();
        worker.nudge();
        JsonPath catchUp = awaitEnd("/edgar/jobs/" + job);
        assertThat(catchUp.getString("kind")).isEqualTo("FOLLOW");
        assertThat(catchUp.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(catchUp.getString("from")).isEqualTo("2024-10-14");
        assertThat(catchUp.getInt("daysWithoutIndex")).isEqualTo(1);
        given().get("/edgar/follow").then().body("cursor", equalTo("2024-10-14"));

        // the next poll finds nothing new: nothing fetched again, nothing counted twice, no new job
        follower.poll();
        given().get("/edgar/follow").then().body("feed.found", equalTo(2)).body("feed.stored", equalTo(2)).body("latestJob", equalTo(job));
        assertThat(EdgarStub.requestCount(DailyIndex.submissionPath("0009990002", today))).isEqualTo(1);
        assertThat(EdgarStub.requestCount(LatestFilingsFeed.path("4", 0, 100))).isEqualTo(2);
    }

    @Test
    void theRealFilingsOfTheSharedFixturesArriveThroughADailyIndex() {
        SharedFixtures.assumePresent();
        LocalDate day = LocalDate.of(2024, 9, 3);
        Map<String, Map<String, String>> byAccession = new LinkedHashMap<>();
        for (Map<String, String> row : SharedFixtures.tsv(SharedFixtures.DIR.resolve("MANIFEST.tsv"))) {
            if (!row.get("accession").isBlank()) {
                byAccession.putIfAbsent(row.get("accession"), row);
            }
        }
        assertThat(byAccession).isNotEmpty();
        List<String> rows = new ArrayList<>();
        byAccession.forEach((accession, row) -> {
            rows.add(EdgarStub.row(row.get("issuer_cik"), row.get("issuer_name").replace("|", " "), row.get("form_type"), day, accession));
            String xml = SharedFixtures.read(SharedFixtures.DIR.resolve("xml").resolve(row.get("filename")));
            EdgarStub.filing(row.get("issuer_cik"), accession, Fixtures.submission(accession, "20240903", xml));
        });
        EdgarStub.index(day, rows);

        JsonPath job = awaitEnd(backfill("2024-09-03", "2024-09-03"));
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("filingsFound")).isEqualTo(byAccession.size());
        assertThat(job.getInt("stored")).as("rejections: %s", job.getList("rejections")).isEqualTo(byAccession.size());
        byAccession.forEach((accession, row) -> given().get("/filings/{a}", accession).then().statusCode(200)
                .body("documentType", equalTo(row.get("form_type")))
                .body("issuer.cik", equalTo(row.get("issuer_cik"))));
    }

    // ---- bad requests: each a problem, and no job started ----------------------------------------------------

    @Test
    void backfillsOfBadRangesAreRefusedWithAProblemNamingTheFieldAndStartNoJob() {
        int before = jobCount();
        refused(Map.of("from", "2024-07-05", "to", "2024-07-01"), 422, "rule-violated", "to", "before from");
        refused(Map.of("from", "2023-01-01", "to", "2024-07-01"), 422, "rule-violated", "to", "at most 366");
        refused(Map.of("from", "2024-10-10", "to", TODAY.toString()), 422, "rule-violated", "to", "not a past day");
        refused(Map.of("from", "2024-10-10", "to", "2025-01-02"), 422, "rule-violated", "to", "not a past day");
        refused(Map.of("from", "2003-06-27", "to", "2003-07-01"), 422, "rule-violated", "from", "2003-06-30");
        refused(Map.of("from", "2024-02-30", "to", "2024-03-01"), 400, "malformed-body", "from", "date");
        refused(Map.of("from", "yesterday", "to", "2024-03-01"), 400, "malformed-body", "from", "date");
        refused(Map.of("to", "2024-03-01"), 400, "validation-failed", "from", "must not be null");
        refused(Map.of("from", "2024-03-01", "to", "2024-03-02", "days", 2), 400, "malformed-body", "days", "not a known field");
        given().contentType("application/json").post("/edgar/backfills").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        assertThat(jobCount()).isEqualTo(before);

        given().get("/edgar/jobs/{id}", "not-a-job").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:governance:problem:invalid-parameter")).body("errors[0].field", equalTo("id"));
        given().get("/edgar/jobs/{id}", UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:governance:problem:not-found"));
        given().post("/edgar/jobs/{id}/resume", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aRunningJobCannotBeResumed() {
        SettableEdgarClock.set(LocalDate.of(2024, 10, 12));
        // a business day whose index is not out: the job runs (waiting) until it is
        String location = backfill("2024-10-11", "2024-10-11");
        given().post(location + "/resume").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("is running"));
        jdbc.update("ending the test's job", "UPDATE edgar_job SET state = 'SUCCEEDED' WHERE id = ?", UUID.fromString(location.replaceAll(".*/", "")));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static void refused(Map<String, Object> body, int status, String type, String field, String detail) {
        given().contentType("application/json").body(body).post("/edgar/backfills").then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:governance:problem:" + type))
                .body("errors.field", contains(field))
                .body("detail", containsString(detail));
    }

    private static int jobCount() {
        return given().get("/edgar/jobs").then().statusCode(200).extract().path("size()");
    }

    private static String backfill(String from, String to) {
        return given().contentType("application/json").body(Map.of("from", from, "to", to)).post("/edgar/backfills").then()
                .statusCode(202).extract().header("Location");
    }

    private static JsonPath awaitEnd(String location) {
        return awaitCondition(location, job -> !"RUNNING".equals(job.getString("state")));
    }

    private static JsonPath awaitCondition(String location, Predicate<JsonPath> condition) {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonPath job = given().get(location).then().statusCode(200).extract().jsonPath();
        while (!condition.test(job)) {
            assertThat(Instant.now()).as("job %s by its deadline: %s", location, job.prettify()).isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            job = given().get(location).then().statusCode(200).extract().jsonPath();
        }
        return job;
    }

    /** A counter's value on /q/metrics (Prometheus text), 0 when it has not counted yet. */
    private static double metric(String name, String... tags) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("^" + name + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE).matcher(text);
        while (line.find()) {
            boolean all = true;
            for (int i = 0; i < tags.length; i += 2) {
                all &= line.group(1).contains(tags[i] + "=\"" + tags[i + 1] + "\"");
            }
            if (all) {
                return Double.parseDouble(line.group(2));
            }
        }
        return 0;
    }

    private static Map<String, Map<String, Object>> byAccession(List<Map<String, Object>> rejections) {
        Map<String, Map<String, Object>> by = new LinkedHashMap<>();
        rejections.forEach(r -> by.put((String) r.get("accession"), r));
        return by;
    }

    private static List<LoggedRequest> sorted(List<LoggedRequest> requests) {
        requests.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
        return requests;
    }

    /** An accession no other test uses (filer prefix 0009999997 is illustrative). */
    private static String accession() {
        return String.format("0009999997-24-%06d", NEXT.incrementAndGet());
    }

    private static String qualys(String issuerCik) {
        return Fixtures.text(Fixtures.QUALYS).replace("0001107843", issuerCik);
    }

    private static String example(String issuerCik) {
        return Fixtures.text(Fixtures.EXAMPLE_ORIGINAL).replace("0009990100", issuerCik);
    }

    private static String exampleAmendment(String issuerCik) {
        return Fixtures.text(Fixtures.EXAMPLE_AMENDMENT).replace("0009990100", issuerCik);
    }
}
