package org.governance.web.security;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** The user of this request's session: their access token (kept on the server) and what the page shows of them. */
@RequestScoped
public class SignedInUser {

    public static final String EDITOR = "governance-editor";

    private final SecurityIdentity identity;

    SignedInUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String accessToken() {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null) {
            throw new UnauthorizedException();
        }
        return credential.getToken();
    }

    public String username() {
        return identity.getPrincipal().getName();
    }

    public String displayName() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("name") != null) {
            return token.getClaim("name").toString();
        }
        return username();
    }

    public List<String> roles() {
        return identity.getRoles().stream().filter(role -> role.startsWith("governance-")).sorted().toList();
    }
}
