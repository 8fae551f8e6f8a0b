package org.governance.filings.edgar;

/** A filing that cannot be stored as it is, with the element path at fault. */
public class InvalidFilingException extends RuntimeException {

    public enum Reason {
        /** Not well-formed XML, or a construct refused for safety (DTD, entities, depth). */
        MALFORMED,
        /** Well-formed, but not a valid ownership document. */
        INVALID
    }

    private final Reason reason;
    private final String path;

    public InvalidFilingException(Reason reason, String path, String message) {
        super(message);
        this.reason = reason;
        this.path = path;
    }

    public Reason reason() {
        return reason;
    }

    /** Where the problem is, e.g. ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[2]/transactionDate/value. */
    public String path() {
        return path;
    }
}
