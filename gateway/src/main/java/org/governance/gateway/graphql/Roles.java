package org.governance.gateway.graphql;

/** The realm roles of the governance realm (k8s/keycloak/realm-governance.json). */
public final class Roles {

    /** Every query. */
    public static final String READER = "governance-reader";
    /** Every mutation. */
    public static final String EDITOR = "governance-editor";

    private Roles() {
    }
}
