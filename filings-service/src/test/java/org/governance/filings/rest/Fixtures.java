package org.governance.filings.rest;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.response.ValidatableResponse;

/** The filings this project wrote for its tests (src/test/resources/filings), and ways to post them. */
final class Fixtures {

    static final String QUALYS = "qualys-form4-2013-08-06.xml";
    static final String EXAMPLE_ORIGINAL = "example-form4-original.xml";
    static final String EXAMPLE_AMENDMENT = "example-form4-amendment.xml";

    private static final AtomicInteger NEXT = new AtomicInteger();

    private Fixtures() {
    }

    /** Read JSON numbers as BigDecimal, so that tests see the exact decimals the service wrote. */
    static void useExactDecimals() {
        io.restassured.RestAssured.config = io.restassured.RestAssured.config().jsonConfig(
                io.restassured.config.JsonConfig.jsonConfig().numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /** An accession number no other test uses (filer prefix 0009999999 is illustrative). */
    static String newAccession() {
        return String.format("0009999999-%02d-%06d", 10 + NEXT.get() / 1_000_000, NEXT.incrementAndGet());
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/filings/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Missing test fixture " + name, e);
        }
    }

    static ValidatableResponse postXml(String xml, String accession, String filingDate) {
        var request = given().contentType("application/xml").body(xml.getBytes(StandardCharsets.UTF_8));
        if (accession != null) {
            request.queryParam("accession", accession);
        }
        if (filingDate != null) {
            request.queryParam("filingDate", filingDate);
        }
        return request.post("/filings").then();
    }

    /** The filing wrapped as an EDGAR submission text file, the way EDGAR serves it. */
    static String submission(String accession, String filedAsOf, String xml) {
        return "<SEC-DOCUMENT>" + accession + ".txt : " + filedAsOf + "\n"
                + "<SEC-HEADER>" + accession + ".hdr.sgml : " + filedAsOf + "\n"
                + "<ACCEPTANCE-DATETIME>" + filedAsOf + "180000\n"
                + "ACCESSION NUMBER:\t\t" + accession + "\n"
                + "CONFORMED SUBMISSION TYPE:\t4\n"
                + "PUBLIC DOCUMENT COUNT:\t\t1\n"
                + "FILED AS OF DATE:\t\t" + filedAsOf + "\n"
                + "</SEC-HEADER>\n"
                + "<DOCUMENT>\n<TYPE>4\n<SEQUENCE>1\n<FILENAME>form4.xml\n<TEXT>\n<XML>\n"
                + xml.strip() + "\n</XML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n";
    }

    static int status(String accession) {
        return given().get("/filings/{accession}", accession).statusCode();
    }
}
