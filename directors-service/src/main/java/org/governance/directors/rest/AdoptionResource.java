package org.governance.directors.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.governance.directors.mapping.AdoptionReport;
import org.governance.directors.mapping.AdoptionRequest;
import org.governance.directors.service.AdoptionService;
import org.governance.wire.Roles;

import io.quarkus.security.Authenticated;

@Authenticated
@Path("/adoptions")
@Tag(name = "Adoptions", description = "Board seats taken from the insiders' own SEC filings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdoptionResource {

    private final AdoptionService adoptions;

    public AdoptionResource(AdoptionService adoptions) {
        this.adoptions = adoptions;
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Operation(summary = "Adopt the insiders of chosen issuers, or of all, as board seats", description = "Each reporting owner"
            + " who is a director gets a seat with origin FILINGS from their first filing to their exit; a curated seat is never"
            + " changed; adopting again changes nothing. The caller's token is passed on to filings-service, so it must also"
            + " hold the reader role.")
    @APIResponse(responseCode = "200", description = "What changed")
    @APIResponse(responseCode = "400", description = "Neither issuerCiks nor all, or both; a malformed CIK or date")
    @APIResponse(responseCode = "503", description = "filings-service could not be reached")
    public AdoptionReport adopt(AdoptionRequest request) {
        return adoptions.adopt(request);
    }
}
