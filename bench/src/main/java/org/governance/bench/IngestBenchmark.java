package org.governance.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Ingest benchmark for filings-service (not a test): posts the EDGAR fixtures again and again under fresh accession
 * numbers, one filing per request and as zip batches, and prints filings per second.
 *
 *   ./platform up
 *   java -cp bench/target/bench.jar org.governance.bench.IngestBenchmark --token "$(./platform token filings-loader)"
 *        [--url http://127.0.0.1:8083] [--rounds 20] [--clients 4] [--fixtures ../shared/fixtures/edgar/xml] [--batch 500]
 *
 * Every run uses its own illustrative filer prefix (9 followed by the run's clock), so runs do not collide.
 */
public class IngestBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new ConcurrentHashMap<>(Map.of("--url", "http://127.0.0.1:8083", "--rounds", "20",
                "--clients", "4", "--fixtures", "../shared/fixtures/edgar/xml", "--batch", "500", "--token", ""));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        String url = options.get("--url");
        String authorization = "Bearer " + options.get("--token");
        int rounds = Integer.parseInt(options.get("--rounds"));
        int clients = Integer.parseInt(options.get("--clients"));
        int batchSize = Integer.parseInt(options.get("--batch"));
        Path fixtures = Path.of(options.get("--fixtures"));
        if (!Files.isDirectory(fixtures)) {
            System.err.println("No fixtures at " + fixtures.toAbsolutePath() + " (set --fixtures)");
            System.exit(2);
        }
        List<byte[]> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(fixtures)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                documents.add(Files.readAllBytes(file));
            }
        }
        String filer = "9" + String.format("%09d", System.currentTimeMillis() / 1000 % 1_000_000_000L);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger sequence = new AtomicInteger();

        // 1. one filing per request, from several clients
        int total = rounds * documents.size();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> pending = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (byte[] document : documents) {
                String accession = filer + "-01-" + String.format("%06d", sequence.incrementAndGet());
                pending.add(pool.submit(() -> {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/filings?accession=" + accession))
                            .header("Content-Type", "application/xml").header("Authorization", authorization).POST(HttpRequest.BodyPublishers.ofByteArray(document)).build();
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status != 201) {
                            failures.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        failures.incrementAndGet();
                    }
                }));
            }
        }
        for (Future<?> future : pending) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("single XML posts: %d filings in %.2f s = %.0f filings/s (%d clients, %d not stored)%n",
                total, seconds, total / seconds, clients, failures.get());

        // 2. zip batches
        List<byte[]> zips = new ArrayList<>();
        int inZips = 0;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes);
        int inCurrent = 0;
        for (int round = 0; round < rounds; round++) {
            for (byte[] document : documents) {
                String accession = filer + "-02-" + String.format("%06d", sequence.incrementAndGet());
                zip.putNextEntry(new ZipEntry(accession + ".xml"));
                zip.write(document);
                zip.closeEntry();
                inZips++;
                if (++inCurrent == batchSize) {
                    zip.close();
                    zips.add(bytes.toByteArray());
                    bytes = new ByteArrayOutputStream();
                    zip = new ZipOutputStream(bytes);
                    inCurrent = 0;
                }
            }
        }
        zip.close();
        if (inCurrent > 0) {
            zips.add(bytes.toByteArray());
        }
        start = System.nanoTime();
        for (byte[] body : zips) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/filings/batch")).header("Content-Type", "application/zip")
                    .header("Authorization", authorization)
                    .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                System.err.println("batch answered " + response.statusCode() + ": " + response.body());
            }
        }
        seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("zip batches:      %d filings in %.2f s = %.0f filings/s (%d per zip, one client)%n",
                inZips, seconds, inZips / seconds, batchSize);
    }
}
