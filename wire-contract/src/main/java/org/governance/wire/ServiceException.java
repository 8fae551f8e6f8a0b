package org.governance.wire;

import java.util.List;

/**
 * A request a service refuses, with the kind of refusal and the field or parameter it is about.
 * {@link ProblemMappers} turns it into an RFC 9457 problem.
 */
public class ServiceException extends RuntimeException {

    public enum Kind {
        INVALID_PARAMETER(400, "invalid-parameter", "Invalid parameter"),
        INVALID_FIELD(400, "validation-failed", "Request body failed validation"),
        NOT_FOUND(404, "not-found", "Resource not found"),
        CONFLICT(409, "conflict", "Conflicts with stored data"),
        PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
        UNKNOWN_REFERENCE(422, "unknown-reference", "Refers to something that does not exist"),
        RULE_VIOLATED(422, "rule-violated", "Breaks a rule"),
        DEPENDENCY_UNAVAILABLE(503, "dependency-unavailable", "A service this answer needs is unavailable");

        public final int status;
        public final String slug;
        public final String title;

        Kind(int status, String slug, String title) {
            this.status = status;
            this.slug = slug;
            this.title = title;
        }

        /** The problem type of this kind. */
        public String type() {
            return Problem.type(slug);
        }
    }

    private final Kind kind;
    private final String field;
    private final Integer retryAfterSeconds;
    private final List<Problem.FieldError> errors;

    private ServiceException(Kind kind, String field, String detail, Integer retryAfterSeconds, List<Problem.FieldError> errors) {
        super(detail);
        this.kind = kind;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
        this.errors = errors;
    }

    private ServiceException(Kind kind, String field, String detail, Integer retryAfterSeconds) {
        this(kind, field, detail, retryAfterSeconds, null);
    }

    private ServiceException(Kind kind, String field, String detail) {
        this(kind, field, detail, null);
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

    public static ServiceException payloadTooLarge(String detail) {
        return new ServiceException(Kind.PAYLOAD_TOO_LARGE, "body", detail);
    }

    public static ServiceException unknownReference(String field, String detail) {
        return new ServiceException(Kind.UNKNOWN_REFERENCE, field, detail);
    }

    public static ServiceException ruleViolated(String field, String detail) {
        return new ServiceException(Kind.RULE_VIOLATED, field, detail);
    }

    /** A service this answer needs did not answer; the client is told to try again after that many seconds. */
    public static ServiceException dependencyUnavailable(String detail, int retryAfterSeconds) {
        return new ServiceException(Kind.DEPENDENCY_UNAVAILABLE, null, detail, retryAfterSeconds);
    }

    /**
     * A refusal with many errors at once, such as every bad row of an uploaded file (each with its line and column);
     * nothing of the request is stored.
     */
    public static ServiceException refusedWith(Kind kind, String detail, List<Problem.FieldError> errors) {
        return new ServiceException(kind, null, detail, null, List.copyOf(errors));
    }

    /** Every error of the refusal: those given, or the one of {@link #field()}. */
    public List<Problem.FieldError> errors() {
        if (errors != null) {
            return errors;
        }
        return field == null ? List.of() : List.of(new Problem.FieldError(field, getMessage()));
    }

    public Kind kind() {
        return kind;
    }

    /** The request field or parameter at fault, or null when the whole request is. */
    public String field() {
        return field;
    }

    /** Seconds for a Retry-After header, or null for none. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
