package org.governance.events;

import java.time.LocalDate;

/** committees-service saved or removed a committee: its type (AUDIT, COMPENSATION, NOMINATING_GOVERNANCE, ...) and name. */
public record CommitteeChanged(Change change, long committeeId, String companyCik, String committeeType, String name,
        LocalDate formedOn, LocalDate dissolvedOn) {

    public static final String TYPE = "committee-changed";
    public static final int VERSION = 1;
}
