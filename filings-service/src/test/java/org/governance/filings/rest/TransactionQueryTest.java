package org.governance.filings.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor", "filings-ingest"})
class TransactionQueryTest {

    static {
        Fixtures.useExactDecimals();
    }

    private static final String ISSUER = "0009990110";
    private static final String OWNER = "0009990111";
    private static String accession;

    /** The seed Form 4 under an issuer and owner of its own, filed late (2013-08-12: four business days). */
    @BeforeEach
    void storeOnce() {
        if (accession == null) {
            accession = Fixtures.newAccession();
            Fixtures.postXml(Fixtures.text(Fixtures.QUALYS).replace("0001107843", ISSUER).replace("0009990001", OWNER),
                    accession, "2013-08-12").statusCode(201);
        }
    }

    @Test
    void findsTransactionsOfManyOwnersWithTheirFilingOwnersAndFootnotes() {
        given().queryParam("ownerCiks", "9990111,9990999").queryParam("quarter", "2013-Q3").get("/transactions").then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.transaction.code", contains("M", "S", "M"))
                .body("items.transaction.table", contains("NON_DERIVATIVE", "NON_DERIVATIVE", "DERIVATIVE"))
                .body("items[1].accession", equalTo(accession))
                .body("items[1].filingDate", equalTo("2013-08-12"))
                .body("items[1].issuer.cik", equalTo(ISSUER))
                .body("items[1].reportingOwners[0].cik", equalTo(OWNER))
                .body("items[1].reportingOwners[0].name", equalTo("Wilson John N"))
                .body("items[1].transaction.value", hasToString("183654.0000"))
                .body("items[1].transaction.plan10b5One.status", equalTo("FOOTNOTE"))
                .body("items[1].transaction.filingLagBusinessDays", hasToString("4"))
                .body("items[1].transaction.late", equalTo(true))
                .body("items[1].footnotes.id", contains("F1", "F2"));
    }

    @Test
    void filtersByIssuerPeriodCodesAndTable() {
        given().queryParam("issuerCik", ISSUER).queryParam("codes", "S").get("/transactions").then()
                .body("items", hasSize(1)).body("items[0].transaction.code", equalTo("S"));
        given().queryParam("issuerCik", ISSUER).queryParam("table", "DERIVATIVE").get("/transactions").then()
                .body("items", hasSize(1)).body("items[0].transaction.securityTitle", equalTo("Stock Option (right to buy)"));
        given().queryParam("issuerCik", ISSUER).queryParam("quarter", "2013-Q4").get("/transactions").then()
                .body("items", empty());
        given().queryParam("issuerCik", ISSUER).queryParam("from", "2013-08-06").queryParam("to", "2013-08-06")
                .queryParam("codes", "m,s").queryParam("size", 2).get("/transactions").then()
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2)).body("items", hasSize(2));
    }

    @Test
    void summarisesAnOwnersAndAnIssuersTradingPerCode() {
        given().queryParam("quarter", "2013-Q3").get("/owners/{cik}/summary", OWNER).then().statusCode(200)
                .body("cik", equalTo(OWNER))
                .body("quarter", equalTo("2013-Q3"))
                .body("from", equalTo("2013-07-01"))
                .body("to", equalTo("2013-09-30"))
                .body("table", equalTo("NON_DERIVATIVE"))
                .body("byCode.code", contains("M", "S"))
                .body("byCode[0].sharesAcquired", hasToString("10000"))
                .body("byCode[0].valueAcquired", hasToString("41000.0"))
                .body("byCode[1].sharesDisposed", hasToString("10000"))
                .body("byCode[1].valueDisposed", hasToString("183654.0000"))
                .body("byCode[1].weightedAveragePrice", hasToString("18.365400"))
                .body("total.transactions", hasToString("2"))
                .body("total.netShares", hasToString("0"))
                .body("total.netValue", hasToString("-142654.0000"));
        given().queryParam("quarter", "2013-Q3").queryParam("table", "DERIVATIVE").get("/issuers/{cik}/summary", ISSUER).then()
                .body("byCode[0].code", equalTo("M"))
                .body("byCode[0].sharesDisposed", hasToString("10000"));
        given().queryParam("quarter", "2014-Q1").get("/issuers/{cik}/summary", ISSUER).then()
                .body("byCode", empty()).body("total.transactions", hasToString("0"))
                .body("total.weightedAveragePrice", nullValue());
    }

    @Test
    void findsTransactionsOfManyIssuersInOneCall() {
        given().queryParam("issuerCiks", ISSUER + ",9990999").queryParam("codes", "S").get("/transactions").then()
                .statusCode(200).body("items.issuer.cik", contains(ISSUER));
        given().queryParam("issuerCiks", "1,x").get("/transactions").then().statusCode(400)
                .body("errors[0].field", equalTo("issuerCiks"));
    }

    @Test
    void refusesBadParameters() {
        given().queryParam("quarter", "2024-Q5").get("/transactions").then().statusCode(400)
                .body("type", equalTo("urn:governance:problem:invalid-parameter")).body("errors[0].field", equalTo("quarter"));
        given().queryParam("quarter", "2024-Q3").queryParam("from", "2024-07-01").get("/transactions").then().statusCode(400)
                .body("errors[0].field", equalTo("quarter"));
        given().queryParam("codes", "S,Q").get("/transactions").then().statusCode(400).body("errors[0].field", equalTo("codes"));
        given().queryParam("table", "BOTH").get("/transactions").then().statusCode(400).body("errors[0].field", equalTo("table"));
        given().queryParam("ownerCiks", "12345678901").get("/transactions").then().statusCode(400)
                .body("errors[0].field", equalTo("ownerCiks"));
        given().queryParam("from", "2024-09-30").queryParam("to", "2024-07-01").get("/transactions").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().queryParam("size", 501).get("/transactions").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().queryParam("includeSuperseded", "maybe").get("/transactions").then().statusCode(400)
                .body("errors[0].field", equalTo("includeSuperseded"));
        given().get("/owners/{cik}/summary", "x1").then().statusCode(400).body("errors[0].field", equalTo("cik"));
    }
}
