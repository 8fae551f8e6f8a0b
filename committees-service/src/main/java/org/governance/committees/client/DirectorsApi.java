package org.governance.committees.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.governance.wire.BearerTokenPropagation;

/** The endpoints of directors-service that committees-service reads; URL from quarkus.rest-client.directors.url. */
@RegisterClientHeaders(BearerTokenPropagation.class)
@RegisterRestClient(configKey = "directors")
@Produces(MediaType.APPLICATION_JSON)
interface DirectorsApi {

    @GET
    @Path("/directors")
    SeatPage seats(@QueryParam("ids") String commaSeparatedIds, @QueryParam("size") int size);

    @GET
    @Path("/companies/{cik}")
    CompanyRef company(@PathParam("cik") String cik);
}
