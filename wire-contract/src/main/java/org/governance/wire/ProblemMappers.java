package org.governance.wire;

import java.time.LocalDate;
import java.util.Arrays;
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
        List<FieldError> errors = e.field() == null ? List.of() : List.of(new FieldError(e.field(), e.getMessage()));
        Response response = problem(kind.status, kind.slug, kind.title, e.getMessage(), uri, errors);
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
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr();
        return problem(400, "malformed-body", "Request body is not valid JSON", "The body is not valid JSON" + where,
                uri, List.of());
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
        } else if (e instanceof InvalidFormatException format) {
            message = "'" + format.getValue() + "' is not a valid " + describe(format.getTargetType());
        } else {
            message = "has the wrong type or shape";
        }
        field = field.isEmpty() ? "body" : field;
        return problem(400, "malformed-body", "Request body could not be read", field + " " + message, uri,
                List.of(new FieldError(field, message)));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonParseException unreadable) {
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

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return type.getSimpleName() + " (one of " + Arrays.stream(type.getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        }
        if (type == LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        return type.getSimpleName().toLowerCase(Locale.ROOT);
    }
}
