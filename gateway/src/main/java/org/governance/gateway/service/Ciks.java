package org.governance.gateway.service;

import org.governance.gateway.graphql.error.Errors;

/** SEC CIKs as the services write them: ten digits, zero-padded. */
public final class Ciks {

    private Ciks() {
    }

    public static String pad(String cik, String argument) {
        if (cik == null || !cik.strip().matches("\\d{1,10}")) {
            throw new Errors.InvalidInput("'" + cik + "' is not a CIK: expected 1 to 10 digits", null, null, argument);
        }
        String digits = cik.strip();
        return "0".repeat(10 - digits.length()) + digits;
    }
}
