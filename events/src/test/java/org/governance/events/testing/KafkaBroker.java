package org.governance.events.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real Kafka broker for a module's tests, started through the script the platform uses
 * ({@code scripts/kafka.sh}) on ports of its own (9192, controller 9193), so that a running platform's broker is
 * left alone. Its data is deleted when the tests end. Tests may stop and start it to see the outbox wait for Kafka.
 */
public class KafkaBroker implements QuarkusTestResourceLifecycleManager {

    public static final int PORT = 9192;
    public static final String BOOTSTRAP = "127.0.0.1:" + PORT;

    @Override
    public Map<String, String> start() {
        script("start");
        return Map.of("kafka.bootstrap.servers", BOOTSTRAP);
    }

    @Override
    public void stop() {
        script("reset");
    }

    /** Stops the broker, keeping its data (as an outage would). */
    public static void stopBroker() {
        script("stop");
    }

    /** Starts the broker again after {@link #stopBroker()}, and waits until it answers. */
    public static void startBroker() {
        script("start");
    }

    private static void script(String command) {
        Path root = root();
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", root.resolve("scripts/kafka.sh").toString(), command))
                .directory(root.toFile()).redirectErrorStream(true);
        Path state = root.resolve(".platform/test-kafka");
        File log = state.resolve("script.log").toFile();
        try {
            Files.createDirectories(state);
            builder.environment().put("KAFKA_PORT", String.valueOf(PORT));
            builder.environment().put("KAFKA_CONTROLLER_PORT", String.valueOf(PORT + 1));
            builder.environment().put("KAFKA_STATE", state.toString());
            Process process = builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("scripts/kafka.sh " + command + " failed; see " + log + " and " + state.resolve("kafka.log"));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run scripts/kafka.sh " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running scripts/kafka.sh " + command, e);
        }
    }

    /** The repository's root: the first directory upwards from the module that holds scripts/kafka.sh. */
    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("scripts/kafka.sh"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("scripts/kafka.sh not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
