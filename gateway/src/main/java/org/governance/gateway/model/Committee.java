package org.governance.gateway.model;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

@Description("A committee of one company's board, from formedOn to dissolvedOn")
@JsonIgnoreProperties(ignoreUnknown = true)
public record Committee(@Id long id, String companyCik, CommitteeType type, String name, boolean standing, String charterUrl,
        String charterText, LocalDate charterReviewedOn, LocalDate formedOn, LocalDate dissolvedOn, boolean illustrative,
        String source) {
}
