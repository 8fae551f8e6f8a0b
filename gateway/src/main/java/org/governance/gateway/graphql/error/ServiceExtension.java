package org.governance.gateway.graphql.error;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import io.smallrye.graphql.api.ErrorExtensionProvider;

/** Adds {@code extensions.service}: which downstream service an error is about. */
public class ServiceExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "service";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        return exception instanceof GatewayException e && e.service() != null ? Json.createValue(e.service()) : JsonValue.NULL;
    }
}
