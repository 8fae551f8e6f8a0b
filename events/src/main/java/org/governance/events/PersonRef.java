package org.governance.events;

import java.time.Instant;

/**
 * A person as directors-service knows them, inside the events that concern them: the CIK where known, the name, the
 * name EDGAR uses where it differs. {@code updatedAt} orders two states of one person (a consumer keeps the later).
 */
public record PersonRef(long id, String cik, String fullName, String edgarName, Instant updatedAt) {
}
