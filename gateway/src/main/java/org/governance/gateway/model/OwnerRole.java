package org.governance.gateway.model;

/** A reporting owner's relationship to the issuer, as the filing states it. */
public enum OwnerRole {
    DIRECTOR, OFFICER, TEN_PERCENT_OWNER, OTHER
}
