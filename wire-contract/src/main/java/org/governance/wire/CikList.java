package org.governance.wire;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Comma-separated CIKs as one parameter, each normalised to ten digits, in the order given, at most a page's worth. */
@Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Comma-separated CIKs, 1 to 10 digits each")
public record CikList(Set<String> values) {

    public CikList {
        values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    /** The CIKs of a parameter, none when it was absent. */
    public static Set<String> of(CikList list) {
        return list == null ? Set.of() : list.values();
    }
}
