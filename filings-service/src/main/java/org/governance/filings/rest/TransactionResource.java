package org.governance.filings.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
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
import org.governance.filings.edgar.OwnershipXmlParser;
import org.governance.filings.mapping.InsidersResponse;
import org.governance.filings.mapping.IssuerResponse;
import org.governance.filings.mapping.SummaryResponse;
import org.governance.filings.mapping.TransactionRecord;
import org.governance.filings.model.TransactionQuery;
import org.governance.filings.service.FilingQueryService;
import org.governance.wire.Cik;
import org.governance.wire.CikList;
import org.governance.wire.Page;
import org.governance.wire.PageParams;
import org.governance.wire.Quarter;
import org.governance.wire.RequestParams;
import org.governance.wire.Roles;

import io.quarkus.security.Authenticated;

@Authenticated
@Path("/")
@Tag(name = "Transactions", description = "Insider transactions across filings")
@Produces(MediaType.APPLICATION_JSON)
public class TransactionResource {

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
            @Parameter(description = "Comma-separated reporting owner CIKs", example = "1254781") @QueryParam("ownerCiks") CikList ownerCiks,
            @Parameter(example = "1107843") @QueryParam("issuerCik") Cik issuerCik,
            @Parameter(description = "Comma-separated issuer CIKs", example = "1107843,789019") @QueryParam("issuerCiks") CikList issuerCiks,
            @Parameter(example = "2024-Q3") @QueryParam("quarter") Quarter quarter,
            @Parameter(example = "2024-07-01") @QueryParam("from") LocalDate from,
            @Parameter(example = "2024-09-30") @QueryParam("to") LocalDate to,
            @Parameter(description = "Comma-separated transaction codes", example = "S,P") @QueryParam("codes") String codes,
            @Parameter(description = "NON_DERIVATIVE or DERIVATIVE; both when absent") @QueryParam("table") String table,
            @QueryParam("includeSuperseded") String includeSuperseded,
            @Parameter(description = "Only trades worth at least this much (shares x price)", example = "100000") @QueryParam("minValue") String minValue,
            @Parameter(description = "Comma-separated roles of a reporting owner: DIRECTOR, OFFICER, TEN_PERCENT_OWNER, OTHER", example = "DIRECTOR,OFFICER") @QueryParam("roles") String roles,
            @Parameter(description = "true: only trades under a Rule 10b5-1 plan (checkbox or footnote); false: only trades without") @QueryParam("underPlan") String underPlan,
            @Parameter(description = "true: only Form 4 trades reported late; false: only those reported in time") @QueryParam("late") String late,
            @Parameter(description = "DATE (default), VALUE or SHARES, optionally followed by ,DESC", example = "VALUE,DESC") @QueryParam("sort") String sort,
            @BeanParam PageParams page) {
        TransactionParams.Period period = TransactionParams.period(quarter, from, to);
        var issuers = new java.util.LinkedHashSet<>(CikList.of(issuerCiks));
        if (issuerCik != null) {
            issuers.add(issuerCik.value());
        }
        TransactionQuery filter = new TransactionQuery(CikList.of(ownerCiks), issuers, period.from(), period.to(),
                params.codes("codes", codes, OwnershipXmlParser.TRANSACTION_CODES), params.enumValue("table", table, Table.class),
                params.bool("includeSuperseded", includeSuperseded), params.amount("minValue", minValue),
                params.enumValues("roles", roles, TransactionQuery.OwnerRole.class), params.optionalBool("underPlan", underPlan),
                params.optionalBool("late", late), TransactionParams.sort(params, "sort", sort));
        return query.transactions(filter, params.page(page));
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("owners/{cik}/summary")
    @Operation(summary = "What a reporting owner acquired and disposed of, per code, over a quarter or period", description = "Non-derivative transactions unless table=DERIVATIVE")
    public SummaryResponse ownerSummary(@PathParam("cik") Cik cik, @QueryParam("quarter") Quarter quarter,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to, @QueryParam("table") String table) {
        TransactionParams.Period period = TransactionParams.period(quarter, from, to);
        return query.ownerSummary(cik.value(), period.quarter(), period.from(), period.to(),
                params.enumValue("table", table, Table.class));
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("issuers/{cik}/summary")
    @Operation(summary = "What insiders of an issuer acquired and disposed of, per code, over a quarter or period", description = "Non-derivative transactions unless table=DERIVATIVE")
    public SummaryResponse issuerSummary(@PathParam("cik") Cik cik, @QueryParam("quarter") Quarter quarter,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to, @QueryParam("table") String table) {
        TransactionParams.Period period = TransactionParams.period(quarter, from, to);
        return query.issuerSummary(cik.value(), period.quarter(), period.from(), period.to(),
                params.enumValue("table", table, Table.class));
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("issuers")
    @Operation(summary = "The issuers that filings name", description = "With a filing filed (its period of report when the filing"
            + " date is unknown) from filedFrom to filedTo, both optional; by CIK")
    public Page<IssuerResponse> issuers(@Parameter(example = "2024-07-01") @QueryParam("filedFrom") LocalDate filedFrom,
            @Parameter(example = "2024-09-30") @QueryParam("filedTo") LocalDate filedTo, @BeanParam PageParams page) {
        return query.issuers(filedFrom, filedTo, params.page(page));
    }

    @RolesAllowed(Roles.READER)
    @GET
    @Path("issuers/{cik}/insiders")
    @Operation(summary = "An issuer's insiders as its filings report them", description = "Each reporting owner with the relationships"
            + " of their latest filing (director, officer and title, 10% owner, other), their first and last filing dates, the"
            + " exit mark (no longer subject to Section 16) and what they last reported holding, counting filings up to asOf")
    public InsidersResponse insiders(@PathParam("cik") Cik cik,
            @Parameter(description = "Filings up to this day; today when absent", example = "2024-09-30") @QueryParam("asOf") LocalDate asOf) {
        return query.insiders(cik.value(), asOf == null ? LocalDate.now() : asOf);
    }
}
