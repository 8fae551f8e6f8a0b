package org.governance.committees.client;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What committees-service reads of a board seat owned by directors-service; {@code independent} is null when not determined. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Seat(long id, String companyCik, SeatHolder person, Boolean independent, LocalDate firstElected,
        LocalDate leftOn) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SeatHolder(long id, String fullName) {
    }

    /** Whether the seat is held on every day of [from, to]; a null {@code to} is open-ended. */
    public boolean heldThroughout(LocalDate from, LocalDate to) {
        boolean startsInTime = !firstElected.isAfter(from);
        boolean lastsLongEnough = leftOn == null || (to != null && !leftOn.isBefore(to));
        return startsInTime && lastsLongEnough;
    }

    public String holderName() {
        return person == null ? "seat " + id : person.fullName();
    }
}
