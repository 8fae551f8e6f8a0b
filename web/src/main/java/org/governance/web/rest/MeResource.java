package org.governance.web.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.governance.web.security.SignedInUser;

import io.quarkus.security.Authenticated;

/** Who is signed in, and what the page may offer them (edit controls only for editors; the API decides anyway). */
@Path("/api/me")
@Authenticated
public class MeResource {

    public record Me(String username, String name, List<String> roles, boolean editor) {
    }

    private final SignedInUser user;

    MeResource(SignedInUser user) {
        this.user = user;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        List<String> roles = user.roles();
        return new Me(user.username(), user.displayName(), roles, roles.contains(SignedInUser.EDITOR));
    }
}
