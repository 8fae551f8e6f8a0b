package org.governance.filings.repository;

import java.time.LocalDate;
import java.util.Set;

import org.governance.filings.edgar.OwnershipDocument.Table;

/** Filters for a transaction search; empty sets and nulls filter nothing. */
public record TransactionQuery(Set<String> ownerCiks, Set<String> issuerCiks, LocalDate from, LocalDate to, Set<String> codes,
        Table table, boolean includeSuperseded) {
}
