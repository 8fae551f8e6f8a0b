package org.governance.wire;

/** A zero-based page of a list, already checked against the configured bounds. */
public record PageRequest(int page, int size) {

    public int firstResult() {
        return page * size;
    }
}
