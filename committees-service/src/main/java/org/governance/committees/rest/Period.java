package org.governance.committees.rest;

import java.time.LocalDate;

import org.governance.wire.ServiceException;

/** A period of days, both included, as a list of memberships is asked for. */
public record Period(LocalDate from, LocalDate to) {

    /**
     * {@code asOf} alone is one day; {@code from} and/or {@code to} a range (a missing end equals the other);
     * nothing at all is today.
     */
    public static Period of(LocalDate day, LocalDate start, LocalDate end) {
        if (day != null && (start != null || end != null)) {
            throw ServiceException.invalidParameter("asOf", "cannot be combined with from or to");
        }
        if (day != null) {
            return new Period(day, day);
        }
        if (start == null && end == null) {
            LocalDate today = LocalDate.now();
            return new Period(today, today);
        }
        start = start == null ? end : start;
        end = end == null ? start : end;
        if (end.isBefore(start)) {
            throw ServiceException.invalidParameter("to", "is before from");
        }
        return new Period(start, end);
    }
}
