package org.governance.events.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.governance.events.EventEnvelope;

/**
 * Writes events into the service's {@code outbox_event} table, in the transaction of the change they describe: the
 * change and its events are stored together or not at all. {@link OutboxRelay} publishes them after the commit.
 */
@ApplicationScoped
public class Outbox {

    /** One event to write: the topic, the company it concerns (the record's key), its type, version and data. */
    public record Pending(String topic, String companyCik, String type, int version, Object data) {
    }

    /** Fired when events were written; the relay wakes once the transaction has committed. */
    public record Added(int count) {
    }

    private static final String INSERT = """
            INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload) VALUES (?, ?, ?, ?, ?::jsonb)""";

    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final Event<Added> added;
    private final String source;
    private final Clock clock;

    public Outbox(DataSource dataSource, ObjectMapper mapper, Event<Added> added,
            @ConfigProperty(name = "quarkus.application.name") String source) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.added = added;
        this.source = source;
        this.clock = Clock.systemUTC();
    }

    /** Adds one event to the current transaction (there must be one). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String topic, String companyCik, String type, int version, Object data) {
        addAll(List.of(new Pending(topic, companyCik, type, version, data)));
    }

    /** Adds one event to the current transaction (there must be one). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Pending event) {
        addAll(List.of(event));
    }

    /** Adds events to the current transaction (there must be one), in this order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addAll(List<Pending> events) {
        if (events.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        // inside a transaction the pool hands out the transaction's own connection: the rows commit with the change
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Pending event : events) {
                UUID id = UUID.randomUUID();
                EventEnvelope envelope = new EventEnvelope(id, event.type(), event.version(), now, source, event.companyCik(),
                        mapper.valueToTree(event.data()));
                insert.setObject(1, id);
                insert.setString(2, event.topic());
                insert.setString(3, event.companyCik());
                insert.setString(4, event.type());
                insert.setString(5, mapper.writeValueAsString(envelope));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Writing " + events.size() + " events to the outbox failed: " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event could not be written as JSON: " + e.getOriginalMessage(), e);
        }
        added.fire(new Added(events.size()));
    }
}
