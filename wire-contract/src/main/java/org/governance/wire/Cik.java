package org.governance.wire;

import java.util.Optional;
import java.util.regex.Pattern;

/** SEC Central Index Keys: accepted as 1 to 10 digits, stored and shown zero-padded to 10. */
public final class Cik {

    public static final String INPUT_PATTERN = "\\d{1,10}";
    private static final Pattern INPUT = Pattern.compile(INPUT_PATTERN);

    private Cik() {
    }

    /** The ten-digit form, or empty when the text is not 1 to 10 digits. */
    public static Optional<String> normalize(String text) {
        if (text == null || !INPUT.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of("0".repeat(10 - text.length()) + text);
    }
}
