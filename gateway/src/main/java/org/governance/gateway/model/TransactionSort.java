package org.governance.gateway.model;

import org.eclipse.microprofile.graphql.Description;

/** The order of a transaction search; ties in filing order. */
@Description("Order of a transaction search: by trade date (the default), value (shares x price) or shares; _DESC for largest or newest first")
public enum TransactionSort {
    DATE("DATE"), DATE_DESC("DATE,DESC"), VALUE("VALUE"), VALUE_DESC("VALUE,DESC"), SHARES("SHARES"), SHARES_DESC("SHARES,DESC");

    private final String parameter;

    TransactionSort(String parameter) {
        this.parameter = parameter;
    }

    /** As filings-service's sort parameter writes it. */
    public String parameter() {
        return parameter;
    }
}
