package org.governance.directors.service;

import java.util.Map;

import org.governance.wire.ServiceException;
import org.governance.wire.StoredConstraints;

/**
 * directors-service's database constraints, each with the refusal the service's own checks give for the same rule
 * (see {@link StoredConstraints}).
 */
final class Constraints {

    private static final StoredConstraints STORED = new StoredConstraints(Map.of(
            "company_pkey", () -> ServiceException.conflict("cik", "A company with this CIK already exists"),
            "person_cik_key", () -> ServiceException.conflict("cik", "Another person already has this CIK"),
            "director_seat_no_overlap", () -> ServiceException.conflict("personId",
                    "This person already holds a seat on this board during that period"),
            "director_one_chair_per_day", () -> ServiceException.conflict("roles",
                    "Another director is Chair of this board during that period")));

    private Constraints() {
    }

    /** Runs a write and its flush, so that a refused constraint surfaces here and not at commit. */
    static void write(Runnable writeAndFlush) {
        STORED.write(writeAndFlush);
    }
}
