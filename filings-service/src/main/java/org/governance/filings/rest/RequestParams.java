package org.governance.filings.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.filings.config.FilingsConfig;
import org.governance.filings.model.Cik;
import org.governance.filings.repository.PageRequest;
import org.governance.filings.service.ServiceException;

/**
 * Reads path and query parameters as text and checks them here, so that a bad one is a 400 that names
 * the parameter rather than the framework's bare 404.
 */
@ApplicationScoped
public class RequestParams {

    private final FilingsConfig config;

    public RequestParams(FilingsConfig config) {
        this.config = config;
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
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ServiceException.invalidParameter(name, "'" + abbreviate(value) + "' is not a date: expected YYYY-MM-DD");
        }
    }

    public PageRequest page(String page, String size) {
        int pageNumber = wholeNumber("page", page, 0);
        int pageSize = wholeNumber("size", size, config.paging().defaultSize());
        if (pageNumber < 0) {
            throw ServiceException.invalidParameter("page", "must be 0 or more");
        }
        if (pageSize < 1 || pageSize > config.paging().maxSize()) {
            throw ServiceException.invalidParameter("size", "must be between 1 and " + config.paging().maxSize());
        }
        if ((long) pageNumber * pageSize > Integer.MAX_VALUE) {
            throw ServiceException.invalidParameter("page", "is beyond the last possible page");
        }
        return new PageRequest(pageNumber, pageSize);
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

    /** A period of days, both included, and the quarter it was asked as (null when asked as from/to). */
    public record Period(String quarter, LocalDate from, LocalDate to) {
    }

    private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile("(\\d{4})-Q([1-4])");

    /** {@code quarter=2024-Q3} (calendar quarter), or {@code from}/{@code to} (either may be open), not both. */
    public Period period(String quarter, String from, String to) {
        LocalDate start = date("from", from, null);
        LocalDate end = date("to", to, null);
        if (quarter == null || quarter.isBlank()) {
            if (start != null && end != null && end.isBefore(start)) {
                throw ServiceException.invalidParameter("to", "is before from");
            }
            return new Period(null, start, end);
        }
        if (start != null || end != null) {
            throw ServiceException.invalidParameter("quarter", "cannot be combined with from or to");
        }
        var matcher = QUARTER.matcher(quarter.strip());
        if (!matcher.matches()) {
            throw ServiceException.invalidParameter("quarter", "'" + abbreviate(quarter) + "' is not a quarter: expected YYYY-Qn, e.g. 2024-Q3");
        }
        LocalDate first = LocalDate.of(Integer.parseInt(matcher.group(1)), (Integer.parseInt(matcher.group(2)) - 1) * 3 + 1, 1);
        return new Period(quarter.strip(), first, first.plusMonths(3).minusDays(1));
    }

    /** A comma-separated list of codes from the allowed set; empty when absent. */
    public Set<String> codes(String name, String value, Set<String> allowed) {
        return list(name, value, item -> {
            String code = item.toUpperCase();
            if (!allowed.contains(code)) {
                throw ServiceException.invalidParameter(name, "'" + abbreviate(item) + "' is not one of " + new java.util.TreeSet<>(allowed));
            }
            return code;
        });
    }

    public <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ServiceException.invalidParameter(name, "'" + abbreviate(value) + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    public boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase()) {
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
    public java.math.BigDecimal amount(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        java.math.BigDecimal amount;
        try {
            amount = new java.math.BigDecimal(value.strip());
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

    /** DATE, VALUE or SHARES, optionally ",ASC" or ",DESC"; date order when absent. */
    public org.governance.filings.repository.TransactionQuery.Sort sort(String name, String value) {
        if (value == null || value.isBlank()) {
            return org.governance.filings.repository.TransactionQuery.Sort.DEFAULT;
        }
        String[] parts = value.split(",", -1);
        if (parts.length > 2) {
            throw ServiceException.invalidParameter(name, "'" + abbreviate(value) + "' is not KEY or KEY,DIRECTION (e.g. VALUE,DESC)");
        }
        var key = enumValue(name, parts[0], org.governance.filings.repository.TransactionQuery.Sort.Key.class);
        if (key == null) {
            throw ServiceException.invalidParameter(name, "names no key: expected DATE, VALUE or SHARES");
        }
        boolean descending = false;
        if (parts.length == 2) {
            descending = switch (parts[1].strip().toUpperCase()) {
                case "ASC" -> false;
                case "DESC" -> true;
                default -> throw ServiceException.invalidParameter(name, "'" + abbreviate(parts[1]) + "' is not ASC or DESC");
            };
        }
        return new org.governance.filings.repository.TransactionQuery.Sort(key, descending);
    }

    private <T> Set<T> list(String name, String value, Function<String, T> parse) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        String[] items = value.split(",", -1);
        if (items.length > config.paging().maxSize()) {
            throw ServiceException.invalidParameter(name, "names " + items.length + " items; at most "
                    + config.paging().maxSize() + " are allowed in one call");
        }
        Set<T> parsed = new LinkedHashSet<>();
        Arrays.stream(items).map(String::strip).map(parse).forEach(parsed::add);
        return parsed;
    }

    private static int wholeNumber(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ServiceException.invalidParameter(name, "'" + abbreviate(value) + "' is not a whole number");
        }
    }

    private static String abbreviate(String value) {
        String text = String.valueOf(value);
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
