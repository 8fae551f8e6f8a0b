package org.governance.directors.model;

/** A role a director holds on the board besides being a member of it. */
public enum BoardRole {
    CHAIR, VICE_CHAIR, LEAD_INDEPENDENT_DIRECTOR
}
