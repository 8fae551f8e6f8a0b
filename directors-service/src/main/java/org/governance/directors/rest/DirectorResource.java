package org.governance.directors.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.governance.directors.mapping.DirectorRequest;
import org.governance.directors.mapping.DirectorResponse;
import org.governance.directors.service.DirectorService;
import org.governance.wire.CikList;
import org.governance.wire.IdList;
import org.governance.wire.Page;
import org.governance.wire.PageParams;
import org.governance.wire.RequestParams;
import org.governance.wire.Roles;

import io.quarkus.security.Authenticated;

@Authenticated
@Path("/directors")
@Tag(name = "Directors", description = "Board seats: one person on one company's board for a period")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "A malformed parameter or body")
public class DirectorResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final DirectorService directors;
    private final RequestParams params;

    public DirectorResource(DirectorService directors, RequestParams params) {
        this.directors = directors;
        this.params = params;
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Operation(summary = "List seats, or many seats in one call", description = "Filters combine: seat ids, companies, people (at most 500 of each) and a day the seats are held on. Ordered by the directors' names, then id; ids that do not exist are left out.")
    public Page<DirectorResponse> list(
            @Parameter(description = "Comma-separated seat ids", example = "1,2,3") @QueryParam("ids") IdList ids,
            @Parameter(description = "Comma-separated company CIKs", example = "1107843") @QueryParam("companyCiks") CikList companyCiks,
            @Parameter(description = "Comma-separated person ids", example = "1,2") @QueryParam("personIds") IdList personIds,
            @Parameter(description = "Only seats held on this day, YYYY-MM-DD", example = "2024-09-30") @QueryParam("asOf") LocalDate asOf,
            @BeanParam PageParams page) {
        return directors.search(IdList.of(ids), CikList.of(companyCiks), IdList.of(personIds), asOf, params.page(page));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Operation(summary = "Create a seat")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The person already has a seat on this board then, or there would be two Chairs")
    @APIResponse(responseCode = "422", description = "Unknown company or person, or a board rule refuses the seat")
    public Response create(DirectorRequest request, UriInfo uri) {
        DirectorResponse created = directors.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/{id}")
    @Operation(summary = "Get a seat")
    @APIResponse(responseCode = "404", description = "No such seat")
    public DirectorResponse get(@PathParam("id") long id) {
        return directors.get(id);
    }

    @RolesAllowed(Roles.EDITOR)
    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a seat's facts (its company and person stay)")
    @APIResponse(responseCode = "404", description = "No such seat")
    @APIResponse(responseCode = "409", description = "Overlapping seat or a second Chair")
    @APIResponse(responseCode = "422", description = "A board rule refuses the change")
    public DirectorResponse replace(@PathParam("id") long id, DirectorRequest request) {
        return directors.replace(id, request);
    }

    @RolesAllowed(Roles.EDITOR)
    @PATCH
    @Path("/{id}")
    @Consumes({ MERGE_PATCH, MediaType.APPLICATION_JSON })
    @Operation(summary = "Change some of a seat's facts (JSON merge patch, RFC 7396)", description = "Fields present replace the stored ones; null clears a field. To end a seat, send {\"leftOn\": \"2024-06-30\"}.")
    @RequestBody(description = "The fields to change")
    @APIResponse(responseCode = "404", description = "No such seat")
    @APIResponse(responseCode = "409", description = "Overlapping seat or a second Chair")
    @APIResponse(responseCode = "422", description = "A board rule refuses the change")
    public DirectorResponse patch(@PathParam("id") long id, JsonNode patch) throws JsonProcessingException {
        return directors.patch(id, patch);
    }

    @RolesAllowed(Roles.EDITOR)
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a seat entered in error (to end a seat, set leftOn)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such seat")
    public void delete(@PathParam("id") long id) {
        directors.delete(id);
    }
}
