package org.governance.committees.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.governance.committees.mapping.CommitteeResponse;
import org.governance.committees.mapping.MembershipResponse;
import org.governance.committees.mapping.SeasonReport;
import org.governance.committees.mapping.SeasonRequest;
import org.governance.committees.model.CommitteeType;
import org.governance.committees.service.CommitteeComplianceService;
import org.governance.committees.service.CommitteeService;
import org.governance.committees.service.MembershipService;
import org.governance.committees.service.SeasonService;
import org.governance.wire.Cik;
import org.governance.wire.ComplianceReport;
import org.governance.wire.Page;
import org.governance.wire.PageParams;
import org.governance.wire.RequestParams;
import org.governance.wire.Roles;

import io.quarkus.security.Authenticated;

@Authenticated
@Path("/companies/{cik}")
@Tag(name = "Companies", description = "A company's committees, memberships and committee compliance")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "A malformed parameter")
@APIResponse(responseCode = "404", description = "directors-service knows no such company")
public class CompanyCommitteesResource {

    private final CommitteeService committees;
    private final MembershipService memberships;
    private final CommitteeComplianceService compliance;
    private final RequestParams params;
    private final SeasonService seasons;

    public CompanyCommitteesResource(CommitteeService committees, MembershipService memberships,
            CommitteeComplianceService compliance, RequestParams params, SeasonService seasons) {
        this.seasons = seasons;
        this.committees = committees;
        this.memberships = memberships;
        this.compliance = compliance;
        this.params = params;
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/committees")
    @Operation(summary = "The company's committees that exist on a day")
    public Page<CommitteeResponse> committees(@PathParam("cik") Cik cik,
            @Parameter(description = "YYYY-MM-DD; today when absent", example = "2024-09-30") @QueryParam("asOf") LocalDate asOf,
            @BeanParam PageParams page) {
        return committees.aliveOn(cik.value(), (asOf == null ? LocalDate.now() : asOf), params.page(page));
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/memberships")
    @Operation(summary = "Every membership of the company's committees overlapping a period, in one call", description = "from/to as for committee members; types filters committee types (all when absent)")
    public Page<MembershipResponse> memberships(@PathParam("cik") Cik cik,
            @Parameter(example = "2024-07-01") @QueryParam("from") LocalDate from,
            @Parameter(example = "2024-09-30") @QueryParam("to") LocalDate to,
            @Parameter(description = "Comma-separated committee types", example = "AUDIT,COMPENSATION") @QueryParam("types") String types,
            @BeanParam PageParams page) {
        Period period = Period.of(null, from, to);
        return memberships.ofCompany(cik.value(), params.enums("types", types, CommitteeType.class),
                period.from(), period.to(), params.page(page));
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/committees/compliance")
    @Operation(summary = "Check the committees against the listing rules and the governance guidelines on a day")
    @APIResponse(responseCode = "503", description = "directors-service, which knows who is independent, could not be reached")
    public ComplianceReport compliance(@PathParam("cik") Cik cik,
            @Parameter(description = "YYYY-MM-DD; today when absent", example = "2024-09-30") @QueryParam("asOf") LocalDate asOf) {
        return compliance.check(cik.value(), (asOf == null ? LocalDate.now() : asOf));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/committee-seasons")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Load the company's committees and memberships of a proxy season, all or nothing", description = "Committees"
            + " matched by name are created or updated; memberships matched by committee, seat and first day are created or"
            + " corrected; open memberships the season does not list end the day before it starts. directors-service sends"
            + " this when it imports a board file. dryRun=true reports the same and stores nothing.")
    @APIResponse(responseCode = "200", description = "What changed, or would change")
    @APIResponse(responseCode = "422", description = "Entries that break a rule, each named (memberships[3].from); nothing stored")
    @APIResponse(responseCode = "503", description = "directors-service, which owns the seats, could not be reached; nothing stored")
    public SeasonReport season(@PathParam("cik") Cik cik, @QueryParam("dryRun") boolean dryRun, SeasonRequest season) {
        return seasons.load(cik.value(), season, dryRun);
    }
}
