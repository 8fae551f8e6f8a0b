package org.governance.filings.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

/** EDGAR's calendar day: EDGAR dates its filings and indexes in Eastern time. */
@ApplicationScoped
public class EdgarClock {

    public static final ZoneId EDGAR_ZONE = ZoneId.of("America/New_York");

    public LocalDate today() {
        return LocalDate.now(EDGAR_ZONE);
    }

    public Instant now() {
        return Instant.now();
    }
}
