package org.governance.filings.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.governance.filings.repository.Jdbc;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor", "filings-ingest"})
class FilingIngestTest {

    @Inject
    Jdbc jdbc;

    static {
        Fixtures.useExactDecimals();
    }

    @Test
    void storesTheSeedForm4WithEverythingItSays() {
        String accession = Fixtures.newAccession();
        Fixtures.postXml(Fixtures.text(Fixtures.QUALYS), accession, "2013-08-07").statusCode(201)
                .header("Location", endsWith("/filings/" + accession))
                .body("accession", equalTo(accession))
                .body("documentType", equalTo("4"))
                .body("schemaVersion", equalTo("X0306"))
                .body("periodOfReport", equalTo("2013-08-06"))
                .body("filingDate", equalTo("2013-08-07"))
                .body("notSubjectToSection16", equalTo(false))
                .body("aff10b5One", nullValue())
                .body("issuer.cik", equalTo("0001107843"))
                .body("issuer.name", equalTo("QUALYS, INC."))
                .body("issuer.tradingSymbol", equalTo("QLYS"))
                .body("reportingOwners", hasSize(1))
                .body("reportingOwners[0].name", equalTo("Wilson John N"))
                .body("reportingOwners[0].city", equalTo("REDWOOD CITY"))
                .body("reportingOwners[0].officer", equalTo(true))
                .body("reportingOwners[0].director", equalTo(false))
                .body("reportingOwners[0].officerTitle", equalTo("EVP, Worldwide Field Ops"))
                .body("nonDerivativeTransactions.code", contains("M", "S"))
                .body("sourceFormat", equalTo("XML"));

        var filing = given().get("/filings/{a}", accession).then().statusCode(200).extract().jsonPath();
        // exact decimals, as filed, and the value computed from them
        assertThat(filing.getString("nonDerivativeTransactions[1].pricePerShare")).isEqualTo("18.3654");
        assertThat(filing.getString("nonDerivativeTransactions[1].shares")).isEqualTo("10000");
        assertThat(filing.getString("nonDerivativeTransactions[1].value")).isEqualTo("183654.0000");
        assertThat(filing.getString("nonDerivativeTransactions[1].acquiredDisposed")).isEqualTo("D");
        assertThat(filing.getString("nonDerivativeTransactions[1].sharesOwnedFollowing")).isEqualTo("55500");
        assertThat(filing.getList("nonDerivativeTransactions[1].footnoteRefs.transactionPricePerShare")).containsExactly("F2");
        assertThat(filing.getList("nonDerivativeTransactions[1].footnoteRefs.transactionCoding")).containsExactly("F1");
        assertThat(filing.getString("nonDerivativeTransactions[0].pricePerShare")).isEqualTo("4.1");
        assertThat(filing.getString("nonDerivativeTransactions[0].value")).isEqualTo("41000.0");
        // 10b5-1 status from the footnote the trade cites
        assertThat(filing.getString("nonDerivativeTransactions[1].plan10b5One.status")).isEqualTo("FOOTNOTE");
        assertThat(filing.getString("nonDerivativeTransactions[1].plan10b5One.evidence")).startsWith("F1: The transactions reported")
                .contains("Rule 10b5-1 trading plan");
        // filed the next business day: on time
        assertThat(filing.getInt("nonDerivativeTransactions[1].filingLagBusinessDays")).isEqualTo(1);
        assertThat(filing.getBoolean("nonDerivativeTransactions[1].late")).isFalse();
        // Table II: the option exercised, its exercise date given only as a footnote
        assertThat(filing.getString("derivativeTransactions[0].securityTitle")).isEqualTo("Stock Option (right to buy)");
        assertThat(filing.getString("derivativeTransactions[0].conversionOrExercisePrice")).isEqualTo("4.1");
        assertThat(filing.getString("derivativeTransactions[0].exerciseDate")).isNull();
        assertThat(filing.getList("derivativeTransactions[0].footnoteRefs.exerciseDate")).containsExactly("F3");
        assertThat(filing.getString("derivativeTransactions[0].expirationDate")).isEqualTo("2020-11-05");
        assertThat(filing.getString("derivativeTransactions[0].underlyingSecurityShares")).isEqualTo("10000");
        assertThat(filing.getString("derivativeTransactions[0].sharesOwnedFollowing")).isEqualTo("140591");
        assertThat(filing.getList("footnotes.id")).containsExactly("F1", "F2", "F3");
        assertThat(filing.getString("ownerSignatures[0].name")).isEqualTo("/s/ Bruce Posey by power of attorney for John N. Wilson");
        assertThat(filing.getString("ownerSignatures[0].date")).isEqualTo("2013-08-07");
        assertThat(filing.getList("nonDerivativeHoldings")).isEmpty();
    }

    @Test
    void theSameFilingAgainAnswers200AndStoresNothingNew() {
        String accession = Fixtures.newAccession();
        String xml = Fixtures.text(Fixtures.QUALYS);
        Fixtures.postXml(xml, accession, null).statusCode(201);
        // the same XML with trailing white space is the same filing
        Fixtures.postXml(xml + "\n\n", accession, "2013-08-07").statusCode(200)
                .body("accession", equalTo(accession))
                .body("filingDate", equalTo("2013-08-07"));
        given().queryParam("issuerCik", "1107843").queryParam("from", "2013-08-06").queryParam("to", "2013-08-06")
                .queryParam("size", 500).get("/transactions").then().statusCode(200)
                .body("items.findAll { it.accession == '" + accession + "' }", hasSize(3));
    }

    @Test
    void differentContentUnderAStoredAccessionIs409AndChangesNothing() {
        String accession = Fixtures.newAccession();
        Fixtures.postXml(Fixtures.text(Fixtures.QUALYS), accession, "2013-08-07").statusCode(201);
        Fixtures.postXml(Fixtures.text(Fixtures.QUALYS).replace("18.3654", "18.3655"), accession, "2013-08-07").statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:governance:problem:conflict"))
                .body("errors[0].field", equalTo("accession"));
        given().get("/filings/{a}", accession).then().body("nonDerivativeTransactions[1].pricePerShare", hasToString("18.3654"));
    }

    @Test
    void twentyIdenticalPostsAtOnceStoreItOnceAndEachAnswersCreatedOrAlreadyStored() throws Exception {
        // first leave the pool in the state that once answered 6 of the 20 with 500: statements the driver failed to send
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> jdbc.withConnection(connection -> {
                connection.createStatement().execute("CREATE TEMPORARY TABLE IF NOT EXISTS jdbc_probe (n NUMERIC)");
                Jdbc.batch(connection, "INSERT INTO jdbc_probe (n) VALUES (?)",
                        List.of(new Object[] { BigDecimal.ONE }, new Object[] { new BigDecimal("1." + "1".repeat(20_000)) }));
            })).isInstanceOf(Jdbc.DataAccessException.class);
        }
        String accession = Fixtures.newAccession();
        String xml = Fixtures.text(Fixtures.EXAMPLE_ORIGINAL).replace("0009990100", "0009990199");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(20);
        List<CompletableFuture<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            posts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Fixtures.postXml(xml, accession, "2024-08-16").extract().statusCode();
            }, clients));
        }
        start.countDown();
        List<Integer> statuses = posts.stream().map(CompletableFuture::join).sorted().toList();
        clients.shutdown();
        assertThat(statuses).hasSize(20).containsOnly(200, 201);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        given().queryParam("issuerCik", "9990199").get("/transactions").then().body("totalItems", equalTo(1));
    }

    @Test
    void readsAnEdgarSubmissionTextFile() {
        String accession = Fixtures.newAccession();
        String submission = Fixtures.submission(accession, "20130807", Fixtures.text(Fixtures.QUALYS));
        given().contentType("text/plain").body(submission.getBytes(StandardCharsets.UTF_8)).post("/filings").then()
                .statusCode(201)
                .body("accession", equalTo(accession))
                .body("filingDate", equalTo("2013-08-07"))
                .body("sourceFormat", equalTo("SUBMISSION"))
                .body("nonDerivativeTransactions", hasSize(2));
        // the bare XML of the same filing is the same filing
        Fixtures.postXml(Fixtures.text(Fixtures.QUALYS), accession, null).statusCode(200);
    }

    @Test
    void refusesABareXmlFilingWithoutAValidAccessionNumber() {
        Fixtures.postXml(Fixtures.text(Fixtures.QUALYS), null, null).statusCode(422)
                .body("type", equalTo("urn:governance:problem:rule-violated"))
                .body("errors[0].field", equalTo("accession"))
                .body("detail", containsString("accession"));
        Fixtures.postXml(Fixtures.text(Fixtures.QUALYS), "1415889-24-20022", null).statusCode(422)
                .body("errors[0].field", equalTo("accession"));
        Fixtures.postXml(Fixtures.text(Fixtures.QUALYS), Fixtures.newAccession(), "2013-13-01").statusCode(400)
                .body("errors[0].field", equalTo("filingDate"));
        given().queryParam("issuerCik", "1107843").queryParam("from", "2013-08-06").queryParam("to", "2013-08-06")
                .queryParam("codes", "X").get("/transactions").then().body("items", empty());
    }

    @Test
    void refusesASubmissionWithoutHeaderOrXml() {
        given().contentType("text/plain").body("FILED AS OF DATE: 20130807\n<XML><ownershipDocument/></XML>").post("/filings")
                .then().statusCode(422).body("errors[0].field", equalTo("SEC-HEADER/ACCESSION NUMBER"));
        given().contentType("text/plain").body("ACCESSION NUMBER: 0009999999-13-999999\nFILED AS OF DATE: 20130807\n")
                .post("/filings").then().statusCode(422).body("errors[0].field", equalTo("DOCUMENT/TEXT/XML"));
        given().contentType("text/plain").body("ACCESSION NUMBER: 0009999999-13-999998\nFILED AS OF DATE: 2013-08-07\n<XML></XML>")
                .post("/filings").then().statusCode(422).body("errors[0].field", equalTo("SEC-HEADER/FILED AS OF DATE"));
        assertThat(Fixtures.status("0009999999-13-999999")).isEqualTo(404);
    }

    @Test
    void answersUnknownOrMalformedAccessionNumbers() {
        given().get("/filings/{a}", "0009999999-99-999999").then().statusCode(404)
                .body("type", equalTo("urn:governance:problem:not-found"));
        given().get("/filings/{a}", "not-an-accession").then().statusCode(400)
                .body("errors[0].field", equalTo("accession"));
    }
}
