package org.governance.events;

/**
 * directors-service saved or removed a person. Published once for each company where the person holds a seat (the
 * key is that company's CIK), so that it is in order with that company's seats; none for a person without a seat.
 */
public record PersonChanged(Change change, String companyCik, PersonRef person) {

    public static final String TYPE = "person-changed";
    public static final int VERSION = 1;
}
