package org.governance.filings.security;

import static org.governance.wire.testing.RoleMatrix.as;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;

import org.governance.filings.repository.Jdbc;
import org.governance.wire.testing.RoleMatrix;
import org.governance.wire.testing.RoleMatrix.Call;
import org.governance.wire.testing.Tokens;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Every endpoint: no token 401, a token without the role 403, the right role 2xx; ingest needs filings-ingest. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RoleMatrixTest {

    private static final String READER = "governance-reader";
    private static final String INGEST = "filings-ingest";

    private static String seedForm4() throws IOException {
        try (InputStream in = RoleMatrixTest.class.getResourceAsStream("/filings/qualys-form4-2013-08-06.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("0001107843", "0008880001");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointChecksTokenAndRole() throws IOException {
        String xml = seedForm4();
        String stored = "0008888888-13-000001";
        as(Tokens.withRoles(INGEST)).contentType("application/xml").body(xml).queryParam("accession", stored).post("/filings")
                .then().statusCode(201);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("0008888888-13-000003.xml"));
            out.write(xml.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        ByteArrayOutputStream dataSet = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(dataSet)) {
            out.putNextEntry(new ZipEntry("SUBMISSION.tsv"));
            out.write("ACCESSION_NUMBER\tDOCUMENT_TYPE\tISSUERCIK\tPERIOD_OF_REPORT\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        String submission = "ACCESSION NUMBER: 0008888888-13-000004\nFILED AS OF DATE: 20130807\n<XML>\n" + xml + "\n</XML>\n";
        List<Call> calls = List.of(
                new Call("POST", "/filings?accession=0008888888-13-000002", xml.getBytes(StandardCharsets.UTF_8), "application/xml", INGEST, 201),
                new Call("POST", "/filings", submission.getBytes(StandardCharsets.UTF_8), "text/plain", INGEST, 201),
                new Call("POST", "/filings/batch", zip.toByteArray(), "application/zip", INGEST, 200),
                new Call("POST", "/datasets/form345", dataSet.toByteArray(), "application/zip", INGEST, 202),
                new Call("GET", "/filings/" + stored, null, null, READER, 200),
                new Call("GET", "/transactions?issuerCik=8880001", null, null, READER, 200),
                new Call("GET", "/owners/9990001/summary?quarter=2013-Q3", null, null, READER, 200),
                new Call("GET", "/issuers/8880001/summary?quarter=2013-Q3", null, null, READER, 200),
                new Call("GET", "/issuers/8880001/insiders?asOf=2013-12-31", null, null, READER, 200),
                new Call("GET", "/issuers?filedFrom=2013-01-01", null, null, READER, 200));
        // a reader (or an editor) may not ingest; an ingest account may not read
        return RoleMatrix.tests(calls, call -> new String[] {READER.equals(call.role()) ? INGEST : READER, "governance-editor"});
    }

    @Inject
    Jdbc jdbc;

    /**
     * The EDGAR endpoints. This app has no filings.edgar.user-agent, so a backfill or a resume that passes the roles
     * is refused for that (422, see EdgarUnconfiguredTest). Jobs and the follower are read by readers and by the
     * ingest account that started the job (scripts and ./platform backfill poll with it).
     */
    @TestFactory
    Stream<DynamicTest> edgarEndpointsCheckTokenAndRole() {
        UUID job = UUID.randomUUID();
        jdbc.update("a finished EDGAR job", "INSERT INTO edgar_job (id, kind, state, from_day, to_day, next_day, finished_at)"
                + " VALUES (?, 'BACKFILL', 'SUCCEEDED', DATE '2024-07-01', DATE '2024-07-01', DATE '2024-07-02', now())", job);
        List<Call> writes = List.of(
                Call.json("POST", "/edgar/backfills", Map.of("from", "2024-07-01", "to", "2024-07-05"), INGEST, 422),
                new Call("POST", "/edgar/jobs/" + job + "/resume", null, null, INGEST, 422));
        List<Call> reads = List.of(Call.read("/edgar/jobs"), Call.read("/edgar/jobs/" + job), Call.read("/edgar/follow"));
        List<Call> readsByIngest = reads.stream().map(c -> new Call(c.method(), c.path(), null, null, INGEST, 200)).toList();
        return Stream.of(RoleMatrix.tests(writes, call -> new String[] {READER, "governance-editor"}),
                RoleMatrix.tests(reads, call -> new String[] {"governance-editor"}),
                RoleMatrix.tests(readsByIngest, call -> new String[] {"governance-editor"})).flatMap(tests -> tests);
    }

    @Test
    void refusesExpiredTamperedAndForeignTokens() {
        RoleMatrix.assertRefusesBadTokens("/transactions");
    }
}
