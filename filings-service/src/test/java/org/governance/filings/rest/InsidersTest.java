package org.governance.filings.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Who an issuer's filings say its insiders are: relationships, dates, the exit mark and last holdings. */
@QuarkusTest
@TestSecurity(user = "tester", roles = { "governance-reader", "filings-ingest" })
class InsidersTest {

    private static final String ISSUER = "0009990170";

    @Test
    void anIssuersInsidersAsTheFilingsReportThemUpToADay() {
        String xml = Fixtures.text(Fixtures.QUALYS).replace("0001107843", ISSUER);
        String first = Fixtures.newAccession();
        Fixtures.postXml(xml, first, "2013-08-07").statusCode(201);
        // a year later the same officer reports a sale, becomes a director too, and marks the exit from Section 16
        String later = xml.replace("<periodOfReport>2013-08-06</periodOfReport>", "<periodOfReport>2014-08-06</periodOfReport>")
                .replace("2013-08-06</value>", "2014-08-06</value>")
                .replace("<notSubjectToSection16>0</notSubjectToSection16>", "<notSubjectToSection16>1</notSubjectToSection16>")
                .replace("<isDirector>0</isDirector>", "<isDirector>1</isDirector>")
                .replace("<value>55500</value>", "<value>41000</value>");
        String second = Fixtures.newAccession();
        Fixtures.postXml(later, second, "2014-08-08").statusCode(201);

        given().queryParam("asOf", "2014-12-31").get("/issuers/{cik}/insiders", "9990170").then().statusCode(200)
                .body("issuerCik", equalTo(ISSUER))
                .body("issuerName", equalTo("QUALYS, INC."))
                .body("insiders", hasSize(1))
                .body("insiders[0].cik", equalTo("0009990001"))
                .body("insiders[0].name", equalTo("Wilson John N"))
                .body("insiders[0].officer", equalTo(true))
                .body("insiders[0].director", equalTo(true))
                .body("insiders[0].officerTitle", equalTo("EVP, Worldwide Field Ops"))
                .body("insiders[0].firstFiled", equalTo("2013-08-07"))
                .body("insiders[0].lastFiled", equalTo("2014-08-08"))
                .body("insiders[0].filings", equalTo(2))
                .body("insiders[0].lastAccession", equalTo(second))
                .body("insiders[0].exited", equalTo(true))
                .body("insiders[0].holdings.find { it.securityTitle == 'Common Stock' }.sharesOwned", hasToString("41000"))
                .body("insiders[0].holdings.find { it.securityTitle == 'Common Stock' }.reportedFor", equalTo("2014-08-06"))
                .body("insiders[0].holdings.find { it.table == 'DERIVATIVE' }.sharesOwned", hasToString("140591"));

        // as of the end of 2013, only the first filing counts
        given().queryParam("asOf", "2013-12-31").get("/issuers/{cik}/insiders", ISSUER).then().statusCode(200)
                .body("insiders[0].filings", equalTo(1))
                .body("insiders[0].director", equalTo(false))
                .body("insiders[0].exited", equalTo(false))
                .body("insiders[0].lastFiled", equalTo("2013-08-07"))
                .body("insiders[0].holdings.find { it.securityTitle == 'Common Stock' }.sharesOwned", hasToString("55500"));
        given().queryParam("asOf", "2013-08-06").get("/issuers/{cik}/insiders", ISSUER).then().statusCode(200)
                .body("insiders", empty()).body("issuerName", nullValue());
    }

    @Test
    void refusesABadCikOrDayNamingIt() {
        given().get("/issuers/{cik}/insiders", "12345678901").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("cik"));
        given().queryParam("asOf", "2024-02-30").get("/issuers/{cik}/insiders", ISSUER).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void theIssuersWithFilingsInAPeriodByCik() {
        String xml = Fixtures.text(Fixtures.QUALYS).replace("<periodOfReport>2013-08-06</periodOfReport>", "<periodOfReport>1991-02-01</periodOfReport>")
                .replace("2013-08-06</value>", "1991-02-01</value>");
        Fixtures.postXml(xml.replace("0001107843", "0009990172"), Fixtures.newAccession(), "1991-05-02").statusCode(201);
        Fixtures.postXml(xml.replace("0001107843", "0009990171"), Fixtures.newAccession(), "1991-02-04").statusCode(201);
        Fixtures.postXml(xml.replace("0001107843", "0009990171"), Fixtures.newAccession(), "1991-03-04").statusCode(201);

        given().queryParam("filedFrom", "1991-01-01").queryParam("filedTo", "1991-12-31").get("/issuers").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.cik", contains("0009990171", "0009990172"))
                .body("items[0].name", equalTo("QUALYS, INC."))
                .body("items[0].filings", equalTo(2))
                .body("items[0].lastFiled", equalTo("1991-03-04"));
        given().queryParam("filedFrom", "1991-01-01").queryParam("filedTo", "1991-03-31").get("/issuers").then().statusCode(200)
                .body("items.cik", contains("0009990171"));
        given().queryParam("filedFrom", "1991-01-01").queryParam("filedTo", "1991-12-31").queryParam("size", 1).queryParam("page", 1)
                .get("/issuers").then().statusCode(200).body("items.cik", contains("0009990172")).body("totalPages", equalTo(2));

        given().queryParam("filedFrom", "1991-12-31").queryParam("filedTo", "1991-01-01").get("/issuers").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("filedTo"));
        given().queryParam("filedFrom", "1991-13-01").get("/issuers").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("filedFrom"));
    }
}
