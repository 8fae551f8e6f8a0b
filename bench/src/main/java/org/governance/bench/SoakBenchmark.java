package org.governance.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The soak: N clients (32) for M minutes (5) on a mix of what users do, the flagship (40 %), the cross-board
 * question (20 %), the screener (30 %) and ingest of a new filing (10 %), printing each minute's answers, errors,
 * p50 and p99, then each kind's totals and every JVM's heap and resident memory at start and end. An answer that is
 * not 2xx, or a GraphQL answer with errors, counts as an error. A figure printer, not a test.
 *
 * <pre>
 * ./platform up
 * java -cp bench/target/bench.jar org.governance.bench.SoakBenchmark --clients 32 --minutes 5
 * </pre>
 */
public final class SoakBenchmark {

    private static final Map<String, Integer> PORTS = Map.of("gateway", 8080, "directors", 8081, "committees", 8082, "filings", 8083);
    private static final String SCREENER = """
            { insiderTransactions(filter: { quarter: "2024-Q3", codes: ["S", "P"] }, page: { size: 50 }) {
                totalItems items { issuerName reportingOwners { name } transactionDate code shares pricePerShare } } }""";

    /** One answer: its kind, the minute it ended in, how long it took and whether it was right. */
    private record Answer(String kind, int minute, long nanos, boolean ok) {
    }

    private SoakBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Args.parse(args, Map.of("--clients", "32", "--minutes", "5", "--root", "."));
        int clients = Integer.parseInt(options.get("--clients"));
        int minutes = Integer.parseInt(options.get("--minutes"));
        Path root = Path.of(options.get("--root")).toAbsolutePath();
        String flagship = Files.readString(root.resolve("demo/flagship.graphql"));
        String crossBoard = Files.readString(root.resolve("demo/cross-board.graphql"));
        // a demo filing of an issuer and an owner of its own, so that the ingested filings do not grow the answers
        // measured beside them (the flagship and the cross-board question ask for the owners' trades wherever made)
        byte[] filing = Files.readString(root.resolve("demo/filings/0009999999-24-000101_2024-08-08.xml"))
                .replaceAll("<issuerCik>\\d+</issuerCik>", "<issuerCik>0009990999</issuerCik>")
                .replaceAll("<rptOwnerCik>\\d+</rptOwnerCik>", "<rptOwnerCik>0009990998</rptOwnerCik>").getBytes(StandardCharsets.UTF_8);

        AtomicReference<String> reader = new AtomicReference<>(token(root, "reader"));
        AtomicReference<String> loader = new AtomicReference<>(token(root, "filings-loader"));
        Map<String, long[]> memoryAtStart = memory(root);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger accession = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + TimeUnit.MINUTES.toNanos(minutes);
        int run = (int) (System.currentTimeMillis() / 1000 % 1_000_000);

        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        pool.execute(() -> { // tokens live five minutes: fresh ones every minute
            while (System.nanoTime() < end) {
                try {
                    TimeUnit.SECONDS.sleep(60);
                    reader.set(token(root, "reader"));
                    loader.set(token(root, "filings-loader"));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (IOException e) {
                    System.err.println("token refresh failed: " + e.getMessage());
                }
            }
        });
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    int pick = ThreadLocalRandom.current().nextInt(100);
                    String kind = pick < 40 ? "flagship" : pick < 60 ? "cross-board" : pick < 90 ? "screener" : "ingest";
                    HttpRequest request = switch (kind) {
                        case "flagship" -> graphql(flagship, reader.get());
                        case "cross-board" -> graphql(crossBoard, reader.get());
                        case "screener" -> graphql(SCREENER, reader.get());
                        default -> HttpRequest.newBuilder(URI.create("http://127.0.0.1:8083/filings?filingDate=2024-08-08&accession="
                                + String.format("0009999997-%02d-%06d", run % 100, accession.incrementAndGet() % 1_000_000)))
                                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + loader.get())
                                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofByteArray(filing)).build();
                    };
                    long sent = System.nanoTime();
                    boolean ok;
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        ok = response.statusCode() / 100 == 2 && (kind.equals("ingest") || !response.body().contains("\"errors\""));
                        if (!ok && ThreadLocalRandom.current().nextInt(20) == 0) {
                            System.err.println(kind + " " + response.statusCode() + " " + abbreviate(response.body()));
                        }
                    } catch (IOException e) {
                        ok = false;
                        System.err.println(kind + " failed: " + e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    long done = System.nanoTime();
                    answers.add(new Answer(kind, (int) ((done - start) / TimeUnit.MINUTES.toNanos(1)), done - sent, ok));
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(minutes + 2L, TimeUnit.MINUTES);
        Map<String, long[]> memoryAtEnd = memory(root);
        print(answers, minutes, clients, memoryAtStart, memoryAtEnd);
    }

    private static HttpRequest graphql(String query, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080/graphql")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": " + GraphQLLoad.json(query) + "}")).build();
    }

    private static void print(List<Answer> answers, int minutes, int clients, Map<String, long[]> atStart, Map<String, long[]> atEnd) {
        List<Answer> all = new ArrayList<>(answers);
        System.out.printf("# soak: %d clients, %d minutes, %d answers, %d errors%n", clients, minutes, all.size(),
                all.stream().filter(a -> !a.ok()).count());
        System.out.println("| minute | answers | errors | p50 ms | p99 ms |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (int minute = 0; minute < minutes; minute++) {
            int m = minute;
            row(String.valueOf(minute + 1), all.stream().filter(a -> a.minute() == m).toList());
        }
        System.out.println();
        System.out.println("| kind | answers | errors | p50 ms | p99 ms |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (String kind : List.of("flagship", "cross-board", "screener", "ingest")) {
            row(kind, all.stream().filter(a -> a.kind().equals(kind)).toList());
        }
        System.out.println();
        System.out.println("| JVM | live heap at start MB (after a full GC) | at end MB | resident at start MB | at end MB |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (String service : atStart.keySet()) {
            long[] s = atStart.get(service);
            long[] e = atEnd.getOrDefault(service, new long[] { -1, -1 });
            System.out.printf("| %s | %.0f | %.0f | %.0f | %.0f |%n", service, s[0] / 1e6, e[0] / 1e6, s[1] / 1e6, e[1] / 1e6);
        }
    }

    private static void row(String label, List<Answer> answers) {
        List<Long> sorted = answers.stream().map(Answer::nanos).sorted().toList();
        System.out.printf("| %s | %d | %d | %.1f | %.1f |%n", label, answers.size(), answers.stream().filter(a -> !a.ok()).count(),
                GraphQLLoad.percentile(sorted, 0.50), GraphQLLoad.percentile(sorted, 0.99));
    }

    /**
     * Each JVM's live heap (its metrics, after a full collection that jcmd asks for, so that garbage not yet collected
     * does not read as growth) and resident set (its process, from the platform's PID file), in bytes.
     */
    private static Map<String, long[]> memory(Path root) {
        Map<String, long[]> memory = new LinkedHashMap<>();
        HttpClient http = HttpClient.newHttpClient();
        for (String service : List.of("gateway", "directors", "committees", "filings")) {
            try {
                String pid = Files.readString(root.resolve(".platform/" + service + ".pid")).strip();
                new ProcessBuilder("jcmd", pid, "GC.run").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start().waitFor(30, TimeUnit.SECONDS);
            } catch (IOException e) {
                System.err.println(service + ": no full collection (" + e.getMessage() + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (String service : List.of("gateway", "directors", "committees", "filings")) {
            long heap = -1;
            try {
                String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORTS.get(service) + "/q/metrics")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                heap = (long) metrics.lines().filter(l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
                        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
            } catch (IOException | InterruptedException | RuntimeException e) {
                System.err.println(service + ": no metrics (" + e.getMessage() + ")");
            }
            long resident = -1;
            try {
                String pid = Files.readString(root.resolve(".platform/" + service + ".pid")).strip();
                resident = Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                        .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).findFirst().orElse(-1L);
            } catch (IOException | RuntimeException e) {
                System.err.println(service + ": no resident size (" + e.getMessage() + ")");
            }
            memory.put(service, new long[] { heap, resident });
        }
        return memory;
    }

    private static String token(Path root, String who) throws IOException {
        Process process = new ProcessBuilder(root.resolve("platform").toString(), "token", who).redirectErrorStream(false).start();
        try {
            String token = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0 || token.isEmpty()) {
                throw new IOException("./platform token " + who + " failed");
            }
            return token;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
