package org.governance.wire;

import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An SEC Central Index Key: accepted as 1 to 10 digits, stored and shown zero-padded to 10. As a path or query
 * parameter it is read by {@link ParamConverters}, which answers anything else with a named 400.
 */
@Schema(type = SchemaType.STRING, pattern = Cik.INPUT_PATTERN, description = "SEC CIK, 1 to 10 digits", examples = "1107843")
public record Cik(String value) {

    public static final String INPUT_PATTERN = "\\d{1,10}";
    private static final Pattern INPUT = Pattern.compile(INPUT_PATTERN);

    /** The ten-digit form, or empty when the text is not 1 to 10 digits. */
    public static Optional<String> normalize(String text) {
        if (text == null || !INPUT.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of("0".repeat(10 - text.length()) + text);
    }

    @Override
    public String toString() {
        return value;
    }
}
