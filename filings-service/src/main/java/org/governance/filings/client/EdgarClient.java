package org.governance.filings.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.filings.config.EdgarConfig;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * GET requests to EDGAR as the SEC asks of automated tools: the declared User-Agent on every request, gzip accepted,
 * at most {@code filings.edgar.max-requests-per-second} (every retry counted), and a 429 or 5xx answered by waiting
 * (its Retry-After when given, else an exponential backoff) a bounded number of times. 200 gives the body, 404
 * nothing; anything else, or the retries spent, is an {@link EdgarUnavailableException} that says why.
 *
 * <p>
 * The JDK's HttpClient rather than a REST client with Fault Tolerance's {@code @Retry}: the wait before a retry is
 * the one the server asks for, which an annotation cannot read.
 */
@ApplicationScoped
public class EdgarClient {

    private static final Logger LOG = Logger.getLogger(EdgarClient.class);

    /** EDGAR would not answer, or answered what no retry mends: the job stops there and can be resumed. */
    public static class EdgarUnavailableException extends RuntimeException {
        public EdgarUnavailableException(String message) {
            super(message);
        }
    }

    /** The answer is larger than the caller reads. */
    public static class TooLargeException extends RuntimeException {
        TooLargeException(String message) {
            super(message);
        }
    }

    private final EdgarConfig config;
    private final MeterRegistry metrics;
    private final HttpClient http;
    private final String baseUrl;
    private final long spacingNanos;
    private long nextSlot = System.nanoTime();

    public EdgarClient(EdgarConfig config, MeterRegistry metrics) {
        this.config = config;
        this.metrics = metrics;
        this.baseUrl = config.baseUrl().replaceAll("/+$", "");
        this.spacingNanos = (long) (1_000_000_000L / Math.min(config.maxRequestsPerSecond(), EdgarConfig.SEC_MAX_REQUESTS_PER_SECOND));
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The address of a path under the configured base URL. */
    public String url(String path) {
        return baseUrl + path;
    }

    /** The body at {@code path} (under the base URL), empty when EDGAR has nothing there (404). */
    public Optional<byte[]> get(String path, int maxBytes) throws InterruptedException {
        String url = url(path);
        String userAgent = config.userAgent().filter(agent -> !agent.isBlank())
                .orElseThrow(() -> new EdgarUnavailableException("filings.edgar.user-agent is not set: EDGAR is not asked"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().timeout(config.requestTimeout())
                .header("User-Agent", userAgent).header("Accept-Encoding", "gzip").build();
        for (int attempt = 0;; attempt++) {
            pace();
            String failure;
            String reason;
            Duration wait;
            try {
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                count(String.valueOf(status));
                if (status == 200) {
                    return Optional.of(read(response, maxBytes, url));
                }
                response.body().close();
                if (status == 404) {
                    return Optional.empty();
                }
                if (status != 429 && status < 500) {
                    throw new EdgarUnavailableException("GET " + url + ": EDGAR answered " + status + (status == 403
                            ? " (the SEC refuses undeclared tools and requests beyond its rate: check filings.edgar.user-agent)" : ""));
                }
                failure = "EDGAR answered " + status;
                reason = String.valueOf(status);
                Optional<Duration> asked = retryAfter(response);
                if (asked.isPresent() && asked.get().compareTo(config.maxBackoff()) > 0) {
                    throw new EdgarUnavailableException("GET " + url + ": " + failure + " and asked to wait " + asked.get().toSeconds()
                            + " s (Retry-After), longer than filings.edgar.max-backoff (" + config.maxBackoff().toSeconds() + " s)");
                }
                wait = asked.orElse(backoff(attempt));
            } catch (IOException e) {
                count("io-error");
                failure = "the request failed (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
                reason = "io-error";
                wait = backoff(attempt);
            }
            if (attempt >= config.maxRetries()) {
                throw new EdgarUnavailableException("GET " + url + ": " + failure + ", " + (attempt + 1) + " tries");
            }
            metrics.counter("edgar.retries", "reason", reason).increment();
            LOG.infof("GET %s: %s; trying again in %d ms (retry %d of %d)", url, failure, wait.toMillis(), attempt + 1, config.maxRetries());
            Thread.sleep(wait.toMillis());
        }
    }

    /** Waits for this request's slot: requests are spaced evenly at the configured rate, whichever thread sends them. */
    private void pace() throws InterruptedException {
        long slot;
        synchronized (this) {
            long now = System.nanoTime();
            slot = Math.max(now, nextSlot);
            nextSlot = slot + spacingNanos;
        }
        long waitNanos = slot - System.nanoTime();
        if (waitNanos > 0) {
            Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
        }
    }

    private Duration backoff(int attempt) {
        Duration wait = config.initialBackoff().multipliedBy(1L << Math.min(attempt, 20));
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    /** Retry-After as seconds or as an HTTP date (RFC 9110 10.2.3). */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::strip).flatMap(EdgarClient::retryAfter);
    }

    static Optional<Duration> retryAfter(String value) {
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Duration until = Duration.between(Instant.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static byte[] read(HttpResponse<InputStream> response, int maxBytes, String url) throws IOException {
        boolean gzip = response.headers().firstValue("Content-Encoding").filter(encoding -> encoding.equalsIgnoreCase("gzip")).isPresent();
        try (InputStream body = gzip ? new GZIPInputStream(response.body()) : response.body()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            int read;
            while ((read = body.read(buffer)) != -1) {
                total += read;
                if (total > maxBytes) {
                    throw new TooLargeException(url + " is larger than " + maxBytes + " bytes");
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }
    }

    private void count(String status) {
        metrics.counter("edgar.requests", "status", status).increment();
    }
}
