package org.governance.gateway.client;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

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

    DownstreamCalls(Downstream downstream) {
        this.downstream = downstream;
    }

    @AroundInvoke
    Object call(InvocationContext context) throws Exception {
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
