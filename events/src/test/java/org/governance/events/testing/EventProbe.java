package org.governance.events.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.governance.events.EventEnvelope;

/**
 * Reads a topic as a consumer would, from the moment it is opened: what was published before is not seen. Each
 * record is kept with its key, so a test can check both the event and the key it was published under.
 */
public final class EventProbe implements AutoCloseable {

    public record Received(String key, EventEnvelope event) {
    }

    public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final KafkaConsumer<String, String> consumer;
    private final List<Received> received = new ArrayList<>();

    public EventProbe(String topic) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.BOOTSTRAP,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer());
        // the topic may not exist yet: ask until the broker names its partitions (it creates topics on first use)
        List<PartitionInfo> partitions = List.of();
        Instant deadline = Instant.now().plusSeconds(30);
        while (partitions.isEmpty() && Instant.now().isBefore(deadline)) {
            partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (partitions == null) {
                partitions = List.of();
            }
        }
        if (partitions.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " has no partitions on " + KafkaBroker.BOOTSTRAP);
        }
        List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(assigned);
        consumer.seekToEnd(assigned);
        assigned.forEach(consumer::position);
    }

    /** Waits up to {@code timeout} for the events that match, returns them (all of them seen so far), in order. */
    public List<Received> await(Predicate<EventEnvelope> wanted, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (matching(wanted).size() < count && Instant.now().isBefore(deadline)) {
            poll(Duration.ofMillis(200));
        }
        return matching(wanted);
    }

    /** Everything that arrived within {@code quiet}, for checking that nothing (more) came. */
    public List<Received> within(Predicate<EventEnvelope> wanted, Duration quiet) {
        Instant deadline = Instant.now().plus(quiet);
        while (Instant.now().isBefore(deadline)) {
            poll(Duration.ofMillis(200));
        }
        return matching(wanted);
    }

    private List<Received> matching(Predicate<EventEnvelope> wanted) {
        return received.stream().filter(r -> wanted.test(r.event())).toList();
    }

    private void poll(Duration wait) {
        for (ConsumerRecord<String, String> record : consumer.poll(wait)) {
            received.add(new Received(record.key(), EventEnvelope.parse(MAPPER, record.value())));
        }
    }

    public static Predicate<EventEnvelope> ofType(String type) {
        return event -> event.type().equals(type);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
