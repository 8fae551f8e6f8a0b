package org.governance.wire;

import jakarta.ws.rs.BadRequestException;

/**
 * A path or query parameter that cannot be read, with its name. Thrown by the parameter converters: RESTEasy
 * Reactive passes a {@code WebApplicationException} from a converter on unchanged, so that {@link ProblemMappers}
 * answers the same named {@code invalid-parameter} problem as a service's own checks.
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
