package org.governance.committees.service;

import java.util.Map;

import org.governance.wire.ServiceException;
import org.governance.wire.StoredConstraints;

/**
 * committees-service's database constraints, each with the refusal the service's own checks give for the same rule
 * (see {@link StoredConstraints}).
 */
final class Constraints {

    private static final StoredConstraints STORED = new StoredConstraints(Map.of(
            "membership_no_overlap", () -> ServiceException.conflict("directorId",
                    "This director is already a member of this committee during that period"),
            "membership_one_chair_per_day", () -> ServiceException.conflict("role",
                    "Another member chairs this committee during that period")));

    private Constraints() {
    }

    /** Runs a write and its flush, so that a refused constraint surfaces here and not at commit. */
    static void write(Runnable writeAndFlush) {
        STORED.write(writeAndFlush);
    }
}
