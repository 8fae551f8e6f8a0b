package org.governance.committees.model;

/** The kind of a board committee; the first three are the standing committees of the governance guidelines. */
public enum CommitteeType {
    AUDIT, COMPENSATION, NOMINATING_AND_GOVERNANCE, OTHER
}
