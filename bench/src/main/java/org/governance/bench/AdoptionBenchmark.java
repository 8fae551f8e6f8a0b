package org.governance.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How long adopting a whole quarter's insiders takes (issue 17): a generated quarter of Form 3/4/5 filings the size of
 * a real one (by default 6,000 issuers, about 48,000 filings), imported as a Form 345 data set into the running platform
 * with no curated boards, then {@code POST /adoptions} for every issuer with a filing filed in the quarter, timed, and
 * once more to show that the second run changes nothing. Prints a Markdown report. A figure printer, not a test.
 *
 * <pre>
 * ./platform up
 * java -cp bench/target/bench.jar org.governance.bench.AdoptionBenchmark --companies 6000 --filings-per-year 32
 * </pre>
 */
public final class AdoptionBenchmark {

    private static final String DIRECTORS = "http://127.0.0.1:8081";

    private AdoptionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Args.parse(args, Map.of("--companies", "6000", "--filings-per-year", "32", "--seed", "17",
                "--root", ".", "--first-year", "2023"));
        Path root = Path.of(options.get("--root")).toAbsolutePath().normalize();
        int companies = Integer.parseInt(options.get("--companies"));
        int perYear = Integer.parseInt(options.get("--filings-per-year"));
        int year = Integer.parseInt(options.get("--first-year"));
        Path work = root.resolve("bench/target/adoption");
        Files.createDirectories(work);
        Shell shell = new Shell(root, root.resolve("bench/target/bench.jar"));
        PlatformApi platform = new PlatformApi(shell);
        ObjectMapper json = new ObjectMapper();

        // a year the other benchmarks do not use (they generate 2024); run on empty databases, so that nothing curated is in the way
        Market market = MarketGenerator.generate(new MarketGenerator.Options(Long.parseLong(options.get("--seed")), companies, 1, year, perYear));
        Path zip = work.resolve("form345.zip");
        MarketWriter.writeForm345(market, zip);
        String from = year + "-07-01";
        String to = year + "-09-30";
        long inQuarter = market.filings().stream().filter(f -> !f.filingDate().isBefore(LocalDate.parse(from))
                && !f.filingDate().isAfter(LocalDate.parse(to))).count();

        long t0 = System.nanoTime();
        JsonNode imported = json.readTree(platform.postZipText("/datasets/form345?wait=true&fileName=adoption.zip", zip,
                platform.token("filings-loader")));
        double importSeconds = (System.nanoTime() - t0) / 1e9;

        Map<String, Object> request = Map.of("all", true, "filedFrom", from, "filedTo", to);
        t0 = System.nanoTime();
        JsonNode first = json.readTree(platform.postJson(DIRECTORS + "/adoptions", request, platform.token("governance-tools")));
        double firstSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        JsonNode second = json.readTree(platform.postJson(DIRECTORS + "/adoptions", request, platform.token("governance-tools")));
        double secondSeconds = (System.nanoTime() - t0) / 1e9;

        List<String> lines = List.of(
                "# Adopting a quarter's insiders as board seats",
                "",
                "Machine: " + Machine.describe(),
                "",
                "Command: `java -cp bench/target/bench.jar org.governance.bench.AdoptionBenchmark --companies " + companies
                        + " --filings-per-year " + perYear + "` on `./platform up` (demo data only, no curated boards for these issuers).",
                "",
                "Generated: " + companies + " issuers, " + market.filings().size() + " filings in " + year + ", " + inQuarter
                        + " of them filed in " + year + " Q3; imported as a Form 345 data set in " + Measured.fixed(importSeconds, 1)
                        + " s (stored " + imported.path("stored").asText() + ", already present " + imported.path("alreadyPresent").asText()
                        + ", rejected " + imported.path("rejected").asText() + ").",
                "",
                "| run | seconds | issuers | issuers/s | companies created | people created | seats created | seats updated | seats unchanged | not directors | problems |",
                "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
                row("first", firstSeconds, first),
                row("again", secondSeconds, second));
        String report = String.join("\n", lines) + "\n";
        Files.writeString(work.resolve("report.md"), report);
        System.out.print(report);
    }

    private static String row(String run, double seconds, JsonNode answer) {
        int issuers = answer.path("issuers").asInt();
        return "| " + run + " | " + Measured.fixed(seconds, 1) + " | " + issuers + " | " + Measured.fixed(issuers / seconds, 0) + " | "
                + answer.path("companiesCreated").asText() + " | " + answer.path("peopleCreated").asText() + " | "
                + answer.path("seatsCreated").asText() + " | " + answer.path("seatsUpdated").asText() + " | "
                + answer.path("seatsUnchanged").asText() + " | " + answer.path("insidersNotDirectors").asText() + " | "
                + answer.path("problems").size() + " |";
    }
}
