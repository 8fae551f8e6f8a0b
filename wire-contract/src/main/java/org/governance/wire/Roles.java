package org.governance.wire;

/** The realm roles of the governance realm (k8s/keycloak/realm-governance.json). */
public final class Roles {

    /** Every read and every query. */
    public static final String READER = "governance-reader";
    /** Board and committee writes, and every mutation. */
    public static final String EDITOR = "governance-editor";
    /** Filing ingest. */
    public static final String INGEST = "filings-ingest";

    private Roles() {
    }
}
