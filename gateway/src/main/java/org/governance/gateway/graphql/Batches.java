package org.governance.gateway.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What a batch resolver does with the answer of one call for all its parents: hand each parent its part. */
final class Batches {

    private Batches() {
    }

    /** Items grouped under their parents, in the parents' order; a parent without items gets an empty list. */
    static <P, T, K> List<List<T>> group(List<P> parents, Function<P, K> parentKey, List<T> items, Function<T, K> itemKey) {
        Map<K, List<T>> grouped = new LinkedHashMap<>();
        for (T item : items) {
            grouped.computeIfAbsent(itemKey.apply(item), k -> new ArrayList<>()).add(item);
        }
        return parents.stream().map(parent -> grouped.getOrDefault(parentKey.apply(parent), List.of())).toList();
    }
}
