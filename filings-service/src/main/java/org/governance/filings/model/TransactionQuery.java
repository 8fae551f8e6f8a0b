package org.governance.filings.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.governance.filings.edgar.OwnershipDocument.Table;

/**
 * Filters for a transaction search; empty sets and nulls filter nothing. {@code roles} keeps transactions of filings
 * with a reporting owner in one of the roles; {@code underPlan} and {@code late} use the verdicts stored at ingest.
 */
public record TransactionQuery(Set<String> ownerCiks, Set<String> issuerCiks, LocalDate from, LocalDate to, Set<String> codes,
        Table table, boolean includeSuperseded, BigDecimal minValue, Set<OwnerRole> roles, Boolean underPlan, Boolean late,
        Sort sort) {

    /** A reporting owner's relationship to the issuer, as the filing states it. */
    public enum OwnerRole {
        DIRECTOR, OFFICER, TEN_PERCENT_OWNER, OTHER
    }

    /** The order of a search: by date (the default), value or shares, either way; ties in filing order. */
    public record Sort(Key key, boolean descending) {
        public enum Key {
            DATE, VALUE, SHARES
        }

        public static final Sort DEFAULT = new Sort(Key.DATE, false);
    }

    /** A search by owners, issuers, period, codes and table only, in date order. */
    public static TransactionQuery of(Set<String> ownerCiks, Set<String> issuerCiks, LocalDate from, LocalDate to, Set<String> codes,
            Table table, boolean includeSuperseded) {
        return new TransactionQuery(ownerCiks, issuerCiks, from, to, codes, table, includeSuperseded, null, Set.of(), null, null,
                Sort.DEFAULT);
    }
}
