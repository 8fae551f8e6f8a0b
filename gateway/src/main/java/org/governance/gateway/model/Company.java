package org.governance.gateway.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

@Description("An issuer, keyed by its SEC CIK (ten digits)")
@JsonIgnoreProperties(ignoreUnknown = true)
public record Company(@Id String cik, String name, String ticker, String exchange,
        @Description("Last day of the fiscal year, MM-DD") String fiscalYearEnd,
        @Description("Whether the board is classified (staggered)") boolean classifiedBoard, String source) {
}
