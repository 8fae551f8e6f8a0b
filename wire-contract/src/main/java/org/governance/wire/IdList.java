package org.governance.wire;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Comma-separated ids as one parameter, each a positive whole number, in the order given, at most a page's worth. */
@Schema(type = SchemaType.ARRAY, implementation = Long.class, description = "Comma-separated ids")
public record IdList(Set<Long> values) {

    public IdList {
        values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    /** The ids of a parameter, none when it was absent. */
    public static Set<Long> of(IdList list) {
        return list == null ? Set.of() : list.values();
    }
}
