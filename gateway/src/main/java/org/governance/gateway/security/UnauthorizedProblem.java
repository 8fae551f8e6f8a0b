package org.governance.gateway.security;

import jakarta.enterprise.event.Observes;

import org.governance.gateway.config.GatewayConfig;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request to /graphql without a valid bearer token answers 401 with an RFC 9457 body that says what is needed, so
 * a GraphQL client (or the GraphQL UI) shows a reason instead of failing on an empty body.
 */
public class UnauthorizedProblem {

    void install(@Observes Router router, GatewayConfig config) {
        boolean refuseMissingTokenEarly = config.refuseMissingTokenEarly();
        // before authentication: a request without any token is answered here (off in tests that use @TestSecurity,
        // whose identity comes without an Authorization header)
        router.route("/graphql*").order(Integer.MIN_VALUE).handler(context -> {
            if (!refuseMissingTokenEarly) {
                context.next();
                return;
            }
            if (context.request().method() != HttpMethod.OPTIONS && context.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
                refuse(context, false);
            } else {
                context.next();
            }
        });
        // a token that authentication refused
        router.route("/graphql*").order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.failure() instanceof AuthenticationFailedException && !context.response().ended()) {
                refuse(context, true);
            } else {
                context.next();
            }
        });
    }

    private static void refuse(RoutingContext context, boolean tokenSent) {
        String detail = tokenSent
                ? "The bearer token was refused (expired, not signed by the realm, or not for the audience governance-api); get a new one from Keycloak"
                : "A bearer token is needed: send 'Authorization: Bearer <access token>' with a token of the realm governance (./platform token prints one)";
        JsonObject problem = new JsonObject().put("type", "urn:governance:problem:unauthorized").put("title", "Unauthorized")
                .put("status", 401).put("detail", detail)
                .put("errors", new JsonArray().add(new JsonObject().put("in", "header").put("name", "Authorization")
                        .put("message", tokenSent ? "the token was refused" : "missing")));
        context.response().setStatusCode(401).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader("WWW-Authenticate", "Bearer").end(problem.encode());
    }
}
