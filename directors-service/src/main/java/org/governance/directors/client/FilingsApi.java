package org.governance.directors.client;

import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.governance.wire.BearerTokenPropagation;

/** The endpoints of filings-service that directors-service reads to adopt insiders; URL from quarkus.rest-client.filings.url. */
@RegisterClientHeaders(BearerTokenPropagation.class)
@RegisterRestClient(configKey = "filings")
@Produces(MediaType.APPLICATION_JSON)
interface FilingsApi {

    @GET
    @Path("/issuers/{cik}/insiders")
    ReportedInsiders insiders(@PathParam("cik") String cik, @QueryParam("asOf") LocalDate asOf);

    @GET
    @Path("/issuers")
    IssuerPage issuers(@QueryParam("filedFrom") LocalDate filedFrom, @QueryParam("filedTo") LocalDate filedTo,
            @QueryParam("page") int page, @QueryParam("size") int size);
}
