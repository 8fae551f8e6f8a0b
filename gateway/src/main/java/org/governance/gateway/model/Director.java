package org.governance.gateway.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

@Description("A board seat: one person on one company's board from firstElected to leftOn, both days included")
@JsonIgnoreProperties(ignoreUnknown = true)
public record Director(@Id long id, String companyCik, String companyName, Person person,
        @Description("Null when no one has determined it: a seat adopted from the filings") Boolean independent,
        LocalDate independenceDeterminedOn, @Description("I, II or III on a classified board") String directorClass,
        Integer termExpiresYear, LocalDate firstElected, @Description("Last day on the board; null while serving") LocalDate leftOn,
        @Description("CHAIR, VICE_CHAIR, LEAD_INDEPENDENT_DIRECTOR") List<String> roles, String executiveTitle,
        boolean auditCommitteeFinancialExpert, boolean illustrative, String source,
        @Description("CURATED: written by a person; FILINGS: adopted from the insiders' SEC filings") String origin) {
}
