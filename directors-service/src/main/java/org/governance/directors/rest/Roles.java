package org.governance.directors.rest;

/** The realm roles of the governance realm (k8s/keycloak/realm-governance.json). */
public final class Roles {

    /** Every read. */
    public static final String READER = "governance-reader";
    /** Board and committee writes. */
    public static final String EDITOR = "governance-editor";
    /** Filing ingest. */
    public static final String INGEST = "filings-ingest";

    private Roles() {
    }
}
