package org.governance.filings.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail: what was wrong, and in which field or parameter. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(examples = "urn:governance:problem:rule-violated") String type,
        @Schema(examples = "Breaks a board rule") String title,
        @Schema(examples = "422") int status,
        @Schema(examples = "The date left (2019-01-01) is before the date first elected (2020-06-01)") String detail,
        @Schema(examples = "/directors") String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_PREFIX = "urn:governance:problem:";

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "The request field (dotted path) or query/path parameter", examples = "leftOn") String field,
            @Schema(examples = "must not be before firstElected") String message) {
    }
}
