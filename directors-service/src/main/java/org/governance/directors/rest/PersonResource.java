package org.governance.directors.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.governance.directors.mapping.DirectorResponse;
import org.governance.directors.mapping.PersonRequest;
import org.governance.directors.mapping.PersonResponse;
import org.governance.directors.service.DirectorService;
import org.governance.directors.service.PersonService;
import org.governance.wire.CikList;
import org.governance.wire.Page;
import org.governance.wire.PageParams;
import org.governance.wire.RequestParams;
import org.governance.wire.Roles;

import io.quarkus.security.Authenticated;

@Authenticated
@Path("/people")
@Tag(name = "People", description = "Directors and officers, who may sit on several boards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "A malformed parameter or body")
public class PersonResource {

    private final PersonService people;
    private final DirectorService directors;
    private final RequestParams params;

    public PersonResource(PersonService people, DirectorService directors, RequestParams params) {
        this.people = people;
        this.directors = directors;
        this.params = params;
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Operation(summary = "List or find people", description = "Filters combine: any of the CIKs, and every word of the name in any order, ignoring case and punctuation; a one-letter word matches an initial. Ordered by name, then id.")
    public Page<PersonResponse> list(
            @Parameter(description = "Comma-separated CIKs (1 to 10 digits each)", example = "1254781,1107843") @QueryParam("ciks") CikList ciks,
            @Parameter(description = "A name in any order: \"Wilson John N\", \"John N. Wilson\" and \"john wilson\" all match", example = "john wilson") @QueryParam("name") String name,
            @BeanParam PageParams page) {
        return people.search(CikList.of(ciks), params.text("name", name, 200), params.page(page));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Operation(summary = "Create a person")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "Another person has this CIK")
    public Response create(PersonRequest request, UriInfo uri) {
        PersonResponse created = people.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/{id}")
    @Operation(summary = "Get a person")
    @APIResponse(responseCode = "404", description = "No such person")
    public PersonResponse get(@PathParam("id") long id) {
        return people.get(id);
    }

    @RolesAllowed(Roles.EDITOR)
    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a person's facts")
    @APIResponse(responseCode = "404", description = "No such person")
    @APIResponse(responseCode = "409", description = "Another person has this CIK")
    public PersonResponse replace(@PathParam("id") long id, PersonRequest request) {
        return people.replace(id, request);
    }

    @RolesAllowed(Roles.EDITOR)
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a person who holds no board seats")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The person still holds board seats")
    public void delete(@PathParam("id") long id) {
        people.delete(id);
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/{id}/directors")
    @Operation(summary = "Every board seat the person holds or held, across companies, newest first")
    @APIResponse(responseCode = "404", description = "No such person")
    public Page<DirectorResponse> seats(@PathParam("id") long id, @BeanParam PageParams page) {
        return directors.byPerson(id, params.page(page));
    }
}
