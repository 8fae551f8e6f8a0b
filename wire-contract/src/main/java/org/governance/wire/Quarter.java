package org.governance.wire;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A calendar quarter, written YYYY-Qn (2024-Q3 is July to September 2024). */
@Schema(type = SchemaType.STRING, pattern = "\\d{4}-Q[1-4]", description = "A calendar quarter", examples = "2024-Q3")
public record Quarter(int year, int number) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    /** The quarter of the text, or null when it is not YYYY-Qn. */
    public static Quarter parse(String text) {
        Matcher matcher = TEXT.matcher(text.strip());
        return matcher.matches() ? new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))) : null;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
