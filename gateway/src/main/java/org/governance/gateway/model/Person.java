package org.governance.gateway.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

@Description("A director or officer, who may sit on several boards")
@JsonIgnoreProperties(ignoreUnknown = true)
public record Person(@Id long id, String fullName, @Description("The person's own SEC CIK, when known") String cik,
        @Description("The name as EDGAR writes it on filings") String edgarName,
        @Description("True for an invented example, never a fact") boolean illustrative, String source) {
}
