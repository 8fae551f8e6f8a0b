package org.governance.directors.service;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.PersistenceException;

/**
 * Turns a database constraint that refused a write into the same refusal the service's own checks give.
 * The checks answer first with a precise message; the constraints hold the rule when two writes race.
 */
final class StoredConstraints {

    private static final Map<String, Supplier<ServiceException>> REFUSALS = Map.of(
            "company_pkey", () -> ServiceException.conflict("cik", "A company with this CIK already exists"),
            "person_cik_key", () -> ServiceException.conflict("cik", "Another person already has this CIK"),
            "director_seat_no_overlap", () -> ServiceException.conflict("personId",
                    "This person already holds a seat on this board during that period"),
            "director_one_chair_per_day", () -> ServiceException.conflict("roles",
                    "Another director is Chair of this board during that period"));

    private StoredConstraints() {
    }

    /** Runs a write and its flush, so that a refused constraint surfaces here and not at commit. */
    static void write(Runnable writeAndFlush) {
        try {
            writeAndFlush.run();
        } catch (PersistenceException e) {
            throw translate(e);
        }
    }

    private static RuntimeException translate(PersistenceException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            for (Map.Entry<String, Supplier<ServiceException>> refusal : REFUSALS.entrySet()) {
                if (message.contains("\"" + refusal.getKey() + "\"")) {
                    return refusal.getValue().get();
                }
            }
        }
        return failure;
    }
}
