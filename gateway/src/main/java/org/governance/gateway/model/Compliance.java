package org.governance.gateway.model;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;

@Description("Board and committee checks of a company on one day")
public record Compliance(String companyCik, LocalDate asOf, @Description("True when no check failed") boolean passed,
        List<ComplianceCheck> checks) {
}
