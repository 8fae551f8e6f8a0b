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
            Boolean includeSuperseded,
            @Description("Only trades worth at least this much (shares x price)") java.math.BigDecimal minValue,
            @Description("Only trades of filings with a reporting owner in one of these roles") List<OwnerRole> roles,
            @Description("true: only trades under a Rule 10b5-1 plan (checkbox or footnote); false: only trades without") Boolean underPlan,
            @Description("true: only Form 4 trades reported late; false: only those reported in time") Boolean late,
            @Description("Only trades of people who sat on a committee of one of these types of the issuer at some time in the"
                    + " period (matched by their SEC CIK); needs issuerCiks (at most 20)") List<CommitteeType> committeeTypes) {

        public static TransactionFilter none() {
            return new TransactionFilter(null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }
}
