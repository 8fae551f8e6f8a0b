package org.governance.gateway.client;

import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

/** How the gateway writes lists and dates into service query parameters. */
final class Lists {

    /** The services' largest page: one request serves up to this many rows. */
    static final int PAGE = 500;

    private Lists() {
    }

    /** Comma-separated values, or null (the parameter is left out) when there are none. */
    static String csv(Collection<?> values) {
        return values == null || values.isEmpty() ? null : values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
