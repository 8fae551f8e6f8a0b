package org.governance.events.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes the outbox to Kafka, oldest first: after every commit that wrote events, and every
 * {@code outbox.relay.interval} in case a wake-up was missed (a crash between commit and publish, Kafka down).
 * An event is marked published only once Kafka has acknowledged it, so none is lost; one may go out twice (a crash
 * after the acknowledgement, before the mark), and consumers skip an event id they have seen. One relay at a time
 * per database (a PostgreSQL advisory lock), so replicas keep each company's events in order. While Kafka is
 * unreachable the relay sends one event at a time, backing off up to {@code outbox.relay.max-backoff}; the
 * service's writes go on regardless.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The advisory lock that makes one relay at a time per database ("outbox" in ASCII). */
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    @Inject
    DataSource dataSource;

    @Inject
    @Channel("outbox")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
    MutinyEmitter<String> emitter;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "outbox.relay.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "outbox.relay.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "outbox.relay.interval", defaultValue = "PT1S")
    Duration interval;

    @ConfigProperty(name = "outbox.relay.max-backoff", defaultValue = "PT15S")
    Duration maxBackoff;

    @ConfigProperty(name = "outbox.relay.send-timeout", defaultValue = "PT15S")
    Duration sendTimeout;

    @ConfigProperty(name = "outbox.retention", defaultValue = "P7D")
    Duration retention;

    private final Semaphore wake = new Semaphore(0);
    private final AtomicLong published = new AtomicLong();
    private volatile boolean running;
    private volatile boolean healthy = true;
    private ExecutorService thread;
    private Counter publishedCounter;
    private Counter failures;
    private Instant lastPurge = Instant.EPOCH;

    void start(@Observes StartupEvent event) {
        publishedCounter = registry.counter("outbox.events.published");
        failures = registry.counter("outbox.relay.failures");
        Gauge.builder("outbox.events.pending", this, OutboxRelay::pendingOrMinusOne)
                .description("events written and not yet acknowledged by Kafka (-1: the table could not be read)").register(registry);
        if (!enabled) {
            LOG.info("outbox relay: off (outbox.relay.enabled=false); events stay in the outbox until a relay runs");
            return;
        }
        startRelaying();
    }

    /** Starts relaying (at start-up, unless {@code outbox.relay.enabled=false}). */
    public synchronized void startRelaying() {
        if (running) {
            return;
        }
        running = true;
        thread = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "outbox-relay"));
        thread.submit(this::loop);
    }

    /** Stops relaying, after the batch in flight; what is written meanwhile waits in the outbox. */
    @PreDestroy
    public synchronized void stopRelaying() {
        running = false;
        wake.release();
        if (thread != null) {
            thread.shutdown();
            try {
                thread.awaitTermination(sendTimeout.toSeconds() + 5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
        wake.drainPermits();
    }

    /** A transaction that wrote events has committed: publish now rather than at the next interval. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Added added) {
        wake.release();
    }

    /** Events published by this relay since start. */
    public long published() {
        return published.get();
    }

    private void loop() {
        Duration wait = interval;
        while (running) {
            try {
                int sent;
                do {
                    sent = relayBatch(healthy ? batchSize : 1);
                    if (!healthy && sent > 0) {
                        LOG.info("outbox relay: Kafka acknowledges again; publishing the backlog");
                        healthy = true;
                    }
                } while (sent > 0 && running);
                wait = interval;
                purge();
            } catch (RuntimeException e) {
                failures.increment();
                if (healthy) {
                    LOG.warnf("outbox relay: publishing failed (%s); the events stay in the outbox and are retried", describe(e));
                }
                healthy = false;
                wait = wait.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : wait.multipliedBy(2);
            }
            try {
                wake.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private record Row(long id, String topic, String key, String payload) {
    }

    /**
     * Claims up to {@code limit} of the oldest unpublished events, sends them in order and marks them published once
     * Kafka acknowledged every one; a failure rolls the claim back. Returns how many were published (0: none waiting,
     * or another replica is relaying).
     */
    int relayBatch(int limit) {
        return QuarkusTransaction.requiringNew().timeout((int) sendTimeout.multipliedBy(2).toSeconds()).call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                if (!tryLock(connection)) {
                    return 0;
                }
                List<Row> rows = claim(connection, limit);
                if (rows.isEmpty()) {
                    return 0;
                }
                send(rows);
                markPublished(connection, rows);
                published.addAndGet(rows.size());
                publishedCounter.increment(rows.size());
                return rows.size();
            }
        });
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static List<Row> claim(Connection connection, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, topic, event_key, payload::text FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT ?""")) {
            select.setInt(1, limit);
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3), result.getString(4)));
                }
            }
            return rows;
        }
    }

    private void send(List<Row> rows) throws Exception {
        List<CompletableFuture<Void>> acknowledgements = new ArrayList<>(rows.size());
        for (Row row : rows) {
            CompletableFuture<Void> acknowledged = new CompletableFuture<>();
            OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String> builder()
                    .withTopic(row.topic()).withKey(row.key()).build();
            emitter.sendMessageAndForget(Message.of(row.payload(), Metadata.of(metadata), () -> {
                acknowledged.complete(null);
                return CompletableFuture.completedFuture(null);
            }, failure -> {
                acknowledged.completeExceptionally(failure);
                return CompletableFuture.completedFuture(null);
            }));
            acknowledgements.add(acknowledged);
        }
        try {
            CompletableFuture.allOf(acknowledgements.toArray(CompletableFuture[]::new)).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge " + rows.size() + " events within " + sendTimeout, e);
        }
    }

    private static void markPublished(Connection connection, List<Row> rows) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE outbox_event SET published_at = now() WHERE id = ANY (?)")) {
            update.setArray(1, connection.createArrayOf("bigint", rows.stream().map(Row::id).toArray()));
            update.executeUpdate();
        }
    }

    /** Published events are kept for {@code outbox.retention} (to look at), then deleted; once an hour. */
    private void purge() {
        Instant now = Instant.now();
        if (Duration.between(lastPurge, now).toHours() < 1) {
            return;
        }
        lastPurge = now;
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM outbox_event WHERE published_at < now() - ?::interval")) {
                delete.setString(1, retention.toSeconds() + " seconds");
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Purging the outbox failed: " + e.getMessage(), e);
            }
        });
    }

    private double pendingOrMinusOne() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
                ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
