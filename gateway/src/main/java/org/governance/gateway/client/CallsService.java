package org.governance.gateway.client;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a client bean whose every method is a call to the named service: {@link DownstreamCalls} runs it through
 * {@link Downstream} (its own thread, and a failure as the GraphQL error that names the service).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface CallsService {

    /** The service's name, as GraphQL errors and the metrics give it. */
    @Nonbinding
    String value() default "";
}
