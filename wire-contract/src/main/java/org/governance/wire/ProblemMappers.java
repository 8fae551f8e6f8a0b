package org.governance.wire;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.governance.wire.Problem.FieldError;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every refusal as an RFC 9457 problem: a stable type and title, what was wrong, and where.
 * No mapper here passes on an exception's class, stack or internal message. A service adds mappers of its own for
 * its own exceptions and answers them with {@link #problem}.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response refused(ServiceException e, UriInfo uri) {
        ServiceException.Kind kind = e.kind();
        Response response = problem(kind.status, kind.slug, kind.title, e.getMessage(), uri, e.errors());
        if (e.retryAfterSeconds() != null) {
            return Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build();
        }
        return response;
    }

    /** A path or query parameter that a converter refused (see {@link InvalidParameterException}). */
    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return refused(ServiceException.invalidParameter(e.parameter(), e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(field(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        String detail = errors.stream().map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; "));
        return problem(400, "validation-failed", "Request body failed validation", detail, uri, errors);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonParseException e, UriInfo uri) {
        String where = where(e);
        // Jackson's own words for the syntax (an unexpected character, a duplicate field), without its source excerpt
        String what = e.getOriginalMessage() == null ? "" : ": " + shortened(e.getOriginalMessage().lines().findFirst().orElse(""));
        return problem(400, "malformed-body", "Request body is not valid JSON", "The body is not valid JSON" + where + what,
                uri, List.of(new FieldError("body", "is not valid JSON" + where)));
    }

    /**
     * A body Jackson stopped reading for a reason other than its syntax: a number out of range of its type
     * (InputCoercionException) or a value beyond the reader's limits, such as a number of more than 1,000 digits
     * (StreamConstraintsException). A 400 that says where, never the service's 500.
     */
    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping) {
            return unmappable(mapping, uri);
        }
        if (e instanceof JsonParseException syntax) {
            return unreadable(syntax, uri);
        }
        String where = where(e);
        String field = e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null
                && parser.getParsingContext().getCurrentName() != null ? parser.getParsingContext().getCurrentName() : "body";
        String what = e instanceof InputCoercionException coercion
                ? "holds a number out of the range of " + describe(coercion.getTargetType())
                : "holds a value beyond the limits a body may have (numbers of at most 1,000 digits, text of at most 20,000,000 characters, nesting at most 1,000 deep)";
        return problem(400, "malformed-body", "Request body could not be read",
                ("body".equals(field) ? "The body " : field + " ") + what + where, uri, List.of(new FieldError(field, what)));
    }

    /** Registered for the subclass too, which Quarkus otherwise answers with an empty 400. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unmappable(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unmappable(JsonMappingException e, UriInfo uri) {
        String field = path(e);
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            field = field.isEmpty() ? unknown.getPropertyName() : field;
            message = "is not a known field";
        } else if (e instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            message = format.getOriginalMessage();
        } else if (e instanceof InvalidFormatException format) {
            message = "'" + format.getValue() + "' is not a valid " + describe(format.getTargetType());
        } else if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            message = "has more after its JSON value: send one JSON value per request";
        } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            message = "has the wrong type or shape: expected " + describe(mismatched.getTargetType());
        } else {
            message = "has the wrong type or shape";
        }
        field = field.isEmpty() ? "body" : field;
        return problem(400, "malformed-body", "Request body could not be read", field + " " + message, uri,
                List.of(new FieldError(field, message)));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return problem(status, "server-error", "The service could not answer", null, uri, List.of());
        }
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "Request refused" : reason.getReasonPhrase();
        return problem(status, "http-" + status, title, title + ": " + uri.getRequestUri().getPath(), uri, List.of());
    }

    public static Response problem(int status, String slug, String title, String detail, UriInfo uri, List<FieldError> errors) {
        Problem body = new Problem(Problem.type(slug), title, status, detail, uri.getRequestUri().getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** The request field a violation is about, without the method and parameter names; "body" for the body itself. */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                field.append(node.getIndex() == null ? "[]" : "[" + node.getIndex() + "]");
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** " at line L, column C" where Jackson knows the place, else nothing. */
    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static String shortened(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "list (a JSON array)";
        }
        if (type.isEnum()) {
            return type.getSimpleName() + " (one of " + Arrays.stream(type.getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        }
        if (type == LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (type.isRecord() || type.getName().startsWith("org.governance")) {
            return "object (a JSON object)";
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return "text (a JSON string)";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        return type.getSimpleName().toLowerCase(Locale.ROOT);
    }
}
