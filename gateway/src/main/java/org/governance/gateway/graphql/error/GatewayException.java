package org.governance.gateway.graphql.error;

/**
 * A GraphQL error the gateway reports: its message is shown to the caller, and extensions carry a stable
 * {@code code} (from {@link io.smallrye.graphql.api.ErrorCode}) and, when a service answered or failed, its name.
 */
public abstract class GatewayException extends RuntimeException {

    private final String service;
    private final Integer status;
    private final String field;

    protected GatewayException(String message, String service, Integer status, String field) {
        super(message);
        this.service = service;
        this.status = status;
        this.field = field;
    }

    /** The downstream service concerned, or null for the gateway itself. */
    public String service() {
        return service;
    }

    /** The downstream HTTP status, when a service answered. */
    public Integer status() {
        return status;
    }

    /** The input field or parameter at fault, when known. */
    public String field() {
        return field;
    }
}
