package org.governance.filings.service;

/**
 * A request the service refuses, with the kind of refusal and the field or parameter it is about.
 * The REST layer turns it into an RFC 9457 problem.
 */
public class ServiceException extends RuntimeException {

    public enum Kind {
        INVALID_PARAMETER(400, "invalid-parameter", "Invalid parameter"),
        INVALID_FIELD(400, "validation-failed", "Request body failed validation"),
        NOT_FOUND(404, "not-found", "Resource not found"),
        CONFLICT(409, "conflict", "Conflicts with stored data"),
        UNKNOWN_REFERENCE(422, "unknown-reference", "Refers to something that does not exist"),
        PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
        RULE_VIOLATED(422, "rule-violated", "Breaks a rule");

        public final int status;
        public final String slug;
        public final String title;

        Kind(int status, String slug, String title) {
            this.status = status;
            this.slug = slug;
            this.title = title;
        }
    }

    private final Kind kind;
    private final String field;

    private ServiceException(Kind kind, String field, String detail) {
        super(detail);
        this.kind = kind;
        this.field = field;
    }

    public static ServiceException invalidParameter(String parameter, String detail) {
        return new ServiceException(Kind.INVALID_PARAMETER, parameter, detail);
    }

    public static ServiceException invalidField(String field, String detail) {
        return new ServiceException(Kind.INVALID_FIELD, field, detail);
    }

    public static ServiceException notFound(String detail) {
        return new ServiceException(Kind.NOT_FOUND, null, detail);
    }

    public static ServiceException conflict(String field, String detail) {
        return new ServiceException(Kind.CONFLICT, field, detail);
    }

    public static ServiceException unknownReference(String field, String detail) {
        return new ServiceException(Kind.UNKNOWN_REFERENCE, field, detail);
    }

    public static ServiceException ruleViolated(String field, String detail) {
        return new ServiceException(Kind.RULE_VIOLATED, field, detail);
    }

    public static ServiceException payloadTooLarge(String detail) {
        return new ServiceException(Kind.PAYLOAD_TOO_LARGE, "body", detail);
    }

    public Kind kind() {
        return kind;
    }

    /** The request field or parameter at fault, or null when the whole request is. */
    public String field() {
        return field;
    }
}
