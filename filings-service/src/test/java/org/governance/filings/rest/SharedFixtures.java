package org.governance.filings.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

/**
 * The real EDGAR filings in ../shared/fixtures/edgar (beside the checkout; EDGAR_FIXTURES overrides the place).
 * They are read in place, never copied into the repository; tests that need them skip where they are absent.
 */
final class SharedFixtures {

    static final Path DIR = Path.of(System.getenv().getOrDefault("EDGAR_FIXTURES", "../../shared/fixtures/edgar"));

    private SharedFixtures() {
    }

    static void assumePresent() {
        Assumptions.assumeTrue(Files.isDirectory(DIR.resolve("xml")),
                "Skipped: the shared EDGAR fixtures are absent (looked in " + DIR.toAbsolutePath().normalize()
                        + "; set EDGAR_FIXTURES to their folder)");
    }

    /** A tab-separated file with a header line, as rows keyed by column name. */
    static List<Map<String, String>> tsv(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String[] header = lines.get(0).split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < cells.length ? cells[i] : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
