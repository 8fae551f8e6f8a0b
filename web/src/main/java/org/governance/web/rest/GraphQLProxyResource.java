package org.governance.web.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.governance.web.client.GatewayClient;
import org.governance.web.security.SignedInUser;

import io.quarkus.security.Authenticated;

/**
 * The page's only way to the platform: GraphQL posted here goes to the gateway with the session's access token, so
 * the page's scripts never hold a token. The gateway's answer (data, partial data and errors) comes back as it is.
 */
@Path("/api")
@Authenticated
public class GraphQLProxyResource {

    private final GatewayClient gateway;
    private final SignedInUser user;

    GraphQLProxyResource(GatewayClient gateway, SignedInUser user) {
        this.gateway = gateway;
        this.user = user;
    }

    @POST
    @Path("/graphql")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response graphql(String body) {
        if (body == null || body.isBlank()) {
            throw WebProblem.badBody("The body must be a GraphQL request: {\"query\": \"...\", \"variables\": {...}}");
        }
        return passThrough(gateway.query(user.accessToken(), body), MediaType.APPLICATION_JSON);
    }

    /** The gateway's published schema, for the GraphQL console. */
    @GET
    @Path("/schema.graphql")
    @Produces(MediaType.TEXT_PLAIN)
    public Response schema() {
        return passThrough(gateway.schema(user.accessToken()), MediaType.TEXT_PLAIN);
    }

    private static Response passThrough(Response answer, String type) {
        try (answer) {
            String text = answer.hasEntity() ? answer.readEntity(String.class) : "";
            return Response.status(answer.getStatus()).type(answer.getMediaType() == null ? type : answer.getMediaType().toString())
                    .entity(text).build();
        }
    }
}
