package org.governance.web.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem answered by the web backend itself (the gateway's own answers pass through unchanged). */
public final class WebProblem extends WebApplicationException {

    public static final String MEDIA_TYPE = "application/problem+json";

    private WebProblem(int status, String kind, String title, String detail, List<Map<String, String>> errors) {
        super(detail, Response.status(status).type(MEDIA_TYPE)
                .entity(Map.of("type", "urn:governance:problem:" + kind, "title", title, "status", status, "detail", detail,
                        "errors", errors))
                .build());
    }

    public static WebProblem crossSite(String header, String message) {
        return new WebProblem(403, "cross-site-request", "Cross-site request refused",
                "This endpoint answers only the platform's own pages: " + message,
                List.of(Map.of("in", "header", "name", header, "message", message)));
    }

    public static WebProblem gatewayUnreachable() {
        return new WebProblem(502, "gateway-unavailable", "Gateway unavailable",
                "The GraphQL gateway could not be reached; try again shortly", List.of());
    }

    public static WebProblem badBody(String message) {
        return new WebProblem(400, "invalid-request", "Invalid request", message,
                List.of(Map.of("in", "body", "name", "query", "message", message)));
    }
}
