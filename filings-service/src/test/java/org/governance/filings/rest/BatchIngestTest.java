package org.governance.filings.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor", "filings-ingest"})
class BatchIngestTest {

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aFilingTwiceInOneBatchIsStoredOnceAndTheRepeatIsAlreadyPresent() throws IOException {
        String accession = Fixtures.newAccession();
        String qualys = Fixtures.text(Fixtures.QUALYS).replace("0001107843", "0009990121");
        given().contentType("application/zip").body(zip(accession + ".xml", qualys, "again/" + accession + ".xml", qualys))
                .post("/filings/batch").then().statusCode(200)
                .body("stored", equalTo(1))
                .body("alreadyPresent", equalTo(1))
                .body("results[0].outcome", equalTo("STORED"))
                .body("results[0].status", equalTo(201))
                .body("results[1].outcome", equalTo("ALREADY_PRESENT"))
                .body("results[1].status", equalTo(200));
    }

    @Test
    void storesOrRefusesEachFileOnItsOwnAndReportsEveryOne() throws IOException {
        String stored = Fixtures.newAccession();
        String again = Fixtures.newAccession();
        String viaSubmission = Fixtures.newAccession();
        String broken = Fixtures.newAccession();
        String qualys = Fixtures.text(Fixtures.QUALYS).replace("0001107843", "0009990120");
        Fixtures.postXml(qualys, again, null).statusCode(201);

        byte[] body = zip(
                stored + ".xml", qualys,
                "nested/" + again + ".xml", qualys,
                "submission.txt", Fixtures.submission(viaSubmission, "20130807", qualys),
                broken + ".xml", qualys.replace("</issuer>", ""),
                "notes.pdf", "not a filing",
                "form4.xml", qualys);
        given().contentType("application/zip").body(body).post("/filings/batch").then().statusCode(200)
                .body("files", equalTo(6))
                .body("stored", equalTo(2))
                .body("alreadyPresent", equalTo(1))
                .body("rejected", equalTo(3))
                .body("results[0].outcome", equalTo("STORED"))
                .body("results[0].accession", equalTo(stored))
                .body("results[1].outcome", equalTo("ALREADY_PRESENT"))
                .body("results[2].outcome", equalTo("STORED"))
                .body("results[2].accession", equalTo(viaSubmission))
                .body("results[3].outcome", equalTo("REJECTED"))
                .body("results[3].status", equalTo(400))
                .body("results[3].problemType", equalTo("urn:governance:problem:malformed-xml"))
                .body("results[4].outcome", equalTo("REJECTED"))
                .body("results[4].status", equalTo(422))
                .body("results[5].outcome", equalTo("REJECTED"))
                .body("results[5].field", equalTo("file"));
        given().get("/filings/{a}", stored).then().statusCode(200);
        given().get("/filings/{a}", viaSubmission).then().statusCode(200).body("filingDate", equalTo("2013-08-07"));
        given().get("/filings/{a}", broken).then().statusCode(404);
    }

    @Test
    void refusesABodyThatIsNotAZipOrHoldsNothing() throws IOException {
        given().contentType("application/zip").body("plain text".getBytes(StandardCharsets.UTF_8)).post("/filings/batch")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
        given().contentType("application/zip").body(zip()).post("/filings/batch").then().statusCode(400)
                .body("type", equalTo("urn:governance:problem:validation-failed"));
    }

    @Test
    void refusesAFileThatUnpacksBeyondTheLimit() throws IOException {
        String accession = Fixtures.newAccession();
        // compresses to a few kilobytes, unpacks past the 5 MB limit
        String bomb = Fixtures.text(Fixtures.QUALYS).replace("<remarks></remarks>", "<remarks>" + "0".repeat(6_000_000) + "</remarks>");
        given().contentType("application/zip").body(zip(accession + ".xml", bomb)).post("/filings/batch").then().statusCode(200)
                .body("rejected", equalTo(1))
                .body("results[0].status", equalTo(413));
        given().get("/filings/{a}", accession).then().statusCode(404);
    }

    @Test
    void stopsReadingTheArchiveAtAFileThatUnpacksBeyondTheLimit() throws IOException {
        String before = Fixtures.newAccession();
        String bomb = Fixtures.newAccession();
        String after = Fixtures.newAccession();
        String filing = Fixtures.text(Fixtures.QUALYS).replace("0001107843", "0009990122");
        String huge = filing.replace("<remarks></remarks>", "<remarks>" + "0".repeat(6_000_000) + "</remarks>");
        // the file after the oversize one is not unpacked: reaching it would mean unpacking the oversize one to its end
        given().contentType("application/zip").body(zip(before + ".xml", filing, bomb + ".xml", huge,
                after + ".xml", filing)).post("/filings/batch").then().statusCode(200)
                .body("files", equalTo(2))
                .body("stored", equalTo(1))
                .body("rejected", equalTo(1))
                .body("results[1].file", equalTo(bomb + ".xml"))
                .body("results[1].status", equalTo(413))
                .body("notRead", org.hamcrest.Matchers.containsString("The files after " + bomb + ".xml were not read"));
        given().get("/filings/{a}", before).then().statusCode(200);
        given().get("/filings/{a}", bomb).then().statusCode(404);
        given().get("/filings/{a}", after).then().statusCode(404);
    }

    @Test
    void aNameMarkedUtf8ThatIsNotStopsTheReadingWithTheReasonAndKeepsWhatCameBefore() throws IOException {
        String first = Fixtures.newAccession();
        String qualys = Fixtures.text(Fixtures.QUALYS).replace("0001107843", "0009990122");
        byte[] body = zip(first + ".xml", qualys, "QQQQ.xml", qualys);
        // the archive marks its names as UTF-8 (general purpose flag bit 11); 0xFF is never UTF-8
        replaceAll(body, "QQQQ".getBytes(StandardCharsets.US_ASCII), new byte[] { (byte) 0xFF, (byte) 0xFE, (byte) 0xFF, (byte) 0xFE });
        given().contentType("application/zip").body(body).post("/filings/batch").then().statusCode(200)
                .body("files", equalTo(1)).body("stored", equalTo(1))
                .body("notRead", containsString("is marked as UTF-8 but is not valid UTF-8"));
        assertThat(Fixtures.status(first)).isEqualTo(200);

        byte[] only = zip("QQQQ.xml", qualys);
        replaceAll(only, "QQQQ".getBytes(StandardCharsets.US_ASCII), new byte[] { (byte) 0xFF, (byte) 0xFE, (byte) 0xFF, (byte) 0xFE });
        given().contentType("application/zip").body(only).post("/filings/batch").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("not valid UTF-8"));
    }

    @Test
    void aNameInTheZipFormatsOwnCodePageIsReadAndItsFileJudged() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, Charset.forName("IBM437"))) {
            zip.putNextEntry(new ZipEntry("d\u00e9p\u00f4t.xml"));
            zip.write(Fixtures.text(Fixtures.QUALYS).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        given().contentType("application/zip").body(bytes.toByteArray()).post("/filings/batch").then().statusCode(200)
                .body("rejected", equalTo(1)).body("results[0].file", equalTo("d\u00e9p\u00f4t.xml"))
                .body("results[0].detail", containsString("named by its accession number"));
    }

    @Test
    void aTruncatedArchiveSaysItIsTruncated() throws IOException {
        byte[] whole = zip(Fixtures.newAccession() + ".xml", Fixtures.text(Fixtures.QUALYS).repeat(3));
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        given().contentType("application/zip").body(truncated).post("/filings/batch").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("truncated"))
                .body("detail", not(containsString("null")));
    }

    private static void replaceAll(byte[] bytes, byte[] find, byte[] with) {
        for (int i = 0; i + find.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + find.length, find, 0, find.length)) {
                System.arraycopy(with, 0, bytes, i, with.length);
            }
        }
    }
}
