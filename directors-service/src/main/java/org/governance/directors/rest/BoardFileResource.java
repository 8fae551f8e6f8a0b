package org.governance.directors.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.governance.directors.mapping.BoardFileReport;
import org.governance.directors.service.BoardFileService;
import org.governance.wire.Roles;
import org.governance.wire.ServiceException;

import io.quarkus.security.Authenticated;

@Authenticated
@Path("/board-files")
@Tag(name = "Board files", description = "One company's proxy season (directors, committees, memberships) from a CSV or JSON file")
@Produces(MediaType.APPLICATION_JSON)
public class BoardFileResource {

    private final BoardFileService files;

    public BoardFileResource(BoardFileService files) {
        this.files = files;
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import a board file, all or nothing", description = "text/csv or application/json in the format of"
            + " demo/README.md. Every bad row is reported with its line and column and nothing is stored; importing the same file"
            + " again changes nothing; seats and memberships open on the season's first day that the file does not list end the"
            + " day before. dryRun=true reports what would change and stores nothing.")
    @APIResponse(responseCode = "200", description = "What changed (or would change)")
    @APIResponse(responseCode = "400", description = "Not CSV or JSON of this format: its line and column")
    @APIResponse(responseCode = "422", description = "Rows that break a rule, each with its line and column; nothing stored")
    @APIResponse(responseCode = "503", description = "committees-service could not be reached; nothing stored")
    public BoardFileReport upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "Only report what would change") @QueryParam("dryRun") boolean dryRun, byte[] body) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        boolean json = type.equals(MediaType.APPLICATION_JSON);
        if (!json && !type.equals("text/csv") && !type.equals(MediaType.TEXT_PLAIN)) {
            throw ServiceException.invalidParameter("Content-Type", "A board file is text/csv or application/json, not '" + type + "'");
        }
        return files.importFile(body, json, dryRun);
    }
}
