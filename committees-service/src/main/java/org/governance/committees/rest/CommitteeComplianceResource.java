package org.governance.committees.rest;

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
import org.governance.committees.service.CommitteeComplianceService;
import org.governance.wire.CikList;
import org.governance.wire.ComplianceReport;
import org.governance.wire.RequestParams;
import org.governance.wire.Roles;
import org.governance.wire.ServiceException;

import io.quarkus.security.Authenticated;

@Authenticated
@Path("/committee-compliance")
@Tag(name = "Companies")
@Produces(MediaType.APPLICATION_JSON)
public class CommitteeComplianceResource {

    private final CommitteeComplianceService compliance;
    private final RequestParams params;

    public CommitteeComplianceResource(CommitteeComplianceService compliance, RequestParams params) {
        this.compliance = compliance;
        this.params = params;
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Operation(summary = "Committee compliance of many companies on a day, with one call to directors-service")
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
