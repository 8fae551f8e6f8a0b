package org.governance.filings.rest;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

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
import org.governance.filings.model.ImportJob;
import org.governance.filings.service.DatasetImportService;
import org.governance.wire.Roles;
import org.governance.wire.ServiceException;

import io.quarkus.security.Authenticated;

@Authenticated
@Path("/datasets/form345")
@Tag(name = "Data sets", description = "Bulk import of the SEC's quarterly Form 345 data sets")
@Produces(MediaType.APPLICATION_JSON)
public class DatasetResource {

    private final DatasetImportService imports;

    public DatasetResource(DatasetImportService imports) {
        this.imports = imports;
    }

    @RolesAllowed(Roles.INGEST)
    @POST
    @Consumes({ "application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM })
    @Operation(summary = "Import a Form 345 data set (the SEC's quarterly zip of tab-separated tables)",
            description = "Checked at once (a zip, SUBMISSION.tsv present, key columns in every table's header), then imported"
                    + " in the background: the answer is the job, whose resource shows its counts while it runs and its report"
                    + " (stored, already present, rejected with reasons) at the end. With wait=true the answer comes when the"
                    + " job has finished.")
    @APIResponse(responseCode = "202", description = "Started; Location names the job")
    @APIResponse(responseCode = "200", description = "Finished (wait=true): the job's report; 202 with the running job when it runs past filings.dataset.max-wait")
    @APIResponse(responseCode = "400", description = "Not a readable zip archive, or no body")
    @APIResponse(responseCode = "413", description = "Larger than filings.dataset.max-bytes")
    @APIResponse(responseCode = "422", description = "No SUBMISSION.tsv, or a table without its key columns; the table is named")
    public Response start(InputStream body,
            @Parameter(description = "The data set's file name, kept in the job", example = "2024q3_form345.zip") @QueryParam("fileName") String fileName,
            @Parameter(description = "Answer when the job has finished (at most filings.dataset.max-wait, 15 minutes; 202 with the running job after that)") @QueryParam("wait") boolean wait,
            UriInfo uri) {
        ImportJob job = imports.start(body, fileName);
        var location = uri.getBaseUriBuilder().path("datasets/form345/jobs").path(job.id().toString()).build();
        if (wait) {
            ImportJob finished = imports.await(job.id());
            return Response.status(finished.state() == ImportJob.State.RUNNING ? 202 : 200).entity(finished).location(location).build();
        }
        return Response.accepted(job).location(location).build();
    }

    @RolesAllowed({ Roles.READER, Roles.INGEST })
    @GET
    @Path("/jobs/{id}")
    @Operation(summary = "An import job: state, counts so far, rejections with their reasons")
    @APIResponse(responseCode = "404", description = "No such job")
    public ImportJob job(@PathParam("id") String id) {
        return imports.get(uuid(id));
    }

    @RolesAllowed({ Roles.READER, Roles.INGEST })
    @GET
    @Path("/jobs")
    @Operation(summary = "The latest 20 import jobs, newest first")
    public List<ImportJob> jobs() {
        return imports.latest();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ServiceException.invalidParameter("id", "'" + id + "' is not a job id (a UUID)");
        }
    }
}
