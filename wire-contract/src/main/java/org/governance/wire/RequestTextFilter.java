package org.governance.wire;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every path and query parameter is text that the database can hold ({@link Text}): a NUL character in a search,
 * a name, a ticker or an id is a 400 naming the parameter, before any resource method or statement runs.
 */
public class RequestTextFilter {

    @ServerRequestFilter
    public void refuseUnstorableText(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters());
        check(request.getUriInfo().getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String nameProblem = Text.problem(parameter.getKey());
            if (nameProblem != null) {
                throw new InvalidParameterException("query", "A parameter's name " + nameProblem);
            }
            for (String value : parameter.getValue()) {
                String problem = Text.problem(value);
                if (problem != null) {
                    throw new InvalidParameterException(parameter.getKey(), "The value " + problem);
                }
            }
        }
    }
}
