package org.governance.bench;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The scale benchmark (bench/run.sh calls it): loads a generated market into the running platform, measures ingest,
 * the flagship and cross-board queries against the single-SQL baseline, and the downstream calls per query, and
 * writes a Markdown report to stdout and bench/target/run-SCALE/report.md (for sp500 also bench/reports/DATE-sp500.md).
 * {@code tenfold} ({@link TenfoldRun}) adds nine years of filings after sp500 and appends to its report.
 *
 * <pre>
 * java -cp bench/target/bench.jar org.governance.bench.BenchRun small|sp500|tenfold [--root .]
 * </pre>
 *
 * The platform must run (./platform up); psql, pg_dump, pgbench and python3 must be on the PATH.
 */
public final class BenchRun {

    private static final String USAGE = "usage: bench/run.sh small|sp500|tenfold";
    // the generated market's first year is 2024; its third quarter is the one measured
    private static final String QUARTER = "2024-Q3";
    private static final String FROM = "2024-07-01";
    private static final String TO = "2024-09-30";
    // the calls per query are averaged over this many queries
    private static final int CALL_QUERIES = 20;

    private final String scale;
    private final int companies;
    private final int seconds;
    private final Path root;
    private final Path work;
    private final Path reports;
    private final Shell shell;
    private final PlatformApi platform;

    private BenchRun(String scale, Path root, int companies, int seconds) {
        this.scale = scale;
        this.companies = companies;
        this.seconds = seconds;
        this.root = root;
        this.work = root.resolve("bench/target/run-" + scale);
        this.reports = root.resolve("bench/reports");
        this.shell = new Shell(root, root.resolve("bench/target/bench.jar"));
        this.platform = new PlatformApi(shell);
    }

    public static void main(String[] args) throws Exception {
        String scale = args.length == 0 ? "small" : args[0];
        Map<String, String> options = null;
        try {
            options = Args.parse(Arrays.copyOfRange(args, Math.min(1, args.length), args.length), Map.of("--root", "."));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
        }
        if (!List.of("small", "sp500", "tenfold").contains(scale) || options == null) {
            System.err.println(USAGE);
            System.exit(2);
        }
        Path root = Path.of(options.get("--root")).toAbsolutePath().normalize();
        BenchRun run = scale.equals("small") ? new BenchRun(scale, root, 10, 5) : new BenchRun(scale, root, 500, 20);
        try {
            Files.createDirectories(run.work);
            Files.createDirectories(run.reports);
            if (scale.equals("tenfold")) {
                new TenfoldRun(run.shell, run.platform, root, run.work, run.reports, run.seconds).run();
            } else {
                run.run();
            }
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println(e);
            System.exit(1);
        }
    }

    private void run() throws IOException, InterruptedException {
        // ---- 1. generate and load
        Path market = work.resolve("market");
        shell.run(shell.java("GenerateMarket", "--companies", String.valueOf(companies), "--years", "1", "--seed", "42", "--out",
                market.toString()), Redirect.to(work.resolve("generate.txt").toFile()));
        // a second market, only its XML is used: other accession numbers, so that the XML is stored, not recognised
        Path marketXml = work.resolve("market-xml");
        shell.run(shell.java("GenerateMarket", "--companies", String.valueOf(companies), "--years", "1", "--seed", "43", "--out",
                marketXml.toString()), Redirect.DISCARD);

        // each clock includes taking the step's token, as run.sh's did
        long t0 = System.nanoTime();
        shell.run(List.of("python3", "scripts/load_demo.py", "--data", market.resolve("boards").toString(), "--token",
                platform.token("governance-tools"), "--token-command", root.resolve("platform") + " token governance-tools"),
                Redirect.to(work.resolve("load.txt").toFile()));
        String boardsSeconds = Measured.fixed(since(t0), 1);

        t0 = System.nanoTime();
        String answer = platform.postZipText("/datasets/form345?wait=true&fileName=generated.zip", market.resolve("form345.zip"),
                platform.token("filings-loader"));
        double dataSetSeconds = since(t0);
        Files.writeString(work.resolve("import.json"), answer);
        JsonNode dataSet = platform.read(work.resolve("import.json"));
        String dataSetFilings = text(dataSet, "filings");
        String dataSetRate = Measured.fixed(Double.parseDouble(dataSetFilings) / dataSetSeconds, 0);

        List<Path> zips = zips(marketXml.resolve("xml"));
        zips = zips.subList(0, Math.min(zips.size(), companies >= 100 ? 40 : 1000));
        long xmlFiles = 0;
        t0 = System.nanoTime();
        String ingestToken = platform.token("filings-loader");
        for (Path zip : zips) {
            xmlFiles += required(platform.postZip("/filings/batch", zip, ingestToken), "stored").asLong();
        }
        String xmlRate = Measured.fixed(xmlFiles / since(t0), 0);

        // ---- 2. the queries
        String company = text(required(platform.read(market.resolve("boards/companies.json")), 0), "cik");
        String person = mostBoards(platform.read(market.resolve("boards/directors.json")));
        Path flagship = write(work.resolve("flagship.graphql"), flagshipQuery(company, ""));
        Path flagshipAudit = write(work.resolve("flagship-audit.graphql"), flagshipQuery(company, ", committeeTypes: [AUDIT]"));
        Path crossBoard = write(work.resolve("cross-board.graphql"), crossBoardQuery(person));

        Baseline baseline = new Baseline(shell, work, seconds);
        baseline.create(root, company, FROM, TO);

        // same rows from both
        List<String> sqlRows = sorted(baseline.rows());
        List<String> gatewayRows = sorted(gatewayRows(flagship));
        Files.writeString(work.resolve("rows-sql.txt"), lines(sqlRows));
        Files.writeString(work.resolve("rows-gateway.txt"), lines(gatewayRows));
        int rows = sqlRows.size();
        String same = sqlRows.equals(gatewayRows) ? "yes, " + rows + " rows" : "NO: " + differing(sqlRows, gatewayRows) + " rows differ";

        // warm-up, not measured: the services' JIT compilers and connection pools were last busy with the ingest, not with
        // these queries; both queries and the baseline run at 8 clients first (the first table row would otherwise pay for it)
        platform.load(flagship, 8, seconds);
        platform.load(crossBoard, 8, seconds);
        baseline.run(8);
        List<String> flagshipTable = new ArrayList<>(List.of(
                "| clients | gateway p50 ms | p95 | p99 | req/s | errors | baseline p50 ms | p95 | p99 | tx/s | p50 ratio |",
                "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"));
        for (int clients : new int[] {1, 8, 32}) {
            Measured g = platform.load(flagship, clients, seconds);
            Measured b = baseline.run(clients);
            flagshipTable.add(flagshipRow(clients, g, b));
        }
        Files.writeString(work.resolve("flagship-table.md"), lines(flagshipTable));
        List<String> crossBoardTable = new ArrayList<>(List.of("| clients | p50 ms | p95 | p99 | req/s | errors |",
                "| ---: | ---: | ---: | ---: | ---: | ---: |"));
        for (int clients : new int[] {1, 8, 32}) {
            Measured m = platform.load(crossBoard, clients, seconds);
            crossBoardTable.add(crossBoardRow(clients, m));
        }
        Files.writeString(work.resolve("cross-board-table.md"), lines(crossBoardTable));

        long auditRows = sqlRows.stream().filter(row -> row.startsWith("Audit Committee|")).count();
        String callsAll = calls(flagship);
        String callsAudit = calls(flagshipAudit);

        // ---- 3. the report
        Report report = new Report(scale, today(), Machine.describe(),
                "PostgreSQL " + shell.value(List.of("psql", "-U", "postgres", "-At", "-c", "show server_version")) + ", Java "
                        + System.getProperty("java.version") + ", every server on this one machine.",
                Files.readString(work.resolve("generate.txt")).split("\n", 2)[0].replaceFirst("^market: ", ""),
                new Report.Ingest(boardsSeconds, text(dataSet, "stored"), text(dataSet, "alreadyPresent"), text(dataSet, "rejected"),
                        dataSetFilings, Measured.fixed(dataSetSeconds, 1), dataSetRate, xmlFiles, xmlRate),
                new Report.Flagship(company, QUARTER, seconds, same, flagshipTable), person, crossBoardTable,
                new Report.Calls(CALL_QUERIES, rows, callsAll, auditRows, callsAudit));
        String text = lines(report.lines());
        Path file = work.resolve("report.md");
        Files.writeString(file, text);
        if (scale.equals("sp500")) {
            // the committed report; a smoke run's stays in target/
            Files.copy(file, reports.resolve(today() + "-" + scale + ".md"), StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.write(text.getBytes(StandardCharsets.UTF_8));
        System.out.flush();
    }

    /** A flagship table row: the gateway's figures, the baseline's, and the ratio of the two p50s as the row prints them. */
    static String flagshipRow(int clients, Measured gateway, Measured baseline) {
        return "| " + clients + " | " + gateway.p50() + " | " + gateway.p95() + " | " + gateway.p99() + " | " + gateway.rate() + " | "
                + gateway.errors() + " | " + baseline.p50() + " | " + baseline.p95() + " | " + baseline.p99() + " | " + baseline.rate() + " | "
                + Measured.fixed(Double.parseDouble(gateway.p50()) / Double.parseDouble(baseline.p50()), 1) + "x |";
    }

    static String crossBoardRow(int clients, Measured m) {
        return "| " + clients + " | " + m.p50() + " | " + m.p95() + " | " + m.p99() + " | " + m.rate() + " | " + m.errors() + " |";
    }

    private static String flagshipQuery(String company, String committeeFilter) {
        return """
                { committeeMemberTrades(company: "%s", quarter: "%s"%s) {
                    totals { transactions shares value weightedAveragePrice planValueShare }
                    committees { name memberCount members { person { fullName } transactions { accession seq transactionDate shares pricePerShare } } } } }
                """.formatted(company, QUARTER, committeeFilter);
    }

    private static String crossBoardQuery(String person) {
        return """
                { people(name: "%s") { fullName cik
                    boards { companyName independent roles committees(asOf: "%s") { committeeName role } }
                    transactions(quarter: "%s") { issuerName transactionDate code shares pricePerShare value } } }
                """.formatted(person, TO, QUARTER);
    }

    /** The person with the most seats; of several, the first in directors.json. */
    private static String mostBoards(JsonNode seats) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (JsonNode seat : seats) {
            count.merge(text(seat, "person"), 1, Integer::sum);
        }
        String most = null;
        for (Map.Entry<String, Integer> entry : count.entrySet()) {
            if (most == null || entry.getValue() > count.get(most)) {
                most = entry.getKey();
            }
        }
        if (most == null) {
            throw new IllegalStateException("directors.json has no seats");
        }
        return most;
    }

    /** The gateway's flagship answer as committee|member|accession|seq, one line a transaction row. */
    private List<String> gatewayRows(Path query) throws IOException, InterruptedException {
        JsonNode answer = platform.graphql(query, platform.token("reader"));
        JsonNode trades = required(required(answer, "data"), "committeeMemberTrades");
        List<String> rows = new ArrayList<>();
        for (JsonNode committee : required(trades, "committees")) {
            for (JsonNode member : required(committee, "members")) {
                for (JsonNode trade : required(member, "transactions")) {
                    rows.add(text(committee, "name") + "|" + text(required(member, "person"), "fullName") + "|" + text(trade, "accession")
                            + "|" + text(trade, "seq"));
                }
            }
        }
        return rows;
    }

    /** Downstream calls per query: the gateway's counter before and after the query, run 20 times one after another. */
    private String calls(Path query) throws IOException, InterruptedException {
        String token = platform.token("reader");
        long before = platform.downstreamRequests();
        for (int i = 0; i < CALL_QUERIES; i++) {
            platform.graphql(query, token);
        }
        long after = platform.downstreamRequests();
        return Measured.fixed((after - before) / (double) CALL_QUERIES, 1);
    }

    /** Rows in one list and not the other, duplicates counted (what diff shows of two sorted files). */
    private static int differing(List<String> a, List<String> b) {
        Map<String, Integer> balance = new HashMap<>();
        a.forEach(row -> balance.merge(row, 1, Integer::sum));
        b.forEach(row -> balance.merge(row, -1, Integer::sum));
        return balance.values().stream().mapToInt(Math::abs).sum();
    }

    private static List<Path> zips(Path directory) throws IOException {
        List<Path> zips = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.zip")) {
            files.forEach(zips::add);
        }
        zips.sort(null);
        return zips;
    }

    static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalStateException("no \"" + field + "\" in " + node);
        }
        return value;
    }

    private static JsonNode required(JsonNode node, int index) {
        JsonNode value = node.get(index);
        if (value == null || value.isNull()) {
            throw new IllegalStateException("no element " + index + " in " + node);
        }
        return value;
    }

    static String text(JsonNode node, String field) {
        return required(node, field).asText();
    }

    private static List<String> sorted(List<String> rows) {
        List<String> sorted = new ArrayList<>(rows);
        sorted.sort(null);
        return sorted;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text);
        return file;
    }

    /** Each line with its line break, as echo and sort write them. */
    static String lines(List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    static double since(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }
}
