package org.governance.gateway.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.context.ThreadContext;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.governance.gateway.config.GatewayConfig;
import org.governance.gateway.graphql.error.Errors;
import org.governance.gateway.graphql.error.GatewayException;
import org.governance.wire.Problem;
import org.jboss.logging.Logger;

import io.smallrye.stork.api.NoServiceInstanceFoundException;

/**
 * Every call to a service goes through here ({@link DownstreamCalls} sends each method of a client): it runs on a
 * thread of a bounded pool ({@code gateway.downstream-threads}), and a failure becomes a GraphQL error that names the
 * service: its problem's detail for 400/404/409/422, "unavailable" for the rest, including no instance known to
 * service discovery. {@link RequestCounter} counts the requests themselves.
 */
@ApplicationScoped
public class Downstream {

    private static final Logger LOG = Logger.getLogger(Downstream.class);

    private final ObjectMapper json;
    private final ThreadContext context;
    private final ExecutorService callers;

    public Downstream(ObjectMapper json, ThreadContext context, GatewayConfig config) {
        this.json = json;
        this.context = context;
        // calls beyond the bound wait in the queue: the pool caps the threads, not the requests
        this.callers = Executors.newFixedThreadPool(config.downstreamThreads(), CallThread::new);
    }

    /** A thread of the pool: a call made on it (a client called inside a started call) runs there directly. */
    private static final class CallThread extends Thread {
        CallThread(Runnable runnable) {
            super(runnable, "downstream-call");
            setDaemon(true);
        }
    }

    @PreDestroy
    void stop() {
        callers.shutdownNow();
    }

    /**
     * Makes the call on a thread of its own that carries the request's CDI context (so the caller's token still goes
     * on) but no Vert.x context. Not on the resolver's thread, nor on a Quarkus executor thread (which carries the
     * request's Vert.x context along): SmallRye GraphQL runs a blocking resolver as an ordered task of that context,
     * and Stork's kubernetes discovery queues its Kubernetes API lookup as another ordered task of the caller's
     * context, which would wait for the resolver to end, that is for the timeout (seen in KubernetesDiscoveryTest).
     */
    public <T> T call(String service, Supplier<T> call) {
        if (Thread.currentThread() instanceof CallThread) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                throw unwrap(service, e);
            }
        }
        return await(service, start(call));
    }

    /** Starts a call without waiting for it, so that independent calls run side by side; {@link #await} ends it. */
    public <T> CompletableFuture<T> start(Supplier<T> call) {
        return CompletableFuture.supplyAsync(context.contextualSupplier(call), callers);
    }

    /** The answer of a started call, or its failure as the GraphQL error that names the service. */
    public <T> T await(String service, CompletableFuture<T> started) {
        try {
            return started.join();
        } catch (CompletionException e) {
            throw unwrap(service, e.getCause());
        }
    }

    private RuntimeException unwrap(String service, Throwable failure) {
        if (failure instanceof WebApplicationException e) {
            return translate(service, e);
        }
        if (failure instanceof FaultToleranceException || failure instanceof ProcessingException) {
            LOG.warnf("%s did not answer: %s", service, failure.toString());
            return new Errors.ServiceUnavailable(service + " is unavailable (" + reason(failure) + "); its part of the answer is missing",
                    service);
        }
        if (failure instanceof NoServiceInstanceFoundException) {
            // service discovery (Kubernetes profile) knows no ready instance of the service
            LOG.warnf("%s has no instance: %s", service, failure.getMessage());
            return new Errors.ServiceUnavailable(service + " is unavailable (no running instance found); its part of the answer is missing",
                    service);
        }
        return failure instanceof RuntimeException e ? e : new IllegalStateException(failure);
    }

    private GatewayException translate(String service, WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Problem problem = problem(e);
        String detail = problem == null || problem.detail() == null ? "HTTP " + status : problem.detail();
        String field = problem == null ? null : problem.firstField();
        return switch (status) {
            case 404 -> new Errors.NotFound(detail, service);
            case 409 -> new Errors.Conflict(detail, service, field);
            case 400, 413, 415, 422 -> new Errors.InvalidInput(detail, service, status, field);
            default -> {
                LOG.warnf("%s answered %d", service, status);
                yield new Errors.ServiceUnavailable(service + " failed (HTTP " + status + "); its part of the answer is missing", service);
            }
        };
    }

    /** The service's problem body (the wire contract every service answers with), or null when it sent none. */
    private Problem problem(WebApplicationException e) {
        try {
            return json.readValue(e.getResponse().readEntity(String.class), Problem.class);
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException unreadable) {
            return null;
        }
    }

    private static String reason(Throwable e) {
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
