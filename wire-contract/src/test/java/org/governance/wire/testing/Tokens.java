package org.governance.wire.testing;

import java.time.Instant;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Bearer tokens signed by the in-JVM OIDC server of quarkus-test-oidc-server (its key privateKey.jwk, issuer
 * https://server.example.com), with the platform's audience and the roles given.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "governance-api";

    private Tokens() {
    }

    public static String withRoles(String... roles) {
        return build(Set.of(roles), AUDIENCE, Instant.now().plusSeconds(300));
    }

    public static String forAnotherAudience(String... roles) {
        return build(Set.of(roles), "another-api", Instant.now().plusSeconds(300));
    }

    public static String expired(String... roles) {
        return build(Set.of(roles), AUDIENCE, Instant.now().minusSeconds(600));
    }

    /** A valid token whose signature no longer matches its content. */
    public static String tampered(String... roles) {
        String[] parts = withRoles(roles).split("\\.");
        char last = parts[2].charAt(parts[2].length() / 2);
        String signature = parts[2].substring(0, parts[2].length() / 2) + (last == 'A' ? 'B' : 'A')
                + parts[2].substring(parts[2].length() / 2 + 1);
        return parts[0] + "." + parts[1] + "." + signature;
    }

    private static String build(Set<String> roles, String audience, Instant expiresAt) {
        return Jwt.preferredUserName("tester").subject("tester").groups(roles).issuer(ISSUER).audience(audience)
                .issuedAt(expiresAt.minusSeconds(600)).expiresAt(expiresAt).jws().keyId("1").sign("privateKey.jwk");
    }
}
