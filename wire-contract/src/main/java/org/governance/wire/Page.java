package org.governance.wire;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with what a client needs to fetch the rest. */
@Schema(name = "Page")
public record Page<T>(
        List<T> items,
        @Schema(description = "Zero-based page number", examples = "0") int page,
        @Schema(description = "Largest number of items on a page", examples = "50") int size,
        @Schema(description = "Number of items over all pages", examples = "8") long totalItems,
        @Schema(description = "Number of pages", examples = "1") long totalPages) {

    /**
     * The page of {@code entities}; {@code count} (a count query) runs only when the page cannot tell the total
     * itself: a page that is not full ends the list, so a one-page answer costs one query, not two.
     */
    public static <E, T> Page<T> of(List<E> entities, Function<E, T> mapper, PageRequest request, LongSupplier count) {
        boolean endsTheList = entities.size() < request.size() && (!entities.isEmpty() || request.page() == 0);
        long total = endsTheList ? (long) request.firstResult() + entities.size() : count.getAsLong();
        return new Page<>(entities.stream().map(mapper).toList(), request.page(), request.size(), total,
                (total + request.size() - 1) / request.size());
    }
}
