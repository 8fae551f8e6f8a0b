package org.governance.web.security;

import java.net.URI;
import java.util.Set;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import org.governance.web.rest.WebProblem;

/**
 * Cross-site request forgery is refused: a write to /api must come from the platform's own page, which sends
 * X-Requested-With (a header a cross-site form cannot set, and which makes a cross-site script ask a CORS preflight
 * that this server never grants) and, when the browser names the origin, names this server.
 */
@Provider
public class SameOriginFilter implements ContainerRequestFilter {

    static final String REQUESTED_WITH = "X-Requested-With";
    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api")) {
            return;
        }
        if (request.getHeaderString(REQUESTED_WITH) == null) {
            throw WebProblem.crossSite(REQUESTED_WITH, "the header X-Requested-With is required");
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !sameOrigin(origin, request.getUriInfo().getRequestUri(), request.getHeaderString("Host"))) {
            throw WebProblem.crossSite("Origin", "the request comes from " + origin + ", not from this site");
        }
        String fetchSite = request.getHeaderString("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            throw WebProblem.crossSite("Sec-Fetch-Site", "the browser reports a " + fetchSite + " request");
        }
    }

    private static boolean sameOrigin(String origin, URI requestUri, String host) {
        try {
            URI from = URI.create(origin);
            String authority = from.getAuthority();
            return authority != null && (authority.equalsIgnoreCase(host) || authority.equalsIgnoreCase(requestUri.getAuthority()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
