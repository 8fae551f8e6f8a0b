package org.governance.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load driver for the gateway: N clients, each posting the query again as soon as it has its answer,
 * for a fixed time after a warm-up. Prints one tab-separated line: clients, requests, errors, throughput (req/s),
 * p50, p95, p99 (ms). An answer with GraphQL errors counts as an error.
 *
 * <pre>
 * java -cp bench/target/bench.jar org.governance.bench.GraphQLLoad --query FILE --token TOKEN --clients 8 --seconds 20
 * </pre>
 */
public final class GraphQLLoad {

    private GraphQLLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Args.parse(args, Map.of("--url", "http://127.0.0.1:8080/graphql", "--query", "",
                "--token", "", "--clients", "8", "--seconds", "20", "--warmup", "5"));
        String query = Files.readString(Path.of(options.get("--query")));
        String body = "{\"query\": " + json(query) + "}";
        int clients = Integer.parseInt(options.get("--clients"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(options.get("--url"))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + options.get("--token"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        run(http, request, clients, Integer.parseInt(options.get("--warmup")), new ArrayList<>(), new AtomicInteger());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        int seconds = Integer.parseInt(options.get("--seconds"));
        run(http, request, clients, seconds, latencies, errors);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%d\t%d\t%d\t%.1f\t%.2f\t%.2f\t%.2f%n", clients, sorted.size(), errors.get(), sorted.size() / (double) seconds,
                percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99));
    }

    private static void run(HttpClient http, HttpRequest request, int clients, int seconds, List<Long> latencies,
            AtomicInteger errors) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    latencies.add(System.nanoTime() - start);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** The p-quantile of nanosecond latencies, in milliseconds; NaN for none. */
    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1_000_000.0;
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
