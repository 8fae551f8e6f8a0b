package org.governance.filings.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.governance.filings.mapping.BackfillRequest;
import org.governance.filings.model.EdgarJob;
import org.governance.filings.model.FollowStatus;
import org.governance.filings.service.EdgarJobService;
import org.governance.wire.Roles;
import org.governance.wire.ServiceException;

import io.quarkus.security.Authenticated;

@Authenticated
@Path("/edgar")
@Tag(name = "EDGAR", description = "Filings read from EDGAR by the service itself: backfills of past days and the follower")
@Produces(MediaType.APPLICATION_JSON)
public class EdgarResource {

    private final EdgarJobService jobs;

    public EdgarResource(EdgarJobService jobs) {
        this.jobs = jobs;
    }

    @RolesAllowed(Roles.INGEST)
    @POST
    @Path("/backfills")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read EDGAR's daily indexes of past days and ingest their Forms 3, 4 and 5",
            description = "Each day's master index, then each filing not stored yet as its submission text file, ingested as"
                    + " POST /filings with text/plain does. Runs in the background: the answer is the job, whose resource shows"
                    + " its progress (days read, filings found, stored, already present, refused with the reasons).")
    @APIResponse(responseCode = "202", description = "Started; Location names the job")
    @APIResponse(responseCode = "400", description = "No body, a day missing or not a date (YYYY-MM-DD); the field is named")
    @APIResponse(responseCode = "422", description = "from after to, to not before today, a range beyond filings.edgar.max-backfill-days,"
            + " from before 2003-06-30, or no filings.edgar.user-agent configured")
    public Response backfill(@Valid @NotNull BackfillRequest request, UriInfo uri) {
        EdgarJob job = jobs.startBackfill(request);
        return Response.accepted(job).location(location(uri, job)).build();
    }

    @RolesAllowed({ Roles.READER, Roles.INGEST })
    @GET
    @Path("/jobs/{id}")
    @Operation(summary = "An EDGAR job: state, the day it goes on from, counts, rejections with their reasons")
    @APIResponse(responseCode = "404", description = "No such job")
    public EdgarJob job(@PathParam("id") String id) {
        return jobs.get(uuid(id));
    }

    @RolesAllowed({ Roles.READER, Roles.INGEST })
    @GET
    @Path("/jobs")
    @Operation(summary = "The latest 20 EDGAR jobs (backfills and the follower's catch-ups), newest first")
    public List<EdgarJob> jobs() {
        return jobs.latest();
    }

    @RolesAllowed(Roles.INGEST)
    @POST
    @Path("/jobs/{id}/resume")
    @Operation(summary = "Resume an interrupted or failed job from the day it stopped on",
            description = "The day is read again from its index; filings the job handled, stored or refused are not fetched again.")
    @APIResponse(responseCode = "202", description = "Running again; Location names the job")
    @APIResponse(responseCode = "404", description = "No such job")
    @APIResponse(responseCode = "409", description = "The job is running, or has read every day")
    public Response resume(@PathParam("id") String id, UriInfo uri) {
        EdgarJob job = jobs.resume(uuid(id));
        return Response.accepted(job).location(location(uri, job)).build();
    }

    @RolesAllowed({ Roles.READER, Roles.INGEST })
    @GET
    @Path("/follow")
    @Operation(summary = "The follower: enabled, its cursor (the last day read to its end), last poll and error, today's feed counts")
    public FollowStatus follow() {
        return jobs.followStatus();
    }

    private static java.net.URI location(UriInfo uri, EdgarJob job) {
        return uri.getBaseUriBuilder().path("edgar/jobs").path(job.id().toString()).build();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ServiceException.invalidParameter("id", "'" + id + "' is not a job id (a UUID)");
        }
    }
}
