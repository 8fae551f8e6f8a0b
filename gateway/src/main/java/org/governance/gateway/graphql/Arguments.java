package org.governance.gateway.graphql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.governance.gateway.config.GatewayConfig;
import org.governance.gateway.graphql.error.Errors;
import org.governance.gateway.model.Inputs.PageInput;

import graphql.language.Argument;
import graphql.language.IntValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.schema.DataFetchingEnvironment;

import io.smallrye.graphql.api.Context;

/** Checks GraphQL arguments the schema cannot: page bounds, and defaults that depend on the day. */
@ApplicationScoped
public class Arguments {

    /** A checked page request. */
    public record PageRequest(int page, int size) {
    }

    private final GatewayConfig config;
    private final Instance<Context> context;

    public Arguments(GatewayConfig config, Instance<Context> context) {
        this.config = config;
        this.context = context;
    }

    public PageRequest page(PageInput input) {
        beyondInt("page", "page");
        beyondInt("page", "size");
        int page = input == null || input.page() == null ? 0 : input.page();
        int size = input == null || input.size() == null ? config.defaultPageSize() : input.size();
        if (page < 0) {
            throw new Errors.LimitExceeded("page must be 0 or more", "page.page");
        }
        if (size < 1 || size > config.maxPageSize()) {
            throw new Errors.LimitExceeded("Page size " + size + " is outside the limit: the maximum page size is "
                    + config.maxPageSize(), "page.size");
        }
        return new PageRequest(page, size);
    }

    /**
     * An id argument (GraphQL ID, sent as text): a positive whole number that fits a 64-bit id. Read here, named when
     * wrong: an ID beyond 2^63 was otherwise folded onto a small id and answered as that one.
     */
    public static long id(String text, String argument) {
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        String shown = text.length() <= 40 ? text : text.substring(0, 40) + "...";
        throw new Errors.InvalidInput(argument + " '" + shown + "' is not an id: expected a positive whole number below 2^63",
                null, null, argument);
    }

    /**
     * SmallRye reads an Int field of an input object from the number as sent and keeps its low 32 bits (a page size of
     * 99,999,999,999 was read as 1,215,752,191): the number as sent is checked here, before it is used.
     */
    private void beyondInt(String argument, String field) {
        DataFetchingEnvironment environment = environment(context);
        if (environment == null) {
            return;
        }
        Object number = sentNumber(environment, argument, field);
        if (number != null && new BigDecimal(number.toString()).abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new Errors.LimitExceeded(argument + "." + field + " " + number + " is outside the limit: "
                    + ("size".equals(field) ? "the maximum page size is " + config.maxPageSize() : "a page number is at most " + Integer.MAX_VALUE),
                    argument + "." + field);
        }
    }

    /** graphql-java's view of the field being resolved, or null outside a GraphQL request. */
    static DataFetchingEnvironment environment(Instance<Context> context) {
        try {
            return context.get().unwrap(DataFetchingEnvironment.class);
        } catch (RuntimeException notInAGraphQLRequest) {
            return null;
        }
    }

    /** The number of an input object's field as the query wrote it (a literal) or as its variables sent it. */
    private static Object sentNumber(DataFetchingEnvironment environment, String argument, String field) {
        for (Argument written : environment.getField().getArguments()) {
            if (written.getName().equals(argument) && written.getValue() instanceof ObjectValue object) {
                for (ObjectField objectField : object.getObjectFields()) {
                    if (objectField.getName().equals(field) && objectField.getValue() instanceof IntValue literal) {
                        return literal.getValue();
                    }
                }
            }
        }
        Object sent = environment.getArgument(argument);
        return sent instanceof Map<?, ?> fields && fields.get(field) instanceof Number number ? number : null;
    }

    public static LocalDate dayOrToday(LocalDate day) {
        return day == null ? LocalDate.now() : day;
    }
}
