package org.governance.filings.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** Every real filing in ../shared/fixtures/edgar/xml ingests, and what is stored matches MANIFEST.tsv and the SEC's data set. */
@QuarkusTest
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor", "filings-ingest"})
class EdgarFixturesTest {

    static {
        Fixtures.useExactDecimals();
    }

    /** The data set writes dates as 06-SEP-2024. */
    private static final DateTimeFormatter SEC_DATE = new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("dd-MMM-yyyy").toFormatter(Locale.ENGLISH);

    /** Files whose manifest row has no accession are posted under an illustrative one. */
    private static String accessionOf(Map<String, String> row, int index) {
        String accession = row.get("accession");
        return accession == null || accession.isBlank() ? String.format("0009999998-00-%06d", index) : accession;
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureIngestsWithTheManifestsCounts() {
        SharedFixtures.assumePresent();
        List<Map<String, String>> manifest = SharedFixtures.tsv(SharedFixtures.DIR.resolve("MANIFEST.tsv"));
        assertThat(manifest).isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < manifest.size(); i++) {
            Map<String, String> row = manifest.get(i);
            String accession = accessionOf(row, i + 1);
            tests.add(DynamicTest.dynamicTest(row.get("filename"), () -> {
                String xml = SharedFixtures.read(SharedFixtures.DIR.resolve("xml").resolve(row.get("filename")));
                int status = Fixtures.postXml(xml, accession, null).extract().statusCode();
                assertThat(status).as("ingest status").isIn(200, 201);
                JsonPath filing = given().get("/filings/{a}", accession).then().statusCode(200).extract().jsonPath();
                assertThat(filing.getString("documentType")).isEqualTo(row.get("form_type"));
                assertThat(filing.getString("schemaVersion")).isEqualTo(row.get("schema_version"));
                assertThat(filing.getString("issuer.cik")).isEqualTo(row.get("issuer_cik"));
                assertThat(filing.getList("reportingOwners")).hasSize(Integer.parseInt(row.get("n_reporting_owners")));
                assertThat(filing.getList("nonDerivativeTransactions")).hasSize(Integer.parseInt(row.get("n_nonderiv_transactions")));
                assertThat(filing.getList("derivativeTransactions")).hasSize(Integer.parseInt(row.get("n_deriv_transactions")));
                assertThat(filing.getList("nonDerivativeHoldings")).hasSize(Integer.parseInt(row.get("n_nonderiv_holdings")));
                assertThat(filing.getList("derivativeHoldings")).hasSize(Integer.parseInt(row.get("n_deriv_holdings")));
                assertThat(filing.getList("ownerSignatures")).hasSize(Integer.parseInt(row.get("n_owner_signatures")));
                Set<String> codes = new TreeSet<>(filing.<String>getList("nonDerivativeTransactions.code"));
                codes.addAll(filing.getList("derivativeTransactions.code"));
                assertThat(String.join("", codes)).isEqualTo(row.get("transaction_codes"));
            }));
        }
        return tests.stream();
    }

    @Test
    void filingsAlsoInTheSecDataSetAgreeWithItsRows() {
        SharedFixtures.assumePresent();
        var sample = SharedFixtures.DIR.resolve("sec-dataset-2024q3-sample");
        Map<String, Map<String, String>> submissions = SharedFixtures.tsv(sample.resolve("SUBMISSION.tsv")).stream()
                .collect(Collectors.toMap(r -> r.get("ACCESSION_NUMBER"), r -> r));
        List<Map<String, String>> manifest = SharedFixtures.tsv(SharedFixtures.DIR.resolve("MANIFEST.tsv"));
        int compared = 0;
        for (Map<String, String> row : manifest) {
            String accession = row.get("accession");
            Map<String, String> submission = submissions.get(accession);
            if (submission == null) {
                continue;
            }
            compared++;
            Fixtures.postXml(SharedFixtures.read(SharedFixtures.DIR.resolve("xml").resolve(row.get("filename"))), accession,
                    secDate(submission.get("FILING_DATE")).toString()).extract().statusCode();
            JsonPath filing = given().get("/filings/{a}", accession).then().statusCode(200).extract().jsonPath();
            assertThat(filing.getString("documentType")).isEqualTo(submission.get("DOCUMENT_TYPE"));
            assertThat(filing.getString("periodOfReport")).isEqualTo(secDate(submission.get("PERIOD_OF_REPORT")).toString());
            assertThat(filing.getString("issuer.cik")).isEqualTo(submission.get("ISSUERCIK"));
            assertThat(filing.getString("issuer.tradingSymbol")).isEqualTo(submission.get("ISSUERTRADINGSYMBOL"));

            assertThat(rows(filing, "derivativeTransactions", "transactionDate", "code", "shares", "acquiredDisposed",
                    "sharesOwnedFollowing", "directOrIndirect"))
                    .isEqualTo(secRows(sample.resolve("DERIV_TRANS.tsv"), accession, "TRANS_DATE", "TRANS_CODE", "TRANS_SHARES",
                            "TRANS_ACQUIRED_DISP_CD", "SHRS_OWND_FOLWNG_TRANS", "DIRECT_INDIRECT_OWNERSHIP"));
            assertThat(rows(filing, "nonDerivativeHoldings", "sharesOwnedFollowing", "directOrIndirect", "natureOfOwnership"))
                    .isEqualTo(secRows(sample.resolve("NONDERIV_HOLDING.tsv"), accession, "SHRS_OWND_FOLWNG_TRANS",
                            "DIRECT_INDIRECT_OWNERSHIP", "NATURE_OF_OWNERSHIP"));
            assertThat(rows(filing, "derivativeHoldings", "sharesOwnedFollowing", "directOrIndirect"))
                    .isEqualTo(secRows(sample.resolve("DERIV_HOLDING.tsv"), accession, "SHRS_OWND_FOLWNG_TRANS",
                            "DIRECT_INDIRECT_OWNERSHIP"));
            assertThat(rows(filing, "ownerSignatures", "name", "date"))
                    .isEqualTo(secRows(sample.resolve("OWNER_SIGNATURE.tsv"), accession, "OWNERSIGNATURENAME", "OWNERSIGNATUREDATE"));
        }
        assertThat(compared).as("filings present both as XML and in the data-set sample").isGreaterThanOrEqualTo(2);
    }

    private static LocalDate secDate(String value) {
        return LocalDate.parse(value, SEC_DATE);
    }

    /** The stored rows as sorted lists of normalised cells, so that order and number formatting do not matter. */
    private static List<List<String>> rows(JsonPath filing, String array, String... fields) {
        List<Map<String, Object>> items = filing.getList(array);
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> item : items) {
            List<String> cells = new ArrayList<>();
            for (String field : fields) {
                cells.add(normalise(item.get(field) == null ? "" : item.get(field).toString()));
            }
            rows.add(cells);
        }
        rows.sort(Comparator.comparing(Object::toString));
        return rows;
    }

    private static List<List<String>> secRows(java.nio.file.Path file, String accession, String... columns) {
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> row : SharedFixtures.tsv(file)) {
            if (!accession.equals(row.get("ACCESSION_NUMBER"))) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                String value = row.get(column);
                cells.add(normalise(value.matches("\\d{2}-[A-Z]{3}-\\d{4}") ? secDate(value).toString() : value));
            }
            rows.add(cells);
        }
        rows.sort(Comparator.comparing(Object::toString));
        return rows;
    }

    /**
     * Numbers compared by value at the data set's precision: it keeps share counts as NUMBER(16,2), so the filed
     * 224.048 appears there as 224.05 (FORM_345_readme.htm). Text is compared with runs of white space folded.
     */
    private static String normalise(String value) {
        if (value.matches("\\d+(\\.\\d+)?")) {
            return new BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        return value.strip().replaceAll("\\s+", " ");
    }
}
