package org.governance.committees.rest;

import java.time.LocalDate;

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
import org.governance.committees.mapping.CommitteeRequest;
import org.governance.committees.mapping.CommitteeResponse;
import org.governance.committees.mapping.EndMembershipRequest;
import org.governance.committees.mapping.MembershipRequest;
import org.governance.committees.mapping.MembershipResponse;
import org.governance.committees.service.CommitteeService;
import org.governance.committees.service.MembershipService;
import org.governance.wire.Cik;
import org.governance.wire.CikList;
import org.governance.wire.Page;
import org.governance.wire.PageParams;
import org.governance.wire.RequestParams;
import org.governance.wire.Roles;

import io.quarkus.security.Authenticated;

@Authenticated
@Path("/committees")
@Tag(name = "Committees", description = "Board committees and their memberships over time")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "A malformed parameter or body")
public class CommitteeResource {

    private final CommitteeService committees;
    private final MembershipService memberships;
    private final RequestParams params;

    public CommitteeResource(CommitteeService committees, MembershipService memberships, RequestParams params) {
        this.committees = committees;
        this.memberships = memberships;
        this.params = params;
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Operation(summary = "List committees, of many companies in one call", description = "Every committee, or those of the given companies, or those that exist on a day; by company, type, name, id")
    public Page<CommitteeResponse> list(
            @Parameter(description = "Only this company's committees", example = "1107843") @QueryParam("companyCik") Cik companyCik,
            @Parameter(description = "Comma-separated company CIKs, at most 500", example = "1107843,789019") @QueryParam("companyCiks") CikList companyCiks,
            @Parameter(description = "Only committees that exist on this day, YYYY-MM-DD", example = "2024-09-30") @QueryParam("asOf") LocalDate asOf,
            @BeanParam PageParams page) {
        var ciks = new java.util.LinkedHashSet<>(CikList.of(companyCiks));
        if (companyCik != null) {
            ciks.add(companyCik.value());
        }
        return committees.list(ciks, asOf, params.page(page));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Operation(summary = "Create a committee")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "422", description = "Unknown company, or dissolved before formed")
    @APIResponse(responseCode = "503", description = "directors-service, which knows the companies, could not be reached")
    public Response create(CommitteeRequest request, UriInfo uri) {
        CommitteeResponse created = committees.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/{id}")
    @Operation(summary = "Get a committee")
    @APIResponse(responseCode = "404", description = "No such committee")
    public CommitteeResponse get(@PathParam("id") long id) {
        return committees.get(id);
    }

    @RolesAllowed(Roles.EDITOR)
    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a committee's facts (its company stays)")
    @APIResponse(responseCode = "404", description = "No such committee")
    @APIResponse(responseCode = "422", description = "A rule refuses the change")
    public CommitteeResponse replace(@PathParam("id") long id, CommitteeRequest request) {
        return committees.replace(id, request);
    }

    @RolesAllowed(Roles.EDITOR)
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a committee that has no memberships (to close one, set dissolvedOn)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The committee has memberships")
    public void delete(@PathParam("id") long id) {
        committees.delete(id);
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/{id}/members")
    @Operation(summary = "Members on a day or over a period", description = "asOf=DATE: the members that day; from=DATE&to=DATE: everyone whose membership overlaps the period, with their dates; neither: today. Chair first.")
    @APIResponse(responseCode = "404", description = "No such committee")
    public Page<MembershipResponse> members(@PathParam("id") long id,
            @Parameter(example = "2024-09-30") @QueryParam("asOf") LocalDate asOf,
            @Parameter(example = "2024-07-01") @QueryParam("from") LocalDate from,
            @Parameter(example = "2024-09-30") @QueryParam("to") LocalDate to,
            @BeanParam PageParams page) {
        long committee = id;
        Period period = Period.of(asOf, from, to);
        return memberships.ofCommittee(committee, period.from(), period.to(), params.page(page));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/members")
    @Operation(summary = "Add a member", description = "The director must exist in directors-service, sit on this company's board for the whole membership, and not already be a member then; at most one chair on any day.")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "404", description = "No such committee")
    @APIResponse(responseCode = "409", description = "Overlapping membership, or a second chair")
    @APIResponse(responseCode = "422", description = "Unknown director, a director of another company, or dates outside the board seat or the committee's life")
    @APIResponse(responseCode = "503", description = "directors-service could not be reached; nothing was stored")
    public Response add(@PathParam("id") long id, MembershipRequest request, UriInfo uri) {
        MembershipResponse added = memberships.add(id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build()).entity(added).build();
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/{id}/members/{membershipId}")
    @Operation(summary = "Get one membership")
    @APIResponse(responseCode = "404", description = "No such committee or membership")
    public MembershipResponse member(@PathParam("id") long id, @PathParam("membershipId") long membershipId) {
        return memberships.get(id, membershipId);
    }

    @RolesAllowed(Roles.EDITOR)
    @PUT
    @Path("/{id}/members/{membershipId}")
    @Operation(summary = "Correct a membership", description = "Every field is replaced and every rule checked again")
    @APIResponse(responseCode = "404", description = "No such committee or membership")
    @APIResponse(responseCode = "409", description = "Overlapping membership, or a second chair")
    @APIResponse(responseCode = "422", description = "A rule refuses the correction")
    @APIResponse(responseCode = "503", description = "directors-service could not be reached; nothing was stored")
    public MembershipResponse correct(@PathParam("id") long id, @PathParam("membershipId") long membershipId,
            MembershipRequest request) {
        return memberships.correct(id, membershipId, request);
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/{id}/members/{membershipId}/end")
    @Operation(summary = "End a membership", description = "`to` is the member's last day on the committee")
    @APIResponse(responseCode = "404", description = "No such committee or membership")
    @APIResponse(responseCode = "422", description = "Ends before it starts, or after the board seat ends")
    public MembershipResponse end(@PathParam("id") long id, @PathParam("membershipId") long membershipId,
            EndMembershipRequest request) {
        return memberships.end(id, membershipId, request);
    }

    @RolesAllowed(Roles.EDITOR)
    @DELETE
    @Path("/{id}/members/{membershipId}")
    @Operation(summary = "Delete a membership entered in error (to end one, use /end)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such committee or membership")
    public void deleteMember(@PathParam("id") long id, @PathParam("membershipId") long membershipId) {
        memberships.delete(id, membershipId);
    }
}
