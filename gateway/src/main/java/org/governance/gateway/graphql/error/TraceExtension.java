package org.governance.gateway.graphql.error;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import org.governance.wire.Traces;

import io.smallrye.graphql.api.ErrorExtensionProvider;

/** Adds {@code extensions.traceId}: the trace of the request, so that a user's report of an error finds it. */
public class TraceExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "traceId";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        String traceId = Traces.currentTraceId();
        return traceId == null ? JsonValue.NULL : Json.createValue(traceId);
    }
}
