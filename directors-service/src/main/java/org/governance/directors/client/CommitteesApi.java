package org.governance.directors.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.governance.wire.BearerTokenPropagation;

/** The endpoint of committees-service that a board file's committees and memberships go to; URL from quarkus.rest-client.committees.url. */
@RegisterClientHeaders(BearerTokenPropagation.class)
@RegisterRestClient(configKey = "committees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface CommitteesApi {

    @POST
    @Path("/companies/{cik}/committee-seasons")
    CommitteeSeason.Report season(@PathParam("cik") String cik, @QueryParam("dryRun") boolean dryRun, CommitteeSeason season);
}
