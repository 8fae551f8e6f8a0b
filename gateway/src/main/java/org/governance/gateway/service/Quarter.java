package org.governance.gateway.service;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.governance.gateway.graphql.error.Errors;

/** A calendar quarter written YYYY-Qn, from its first to its last day. */
public record Quarter(String text, LocalDate from, LocalDate to) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    public static Quarter parse(String text, String argument) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            throw new Errors.InvalidInput("'" + text + "' is not a quarter: expected YYYY-Qn, e.g. 2024-Q3", null, null, argument);
        }
        LocalDate from = LocalDate.of(Integer.parseInt(matcher.group(1)), (Integer.parseInt(matcher.group(2)) - 1) * 3 + 1, 1);
        return new Quarter(text.strip(), from, from.plusMonths(3).minusDays(1));
    }
}
