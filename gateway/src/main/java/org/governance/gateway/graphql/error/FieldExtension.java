package org.governance.gateway.graphql.error;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import io.smallrye.graphql.api.ErrorExtensionProvider;

/** Adds {@code extensions.field}: the input field a service refused. */
public class FieldExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "field";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        return exception instanceof GatewayException e && e.field() != null ? Json.createValue(e.field()) : JsonValue.NULL;
    }
}
