package org.governance.directors.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.governance.directors.service.BoardComplianceService;
import org.governance.wire.CikList;
import org.governance.wire.ComplianceReport;
import org.governance.wire.RequestParams;
import org.governance.wire.Roles;
import org.governance.wire.ServiceException;

import io.quarkus.security.Authenticated;

@Authenticated
@Path("/board-compliance")
@Tag(name = "Companies")
@Produces(MediaType.APPLICATION_JSON)
public class BoardComplianceResource {

    private final BoardComplianceService compliance;
    private final RequestParams params;

    public BoardComplianceResource(BoardComplianceService compliance, RequestParams params) {
        this.compliance = compliance;
        this.params = params;
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Operation(summary = "Board compliance of many companies on a day, in one call", description = "CIKs of unknown companies are left out")
    public List<ComplianceReport> many(
            @Parameter(description = "Comma-separated company CIKs, at most 500", required = true, example = "1107843") @QueryParam("ciks") CikList ciks,
            @Parameter(description = "YYYY-MM-DD; today when absent", example = "2024-09-30") @QueryParam("asOf") LocalDate asOf) {
        var wanted = CikList.of(ciks);
        if (wanted.isEmpty()) {
            throw ServiceException.invalidParameter("ciks", "is required: one or more company CIKs");
        }
        return compliance.checkMany(wanted, (asOf == null ? LocalDate.now() : asOf));
    }
}
