package org.governance.events;

import java.time.LocalDate;
import java.util.List;

/**
 * directors-service saved or removed a board seat: whose, on which board, from when to when ({@code leftOn} null
 * while serving), with its roles (CHAIR, LEAD_INDEPENDENT_DIRECTOR, ...), executive title and origin (CURATED or FILINGS).
 */
public record SeatChanged(Change change, long seatId, String companyCik, PersonRef person, LocalDate firstElected,
        LocalDate leftOn, Boolean independent, List<String> roles, String executiveTitle, String origin) {

    public static final String TYPE = "seat-changed";
    public static final int VERSION = 1;
}
