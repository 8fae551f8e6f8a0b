package org.governance.committees.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the real directors-service from its packaged build (the reactor builds it before this module) on a
 * free port, against its test database wiped at start, and points committees-service at it.
 */
public class RealDirectorsService implements QuarkusTestResourceLifecycleManager {

    private static final Path JAR = Path.of("..", "directors-service", "target", "quarkus-app", "quarkus-run.jar");
    private static final Duration READY_DEADLINE = Duration.ofSeconds(90);

    private Process process;

    @Override
    public Map<String, String> start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("The real directors-service is not built: " + JAR.toAbsolutePath()
                    + " is missing. Run the whole build from the repository root (./platform test), or first"
                    + " `mvn -pl directors-service package -DskipTests`.");
        }
        int port = freePort();
        String databaseUrl = System.getenv().getOrDefault("DIRECTORS_TEST_DB_URL",
                "jdbc:postgresql://127.0.0.1:5432/directors_test");
        Path log = Path.of("target", "real-directors-service.log");
        try {
            process = new ProcessBuilder(List.of(javaBinary(), "-Dquarkus.http.port=" + port,
                    "-Dquarkus.datasource.jdbc.url=" + databaseUrl, "-Dquarkus.flyway.clean-at-start=true",
                    // accept the tokens of the tests' in-JVM OIDC server: its public key, issuer and our audience
                    "-Dquarkus.oidc.auth-server-url=", "-Dquarkus.oidc.public-key=" + testOidcPublicKey(),
                    "-Dquarkus.oidc.token.issuer=https://server.example.com",
                    "-jar", JAR.toAbsolutePath().toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start directors-service", e);
        }
        String url = "http://127.0.0.1:" + port;
        awaitReady(url, log);
        return Map.of("quarkus.rest-client.directors.url", url);
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private void awaitReady(String url, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(READY_DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("directors-service exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Thread.onSpinWait();
            try {
                process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop();
        throw new IllegalStateException("directors-service was not ready within " + READY_DEADLINE + "; see " + log.toAbsolutePath());
    }

    /** The public key of quarkus-test-oidc-server (publicKey.jwk), as the base64 X.509 form quarkus.oidc.public-key takes. */
    static String testOidcPublicKey() {
        try (var in = RealDirectorsService.class.getClassLoader().getResourceAsStream("publicKey.jwk")) {
            String jwk = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            var modulus = new java.math.BigInteger(1, java.util.Base64.getUrlDecoder().decode(member(jwk, "n")));
            var exponent = new java.math.BigInteger(1, java.util.Base64.getUrlDecoder().decode(member(jwk, "e")));
            var key = java.security.KeyFactory.getInstance("RSA").generatePublic(new java.security.spec.RSAPublicKeySpec(modulus, exponent));
            return java.util.Base64.getEncoder().encodeToString(key.getEncoded());
        } catch (IOException | java.security.GeneralSecurityException | NullPointerException e) {
            throw new IllegalStateException("Cannot read the test OIDC server's public key", e);
        }
    }

    private static String member(String json, String name) {
        var matcher = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("publicKey.jwk has no " + name);
        }
        return matcher.group(1);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
