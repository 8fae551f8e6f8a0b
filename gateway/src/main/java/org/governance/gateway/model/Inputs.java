package org.governance.gateway.model;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** GraphQL inputs; each is sent on to the owning service, which checks it. */
public final class Inputs {

    private Inputs() {
    }

    @Input("PageInput")
    @Description("Zero-based page and its size (1 to the gateway's maximum page size)")
    public record PageInput(Integer page, Integer size) {
    }

    @Input("CompanyInput")
    public record CompanyInput(String cik, String name, String ticker, String exchange, String fiscalYearEnd,
            Boolean classifiedBoard, String source) {
    }

    @Input("PersonInput")
    public record PersonInput(String fullName, String cik, String edgarName, Boolean illustrative, String source) {
    }

    @Input("DirectorInput")
    @Description("A board seat; on update, only the fields given change")
    public record DirectorInput(String companyCik, Long personId, Boolean independent, LocalDate independenceDeterminedOn,
            String directorClass, Integer termExpiresYear, LocalDate firstElected, LocalDate leftOn, List<String> roles,
            String executiveTitle, Boolean auditCommitteeFinancialExpert, Boolean illustrative, String source) {
    }

    @Input("CommitteeInput")
    public record CommitteeInput(String companyCik, CommitteeType type, String name, Boolean standing, String charterUrl,
            String charterText, LocalDate charterReviewedOn, LocalDate formedOn, LocalDate dissolvedOn, Boolean illustrative,
            String source) {
    }

    @Input("MembershipInput")
    public record MembershipInput(Long directorId, String role, LocalDate from, LocalDate to, Boolean financialExpert,
            Boolean illustrative, String source) {
    }

    @Input("TransactionFilter")
    @Description("Filters combine; quarter (YYYY-Qn) or from/to")
    public record TransactionFilter(List<String> ownerCiks, List<String> issuerCiks, String quarter, LocalDate from,
            LocalDate to, List<String> codes, @Description("NON_DERIVATIVE or DERIVATIVE") String table,
            Boolean includeSuperseded) {
    }
}
