package org.governance.gateway.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.graphql.Description;

@Description("One rule checked on a day, with the facts behind the verdict and the rule's source")
@JsonIgnoreProperties(ignoreUnknown = true)
public record ComplianceCheck(String id, @Description("BOARD or COMMITTEES") String scope, String rule,
        @Description("PASS, FAIL or NOT_APPLICABLE") String status, String facts, String source) {

    public ComplianceCheck withScope(String newScope) {
        return new ComplianceCheck(id, newScope, rule, status, facts, source);
    }
}
