package org.governance.filings.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.governance.filings.edgar.OwnershipDocument.Table;
import org.governance.filings.mapping.SummaryResponse;
import org.governance.filings.mapping.TransactionRecord;
import org.governance.filings.repository.TransactionQuery;
import org.governance.filings.service.FilingQueryService;
import org.governance.wire.Page;
import org.governance.wire.RequestParams;
import org.governance.wire.Roles;

import io.quarkus.security.Authenticated;

@Authenticated
@Path("/")
@Tag(name = "Transactions", description = "Insider transactions across filings")
@Produces(MediaType.APPLICATION_JSON)
public class TransactionResource {

    private static final java.util.Set<String> CODES = java.util.Set.of("A", "C", "D", "E", "F", "G", "H", "I", "J", "L",
            "M", "O", "P", "S", "U", "W", "X", "Z");

    private final FilingQueryService query;
    private final RequestParams params;

    public TransactionResource(FilingQueryService query, RequestParams params) {
        this.query = query;
        this.params = params;
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("transactions")
    @Operation(summary = "Transactions of many owners, an issuer, a period and codes, in one call", description = "Ordered by transaction date, accession, table, row. Superseded filings (amended since) are left out unless includeSuperseded=true.")
    public Page<TransactionRecord> transactions(
            @Parameter(description = "Comma-separated reporting owner CIKs", example = "1254781") @QueryParam("ownerCiks") String ownerCiks,
            @Parameter(example = "1107843") @QueryParam("issuerCik") String issuerCik,
            @Parameter(description = "Comma-separated issuer CIKs", example = "1107843,789019") @QueryParam("issuerCiks") String issuerCiks,
            @Parameter(example = "2024-Q3") @QueryParam("quarter") String quarter,
            @Parameter(example = "2024-07-01") @QueryParam("from") String from,
            @Parameter(example = "2024-09-30") @QueryParam("to") String to,
            @Parameter(description = "Comma-separated transaction codes", example = "S,P") @QueryParam("codes") String codes,
            @Parameter(description = "NON_DERIVATIVE or DERIVATIVE; both when absent") @QueryParam("table") String table,
            @QueryParam("includeSuperseded") String includeSuperseded,
            @Parameter(description = "Only trades worth at least this much (shares x price)", example = "100000") @QueryParam("minValue") String minValue,
            @Parameter(description = "Comma-separated roles of a reporting owner: DIRECTOR, OFFICER, TEN_PERCENT_OWNER, OTHER", example = "DIRECTOR,OFFICER") @QueryParam("roles") String roles,
            @Parameter(description = "true: only trades under a Rule 10b5-1 plan (checkbox or footnote); false: only trades without") @QueryParam("underPlan") String underPlan,
            @Parameter(description = "true: only Form 4 trades reported late; false: only those reported in time") @QueryParam("late") String late,
            @Parameter(description = "DATE (default), VALUE or SHARES, optionally followed by ,DESC", example = "VALUE,DESC") @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        TransactionParams.Period period = TransactionParams.period(params, quarter, from, to);
        var issuers = new java.util.LinkedHashSet<>(params.ciks("issuerCiks", issuerCiks));
        if (issuerCik != null) {
            issuers.add(params.cik("issuerCik", issuerCik));
        }
        TransactionQuery filter = new TransactionQuery(params.ciks("ownerCiks", ownerCiks), issuers, period.from(), period.to(),
                params.codes("codes", codes, CODES), params.enumValue("table", table, Table.class),
                params.bool("includeSuperseded", includeSuperseded), params.amount("minValue", minValue),
                params.enumValues("roles", roles, TransactionQuery.OwnerRole.class), params.optionalBool("underPlan", underPlan),
                params.optionalBool("late", late), TransactionParams.sort(params, "sort", sort));
        return query.transactions(filter, params.page(page, size));
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("owners/{cik}/summary")
    @Operation(summary = "What a reporting owner acquired and disposed of, per code, over a quarter or period", description = "Non-derivative transactions unless table=DERIVATIVE")
    public SummaryResponse ownerSummary(@PathParam("cik") String cik, @QueryParam("quarter") String quarter,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("table") String table) {
        String owner = params.cik("cik", cik);
        TransactionParams.Period period = TransactionParams.period(params, quarter, from, to);
        return query.summary(owner, period.quarter(), TransactionQuery.of(java.util.Set.of(owner), java.util.Set.of(), period.from(),
                period.to(), java.util.Set.of(), tableOrDefault(table), false));
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("issuers/{cik}/summary")
    @Operation(summary = "What insiders of an issuer acquired and disposed of, per code, over a quarter or period", description = "Non-derivative transactions unless table=DERIVATIVE")
    public SummaryResponse issuerSummary(@PathParam("cik") String cik, @QueryParam("quarter") String quarter,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("table") String table) {
        String issuer = params.cik("cik", cik);
        TransactionParams.Period period = TransactionParams.period(params, quarter, from, to);
        return query.summary(issuer, period.quarter(), TransactionQuery.of(java.util.Set.of(), java.util.Set.of(issuer), period.from(),
                period.to(), java.util.Set.of(), tableOrDefault(table), false));
    }

    private Table tableOrDefault(String table) {
        Table chosen = params.enumValue("table", table, Table.class);
        return chosen == null ? Table.NON_DERIVATIVE : chosen;
    }
}
