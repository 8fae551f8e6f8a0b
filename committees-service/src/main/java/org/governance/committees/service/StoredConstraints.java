package org.governance.committees.service;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.PersistenceException;

/**
 * Turns a database constraint that refused a write into the same refusal the service's own checks give.
 * The checks answer first with a precise message; the constraints hold the rule when two writes race.
 */
final class StoredConstraints {

    private static final Map<String, Supplier<ServiceException>> REFUSALS = Map.of(
            "membership_no_overlap", () -> ServiceException.conflict("directorId",
                    "This director is already a member of this committee during that period"),
            "membership_one_chair_per_day", () -> ServiceException.conflict("role",
                    "Another member chairs this committee during that period"));

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
