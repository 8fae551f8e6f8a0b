package org.governance.gateway.graphql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;
import org.governance.gateway.client.DirectorsClient;
import org.governance.gateway.client.Downstream;
import org.governance.gateway.client.FilingsClient;
import org.governance.gateway.model.Person;
import org.governance.gateway.model.Transaction;
import org.governance.gateway.model.TransactionRecord;
import org.governance.gateway.service.Ciks;
import org.governance.gateway.service.NameMatch;
import org.governance.gateway.service.Quarter;
import org.governance.wire.Roles;

/**
 * Person.transactions: by the owners' CIKs (one request for the level); a person without a CIK is matched by name
 * among the owners of the issuers whose boards they sit on, or of the issuer asked for (one more request for them).
 */
@GraphQLApi
@RolesAllowed(Roles.READER)
public class PersonTrades {

    private final DirectorsClient directors;
    private final FilingsClient filings;
    private final Downstream downstream;

    public PersonTrades(DirectorsClient directors, FilingsClient filings, Downstream downstream) {
        this.directors = directors;
        this.filings = filings;
        this.downstream = downstream;
    }

    @Description("The person's insider transactions in a quarter (YYYY-Qn), optionally of some codes and one issuer")
    public List<List<Transaction>> transactions(@Source List<Person> people, String quarter, List<String> codes, String issuerCik) {
        String period = quarter == null ? null : Quarter.parse(quarter, "quarter").text();
        Set<String> issuer = issuerCik == null ? Set.of() : Set.of(Ciks.pad(issuerCik, "issuerCik"));
        Map<String, TransactionRecord> found = new LinkedHashMap<>();

        Set<String> ownerCiks = people.stream().map(Person::cik).filter(Objects::nonNull).collect(Collectors.toSet());
        if (!ownerCiks.isEmpty()) {
            var byCik = new FilingsClient.TransactionQuery(ownerCiks, issuer, period, null, null, codes, null, false);
            downstream.call(FilingsClient.SERVICE, () -> filings.allTransactions(byCik)).forEach(r -> found.putIfAbsent(key(r), r));
        }
        // people without a CIK: matched by name, only among the owners of the issuers whose boards they sit on
        Map<Long, Set<String>> issuersOf = new HashMap<>();
        Set<Long> unnamed = people.stream().filter(p -> p.cik() == null).map(Person::id).collect(Collectors.toSet());
        if (!unnamed.isEmpty()) {
            if (issuer.isEmpty()) {
                downstream.call(DirectorsClient.SERVICE, () -> directors.directors(Set.of(), Set.of(), unnamed, null))
                        .forEach(seat -> issuersOf.computeIfAbsent(seat.person().id(), id -> new HashSet<>()).add(seat.companyCik()));
            } else {
                unnamed.forEach(id -> issuersOf.put(id, issuer));
            }
            Set<String> issuers = issuersOf.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
            if (!issuers.isEmpty()) {
                var byIssuer = new FilingsClient.TransactionQuery(Set.of(), issuers, period, null, null, codes, null, false);
                downstream.call(FilingsClient.SERVICE, () -> filings.allTransactions(byIssuer)).forEach(r -> found.putIfAbsent(key(r), r));
            }
        }
        return people.stream().map(person -> found.values().stream()
                .filter(record -> NameMatch.owns(person, record)
                        && (person.cik() != null || issuersOf.getOrDefault(person.id(), Set.of()).contains(record.issuer().cik())))
                .map(Transaction::of).toList()).toList();
    }

    private static String key(TransactionRecord record) {
        return record.accession() + "/" + record.transaction().table() + "/" + record.transaction().seq();
    }
}
