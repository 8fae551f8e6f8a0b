package org.governance.wire;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Passes the caller's bearer token on to the services, so that each checks the caller itself (no service trusts the
 * network). Registered with {@code @RegisterClientHeaders(BearerTokenPropagation.class)} on a REST client
 * interface (see docs/decisions/0007-quarkus-3-33-2-lts.md for why it is not the token-propagation extension).
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
