package org.governance.gateway.graphql.error;

import io.smallrye.graphql.api.ErrorCode;

/** The gateway's GraphQL errors, one class per stable code. */
public final class Errors {

    private Errors() {
    }

    @ErrorCode("NOT_FOUND")
    public static class NotFound extends GatewayException {
        public NotFound(String message, String service) {
            super(message, service, 404, null);
        }
    }

    @ErrorCode("CONFLICT")
    public static class Conflict extends GatewayException {
        public Conflict(String message, String service, String field) {
            super(message, service, 409, field);
        }
    }

    @ErrorCode("INVALID_INPUT")
    public static class InvalidInput extends GatewayException {
        public InvalidInput(String message, String service, Integer status, String field) {
            super(message, service, status, field);
        }
    }

    @ErrorCode("SERVICE_UNAVAILABLE")
    public static class ServiceUnavailable extends GatewayException {
        public ServiceUnavailable(String message, String service) {
            super(message, service, null, null);
        }
    }

    @ErrorCode("LIMIT_EXCEEDED")
    public static class LimitExceeded extends GatewayException {
        public LimitExceeded(String message, String field) {
            super(message, null, null, field);
        }
    }
}
