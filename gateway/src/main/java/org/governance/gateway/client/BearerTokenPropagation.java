package org.governance.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Passes the caller's bearer token on to the services, so that each checks the caller itself (no service trusts the
 * network). quarkus-rest-client-oidc-token-propagation is not available here: see ../shared/PLATFORM-NOTES.md.
 */
@ApplicationScoped
public class BearerTokenPropagation implements ClientHeadersFactory {

    private final Instance<JsonWebToken> token;

    public BearerTokenPropagation(Instance<JsonWebToken> token) {
        this.token = token;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String raw = token.isResolvable() ? token.get().getRawToken() : null;
        if (raw != null) {
            headers.putSingle("Authorization", "Bearer " + raw);
        }
        return headers;
    }
}
