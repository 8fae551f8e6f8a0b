package org.governance.filings.rest;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.governance.filings.service.EdgarClock;

/** EDGAR's day as a test sets it (noon in New York), or the real one when no test has set it. */
@Alternative
@Priority(1)
@ApplicationScoped
public class SettableEdgarClock extends EdgarClock {

    private static volatile LocalDate today;

    static void set(LocalDate day) {
        today = day;
    }

    static void reset() {
        today = null;
    }

    @Override
    public LocalDate today() {
        LocalDate day = today;
        return day == null ? super.today() : day;
    }

    @Override
    public Instant now() {
        LocalDate day = today;
        return day == null ? super.now() : day.atTime(12, 0).atZone(EDGAR_ZONE).toInstant();
    }
}
