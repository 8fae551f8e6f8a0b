package org.governance.committees.mapping;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommitteeComplianceReport", description = "The committee rules checked on one day")
public record ComplianceReport(
        @Schema(examples = "0001107843") String companyCik,
        @Schema(examples = "2024-09-30") LocalDate asOf,
        @Schema(description = "True when no check failed") boolean passed,
        List<ComplianceCheck> checks) {

    public enum Status {
        PASS, FAIL, NOT_APPLICABLE
    }

    @Schema(name = "ComplianceCheck")
    public record ComplianceCheck(
            @Schema(examples = "AUDIT_COMMITTEE_SIZE") String id,
            @Schema(examples = "The audit committee has at least three members") String rule,
            Status status,
            @Schema(examples = "3 members: ...") String facts,
            @Schema(examples = "Nasdaq Rule 5605(c)(2)(A)") String source) {
    }
}
