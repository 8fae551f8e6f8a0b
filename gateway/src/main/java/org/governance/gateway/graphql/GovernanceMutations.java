package org.governance.gateway.graphql;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.governance.gateway.client.CommitteesClient;
import org.governance.gateway.client.DirectorsClient;
import org.governance.gateway.model.Committee;
import org.governance.gateway.model.CommitteeMembership;
import org.governance.gateway.model.Company;
import org.governance.gateway.model.Director;
import org.governance.gateway.model.Inputs.CommitteeInput;
import org.governance.gateway.model.Inputs.CompanyInput;
import org.governance.gateway.model.Inputs.DirectorInput;
import org.governance.gateway.model.Inputs.MembershipInput;
import org.governance.gateway.model.Inputs.PersonInput;
import org.governance.gateway.model.Person;
import org.governance.wire.Roles;

import io.quarkus.security.Authenticated;

/** Edits for front ends that maintain boards and committees; the owning service checks every rule. Filing ingest is not here. */
@GraphQLApi
@Authenticated
public class GovernanceMutations {

    private final DirectorsClient directors;
    private final CommitteesClient committees;
    private final ObjectMapper json;

    public GovernanceMutations(DirectorsClient directors, CommitteesClient committees, ObjectMapper json) {
        this.directors = directors;
        this.committees = committees;
        this.json = json;
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @Description("Create a company")
    public Company createCompany(@NonNull CompanyInput input) {
        return directors.createCompany(input);
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @Description("Replace a company's facts")
    public Company updateCompany(@NonNull @Id String cik, @NonNull CompanyInput input) {
        return directors.updateCompany(cik, input);
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @Description("Create a person")
    public Person createPerson(@NonNull PersonInput input) {
        return directors.createPerson(input);
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @Description("Replace a person's facts")
    public Person updatePerson(@NonNull @Id String id, @NonNull PersonInput input) {
        return directors.updatePerson(Arguments.id(id, "id"), input);
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @Description("Create a board seat")
    public Director createDirector(@NonNull DirectorInput input) {
        return directors.createDirector(input);
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @Description("Change some of a seat's facts: only the fields given change (set leftOn to end a seat)")
    public Director updateDirector(@NonNull @Id String id, @NonNull DirectorInput input) {
        Map<String, Object> changes = new LinkedHashMap<>();
        json.convertValue(input, Map.class).forEach((key, value) -> {
            if (value != null) {
                changes.put(String.valueOf(key), value);
            }
        });
        return directors.patchDirector(Arguments.id(id, "id"), changes);
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @Description("Create a committee")
    public Committee createCommittee(@NonNull CommitteeInput input) {
        return committees.createCommittee(input);
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @Description("Replace a committee's facts")
    public Committee updateCommittee(@NonNull @Id String id, @NonNull CommitteeInput input) {
        return committees.updateCommittee(Arguments.id(id, "id"), input);
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @Description("Add a member to a committee")
    public CommitteeMembership addMembership(@NonNull @Id String committeeId, @NonNull MembershipInput input) {
        return committees.addMember(Arguments.id(committeeId, "committeeId"), input);
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @Description("End a membership: `to` is the member's last day on the committee")
    public CommitteeMembership endMembership(@NonNull @Id String committeeId, @NonNull @Id String membershipId, @NonNull LocalDate to) {
        return committees.endMember(Arguments.id(committeeId, "committeeId"), Arguments.id(membershipId, "membershipId"), to);
    }
}
