package org.governance.gateway.model;

public enum CommitteeType {
    AUDIT, COMPENSATION, NOMINATING_AND_GOVERNANCE, OTHER
}
