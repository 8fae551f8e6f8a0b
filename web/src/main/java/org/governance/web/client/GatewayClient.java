package org.governance.web.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.governance.web.rest.WebProblem;

/** Calls the gateway for the signed-in user; a gateway that cannot be reached is a 502 problem, not a stack trace. */
@ApplicationScoped
public class GatewayClient {

    private final GatewayApi api;

    GatewayClient(@RestClient GatewayApi api) {
        this.api = api;
    }

    public Response query(String accessToken, String body) {
        try {
            return api.query("Bearer " + accessToken, body);
        } catch (ProcessingException e) {
            throw WebProblem.gatewayUnreachable();
        }
    }

    public Response schema(String accessToken) {
        try {
            return api.schema("Bearer " + accessToken);
        } catch (ProcessingException e) {
            throw WebProblem.gatewayUnreachable();
        }
    }
}
