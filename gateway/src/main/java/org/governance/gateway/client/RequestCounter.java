package org.governance.gateway.client;

import java.lang.reflect.Method;
import java.util.Map;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts every HTTP request to a service, retries and further pages included (metric
 * {@code gateway_downstream_requests_total{service=...}}); registered on the three REST client interfaces.
 */
public class RequestCounter implements ClientRequestFilter {

    private static final String INVOKED_METHOD = "org.eclipse.microprofile.rest.client.invokedMethod";
    private static final Map<Class<?>, String> SERVICES = Map.of(DirectorsApi.class, DirectorsClient.SERVICE,
            CommitteesApi.class, CommitteesClient.SERVICE, FilingsApi.class, FilingsClient.SERVICE);

    private final MeterRegistry metrics;

    public RequestCounter(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    @Override
    public void filter(ClientRequestContext request) {
        Object invoked = request.getProperty(INVOKED_METHOD);
        String service = invoked instanceof Method method ? SERVICES.getOrDefault(method.getDeclaringClass(), "unknown") : "unknown";
        metrics.counter("gateway.downstream.requests", "service", service).increment();
    }
}
