package org.governance.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The running platform as BenchRun uses it: access tokens, the filings service's imports, the gateway's GraphQL
 * endpoint and its metrics. An answer that is not 2xx stops the run with its body (run.sh's curl --fail-with-body).
 */
final class PlatformApi {

    static final String FILINGS = "http://127.0.0.1:8083";
    static final String GATEWAY = "http://127.0.0.1:8080";

    private final Shell shell;
    // no request timeout: an import with ?wait=true answers when the import is done, minutes for a big data set
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    PlatformApi(Shell shell) {
        this.shell = shell;
    }

    /** A fresh access token for {@code who}; tokens live five minutes, so each step takes its own. */
    String token(String who) throws IOException, InterruptedException {
        return shell.value(List.of(shell.root().resolve("platform").toString(), "token", who));
    }

    /** POSTs a zip to the filings service ({@code path} with its query string); the answer, parsed. */
    JsonNode postZip(String path, Path zip, String token) throws IOException, InterruptedException {
        return json.readTree(postZipText(path, zip, token));
    }

    /** The same, the answer as text. */
    String postZipText(String path, Path zip, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(FILINGS + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofFile(zip)).build());
    }

    /** POSTs JSON to a service ({@code url} absolute); the answer as text. */
    String postJson(String url, Object body, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
    }

    /** The gateway's answer to the GraphQL query in {@code queryFile}, parsed. */
    JsonNode graphql(Path queryFile, String token) throws IOException, InterruptedException {
        String body = json.writeValueAsString(Map.of("query", Files.readString(queryFile)));
        return json.readTree(send(HttpRequest.newBuilder(URI.create(GATEWAY + "/graphql")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build()));
    }

    /**
     * The gateway under load: GraphQLLoad in a JVM of its own (as run.sh ran it, so that each run starts as cold as
     * before), {@code clients} clients for {@code seconds} after a 3 s warm-up, with a fresh reader token.
     */
    Measured load(Path queryFile, int clients, int seconds) throws IOException, InterruptedException {
        return Measured.parse(shell.output(shell.java("GraphQLLoad", "--query", queryFile.toString(), "--token", token("reader"),
                "--clients", String.valueOf(clients), "--seconds", String.valueOf(seconds), "--warmup", "3")));
    }

    /** The gateway's downstream calls so far: the sum of every gateway_downstream_requests_total series. */
    long downstreamRequests() throws IOException, InterruptedException {
        return downstreamRequests(send(HttpRequest.newBuilder(URI.create(GATEWAY + "/q/metrics")).GET().build()));
    }

    /** The sum in Prometheus text: every line that starts with the name, its second field (run.sh's awk). */
    static long downstreamRequests(String metrics) {
        double sum = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("gateway_downstream_requests_total")) {
                String[] fields = line.trim().split("\\s+");
                sum += fields.length > 1 ? number(fields[1]) : 0;
            }
        }
        return (long) sum;
    }

    /** Parses a JSON file. */
    JsonNode read(Path file) throws IOException {
        return json.readTree(file.toFile());
    }

    private String send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
