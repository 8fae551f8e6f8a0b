package org.governance.gateway.graphql;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.governance.gateway.config.GatewayConfig;
import org.governance.gateway.graphql.error.Errors;
import org.governance.wire.Text;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;

import io.smallrye.graphql.api.Context;

/**
 * What the gateway decides before it calls a service, because it can tell on its own: a query that fans out over
 * more root fields than {@code gateway.max-root-fields} (130 aliases of {@code companies} were 130 calls), and an
 * argument no service could take (text with a NUL character or longer than {@value #MAX_TEXT}, a day whose year
 * has more than four digits). Each is a GraphQL error naming the argument, never a call that fails as an outage.
 */
@ApplicationScoped
public class QueryLimits {

    public static final int MAX_TEXT = 1000;

    private final GatewayConfig config;
    private final Instance<Context> context;

    QueryLimits(GatewayConfig config, Instance<Context> context) {
        this.config = config;
        this.context = context;
    }

    /** Checks the call a resolver is about to make; throws the GraphQL error when it must not be made. */
    public void check(Method call, Object[] arguments) {
        checkRootFields();
        Parameter[] parameters = call.getParameters();
        for (int i = 0; i < arguments.length && i < parameters.length; i++) {
            checkValue(parameters[i].getName(), arguments[i]);
        }
    }

    private void checkRootFields() {
        DataFetchingEnvironment environment = Arguments.environment(context);
        if (environment == null || environment.getOperationDefinition() == null) {
            return;
        }
        int fields = count(environment.getOperationDefinition().getSelectionSet(), environment.getFragmentsByName(), 0);
        if (fields > config.maxRootFields()) {
            throw new Errors.LimitExceeded("The query asks for " + fields + " fields at its root; at most " + config.maxRootFields()
                    + " are answered in one request, as each root field costs calls to the services: send several requests",
                    "query");
        }
    }

    /** Root fields, through fragments, without __typename; each fragment counted once per use, at most a few levels. */
    private static int count(SelectionSet selections, Map<String, FragmentDefinition> fragments, int depth) {
        if (selections == null || depth > 8) {
            return 0;
        }
        int fields = 0;
        List<Selection> all = selections.getSelections();
        for (Selection<?> selection : all) {
            if (selection instanceof Field field) {
                fields += field.getName().startsWith("__") ? 0 : 1;
            } else if (selection instanceof InlineFragment inline) {
                fields += count(inline.getSelectionSet(), fragments, depth + 1);
            } else if (selection instanceof FragmentSpread spread && fragments.get(spread.getName()) != null) {
                fields += count(fragments.get(spread.getName()).getSelectionSet(), fragments, depth + 1);
            }
        }
        return fields;
    }

    private static void checkValue(String argument, Object value) {
        if (value instanceof String text) {
            String problem = Text.problem(text);
            if (problem != null) {
                throw new Errors.InvalidInput(argument + " " + problem, null, null, argument);
            }
            if (text.length() > MAX_TEXT) {
                throw new Errors.InvalidInput(argument + " is " + text.length() + " characters long; at most " + MAX_TEXT + " are accepted",
                        null, null, argument);
            }
        } else if (value instanceof LocalDate day && (day.getYear() < 1 || day.getYear() > 9999)) {
            throw new Errors.InvalidInput(argument + " '" + day + "' is not a day of the years 0001 to 9999", null, null, argument);
        } else if (value instanceof Collection<?> values) {
            values.forEach(item -> checkValue(argument, item));
        }
    }
}
