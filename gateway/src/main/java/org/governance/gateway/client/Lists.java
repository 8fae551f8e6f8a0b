package org.governance.gateway.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.governance.gateway.model.Page;

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

    /** Every item of a paged answer: one request while the answer fits in one page. */
    static <T> List<T> allPages(IntFunction<Page<T>> fetch) {
        List<T> all = new ArrayList<>();
        for (int page = 0;; page++) {
            Page<T> answer = fetch.apply(page);
            all.addAll(answer.items());
            if (page + 1 >= answer.totalPages()) {
                return all;
            }
        }
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
