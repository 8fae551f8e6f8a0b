package org.governance.filings.rest;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.restassured.response.ValidatableResponse;

/** The Form 345 data set this project wrote for its tests (src/test/resources/form345), and ways to import one. */
final class DataSets {

    static final List<String> TABLES = List.of("SUBMISSION", "REPORTINGOWNER", "NONDERIV_TRANS", "NONDERIV_HOLDING",
            "DERIV_HOLDING", "FOOTNOTES", "OWNER_SIGNATURE");
    private static final AtomicInteger YEAR = new AtomicInteger(40);

    private DataSets() {
    }

    /** A two-digit year no other import in this test run uses, to keep each test's accessions its own. */
    static String freshYear() {
        return String.valueOf(YEAR.incrementAndGet());
    }

    /** The fixture's accession 0009999999-24-000NNN moved to {@code year}. */
    static String accession(String year, int number) {
        return String.format("0009999999-%s-%06d", year, number);
    }

    /** The fixture's tables (file name -> text) with their accessions moved to {@code year}. */
    static Map<String, String> fixture(String year) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            try (InputStream in = DataSets.class.getResourceAsStream("/form345/" + table + ".tsv")) {
                tables.put(table + ".tsv", new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("0009999999-24-", "0009999999-" + year + "-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tables;
    }

    static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The .tsv files of a folder, as a zip. */
    static byte[] zip(Path folder) {
        Map<String, String> files = new LinkedHashMap<>();
        try (var paths = Files.list(folder)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                files.put("2024q3_form345/" + path.getFileName(), Files.readString(path, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip(files);
    }

    /** Imports and waits for the report. */
    static ValidatableResponse importAndWait(byte[] zip) {
        return given().contentType("application/zip").queryParam("wait", true).queryParam("fileName", "test_form345.zip")
                .body(zip).post("/datasets/form345").then();
    }
}
