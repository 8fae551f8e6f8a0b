package org.governance.directors.rest;

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
import org.governance.directors.mapping.CompanyRequest;
import org.governance.directors.mapping.CompanyResponse;
import org.governance.directors.mapping.DirectorResponse;
import org.governance.directors.service.BoardComplianceService;
import org.governance.directors.service.CompanyService;
import org.governance.directors.service.DirectorService;
import org.governance.wire.Cik;
import org.governance.wire.CikList;
import org.governance.wire.ComplianceReport;
import org.governance.wire.Page;
import org.governance.wire.PageParams;
import org.governance.wire.RequestParams;
import org.governance.wire.Roles;

import io.quarkus.security.Authenticated;

@Authenticated
@Path("/companies")
@Tag(name = "Companies", description = "Issuers, keyed by SEC CIK, and their boards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "A malformed parameter or body")
public class CompanyResource {

    private final CompanyService companies;
    private final DirectorService directors;
    private final BoardComplianceService compliance;
    private final RequestParams params;

    public CompanyResource(CompanyService companies, DirectorService directors, BoardComplianceService compliance,
            RequestParams params) {
        this.companies = companies;
        this.directors = directors;
        this.compliance = compliance;
        this.params = params;
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Operation(summary = "List companies", description = "All companies, those whose name contains the search text or whose ticker equals it, or many by CIK in one call; ordered by name, then CIK")
    public Page<CompanyResponse> list(
            @Parameter(description = "Part of the name, or the ticker", example = "qualys") @QueryParam("search") String search,
            @Parameter(description = "Comma-separated CIKs, at most 500 (unknown ones are left out)", example = "1107843,789019") @QueryParam("ciks") CikList ciks,
            @BeanParam PageParams page) {
        var wanted = CikList.of(ciks);
        if (!wanted.isEmpty()) {
            return companies.byCiks(wanted, params.page(page));
        }
        return companies.search(params.text("search", search, 200), params.page(page));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Operation(summary = "Create a company")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "A company with this CIK exists")
    public Response create(CompanyRequest request, UriInfo uri) {
        CompanyResponse created = companies.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.cik()).build()).entity(created).build();
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/{cik}")
    @Operation(summary = "Get a company by CIK (1 to 10 digits)")
    @APIResponse(responseCode = "404", description = "No such company")
    public CompanyResponse get(@Parameter(example = "1107843") @PathParam("cik") Cik cik) {
        return companies.get(cik.value());
    }

    @RolesAllowed(Roles.EDITOR)
    @PUT
    @Path("/{cik}")
    @Operation(summary = "Replace a company's facts")
    @APIResponse(responseCode = "404", description = "No such company")
    @APIResponse(responseCode = "422", description = "A rule refuses the change")
    public CompanyResponse replace(@PathParam("cik") Cik cik, CompanyRequest request) {
        return companies.replace(cik.value(), request);
    }

    @RolesAllowed(Roles.EDITOR)
    @DELETE
    @Path("/{cik}")
    @Operation(summary = "Delete a company that has no board seats")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The company still has board seats")
    public void delete(@PathParam("cik") Cik cik) {
        companies.delete(cik.value());
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/{cik}/directors")
    @Operation(summary = "The board on a day", description = "Every seat held on the day (first elected on or before it, left on or after it); ordered by name")
    @APIResponse(responseCode = "404", description = "No such company")
    public Page<DirectorResponse> board(@PathParam("cik") Cik cik,
            @Parameter(description = "The day, YYYY-MM-DD; today when absent", example = "2024-09-30") @QueryParam("asOf") LocalDate asOf,
            @BeanParam PageParams page) {
        return directors.boardOn(cik.value(), (asOf == null ? LocalDate.now() : asOf), params.page(page));
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("/{cik}/board/compliance")
    @Operation(summary = "Check the board against the listing rules and the governance guidelines on a day")
    @APIResponse(responseCode = "404", description = "No such company")
    public ComplianceReport boardCompliance(@PathParam("cik") Cik cik,
            @Parameter(description = "The day, YYYY-MM-DD; today when absent", example = "2024-09-30") @QueryParam("asOf") LocalDate asOf) {
        return compliance.check(cik.value(), (asOf == null ? LocalDate.now() : asOf));
    }
}
