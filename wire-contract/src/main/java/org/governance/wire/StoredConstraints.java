package org.governance.wire;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.PersistenceException;

/**
 * Turns a database constraint that refused a write into the same refusal the service's own checks give.
 * The checks answer first with a precise message; the constraints hold the rule when two writes race.
 * Each service names its constraints and their refusals.
 */
public final class StoredConstraints {

    private final Map<String, Supplier<ServiceException>> refusals;

    public StoredConstraints(Map<String, Supplier<ServiceException>> refusals) {
        this.refusals = Map.copyOf(refusals);
    }

    /** Runs a write and its flush, so that a refused constraint surfaces here and not at commit. */
    public void write(Runnable writeAndFlush) {
        try {
            writeAndFlush.run();
        } catch (PersistenceException e) {
            throw translate(e);
        }
    }

    /**
     * The refusal of the constraint that failed: by the name Hibernate read from the error where it could (unique
     * and foreign keys), else by the quoted name in PostgreSQL's message (exclusion constraints, for one, come
     * without a name).
     */
    private RuntimeException translate(PersistenceException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null && refusals.containsKey(violation.getConstraintName())) {
                return refusals.get(violation.getConstraintName()).get();
            }
            String message = String.valueOf(cause.getMessage());
            for (Map.Entry<String, Supplier<ServiceException>> refusal : refusals.entrySet()) {
                if (message.contains("\"" + refusal.getKey() + "\"")) {
                    return refusal.getValue().get();
                }
            }
        }
        return failure;
    }
}
