package org.governance.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail: what was wrong, and in which field or parameter. Every service answers its refusals
 * with it, and the gateway reads the services' refusals with it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(examples = "urn:governance:problem:rule-violated") String type,
        @Schema(examples = "Breaks a rule") String title,
        @Schema(examples = "422") int status,
        @Schema(examples = "The date left (2019-01-01) is before the date first elected (2020-06-01)") String detail,
        @Schema(examples = "/directors") String instance,
        List<FieldError> errors,
        @Schema(description = "The W3C trace id of the request: quote it when reporting the error", examples = "4bf92f3577b34da6a3ce929d0e0e4736")
        String traceId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Every problem type is this prefix and a slug, such as {@code invalid-parameter}. */
    public static final String TYPE_PREFIX = "urn:governance:problem:";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem of the request being answered, with its trace id. */
    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, Traces.currentTraceId());
    }

    /** The problem type of a slug. */
    public static String type(String slug) {
        return TYPE_PREFIX + slug;
    }

    /** The field or parameter of the first error, or null when the problem names none. */
    public String firstField() {
        return errors.isEmpty() ? null : errors.get(0).field();
    }

    @Schema(name = "FieldError")
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(
            @Schema(description = "The request field (dotted path) or query/path parameter", examples = "leftOn") String field,
            @Schema(examples = "must not be before firstElected") String message,
            @Schema(description = "In an uploaded file: the line the error is on, from 1", examples = "7") Integer line,
            @Schema(description = "In an uploaded file: the column, from 1 (a CSV field's position, a JSON value's character)", examples = "4") Integer column) {

        public FieldError(String field, String message) {
            this(field, message, null, null);
        }
    }
}
