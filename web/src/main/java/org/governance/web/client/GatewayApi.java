package org.governance.web.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The gateway's GraphQL endpoint; the body goes through untouched, the user's access token as a bearer token. */
@RegisterRestClient(configKey = "gateway")
@Path("/graphql")
public interface GatewayApi {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response query(@HeaderParam("Authorization") String authorization, String body);

    @GET
    @Path("/schema.graphql")
    @Produces(MediaType.TEXT_PLAIN)
    Response schema(@HeaderParam("Authorization") String authorization);
}
