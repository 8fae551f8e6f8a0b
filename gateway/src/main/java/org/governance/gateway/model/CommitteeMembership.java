package org.governance.gateway.model;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

@Description("A director on a committee from `from` to `to`, both days included; `to` is null while current")
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommitteeMembership(@Id long id, @Id long committeeId, String companyCik, CommitteeType committeeType,
        String committeeName, @Description("The board seat (Director.id)") @Id long directorId,
        @Description("CHAIR or MEMBER") String role, LocalDate from, LocalDate to, boolean financialExpert,
        boolean illustrative, String source) {

    public boolean coversDay(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
