package org.governance.gateway.client;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.governance.gateway.model.Committee;
import org.governance.gateway.model.CommitteeMembership;
import org.governance.gateway.model.ComplianceReport;
import org.governance.gateway.model.Inputs.CommitteeInput;
import org.governance.gateway.model.Inputs.MembershipInput;
import org.governance.gateway.model.Page;
import org.governance.wire.BearerTokenPropagation;

/** committees-service; URL from quarkus.rest-client.committees.url. */
@RegisterClientHeaders(BearerTokenPropagation.class)
@RegisterProvider(RequestCounter.class)
@RegisterRestClient(configKey = "committees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface CommitteesApi {

    @GET
    @Path("/committees/{id}")
    Committee committee(@PathParam("id") long id);

    @GET
    @Path("/committees")
    Page<Committee> committees(@QueryParam("companyCiks") String companyCiks, @QueryParam("asOf") String asOf,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/companies/{cik}/memberships")
    Page<CommitteeMembership> companyMemberships(@PathParam("cik") String cik, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("types") String types, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/memberships")
    Page<CommitteeMembership> memberships(@QueryParam("directorIds") String directorIds,
            @QueryParam("committeeIds") String committeeIds, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/committee-compliance")
    List<ComplianceReport> compliance(@QueryParam("ciks") String ciks, @QueryParam("asOf") String asOf);

    @POST
    @Path("/committees")
    Committee createCommittee(CommitteeInput committee);

    @PUT
    @Path("/committees/{id}")
    Committee updateCommittee(@PathParam("id") long id, CommitteeInput committee);

    @POST
    @Path("/committees/{id}/members")
    CommitteeMembership addMember(@PathParam("id") long committeeId, MembershipInput membership);

    @POST
    @Path("/committees/{id}/members/{membershipId}/end")
    CommitteeMembership endMember(@PathParam("id") long committeeId, @PathParam("membershipId") long membershipId, EndMembership end);

    /** The body of an end: the member's last day on the committee. */
    record EndMembership(java.time.LocalDate to) {
    }
}
