package org.governance.filings.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor", "filings-ingest"})
class AmendmentTest {

    static {
        Fixtures.useExactDecimals();
    }

    /** The example pair under an issuer CIK of its own, so that tests do not see each other's filings. */
    private static String[] pair(String issuerCik) {
        return new String[] {
                Fixtures.text(Fixtures.EXAMPLE_ORIGINAL).replace("0009990100", issuerCik),
                Fixtures.text(Fixtures.EXAMPLE_AMENDMENT).replace("0009990100", issuerCik) };
    }

    @Test
    void anAmendmentSupersedesTheFilingItAmends() {
        String[] pair = pair("0009990101");
        String original = Fixtures.newAccession();
        String amendment = Fixtures.newAccession();
        Fixtures.postXml(pair[0], original, "2024-08-16").statusCode(201).body("supersededBy", nullValue());
        Fixtures.postXml(pair[1], amendment, "2024-08-20").statusCode(201)
                .body("documentType", equalTo("4/A"))
                .body("dateOfOriginalSubmission", equalTo("2024-08-16"))
                .body("amends", equalTo(original));
        given().get("/filings/{a}", original).then().body("supersededBy", equalTo(amendment));

        // queries answer with the amended facts
        given().queryParam("issuerCik", "9990101").get("/transactions").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].accession", equalTo(amendment))
                .body("items[0].transaction.shares", hasToString("1200"));
        given().queryParam("issuerCik", "9990101").queryParam("quarter", "2024-Q3").get("/issuers/{cik}/summary", "9990101")
                .then().body("total.sharesDisposed", hasToString("1200"));
        // both stay stored
        given().queryParam("issuerCik", "9990101").queryParam("includeSuperseded", "true").get("/transactions").then()
                .body("items.accession", contains(original, amendment))
                .body("items.superseded", contains(true, false));
    }

    @Test
    void anAmendmentThatArrivesFirstIsLinkedWhenTheOriginalComes() {
        String[] pair = pair("0009990102");
        String original = Fixtures.newAccession();
        String amendment = Fixtures.newAccession();
        Fixtures.postXml(pair[1], amendment, "2024-08-20").statusCode(201).body("amends", nullValue());
        Fixtures.postXml(pair[0], original, "2024-08-16").statusCode(201).body("supersededBy", equalTo(amendment));
        given().get("/filings/{a}", amendment).then().body("amends", equalTo(original));
        given().queryParam("issuerCik", "9990102").get("/transactions").then()
                .body("items.accession", contains(amendment));
    }

    @Test
    void anAmendmentOfAnotherOwnerOrDayAmendsNothing() {
        String[] pair = pair("0009990103");
        String original = Fixtures.newAccession();
        Fixtures.postXml(pair[0], original, "2024-08-16").statusCode(201);
        Fixtures.postXml(pair[1].replace("0009990002", "0009990003"), Fixtures.newAccession(), "2024-08-20").statusCode(201)
                .body("amends", nullValue());
        Fixtures.postXml(pair[1].replace("<dateOfOriginalSubmission>2024-08-16", "<dateOfOriginalSubmission>2024-08-15"),
                Fixtures.newAccession(), "2024-08-20").statusCode(201).body("amends", nullValue());
        given().get("/filings/{a}", original).then().body("supersededBy", nullValue());
    }
}
