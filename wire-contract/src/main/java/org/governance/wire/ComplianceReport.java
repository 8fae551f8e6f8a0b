package org.governance.wire;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The rules of one kind (a board's, its committees') checked for one company on one day: the shape both
 * directors-service and committees-service answer, and the gateway merges into one compliance answer.
 */
@Schema(name = "ComplianceReport", description = "The rules checked for one company on one day")
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
            @Schema(examples = "BOARD_MAJORITY_INDEPENDENT") String id,
            @Schema(examples = "A majority of the board is independent") String rule,
            Status status,
            @Schema(examples = "5 of 8 directors independent") String facts,
            @Schema(examples = "Nasdaq Rule 5605(b)(1)") String source) {
    }
}
