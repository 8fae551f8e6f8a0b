package org.governance.committees.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.governance.committees.mapping.MembershipResponse;
import org.governance.committees.mapping.Page;
import org.governance.committees.service.MembershipService;
import org.governance.committees.service.ServiceException;

@Path("/memberships")
@Tag(name = "Memberships", description = "Memberships across committees")
@Produces(MediaType.APPLICATION_JSON)
public class MembershipResource {

    private final MembershipService memberships;
    private final RequestParams params;

    public MembershipResource(MembershipService memberships, RequestParams params) {
        this.memberships = memberships;
        this.params = params;
    }

    @GET
    @Operation(summary = "Every membership, whenever held, of many directors in one call", description = "Ordered by company, committee type, committee, role, from")
    public Page<MembershipResponse> ofDirectors(
            @Parameter(description = "Comma-separated director (seat) ids, at most 500", required = true, example = "1,2,3") @QueryParam("directorIds") String directorIds,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        var ids = params.ids("directorIds", directorIds);
        if (ids.isEmpty()) {
            throw ServiceException.invalidParameter("directorIds", "is required: one or more director ids");
        }
        return memberships.ofDirectors(ids, params.page(page, size));
    }
}
