package org.governance.filings.rest;

import static org.governance.wire.RequestParams.abbreviate;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.governance.filings.repository.TransactionQuery;
import org.governance.wire.RequestParams;
import org.governance.wire.ServiceException;

/** The parameters of the transaction lists that only filings-service has: a quarter or a period, and a sort order. */
final class TransactionParams {

    private TransactionParams() {
    }

    /** A period of days, both included, and the quarter it was asked as (null when asked as from/to). */
    public record Period(String quarter, LocalDate from, LocalDate to) {
    }

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** {@code quarter=2024-Q3} (calendar quarter), or {@code from}/{@code to} (either may be open), not both. */
    public static Period period(RequestParams params, String quarter, String from, String to) {
        LocalDate start = params.date("from", from, null);
        LocalDate end = params.date("to", to, null);
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

    /** DATE, VALUE or SHARES, optionally ",ASC" or ",DESC"; date order when absent. */
    public static TransactionQuery.Sort sort(RequestParams params, String name, String value) {
        if (value == null || value.isBlank()) {
            return TransactionQuery.Sort.DEFAULT;
        }
        String[] parts = value.split(",", -1);
        if (parts.length > 2) {
            throw ServiceException.invalidParameter(name, "'" + abbreviate(value) + "' is not KEY or KEY,DIRECTION (e.g. VALUE,DESC)");
        }
        var key = params.enumValue(name, parts[0], TransactionQuery.Sort.Key.class);
        if (key == null) {
            throw ServiceException.invalidParameter(name, "names no key: expected DATE, VALUE or SHARES");
        }
        boolean descending = false;
        if (parts.length == 2) {
            descending = switch (parts[1].strip().toUpperCase(Locale.ROOT)) {
                case "ASC" -> false;
                case "DESC" -> true;
                default -> throw ServiceException.invalidParameter(name, "'" + abbreviate(parts[1]) + "' is not ASC or DESC");
            };
        }
        return new TransactionQuery.Sort(key, descending);
    }
}
