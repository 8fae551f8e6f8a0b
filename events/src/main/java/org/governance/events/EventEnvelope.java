package org.governance.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON every event travels in, on every topic: what happened ({@code type} and the {@code version} of its
 * {@code data}'s shape), to which company ({@code companyCik}, also the record's key, so that one company's events
 * stay in order), when, and by which service. {@code id} names the event: a consumer that meets an id again has
 * seen that event already (the relay may publish an event twice; it never loses one).
 */
public record EventEnvelope(UUID id, String type, int version, Instant occurredAt, String source, String companyCik,
        JsonNode data) {

    /** The data as the record of its type; a consumer reads only the versions it knows. */
    public <T> T data(ObjectMapper mapper, Class<T> type) {
        try {
            return mapper.treeToValue(data, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("event " + id + " of type " + this.type + " has data that is not a " + type.getSimpleName()
                    + ": " + e.getOriginalMessage(), e);
        }
    }

    public static EventEnvelope parse(ObjectMapper mapper, String json) {
        try {
            return mapper.readValue(json, EventEnvelope.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not an event envelope: " + e.getOriginalMessage(), e);
        }
    }
}
