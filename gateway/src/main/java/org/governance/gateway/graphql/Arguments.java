package org.governance.gateway.graphql;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.gateway.config.GatewayConfig;
import org.governance.gateway.graphql.error.Errors;
import org.governance.gateway.model.Inputs.PageInput;

/** Checks GraphQL arguments the schema cannot: page bounds, and defaults that depend on the day. */
@ApplicationScoped
public class Arguments {

    /** A checked page request. */
    public record PageRequest(int page, int size) {
    }

    private final GatewayConfig config;

    public Arguments(GatewayConfig config) {
        this.config = config;
    }

    public PageRequest page(PageInput input) {
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

    public static LocalDate dayOrToday(LocalDate day) {
        return day == null ? LocalDate.now() : day;
    }
}
