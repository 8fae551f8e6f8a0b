package org.governance.filings.rest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.governance.filings.config.FilingsConfig;
import org.governance.filings.model.Outcome;
import org.governance.filings.service.BatchIngestService;
import org.governance.filings.service.BatchIngestService.BatchReport;
import org.governance.filings.service.FilingIngestService;
import org.governance.filings.service.FilingIngestService.Ingested;
import org.governance.filings.service.FilingQueryService;
import org.governance.wire.RequestParams;
import org.governance.wire.Roles;
import org.governance.wire.ServiceException;

import io.quarkus.security.Authenticated;

@Authenticated
@Path("/filings")
@Tag(name = "Filings", description = "Ingest and read SEC Forms 3, 4 and 5")
@Produces(MediaType.APPLICATION_JSON)
public class FilingResource {

    private final FilingIngestService ingest;
    private final BatchIngestService batch;
    private final FilingQueryService query;
    private final RequestParams params;
    private final FilingsConfig config;

    public FilingResource(FilingIngestService ingest, BatchIngestService batch, FilingQueryService query,
            RequestParams params, FilingsConfig config) {
        this.ingest = ingest;
        this.batch = batch;
        this.query = query;
        this.params = params;
        this.config = config;
    }

    @RolesAllowed(Roles.INGEST)
    @POST
    @Consumes({ MediaType.APPLICATION_XML, MediaType.TEXT_XML })
    @Operation(summary = "Ingest one ownershipDocument (EDGAR XML)", description = "The accession number is required; the filing date makes filing lag and lateness computable. The same filing again answers 200 and stores nothing; other content under a stored accession is 409.")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "200", description = "Already stored with the same content")
    @APIResponse(responseCode = "400", description = "Not well-formed XML, or a DTD or entity (refused)")
    @APIResponse(responseCode = "409", description = "Another filing is stored under this accession number")
    @APIResponse(responseCode = "413", description = "Larger than the configured maximum (default 5 MB)")
    @APIResponse(responseCode = "422", description = "Not a valid ownership document, or no accession number; the element path is named")
    public Response ingestXml(InputStream body,
            @Parameter(description = "Accession number", example = "0001415889-24-020022") @QueryParam("accession") String accession,
            @Parameter(description = "Filing date, YYYY-MM-DD, when known", example = "2024-07-24") @QueryParam("filingDate") LocalDate filingDate,
            UriInfo uri) {
        LocalDate filed = filingDate;
        return answer(ingest.ingestXml(read(body), accession, filed), uri);
    }

    @RolesAllowed(Roles.INGEST)
    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Ingest one EDGAR submission text file", description = "The SGML wrapper's header gives the accession number and filing date; the ownershipDocument is read from its <XML> document.")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "200", description = "Already stored with the same content")
    @APIResponse(responseCode = "409", description = "Another filing is stored under this accession number")
    @APIResponse(responseCode = "422", description = "No header, no XML document, or an invalid ownership document")
    public Response ingestSubmission(InputStream body, UriInfo uri) {
        return answer(ingest.ingestSubmission(read(body)), uri);
    }

    @RolesAllowed(Roles.INGEST)
    @POST
    @Path("/batch")
    @Consumes({ "application/zip", "application/x-zip-compressed" })
    @Operation(summary = "Ingest a zip of filings", description = "Files named <accession>.xml (ownershipDocument) or *.txt (submission text). Each file is stored or refused on its own; the answer lists every file with its outcome.")
    @APIResponse(responseCode = "200", description = "Every file's outcome: STORED, ALREADY_PRESENT or REJECTED with the reason")
    public BatchReport ingestBatch(InputStream body) {
        return batch.ingest(body);
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/{accession}")
    @Operation(summary = "A filing with everything it says")
    @APIResponse(responseCode = "404", description = "No such filing")
    public Response get(@Parameter(example = "0001415889-24-020022") @PathParam("accession") String accession) {
        return Response.ok(query.get(accession)).build();
    }

    private Response answer(Ingested ingested, UriInfo uri) {
        var filing = query.get(ingested.accession());
        if (ingested.outcome() == Outcome.STORED) {
            return Response.created(uri.getBaseUriBuilder().path("filings").path(ingested.accession()).build())
                    .entity(filing).build();
        }
        return Response.ok(filing).build();
    }

    private byte[] read(InputStream body) {
        try {
            return BatchIngestService.readBounded(body, config.ingest().maxDocumentBytes());
        } catch (IOException e) {
            throw ServiceException.invalidField("body", "The request body could not be read");
        }
    }
}
