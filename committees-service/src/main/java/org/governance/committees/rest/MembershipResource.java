package org.governance.committees.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.governance.committees.mapping.MembershipResponse;
import org.governance.committees.service.MembershipService;
import org.governance.wire.IdList;
import org.governance.wire.Page;
import org.governance.wire.PageParams;
import org.governance.wire.RequestParams;
import org.governance.wire.Roles;
import org.governance.wire.ServiceException;

import io.quarkus.security.Authenticated;

@Authenticated
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

    @RolesAllowed(Roles.READER)
    @GET
    @Operation(summary = "Memberships of many directors and/or committees in one call", description = "Whenever held, or overlapping a period given as asOf or from/to. Ordered by company, committee type, committee, role, from.")
    public Page<MembershipResponse> search(
            @Parameter(description = "Comma-separated director (seat) ids, at most 500", example = "1,2,3") @QueryParam("directorIds") IdList directorIds,
            @Parameter(description = "Comma-separated committee ids, at most 500", example = "1,2") @QueryParam("committeeIds") IdList committeeIds,
            @Parameter(example = "2024-09-30") @QueryParam("asOf") LocalDate asOf,
            @Parameter(example = "2024-07-01") @QueryParam("from") LocalDate from,
            @Parameter(example = "2024-09-30") @QueryParam("to") LocalDate to,
            @BeanParam PageParams page) {
        var directors = IdList.of(directorIds);
        var committees = IdList.of(committeeIds);
        if (directors.isEmpty() && committees.isEmpty()) {
            throw ServiceException.invalidParameter("directorIds", "is required (or committeeIds): one or more ids");
        }
        boolean period = asOf != null || from != null || to != null;
        Period chosen = period ? Period.of(asOf, from, to) : null;
        return memberships.search(directors, committees, chosen == null ? null : chosen.from(), chosen == null ? null : chosen.to(),
                params.page(page));
    }
}
