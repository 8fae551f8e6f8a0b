package org.governance.filings.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** POST /datasets/form345: the SEC's quarterly Form 345 data sets, imported as jobs with a report. */
@QuarkusTest
@TestSecurity(user = "tester", roles = {"governance-reader", "filings-ingest"})
class DatasetImportTest {

    @BeforeEach
    void exactDecimals() {
        Fixtures.useExactDecimals();
    }

    @Test
    void importsEveryGoodFilingAndReportsEachRefusalWithItsPlace() {
        String year = DataSets.freshYear();
        String id = DataSets.importAndWait(DataSets.zip(DataSets.fixture(year))).statusCode(200)
                .header("Location", containsString("/datasets/form345/jobs/"))
                .body("state", equalTo("SUCCEEDED"))
                .body("fileName", equalTo("test_form345.zip"))
                .body("missingTables", contains("DERIV_TRANS.tsv"))
                .body("filings", equalTo(6))
                .body("processed", equalTo(6))
                .body("stored", equalTo(4))
                .body("alreadyPresent", equalTo(0))
                .body("rejected", equalTo(2))
                .body("rejections.accession", contains(DataSets.accession(year, 204), DataSets.accession(year, 205)))
                .body("rejections[0].field", equalTo("NONDERIV_TRANS.tsv[ACCESSION_NUMBER=" + DataSets.accession(year, 204)
                        + ", NONDERIV_TRANS_SK=9041]/TRANS_CODE"))
                .body("rejections[0].reason", containsString("Transaction code 'Q' is not in the EDGAR TransCodeList"))
                .body("rejections[1].field", equalTo("REPORTINGOWNER.tsv[ACCESSION_NUMBER=" + DataSets.accession(year, 205) + "]/RPTOWNERCIK"))
                .body("rejections[1].reason", containsString("no reporting owner"))
                .body("finishedAt", notNullValue())
                .extract().path("id");

        // a Form 4: rows in surrogate-key order, footnote references, the 10b5-1 plan from the footnote, roles, lag
        given().get("/filings/" + DataSets.accession(year, 201)).then().statusCode(200)
                .body("sourceFormat", equalTo("DATASET"))
                .body("filingDate", equalTo("2024-08-12"))
                .body("issuer.cik", equalTo("0001107843"))
                .body("reportingOwners[0].cik", equalTo("0009990202"))
                .body("reportingOwners[0].director", equalTo(true))
                .body("reportingOwners[0].officer", equalTo(true))
                .body("reportingOwners[0].officerTitle", equalTo("Chief Financial Officer"))
                .body("nonDerivativeTransactions.seq", contains(1, 2))
                .body("nonDerivativeTransactions.shares", contains(1000, 300))
                .body("nonDerivativeTransactions[0].equitySwapInvolved", equalTo(false))
                .body("nonDerivativeTransactions[0].footnoteRefs.transactionCoding", contains("F1"))
                .body("nonDerivativeTransactions[0].plan10b5One.status", equalTo("FOOTNOTE"))
                .body("nonDerivativeTransactions[1].footnoteRefs.transactionPricePerShare", contains("F2"))
                .body("nonDerivativeTransactions[0].filingLagBusinessDays", equalTo(2))
                .body("nonDerivativeTransactions[0].late", equalTo(false))
                .body("footnotes.id", contains("F1", "F2"))
                .body("ownerSignatures[0].name", equalTo("/s/ Grace Testwood"))
                // its amendment arrived in the same data set and supersedes it
                .body("supersededBy", equalTo(DataSets.accession(year, 202)));
        given().get("/filings/" + DataSets.accession(year, 202)).then().statusCode(200)
                .body("documentType", equalTo("4/A"))
                .body("amends", equalTo(DataSets.accession(year, 201)))
                .body("dateOfOriginalSubmission", equalTo("2024-08-12"));
        // a Form 3 with holdings in both tables
        given().get("/filings/" + DataSets.accession(year, 203)).then().statusCode(200)
                .body("reportingOwners[0].tenPercentOwner", equalTo(true))
                .body("reportingOwners[0].other", equalTo(true))
                .body("reportingOwners[0].otherText", equalTo("Member of a 13(d) group"))
                .body("nonDerivativeHoldings[0].natureOfOwnership", equalTo("By Example Fund LP"))
                .body("nonDerivativeHoldings[0].footnoteRefs.natureOfOwnership", contains("F1"))
                .body("derivativeHoldings[0].conversionOrExercisePrice", equalTo(new BigDecimal("120.5")))
                .body("derivativeHoldings[0].exerciseDate", equalTo("2025-01-01"));
        // refused filings leave nothing behind
        given().get("/filings/" + DataSets.accession(year, 204)).then().statusCode(404);
        given().get("/filings/" + DataSets.accession(year, 205)).then().statusCode(404);

        // the job keeps its report; the list shows it
        given().get("/datasets/form345/jobs/" + id).then().statusCode(200)
                .body("state", equalTo("SUCCEEDED")).body("stored", equalTo(4)).body("rejected", equalTo(2));
        given().get("/datasets/form345/jobs").then().statusCode(200).body("id", hasItem(id));

        // the same data set again stores nothing twice
        DataSets.importAndWait(DataSets.zip(DataSets.fixture(year))).statusCode(200)
                .body("stored", equalTo(0)).body("alreadyPresent", equalTo(4)).body("rejected", equalTo(2));
    }

    @Test
    void withoutWaitingTheAnswerIsTheRunningJobAndItsLocation() {
        String year = DataSets.freshYear();
        String location = given().contentType("application/zip").body(DataSets.zip(DataSets.fixture(year)))
                .post("/datasets/form345").then().statusCode(202)
                .body("state", equalTo("RUNNING"))
                .body("id", notNullValue())
                .extract().header("Location");
        String state = "RUNNING";
        for (int i = 0; i < 100 && state.equals("RUNNING"); i++) {
            sleep(100);
            state = given().get(location).then().statusCode(200).extract().path("state");
        }
        given().get(location).then().body("state", equalTo("SUCCEEDED")).body("stored", equalTo(4));
    }

    @Test
    void aFilingIngestedFromXmlIsNotDuplicatedAndStaysAsFiled() {
        String year = DataSets.freshYear();
        String accession = DataSets.accession(year, 101);
        Fixtures.postXml(demoXml(), accession, "2024-08-08").statusCode(201);

        DataSets.importAndWait(DataSets.zip(DataSets.fixture(year))).statusCode(200)
                .body("stored", equalTo(3))
                .body("alreadyPresent", equalTo(1));
        given().get("/filings/" + accession).then().statusCode(200)
                .body("sourceFormat", equalTo("XML"))
                .body("aff10b5One", equalTo(true))
                .body("nonDerivativeTransactions", hasSize(1));
    }

    @Test
    void xmlArrivingAfterTheDataSetIsAnsweredAsAlreadyPresent() {
        String year = DataSets.freshYear();
        String accession = DataSets.accession(year, 101);
        DataSets.importAndWait(DataSets.zip(DataSets.fixture(year))).statusCode(200).body("stored", equalTo(4));
        // the data set has no 10b5-1 checkbox and rounds amounts: its hash differs by nature, which is not a conflict
        Fixtures.postXml(demoXml(), accession, "2024-08-08").statusCode(200)
                .body("sourceFormat", equalTo("DATASET"))
                .body("nonDerivativeTransactions[0].pricePerShare", equalTo(new BigDecimal("245.1050")));
    }

    @Test
    void badUploadsAreRefusedWithAProblemAndStartNoJob() {
        int jobsBefore = given().get("/datasets/form345/jobs").then().extract().path("size()");

        given().contentType("application/zip").body("not a zip".getBytes(StandardCharsets.UTF_8)).post("/datasets/form345")
                .then().statusCode(400)
                .body("type", equalTo("urn:governance:problem:validation-failed"))
                .body("detail", containsString("not a readable zip archive"))
                .body("errors[0].field", equalTo("body"))
                .body("$", not(org.hamcrest.Matchers.hasKey("trace")));
        given().contentType("application/zip").body(new byte[0]).post("/datasets/form345").then().statusCode(400)
                .body("detail", containsString("no data set"));

        Map<String, String> noSubmission = new LinkedHashMap<>(DataSets.fixture(DataSets.freshYear()));
        noSubmission.remove("SUBMISSION.tsv");
        given().contentType("application/zip").body(DataSets.zip(noSubmission)).post("/datasets/form345").then().statusCode(422)
                .body("detail", containsString("no SUBMISSION.tsv"))
                .body("errors[0].field", equalTo("SUBMISSION.tsv"));

        Map<String, String> noIssuerColumn = new LinkedHashMap<>(DataSets.fixture(DataSets.freshYear()));
        noIssuerColumn.put("SUBMISSION.tsv", noIssuerColumn.get("SUBMISSION.tsv").replaceFirst("ISSUERCIK", "ISSUER_CIK"));
        given().contentType("application/zip").body(DataSets.zip(noIssuerColumn)).post("/datasets/form345").then().statusCode(422)
                .body("detail", containsString("SUBMISSION.tsv has no column ISSUERCIK"));

        given().contentType("text/csv").body("a,b").post("/datasets/form345").then().statusCode(415);
        given().get("/datasets/form345/jobs/not-a-uuid").then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().get("/datasets/form345/jobs/00000000-0000-0000-0000-000000000000").then().statusCode(404);

        int jobsAfter = given().get("/datasets/form345/jobs").then().extract().path("size()");
        assertThat(jobsAfter).as("no job started by a refused upload").isEqualTo(jobsBefore);
    }

    @Test
    void theSecSampleIsReadByHeaderNameAndEveryFilingWithoutAnOwnerIsRefusedWithThatReason() {
        SharedFixtures.assumePresent();
        var sample = SharedFixtures.DIR.resolve("sec-dataset-2024q3-sample");
        // the sample lacks REPORTINGOWNER, NONDERIV_TRANS and FOOTNOTES (too large to keep): no filing is complete
        DataSets.importAndWait(DataSets.zip(sample)).statusCode(200)
                .body("state", equalTo("SUCCEEDED"))
                .body("missingTables", contains("REPORTINGOWNER.tsv", "NONDERIV_TRANS.tsv", "FOOTNOTES.tsv"))
                .body("filings", equalTo(42))
                .body("stored", equalTo(0))
                .body("rejected", equalTo(42))
                .body("rejections", hasSize(42))
                .body("rejections.reason", everyItem(containsString("no reporting owner")))
                .body("rejections.field", not(empty()));
    }

    private static String demoXml() {
        return SharedFixtures.read(java.nio.file.Path.of("../demo/filings/0009999999-24-000101_2024-08-08.xml"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
