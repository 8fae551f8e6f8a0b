package org.governance.filings.edgar;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The values a filing can really hold, checked before anything reaches the database: a refused value is a 422
 * naming its place, never a statement that PostgreSQL refuses (or that the driver cannot even encode).
 */
public final class FilingBounds {

    /** The days of the filing itself (filed, period, trades, signatures): from the Exchange Act of 1934 to 2099. */
    public static final LocalDate EARLIEST_EVENT = LocalDate.of(1934, 6, 6);
    public static final LocalDate LATEST_EVENT = LocalDate.of(2099, 12, 31);
    /** Exercise and expiration dates of derivatives may lie far ahead, but not before 1900 nor past year 9999. */
    public static final LocalDate EARLIEST_TERM = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_TERM = LocalDate.of(9999, 12, 31);
    /** Share counts, prices and values: at most 20 digits before the point and 30 after. */
    public static final int MAX_INTEGER_DIGITS = 20;
    public static final int MAX_FRACTION_DIGITS = 30;

    private FilingBounds() {
    }

    /** What is wrong with a day of the filing itself (filed, period, trade, deemed execution, signature); null when nothing. */
    public static String eventProblem(LocalDate day) {
        return outside(day, EARLIEST_EVENT, LATEST_EVENT, "a filing's own dates");
    }

    /** What is wrong with an exercise or expiration date; null when nothing. */
    public static String termProblem(LocalDate day) {
        return outside(day, EARLIEST_TERM, LATEST_TERM, "exercise and expiration dates");
    }

    /** What is wrong with a share count, price or value; null when nothing. */
    public static String decimalProblem(BigDecimal value) {
        if (value == null) {
            return null;
        }
        int fraction = Math.max(value.scale(), 0);
        int integer = Math.max(value.precision() - value.scale(), 0);
        if (integer > MAX_INTEGER_DIGITS || fraction > MAX_FRACTION_DIGITS) {
            return "A number with " + integer + " digits before the point and " + fraction + " after is beyond what a filing holds (at most "
                    + MAX_INTEGER_DIGITS + " and " + MAX_FRACTION_DIGITS + ")";
        }
        return null;
    }

    private static String outside(LocalDate day, LocalDate earliest, LocalDate latest, String what) {
        if (day != null && (day.isBefore(earliest) || day.isAfter(latest))) {
            return "'" + day + "' is outside the dates " + what + " can have (" + earliest + " to " + latest + ")";
        }
        return null;
    }
}
