package org.governance.filings.edgar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.governance.filings.edgar.Form345DataSet.Rows;
import org.governance.filings.edgar.OwnershipDocument.Holding;
import org.governance.filings.edgar.OwnershipDocument.Table;
import org.governance.filings.edgar.OwnershipDocument.Transaction;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two sources of a filing, its EDGAR XML and its rows in a Form 345 data set, give the same document. */
class Form345AssemblerTest {

    private static final Path SHARED = Path.of(System.getenv().getOrDefault("EDGAR_FIXTURES", "../../shared/fixtures/edgar"));

    @TempDir
    Path temp;

    @Test
    void theDemoFilingReadsTheSameFromItsXmlAndFromItsDataSetRows() throws IOException {
        OwnershipDocument xml = new OwnershipXmlParser(64).parse(
                Files.readAllBytes(Path.of("../demo/filings/0009999999-24-000101_2024-08-08.xml")));
        Map<String, List<String>> files = new LinkedHashMap<>();
        for (String table : List.of("SUBMISSION", "REPORTINGOWNER", "NONDERIV_TRANS", "NONDERIV_HOLDING", "DERIV_HOLDING",
                "FOOTNOTES", "OWNER_SIGNATURE")) {
            try (InputStream in = getClass().getResourceAsStream("/form345/" + table + ".tsv")) {
                files.put(table + ".tsv", List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        Form345Assembler.Assembled fromDataSet = Form345Assembler.assemble(rows(zip(files), "0009999999-24-000101"));
        OwnershipDocument dataSet = fromDataSet.document();

        assertThat(fromDataSet.filingDate()).isEqualTo("2024-08-08");
        assertThat(dataSet.documentType()).isEqualTo(xml.documentType());
        assertThat(dataSet.periodOfReport()).isEqualTo(xml.periodOfReport());
        assertThat(dataSet.notSubjectToSection16()).isEqualTo(xml.notSubjectToSection16());
        assertThat(dataSet.issuer()).isEqualTo(xml.issuer());
        assertThat(dataSet.reportingOwners()).isEqualTo(xml.reportingOwners());
        assertThat(dataSet.transactions()).isEqualTo(xml.transactions());
        assertThat(dataSet.holdings()).isEqualTo(xml.holdings());
        assertThat(dataSet.footnotes()).isEqualTo(xml.footnotes());
        assertThat(dataSet.signatures()).isEqualTo(xml.signatures());
        assertThat(dataSet.remarks()).isEqualTo(xml.remarks());
        // what the data set does not carry
        assertThat(xml.aff10b5One()).isTrue();
        assertThat(dataSet.aff10b5One()).isNull();
        assertThat(dataSet.schemaVersion()).isNull();
    }

    /**
     * The real filings of the SEC's 2024q3 sample that are also saved as XML: their derivative rows, holdings and
     * signatures read the same from both (the data set keeps at most two decimals of a share count). The sample lacks
     * REPORTINGOWNER.tsv, so the owner is taken from the XML for this comparison.
     */
    @Test
    void realFilingsReadTheSameFromTheSecSampleAndFromTheirXml() throws IOException {
        Path sample = SHARED.resolve("sec-dataset-2024q3-sample");
        Assumptions.assumeTrue(Files.isDirectory(sample), "Skipped: the shared EDGAR fixtures are absent (looked in "
                + SHARED.toAbsolutePath().normalize() + "; set EDGAR_FIXTURES to their folder)");
        Map<String, List<String>> files = new LinkedHashMap<>();
        try (var tables = Files.list(sample)) {
            for (Path table : tables.filter(p -> p.toString().endsWith(".tsv") && !p.getFileName().toString().startsWith("SELECTED")).toList()) {
                files.put(table.getFileName().toString(), List.of(Files.readString(table, StandardCharsets.UTF_8)));
            }
        }
        List<String> owners = new ArrayList<>(List.of("ACCESSION_NUMBER\tRPTOWNERCIK\tRPTOWNERNAME\tRPTOWNER_RELATIONSHIP\n"));
        int compared = 0;
        List<String[]> both = new ArrayList<>();
        List<String> manifest = Files.readAllLines(SHARED.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        for (String line : manifest.subList(1, manifest.size())) {
            String[] cells = line.split("\t");
            String accession = Arrays.stream(cells).filter(c -> c.matches("\\d{10}-\\d{2}-\\d{6}")).findFirst().orElse(null);
            String file = Arrays.stream(cells).filter(c -> c.endsWith(".xml")).findFirst().orElse(null);
            if (accession != null && file != null && files.get("SUBMISSION.tsv").get(0).contains(accession + "\t")) {
                OwnershipDocument xml = new OwnershipXmlParser(64).parse(Files.readAllBytes(SHARED.resolve("xml").resolve(file)));
                var owner = xml.reportingOwners().get(0);
                owners.add(accession + "\t" + owner.cik() + "\t" + owner.name() + "\tDirector\n");
                both.add(new String[] {accession, file});
            }
        }
        files.put("REPORTINGOWNER.tsv", List.of(String.join("", owners)));
        Path zip = zip(files);
        for (String[] pair : both) {
            OwnershipDocument xml = new OwnershipXmlParser(64).parse(Files.readAllBytes(SHARED.resolve("xml").resolve(pair[1])));
            OwnershipDocument dataSet = Form345Assembler.assemble(rows(zip, pair[0])).document();
            assertThat(dataSet.issuer().cik()).as(pair[0]).isEqualTo(xml.issuer().cik());
            assertThat(dataSet.documentType()).as(pair[0]).isEqualTo(xml.documentType());
            assertThat(dataSet.periodOfReport()).as(pair[0]).isEqualTo(xml.periodOfReport());
            assertThat(derivative(dataSet.transactions())).as(pair[0] + " derivative transactions").isEqualTo(derivative(xml.transactions()));
            assertThat(holdings(dataSet.holdings())).as(pair[0] + " holdings").isEqualTo(holdings(xml.holdings()));
            assertThat(dataSet.signatures()).as(pair[0] + " signatures").isEqualTo(xml.signatures());
            compared++;
        }
        assertThat(compared).as("filings both in the sample and saved as XML").isGreaterThanOrEqualTo(2);
    }

    private static List<String> derivative(List<Transaction> transactions) {
        return transactions.stream().filter(t -> t.table() == Table.DERIVATIVE)
                .map(t -> String.join("|", t.securityTitle(), String.valueOf(t.transactionDate()), t.code(), round(t.shares()),
                        round(t.pricePerShare()), round(t.sharesOwnedFollowing()), String.valueOf(t.directOrIndirect())))
                .toList();
    }

    private static List<String> holdings(List<Holding> holdings) {
        return holdings.stream().map(h -> String.join("|", h.table().name(), h.securityTitle(), round(h.sharesOwnedFollowing()),
                String.valueOf(h.directOrIndirect()))).toList();
    }

    private static String round(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private Path zip(Map<String, List<String>> files) throws IOException {
        Path zip = Files.createTempFile(temp, "dataset", ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream stream = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                stream.putNextEntry(new ZipEntry(file.getKey()));
                stream.write(String.join("", file.getValue()).getBytes(StandardCharsets.UTF_8));
                stream.closeEntry();
            }
        }
        return zip;
    }

    private Rows rows(Path zip, String accession) throws IOException {
        try (Form345DataSet dataSet = Form345DataSet.open(zip)) {
            Path spill = Files.createTempDirectory(temp, "spill");
            dataSet.spill(spill, 4);
            for (int i = 0; i < dataSet.buckets(); i++) {
                for (Rows rows : dataSet.bucket(i)) {
                    if (rows.accession().equals(accession)) {
                        return rows;
                    }
                }
            }
        }
        throw new AssertionError(accession + " is not in the data set");
    }
}
