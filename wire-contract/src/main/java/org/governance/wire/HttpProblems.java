package org.governance.wire;

import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.governance.wire.Problem.FieldError;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The refusals that HTTP itself answers get the same RFC 9457 body as every other: 401 (no token, or a token
 * refused), 403 (a role missing), 413 (a body over {@code quarkus.http.limits.max-body-size}) and 414 (a request
 * line over {@value #MAX_URI_LENGTH} characters). Vert.x answers an overlong request line with an empty 414 before
 * any route runs, so its own limit is raised (wire-contract's META-INF/microprofile-config.properties) and the
 * limit is kept here instead.
 */
@Singleton
public class HttpProblems {

    public static final int MAX_URI_LENGTH = 8192;
    private static final String NO_TOKEN = "A bearer token is needed: send 'Authorization: Bearer <access token>' with a token of the realm governance";
    private static final String FORBIDDEN = "The token is valid but lacks a role this operation needs";

    void install(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        long maxBodyBytes = maxBody.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            long declaredLength = declaredLength(context);
            if (context.request().uri().length() > MAX_URI_LENGTH) {
                answer(context, 414, "uri-too-long", "URI too long", "The request's path and query are "
                        + context.request().uri().length() + " characters; at most " + MAX_URI_LENGTH + " are accepted", "uri");
            } else if (declaredLength > maxBodyBytes) {
                // answered before the body is read (a client that sent Expect: 100-continue sends none of it)
                context.response().putHeader(HttpHeaders.CONNECTION, "close");
                answer(context, 413, "payload-too-large", "Payload too large", "The request body is " + declaredLength
                        + " bytes; at most " + maxBodyBytes + " are accepted", "body");
            } else {
                context.next();
            }
        });
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.response().ended() || context.response().headWritten()) {
                context.next();
            } else if (context.failure() instanceof AuthenticationFailedException) {
                unauthorized(context, true);
            } else if (context.failure() instanceof UnauthorizedException) {
                unauthorized(context, false);
            } else if (context.failure() instanceof ForbiddenException) {
                answer(context, 403, "forbidden", "Forbidden", FORBIDDEN, "Authorization");
            } else if (context.statusCode() == 413) {
                answer(context, 413, "payload-too-large", "Payload too large",
                        "The request body is larger than this service accepts", "body");
            } else {
                context.next();
            }
        });
    }

    /** No token at all reaches the resource as anonymous, where the role check throws this. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        Response problem = ProblemMappers.problem(401, "unauthorized", "Unauthorized", NO_TOKEN, uri,
                List.of(new FieldError("Authorization", "missing")));
        problem.getHeaders().add("WWW-Authenticate", "Bearer");
        return problem;
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemMappers.problem(403, "forbidden", "Forbidden", FORBIDDEN, uri,
                List.of(new FieldError("Authorization", "a role is missing")));
    }

    private static void unauthorized(RoutingContext context, boolean tokenSent) {
        context.response().putHeader("WWW-Authenticate", "Bearer");
        answer(context, 401, "unauthorized", "Unauthorized", tokenSent
                ? "The bearer token was refused (expired, not signed by the realm, or not for this audience); get a new one"
                : NO_TOKEN, "Authorization");
    }

    private static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void answer(RoutingContext context, int status, String slug, String title, String detail, String field) {
        Problem problem = new Problem(Problem.type(slug), title, status, detail, context.request().path(),
                List.of(new FieldError(field, detail)));
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(Json.encode(problem));
    }
}
