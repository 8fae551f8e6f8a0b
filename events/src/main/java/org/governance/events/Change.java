package org.governance.events;

/** What a change did to the record an event carries: saved (created or updated; the event holds its new state) or removed. */
public enum Change {
    SAVED,
    REMOVED
}
