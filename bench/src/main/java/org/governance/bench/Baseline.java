package org.governance.bench;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline the gateway is measured against: the three services' tables copied into ONE database
 * (governance_baseline), the flagship answer as ONE SQL query (bench/sql/flagship.sql), run by pgbench.
 */
final class Baseline {

    private static final String DATABASE = "governance_baseline";

    private final Shell shell;
    private final Path work;
    private final Path query;
    private final int seconds;

    Baseline(Shell shell, Path work, int seconds) {
        this.shell = shell;
        this.work = work;
        this.query = work.resolve("flagship.sql");
        this.seconds = seconds;
    }

    /** Copies the tables into a new governance_baseline and writes the query for {@code company} in [from, to]. */
    void create(Path root, String company, String from, String to) throws IOException, InterruptedException {
        shell.run(List.of("psql", "-q", "-U", "postgres", "-d", "postgres", "-c", "DROP DATABASE IF EXISTS " + DATABASE, "-c",
                "CREATE DATABASE " + DATABASE), Redirect.INHERIT);
        shell.run(List.of("psql", "-q", "-U", "postgres", "-d", DATABASE, "-c", "CREATE EXTENSION IF NOT EXISTS btree_gist"),
                Redirect.INHERIT);
        copy("directors", "company", "person", "director");
        copy("committees", "committee", "membership");
        copy("filings", "filing", "reporting_owner", "filing_transaction");
        shell.run(List.of("psql", "-q", "-U", "postgres", "-d", DATABASE, "-c", "ANALYZE"), Redirect.INHERIT);
        String sql = Files.readString(root.resolve("bench/sql/flagship.sql"));
        Files.writeString(query, sql.replace("{CIK}", String.format("%010d", Long.parseLong(company))).replace("{FROM}", from)
                .replace("{TO}", to));
    }

    private void copy(String database, String... tables) throws IOException, InterruptedException {
        List<String> dump = new ArrayList<>(List.of("pg_dump", "-U", "postgres", "-d", database));
        for (String table : tables) {
            dump.addAll(List.of("-t", table));
        }
        dump.addAll(List.of("--no-owner", "--no-acl"));
        shell.pipe(dump, List.of("psql", "-q", "-U", "postgres", "-d", DATABASE), Redirect.DISCARD);
    }

    /** The query's rows as committee|member|accession|seq, the fields the gateway's answer has too. */
    List<String> rows() throws IOException, InterruptedException {
        List<String> rows = new ArrayList<>();
        String out = shell.output(List.of("psql", "-U", "postgres", "-d", DATABASE, "-At", "-F", "|", "-f", query.toString()));
        for (String line : out.lines().toList()) {
            String[] fields = line.split("\\|", -1);
            rows.add(field(fields, 0) + "|" + field(fields, 1) + "|" + field(fields, 2) + "|" + field(fields, 4));
        }
        return rows;
    }

    private static String field(String[] fields, int i) {
        return i < fields.length ? fields[i] : "";
    }

    /** pgbench at {@code clients} for the run's seconds; its output in pgbench-CLIENTS.txt, its figures from its log. */
    Measured run(int clients) throws IOException, InterruptedException {
        for (Path log : logs()) {
            Files.delete(log);
        }
        shell.runLogged(work, List.of("pgbench", "-n", "-M", "prepared", "-U", "postgres", "-d", DATABASE, "-f", query.toString(),
                "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(seconds), "-l", "--log-prefix=pgbench_log"),
                work.resolve("pgbench-" + clients + ".txt"));
        // one line a transaction: client, transaction number, latency in microseconds, ...
        List<Long> latencies = new ArrayList<>();
        for (Path log : logs()) {
            for (String line : Files.readAllLines(log)) {
                if (!line.isBlank()) {
                    latencies.add(Long.parseLong(line.trim().split("\\s+")[2]));
                }
            }
        }
        latencies.sort(null);
        return Measured.ofLatencies(latencies, seconds);
    }

    private List<Path> logs() throws IOException {
        List<Path> logs = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(work, "pgbench_log.*")) {
            files.forEach(logs::add);
        }
        return logs;
    }
}
