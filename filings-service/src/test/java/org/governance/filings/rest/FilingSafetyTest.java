package org.governance.filings.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Hostile and broken input: each is refused with a problem naming where, and nothing is stored. */
@QuarkusTest
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor", "filings-ingest"})
class FilingSafetyTest {

    private static void refused(String xml, int status, String type, String field) {
        String accession = Fixtures.newAccession();
        var response = Fixtures.postXml(xml, accession, null).statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:governance:problem:" + type))
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("\tat ")));
        if (field != null) {
            response.body("errors[0].field", equalTo(field));
        }
        assertThat(Fixtures.status(accession)).isEqualTo(404);
    }

    @Test
    void refusesExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE ownershipDocument [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + Fixtures.text(Fixtures.QUALYS).replaceFirst("(?s)^.*?<ownershipDocument>", "<ownershipDocument>")
                        .replace("<remarks></remarks>", "<remarks>&secret;</remarks>");
        refused(xxe, 400, "malformed-xml", null);
    }

    @Test
    void refusesEntityExpansion() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><ownershipDocument><remarks>&lol3;</remarks></ownershipDocument>";
        refused(laughs, 400, "malformed-xml", null);
    }

    @Test
    void refusesDeepNesting() {
        String deep = "<ownershipDocument>" + "<a>".repeat(200) + "</a>".repeat(200) + "</ownershipDocument>";
        refused(deep, 400, "malformed-xml", null);
    }

    @Test
    void refusesABodyOverTheConfiguredMaximum() {
        String huge = Fixtures.text(Fixtures.QUALYS).replace("<remarks></remarks>",
                "<remarks>" + "x".repeat(5 * 1024 * 1024) + "</remarks>");
        refused(huge, 413, "payload-too-large", "body");
    }

    @Test
    void refusesXmlThatIsNotWellFormed() {
        refused(Fixtures.text(Fixtures.QUALYS).replace("</issuer>", ""), 400, "malformed-xml", null);
        refused("", 400, "validation-failed", "body");
    }

    @Test
    void refusesARootOtherThanOwnershipDocument() {
        refused("<edgarSubmission><schemaVersion>X0306</schemaVersion></edgarSubmission>", 422, "invalid-filing", "edgarSubmission");
    }

    @Test
    void refusesAMissingRequiredElementNamingItsPath() {
        refused(Fixtures.text(Fixtures.QUALYS).replace("<periodOfReport>2013-08-06</periodOfReport>", ""), 422, "invalid-filing",
                "ownershipDocument/periodOfReport");
        refused(Fixtures.text(Fixtures.QUALYS).replace("<issuerCik>0001107843</issuerCik>", ""), 422, "invalid-filing",
                "ownershipDocument/issuer/issuerCik");
        refused(Fixtures.text(Fixtures.QUALYS).replace("<transactionCode>S</transactionCode>", ""), 422, "invalid-filing",
                "ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[2]/transactionCoding/transactionCode");
    }

    @Test
    void refusesBadDatesNumbersCodesAndBooleans() {
        String xml = Fixtures.text(Fixtures.QUALYS);
        refused(xml.replace("<value>2020-11-05</value>", "<value>2020-11-31</value>"), 422, "invalid-filing",
                "ownershipDocument/derivativeTable/derivativeTransaction[1]/expirationDate/value");
        refused(xml.replace("<value>18.3654</value>", "<value>$18.37</value>"), 422, "invalid-filing",
                "ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[2]/transactionAmounts/transactionPricePerShare/value");
        refused(xml.replace("<value>55500</value>", "<value>55,500</value>"), 422, "invalid-filing",
                "ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[2]/postTransactionAmounts/sharesOwnedFollowingTransaction/value");
        refused(xml.replace("<transactionCode>S</transactionCode>", "<transactionCode>K</transactionCode>"), 422, "invalid-filing",
                "ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[2]/transactionCoding/transactionCode");
        refused(xml.replace("<isOfficer>1</isOfficer>", "<isOfficer>yes</isOfficer>"), 422, "invalid-filing",
                "ownershipDocument/reportingOwner[1]/reportingOwnerRelationship/isOfficer");
        refused(xml.replace("<documentType>4</documentType>", "<documentType>8-K</documentType>"), 422, "invalid-filing",
                "ownershipDocument/documentType");
        refused(xml.replace("<footnoteId id=\"F2\"/>", "<footnoteId id=\"F9\"/>"), 422, "invalid-filing",
                "ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[2]/transactionAmounts/transactionPricePerShare/footnoteId");
    }

    @Test
    void refusesTheWrongMediaType() {
        given().contentType("application/json").body("{}").post("/filings").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void refusesANumberBeyondWhatAFilingHoldsAndTheNextReadsAreRight() {
        String stored = Fixtures.newAccession();
        Fixtures.postXml(Fixtures.text(Fixtures.QUALYS), stored, "2013-08-07").statusCode(201);
        // 20,000 decimals: beyond PostgreSQL's NUMERIC, and once the driver failed half-way and broke its connection
        refused(Fixtures.text(Fixtures.QUALYS).replace("<value>65500</value>", "<value>1." + "5".repeat(20_000) + "</value>"), 422,
                "invalid-filing",
                "ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[1]/postTransactionAmounts/sharesOwnedFollowingTransaction/value");
        refused(Fixtures.text(Fixtures.QUALYS).replace("<value>65500</value>", "<value>" + "9".repeat(1_200) + "</value>"), 422,
                "invalid-filing",
                "ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[1]/postTransactionAmounts/sharesOwnedFollowingTransaction/value");
        for (int i = 0; i < 40; i++) {
            given().get("/filings/{accession}", stored).then().statusCode(200).body("accession", equalTo(stored));
        }
    }

    @Test
    void refusesDatesNoFilingCanHave() {
        String xml = Fixtures.text(Fixtures.QUALYS);
        refused(xml.replace("<periodOfReport>2013-08-06</periodOfReport>", "<periodOfReport>0000-01-01</periodOfReport>"), 422,
                "invalid-filing", "ownershipDocument/periodOfReport");
        refused(xml.replaceFirst("<transactionDate><value>2013-08-06</value>", "<transactionDate><value>9999-12-31</value>"), 422,
                "invalid-filing", "ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[1]/transactionDate/value");
        // once stored as PostgreSQL's infinity, with a business-day count of 20 hours at every read
        for (String filingDate : new String[] { "+999999999-12-31", "-999999999-01-01", "0000-01-01" }) {
            String accession = Fixtures.newAccession();
            Fixtures.postXml(xml, accession, filingDate).statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:governance:problem:invalid-parameter")).body("errors[0].field", equalTo("filingDate"));
            assertThat(Fixtures.status(accession)).isEqualTo(404);
        }
        String accession = Fixtures.newAccession();
        Fixtures.postXml(xml, accession, "9999-12-31").statusCode(400).body("errors[0].field", equalTo("filingDate"))
                .body("detail", containsString("1934-06-06 to 2099-12-31"));
        assertThat(Fixtures.status(accession)).isEqualTo(404);

        String submission = Fixtures.submission(accession, "99991231", xml);
        given().contentType("text/plain").body(submission).post("/filings").then().statusCode(422)
                .body("errors[0].field", equalTo("SEC-HEADER/FILED AS OF DATE"));
        assertThat(Fixtures.status(accession)).isEqualTo(404);
    }

    @Test
    void readsAHostileSubmissionTextInLinearTime() {
        // the regular expressions it replaced took 275 ms for 1,200 of these lines, growing with the cube of their number
        String accession = Fixtures.newAccession();
        String hostile = Fixtures.submission(accession, "20130807", "").replace("<XML>", "").replace("</XML>", "")
                + "<XML>  \n".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> given().contentType("text/plain").body(hostile).post("/filings").then()
                .statusCode(422).body("errors[0].field", equalTo("DOCUMENT/TEXT/XML")));
        assertThat(Fixtures.status(accession)).isEqualTo(404);
    }

    @Test
    void refusesAnXIncludeAndReadsNothingItNames() {
        String xinclude = Fixtures.text(Fixtures.QUALYS).replace("<remarks></remarks>",
                "<remarks><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\" parse=\"text\"/></remarks>");
        refused(xinclude, 422, "invalid-filing", "ownershipDocument/remarks/xi:include");
    }
}
