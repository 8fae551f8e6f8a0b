package org.governance.wire;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The trace of the request being answered, so that a user's report of an error finds its trace: every problem body
 * carries the id, as does every log line (the MDC key traceId that quarkus-opentelemetry sets).
 */
public final class Traces {

    private Traces() {
    }

    /** The current W3C trace id (32 hex digits), or null outside a traced request. */
    public static String currentTraceId() {
        try {
            SpanContext span = Span.current().getSpanContext();
            return span.isValid() ? span.getTraceId() : null;
        } catch (LinkageError noOpenTelemetryHere) {
            return null;
        }
    }
}
