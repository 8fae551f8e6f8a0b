package org.governance.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;

/** Pages of GraphQL lists (GraphQL types cannot be generic). */
public final class Pages {

    private Pages() {
    }

    @Description("A page of companies")
    public record CompanyPage(List<Company> items, int page, int size, long totalItems, long totalPages) {
    }

    @Description("A page of transactions")
    public record TransactionPage(List<Transaction> items, int page, int size, long totalItems, long totalPages) {
    }
}
