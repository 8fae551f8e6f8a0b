package org.governance.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.governance.gateway.model.Filing;
import org.governance.gateway.model.Insider;
import org.governance.gateway.model.Page;
import org.governance.gateway.model.TransactionRecord;
import org.governance.wire.BearerTokenPropagation;

/** filings-service (read side; ingest stays on its own REST API); URL from quarkus.rest-client.filings.url. */
@RegisterClientHeaders(BearerTokenPropagation.class)
@RegisterProvider(RequestCounter.class)
@RegisterRestClient(configKey = "filings")
@Produces(MediaType.APPLICATION_JSON)
interface FilingsApi {

    @GET
    @Path("/filings/{accession}")
    Filing filing(@PathParam("accession") String accession);

    @GET
    @Path("/transactions")
    Page<TransactionRecord> transactions(@QueryParam("ownerCiks") String ownerCiks, @QueryParam("issuerCiks") String issuerCiks,
            @QueryParam("quarter") String quarter, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("codes") String codes, @QueryParam("table") String table,
            @QueryParam("includeSuperseded") Boolean includeSuperseded, @QueryParam("minValue") String minValue,
            @QueryParam("roles") String roles, @QueryParam("underPlan") Boolean underPlan, @QueryParam("late") Boolean late,
            @QueryParam("sort") String sort, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/issuers/{cik}/insiders")
    Insider.OfIssuer insiders(@PathParam("cik") String cik, @QueryParam("asOf") String asOf);
}
