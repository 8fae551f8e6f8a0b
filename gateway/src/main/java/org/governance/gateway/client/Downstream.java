package org.governance.gateway.client;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Every call to a service goes through here: it is counted (metric {@code gateway_downstream_requests_total}), and
 * a failure becomes a GraphQL error that names the service: its problem's detail for 400/404/409/422, "unavailable"
 * for the rest.
 */
@ApplicationScoped
public class Downstream {

    private static final Logger LOG = Logger.getLogger(Downstream.class);

    private final MeterRegistry metrics;
    private final ObjectMapper json;

    public Downstream(MeterRegistry metrics, ObjectMapper json) {
        this.metrics = metrics;
        this.json = json;
    }

    /** Counts one request to the service; called inside the fault-tolerant method, so that retries count too. */
    public void count(String service) {
        metrics.counter("gateway.downstream.requests", "service", service).increment();
    }

    public <T> T call(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            throw translate(service, e);
        } catch (FaultToleranceException | ProcessingException e) {
            LOG.warnf("%s did not answer: %s", service, e.toString());
            throw new Errors.ServiceUnavailable(service + " is unavailable (" + reason(e) + "); its part of the answer is missing",
                    service);
        }
    }

    private GatewayException translate(String service, WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Problem problem = problem(e);
        String detail = problem.detail == null ? "HTTP " + status : problem.detail;
        return switch (status) {
            case 404 -> new Errors.NotFound(detail, service);
            case 409 -> new Errors.Conflict(detail, service, problem.field);
            case 400, 413, 415, 422 -> new Errors.InvalidInput(detail, service, status, problem.field);
            default -> {
                LOG.warnf("%s answered %d", service, status);
                yield new Errors.ServiceUnavailable(service + " failed (HTTP " + status + "); its part of the answer is missing", service);
            }
        };
    }

    private record Problem(String detail, String field) {
    }

    private Problem problem(WebApplicationException e) {
        try {
            String body = e.getResponse().readEntity(String.class);
            JsonNode node = json.readTree(body);
            JsonNode errors = node.path("errors");
            String field = errors.isArray() && !errors.isEmpty() ? errors.get(0).path("field").asText(null) : null;
            return new Problem(node.path("detail").asText(null), field);
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException unreadable) {
            return new Problem(null, null);
        }
    }

    private static String reason(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().contains("Timeout")) {
                return "timed out";
            }
        }
        if (e instanceof org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException) {
            return "circuit open after repeated failures";
        }
        return "not reachable";
    }
}
