package org.governance.events;

/** The topics, one per publishing service; every record's key is the company's CIK (ten digits). */
public final class Topics {

    /** filings-service: {@link FilingStored}. */
    public static final String FILINGS = "governance.filings";
    /** directors-service: {@link CompanyChanged}, {@link SeatChanged}, {@link PersonChanged}. */
    public static final String DIRECTORS = "governance.directors";
    /** committees-service: {@link CommitteeChanged}, {@link MembershipChanged}. */
    public static final String COMMITTEES = "governance.committees";

    private Topics() {
    }
}
