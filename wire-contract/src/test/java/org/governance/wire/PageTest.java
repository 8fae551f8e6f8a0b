package org.governance.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;

/** A page's totals, and the count query run only when the page cannot tell them. */
class PageTest {

    private final AtomicInteger counts = new AtomicInteger();

    private LongSupplier count(long total) {
        return () -> {
            counts.incrementAndGet();
            return total;
        };
    }

    @Test
    void aPageThatIsNotFullEndsTheListWithoutCounting() {
        Page<String> first = Page.of(List.of("a", "b"), Function.identity(), new PageRequest(0, 5), count(99));
        assertEquals(2, first.totalItems());
        assertEquals(1, first.totalPages());
        Page<String> third = Page.of(List.of("k"), Function.identity(), new PageRequest(2, 5), count(99));
        assertEquals(11, third.totalItems());
        assertEquals(3, third.totalPages());
        Page<String> none = Page.of(List.of(), Function.identity(), new PageRequest(0, 5), count(99));
        assertEquals(0, none.totalItems());
        assertEquals(0, none.totalPages());
        assertEquals(0, counts.get());
    }

    @Test
    void aFullPageOrAnEmptyPagePastTheEndIsCounted() {
        Page<String> full = Page.of(List.of("a", "b"), Function.identity(), new PageRequest(0, 2), count(7));
        assertEquals(7, full.totalItems());
        assertEquals(4, full.totalPages());
        Page<String> pastTheEnd = Page.of(List.of(), Function.identity(), new PageRequest(9, 2), count(7));
        assertEquals(7, pastTheEnd.totalItems());
        assertEquals(List.of(), pastTheEnd.items());
        assertEquals(2, counts.get());
    }
}
