package org.governance.gateway.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A service's compliance report as it answers it; the gateway joins the board's and the committees'. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ComplianceReport(String companyCik, LocalDate asOf, boolean passed, List<ComplianceCheck> checks) {
}
