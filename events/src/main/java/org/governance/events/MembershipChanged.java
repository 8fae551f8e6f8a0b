package org.governance.events;

import java.time.LocalDate;

/**
 * committees-service saved or removed a membership: the seat (a directors-service seat id) on the committee as CHAIR
 * or MEMBER from {@code from} to {@code to} (null while it lasts), with the committee's type and name as they are now.
 */
public record MembershipChanged(Change change, long membershipId, long committeeId, String companyCik, String committeeType,
        String committeeName, long seatId, String role, LocalDate from, LocalDate to, boolean financialExpert) {

    public static final String TYPE = "membership-changed";
    public static final int VERSION = 1;
}
