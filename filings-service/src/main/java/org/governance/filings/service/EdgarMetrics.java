package org.governance.filings.service;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.filings.model.EdgarJob.Kind;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * What following EDGAR counts, beside the client's requests by status and retries: days read (with or without an
 * index) and filings by source (daily index or latest feed) and outcome (found, stored, already_present, refused).
 */
@ApplicationScoped
public class EdgarMetrics {

    /** Where a filing was listed. */
    public enum Source {
        INDEX, FEED
    }

    private final MeterRegistry registry;

    public EdgarMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void dayRead(Kind kind, boolean withIndex) {
        registry.counter("edgar.days.read", "kind", kind.name().toLowerCase(Locale.ROOT), "index", withIndex ? "present" : "absent").increment();
    }

    /** {@code outcome}: found, stored, already_present or refused. */
    public void filings(Source source, String outcome, int count) {
        if (count > 0) {
            registry.counter("edgar.filings", "source", source.name().toLowerCase(Locale.ROOT), "outcome", outcome).increment(count);
        }
    }
}
