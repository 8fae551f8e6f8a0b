package org.governance.filings.rest;

import static org.governance.wire.RequestParams.abbreviate;

import java.time.LocalDate;
import java.util.Locale;

import org.governance.filings.model.TransactionQuery;
import org.governance.wire.Quarter;
import org.governance.wire.RequestParams;
import org.governance.wire.ServiceException;

/** The parameters of the transaction lists that only filings-service has: a quarter or a period, and a sort order. */
final class TransactionParams {

    private TransactionParams() {
    }

    /** A period of days, both included, and the quarter it was asked as (null when asked as from/to). */
    public record Period(String quarter, LocalDate from, LocalDate to) {
    }

    /** {@code quarter=2024-Q3} (calendar quarter), or {@code from}/{@code to} (either may be open), not both. */
    public static Period period(Quarter quarter, LocalDate start, LocalDate end) {
        if (quarter == null) {
            if (start != null && end != null && end.isBefore(start)) {
                throw ServiceException.invalidParameter("to", "is before from");
            }
            return new Period(null, start, end);
        }
        if (start != null || end != null) {
            throw ServiceException.invalidParameter("quarter", "cannot be combined with from or to");
        }
        return new Period(quarter.toString(), quarter.firstDay(), quarter.lastDay());
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
