package org.governance.gateway.graphql.error;

import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.governance.wire.Traces;

import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.language.Argument;
import graphql.language.StringValue;
import graphql.language.VariableReference;

import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.transformation.TransformException;

/**
 * An argument SmallRye could not turn into its Java type (a day such as 2024-02-30) is INVALID_INPUT naming the
 * argument and the rule. SmallRye's own handler answered with the Java exception as the message
 * ({@code java.time.format.DateTimeParseException: Text '2024-02-30' ...}); every other error still goes to it.
 * Registered through META-INF/services and switched on by {@code graphql.argument-errors.enabled}.
 */
public class ArgumentErrors implements EventingService, DataFetcherExceptionHandler {

    private final DataFetcherExceptionHandler smallRye = new ExceptionHandler();

    @Override
    public String getConfigKey() {
        return "graphql.argument-errors.enabled";
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return builder.defaultDataFetcherExceptionHandler(this);
    }

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters parameters) {
        TransformException transform = find(parameters.getException(), TransformException.class);
        if (transform == null) {
            return smallRye.handleException(parameters);
        }
        DateTimeParseException date = find(transform, DateTimeParseException.class);
        String text = date != null ? date.getParsedString() : null;
        String argument = text == null ? null : argumentWithValue(parameters, text);
        String message = date != null
                ? (argument == null ? "" : argument + " ") + "'" + text + "' is not a day: expected YYYY-MM-DD, a date the calendar has"
                : "An argument of " + parameters.getDataFetchingEnvironment().getField().getName() + " has a value of the wrong type";
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult()
                .error(GraphqlErrorBuilder.newError(parameters.getDataFetchingEnvironment()).message(message)
                        .extensions(extensions(argument))
                        .build())
                .build());
    }

    private static Map<String, Object> extensions(String argument) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", "INVALID_INPUT");
        if (argument != null) {
            extensions.put("field", argument);
        }
        String traceId = Traces.currentTraceId();
        if (traceId != null) {
            extensions.put("traceId", traceId);
        }
        return extensions;
    }

    /** The argument of the field whose literal, or whose variable's value, is the text. */
    private static String argumentWithValue(DataFetcherExceptionHandlerParameters parameters, String text) {
        var environment = parameters.getDataFetchingEnvironment();
        for (Argument argument : environment.getField().getArguments()) {
            if (argument.getValue() instanceof StringValue literal && text.equals(literal.getValue())) {
                return argument.getName();
            }
            if (argument.getValue() instanceof VariableReference variable
                    && text.equals(String.valueOf(environment.getVariables().get(variable.getName())))) {
                return argument.getName();
            }
        }
        return null;
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
