package org.governance.gateway.graphql;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;
import org.governance.gateway.client.CommitteesClient;
import org.governance.gateway.client.DirectorsClient;
import org.governance.gateway.model.Committee;
import org.governance.gateway.model.CommitteeMembership;
import org.governance.gateway.model.Company;
import org.governance.gateway.model.Director;
import org.governance.gateway.model.Person;
import org.governance.wire.Roles;

/** Nested fields of seats, committees, memberships and people, each resolved for a whole level at once. */
@GraphQLApi
@RolesAllowed(Roles.READER)
public class BoardFields {

    private final DirectorsClient directors;
    private final CommitteesClient committees;

    public BoardFields(DirectorsClient directors, CommitteesClient committees) {
        this.directors = directors;
        this.committees = committees;
    }

    @Description("The company of the seat")
    public List<Company> company(@Source List<Director> seats) {
        Set<String> ciks = seats.stream().map(Director::companyCik).collect(Collectors.toSet());
        Map<String, Company> found = directors.companies(null, ciks, 0, 500)
                .items().stream().collect(Collectors.toMap(Company::cik, Function.identity()));
        return seats.stream().map(seat -> found.get(seat.companyCik())).toList();
    }

    @Description("The seat's committee memberships on a day (default today)")
    public List<List<CommitteeMembership>> committees(@Source List<Director> seats, LocalDate asOf) {
        LocalDate day = Arguments.dayOrToday(asOf);
        Set<Long> ids = seats.stream().map(Director::id).collect(Collectors.toSet());
        List<CommitteeMembership> found = committees.memberships(ids, Set.of(), day, day);
        return Batches.group(seats, Director::id, found, CommitteeMembership::directorId);
    }

    @Description("Members on a day (asOf; default today), or everyone whose membership overlaps from..to, with their dates")
    public List<List<CommitteeMembership>> members(@Source List<Committee> found, LocalDate asOf, LocalDate from, LocalDate to) {
        LocalDate start = asOf != null ? asOf : from != null ? from : to != null ? to : LocalDate.now();
        LocalDate end = asOf != null ? asOf : to != null ? to : start;
        Set<Long> ids = found.stream().map(Committee::id).collect(Collectors.toSet());
        List<CommitteeMembership> memberships = committees.memberships(Set.of(), ids, start, end);
        return Batches.group(found, Committee::id, memberships, CommitteeMembership::committeeId);
    }

    @Description("The member's board seat")
    public List<Director> director(@Source List<CommitteeMembership> memberships) {
        Set<Long> ids = memberships.stream().map(CommitteeMembership::directorId).collect(Collectors.toSet());
        Map<Long, Director> found = directors.directors(ids, Set.of(), Set.of(), null)
                .stream().collect(Collectors.toMap(Director::id, Function.identity()));
        return memberships.stream().map(m -> found.get(m.directorId())).toList();
    }

    @Description("Every seat the person holds or held, across companies")
    public List<List<Director>> boards(@Source List<Person> people) {
        Set<Long> ids = people.stream().map(Person::id).collect(Collectors.toSet());
        List<Director> seats = directors.directors(Set.of(), Set.of(), ids, null);
        return Batches.group(people, Person::id, seats, seat -> seat.person().id());
    }
}
