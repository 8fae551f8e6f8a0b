package org.governance.bench;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code bench/run.sh tenfold}, after sp500 on the same platform: imports nine more generated years of filings (ten
 * times the data), measures the flagship at 1 and 8 clients again and appends the figures, next to the one-year ones,
 * to the sp500 report in place of its placeholder line.
 */
final class TenfoldRun {

    /** The sp500 report's line until a tenfold run replaces it (its backquotes are Markdown). */
    static final String PLACEHOLDER = "Not in this run: `bench/run.sh tenfold`";

    private final Shell shell;
    private final PlatformApi platform;
    private final Path work;
    private final Path reports;
    private final Path sp500;
    private final Path report;
    private final int seconds;

    TenfoldRun(Shell shell, PlatformApi platform, Path root, Path work, Path reports, int seconds) {
        this.shell = shell;
        this.platform = platform;
        this.work = work;
        this.reports = reports;
        this.sp500 = root.resolve("bench/target/run-sp500");
        this.report = sp500.resolve("report.md");
        this.seconds = seconds;
    }

    void run() throws IOException, InterruptedException {
        if (!Files.isRegularFile(report)) {
            throw new IllegalStateException("run bench/run.sh sp500 first");
        }
        long before = filings();
        double importSeconds = 0;
        for (int year = 2; year <= 10; year++) {
            // other years (2015 to 2023), so that the 2024-Q3 answer keeps its size while the tables grow tenfold
            Path market = work.resolve("year-" + year);
            shell.run(shell.java("GenerateMarket", "--companies", "500", "--years", "1", "--seed", String.valueOf(100 + year),
                    "--first-year", String.valueOf(2013 + year), "--out", market.toString()), Redirect.DISCARD);
            long t0 = System.nanoTime();
            JsonNode answer = platform.postZip("/datasets/form345?wait=true&fileName=year-" + year + ".zip", market.resolve("form345.zip"),
                    platform.token("filings-loader"));
            if (!"SUCCEEDED".equals(BenchRun.text(answer, "state")) || BenchRun.required(answer, "rejected").asLong(-1) != 0) {
                throw new IllegalStateException("the import of year " + year + " did not succeed: " + answer);
            }
            importSeconds += BenchRun.since(t0);
            delete(market);
        }
        long filings = filings();
        Files.writeString(report, withoutPlaceholder(Files.readString(report)));

        append("After `bench/run.sh tenfold` (" + BenchRun.today() + "): nine more generated years (2015 to 2023), " + (filings - before)
                + " filings,");
        append("imported by nine POST /datasets/form345 in " + Measured.fixed(importSeconds, 0) + " s ("
                + Measured.fixed((filings - before) / importSeconds, 0) + " filings/s into a growing table);");
        append(filings + " filings stored. The same flagship query:");
        append("");
        append("| clients | one year: p50 ms | p95 | p99 | ten years: p50 ms | p95 | p99 | req/s | errors | p50 ten / one |");
        append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (int clients : new int[] {1, 8}) {
            Measured now = platform.load(sp500.resolve("flagship.graphql"), clients, seconds);
            String[] oneYear = oneYear(Files.readAllLines(report), clients);
            append("| " + clients + " | " + oneYear[0] + " | " + oneYear[1] + " | " + oneYear[2] + " | " + now.p50() + " | " + now.p95() + " | "
                    + now.p99() + " | " + now.rate() + " | " + now.errors() + " | "
                    + Measured.fixed(Double.parseDouble(now.p50()) / Double.parseDouble(oneYear[0]), 2) + "x |");
        }
        Files.copy(report, reports.resolve(BenchRun.today() + "-sp500.md"), StandardCopyOption.REPLACE_EXISTING);
    }

    private long filings() throws IOException, InterruptedException {
        return Long.parseLong(shell.value(List.of("psql", "-U", "postgres", "-d", "filings", "-At", "-c", "SELECT count(*) FROM filing")).trim());
    }

    /** The report without its placeholder line, every other line as it was (sed -i '/^PLACEHOLDER/d'). */
    static String withoutPlaceholder(String report) {
        StringBuilder kept = new StringBuilder();
        for (String line : report.split("(?<=\n)")) {
            if (!line.startsWith(PLACEHOLDER)) {
                kept.append(line);
            }
        }
        return kept.toString();
    }

    /**
     * The one-year p50, p95, p99 at {@code clients}: the first row of the report with that client count and more than
     * ten columns, which is the flagship table's (the cross-board table has six).
     */
    static String[] oneYear(List<String> report, int clients) {
        for (String line : report) {
            String[] fields = line.split("\\|", -1);
            if (fields.length > 10 && fields[1].trim().equals(String.valueOf(clients))) {
                return new String[] {fields[2].trim(), fields[3].trim(), fields[4].trim()};
            }
        }
        throw new IllegalStateException("no flagship row for " + clients + " clients in the sp500 report");
    }

    /** A line to stdout and to the end of the sp500 report (run.sh's tee -a), as soon as it is known. */
    private void append(String line) throws IOException {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        System.out.write(bytes);
        System.out.flush();
        Files.write(report, bytes, StandardOpenOption.APPEND);
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
