package org.governance.wire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads path and query parameters as text and checks them here, so that a bad one is a 400 that names
 * the parameter rather than the framework's bare 404. The same rules in every service; a service adds readers
 * of its own (periods, sort orders) on top.
 */
@ApplicationScoped
public class RequestParams {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final PagingConfig paging;

    public RequestParams(PagingConfig paging) {
        this.paging = paging;
    }

    public String cik(String name, String value) {
        return Cik.normalize(value).orElseThrow(() -> ServiceException.invalidParameter(name,
                "'" + abbreviate(value) + "' is not a CIK: expected 1 to 10 digits"));
    }

    public long id(String name, String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ServiceException.invalidParameter(name, "'" + abbreviate(value) + "' is not an id: expected a positive whole number");
    }

    /** The date, or the default when the parameter is absent. */
    public LocalDate date(String name, String value, LocalDate absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        LocalDate day = isoDate(value);
        if (day != null) {
            return day;
        }
        throw ServiceException.invalidParameter(name,
                "'" + abbreviate(value) + "' is not a date: expected YYYY-MM-DD, a calendar day with a year from 0001 to 9999");
    }

    /**
     * A day as YYYY-MM-DD, a calendar day with a four-digit year from 0001 (not {@code +999999999-12-31}, which
     * {@code LocalDate.parse} takes); null when the text is not one. The rule of query parameters and of JSON bodies.
     */
    public static LocalDate isoDate(String text) {
        String day = text.strip();
        if (DATE.matcher(day).matches() && !day.startsWith("0000")) {
            try {
                return LocalDate.parse(day);
            } catch (DateTimeParseException notACalendarDay) {
                return null;
            }
        }
        return null;
    }

    /** The page asked for, checked against the configured bounds; the first page of the default size when absent. */
    public PageRequest page(PageParams asked) {
        int pageNumber = asked == null || asked.page == null ? 0 : asked.page;
        int pageSize = asked == null || asked.size == null ? paging.defaultSize() : asked.size;
        if (pageNumber < 0) {
            throw ServiceException.invalidParameter("page", "must be 0 or more");
        }
        if (pageSize < 1 || pageSize > paging.maxSize()) {
            throw ServiceException.invalidParameter("size", "must be between 1 and " + paging.maxSize());
        }
        if ((long) pageNumber * pageSize > Integer.MAX_VALUE) {
            throw ServiceException.invalidParameter("page", "is beyond the last possible page");
        }
        return new PageRequest(pageNumber, pageSize);
    }

    /** A calendar quarter written YYYY-Qn. */
    public Quarter quarter(String name, String value) {
        Quarter quarter = Quarter.parse(value);
        if (quarter == null) {
            throw ServiceException.invalidParameter(name, "'" + abbreviate(value) + "' is not a quarter: expected YYYY-Qn, e.g. 2024-Q3");
        }
        return quarter;
    }

    /** A comma-separated list of CIKs, each normalised; empty when the parameter is absent. */
    public Set<String> ciks(String name, String value) {
        return list(name, value, item -> cik(name, item));
    }

    /** A comma-separated list of ids; empty when the parameter is absent. */
    public Set<Long> ids(String name, String value) {
        return list(name, value, item -> id(name, item));
    }

    /** Optional free text: trimmed, null when absent or blank. */
    public String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ServiceException.invalidParameter(name, "must be at most " + maxLength + " characters");
        }
        return value.strip();
    }

    /** A comma-separated list of codes from the allowed set; empty when absent. */
    public Set<String> codes(String name, String value, Set<String> allowed) {
        return list(name, value, item -> {
            String code = item.toUpperCase(Locale.ROOT);
            if (!allowed.contains(code)) {
                throw ServiceException.invalidParameter(name, "'" + abbreviate(item) + "' is not one of " + new TreeSet<>(allowed));
            }
            return code;
        });
    }

    public <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ServiceException.invalidParameter(name, "'" + abbreviate(value) + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    public boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ServiceException.invalidParameter(name, "must be true or false");
        };
    }

    /** true, false, or null when absent (no filter). */
    public Boolean optionalBool(String name, String value) {
        return value == null || value.isBlank() ? null : bool(name, value);
    }

    /** A non-negative amount such as a minimum value; null when absent. */
    public BigDecimal amount(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw ServiceException.invalidParameter(name, "'" + abbreviate(value) + "' is not a number");
        }
        if (amount.signum() < 0 || amount.precision() - amount.scale() > 18 || amount.scale() > 6) {
            throw ServiceException.invalidParameter(name, "must be 0 or more, with at most 18 digits before the point and 6 after");
        }
        return amount;
    }

    public <E extends Enum<E>> Set<E> enumValues(String name, String value, Class<E> type) {
        return list(name, value, item -> {
            if (item.isBlank()) {
                throw ServiceException.invalidParameter(name, "has an empty item");
            }
            return enumValue(name, item, type);
        });
    }

    /** A comma-separated list of enum constants; empty when the parameter is absent. */
    public <E extends Enum<E>> Set<E> enums(String name, String value, Class<E> type) {
        return list(name, value, item -> {
            try {
                return Enum.valueOf(type, item);
            } catch (IllegalArgumentException e) {
                throw ServiceException.invalidParameter(name, "'" + abbreviate(item) + "' is not one of "
                        + Arrays.toString(type.getEnumConstants()));
            }
        });
    }

    /** A comma-separated list, each item read by {@code parse}; empty when the parameter is absent. */
    public <T> Set<T> list(String name, String value, Function<String, T> parse) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        String[] items = value.split(",", -1);
        if (items.length > paging.maxSize()) {
            throw ServiceException.invalidParameter(name, "names " + items.length + " items; at most "
                    + paging.maxSize() + " are allowed in one call");
        }
        Set<T> parsed = new LinkedHashSet<>();
        Arrays.stream(items).map(String::strip).map(parse).forEach(parsed::add);
        return parsed;
    }

    public static int wholeNumber(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ServiceException.invalidParameter(name, "'" + abbreviate(value) + "' is not a whole number");
        }
    }

    public static String abbreviate(String value) {
        String text = String.valueOf(value);
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
