package org.governance.filings.mapping;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The days a backfill reads from EDGAR's daily indexes, both included. */
@Schema(name = "BackfillRequest")
public record BackfillRequest(
        @NotNull @Schema(examples = "2024-07-01", description = "The first day (from 2003-06-30)") LocalDate from,
        @NotNull @Schema(examples = "2024-07-05", description = "The last day, before today") LocalDate to) {
}
