package org.governance.gateway.client;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.governance.gateway.graphql.QueryLimits;

/**
 * The one call path to a service: every method of a {@link CallsService} client goes through {@link Downstream}.
 * It runs before (outside) fault tolerance, so that the timeout, retries and circuit breaker all happen on the
 * call's own thread.
 */
@CallsService
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DownstreamCalls {

    private final Downstream downstream;
    private final QueryLimits limits;

    DownstreamCalls(Downstream downstream, QueryLimits limits) {
        this.downstream = downstream;
        this.limits = limits;
    }

    @AroundInvoke
    Object call(InvocationContext context) throws Exception {
        limits.check(context.getMethod(), context.getParameters());
        CallsService service = context.getMethod().getDeclaringClass().getAnnotation(CallsService.class);
        return downstream.call(service.value(), () -> {
            try {
                return context.proceed();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
