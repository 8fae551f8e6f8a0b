package org.governance.gateway.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.gateway.client.DirectorsClient;
import org.governance.gateway.client.FilingsClient;
import org.governance.gateway.model.Person;
import org.governance.gateway.model.Transaction;
import org.governance.gateway.model.TransactionRecord;

/** A person's insider trades, joined from filings-service by CIK or, for people without one, by name. */
@ApplicationScoped
public class PersonTradesService {

    private final DirectorsClient directors;
    private final FilingsClient filings;

    public PersonTradesService(DirectorsClient directors, FilingsClient filings) {
        this.directors = directors;
        this.filings = filings;
    }

    /**
     * Each person's trades in a quarter (or all), optionally of some codes and one issuer, in the order of the
     * people given: by CIK where the person has one; by name otherwise, among the owners of the issuers whose
     * boards the person sits on (one call to directors-service for all of them).
     */
    public List<List<Transaction>> of(List<Person> people, String quarter, List<String> codes, String issuerCik) {
        String period = quarter == null ? null : Quarter.parse(quarter, "quarter").text();
        Set<String> issuer = issuerCik == null ? Set.of() : Set.of(Ciks.pad(issuerCik, "issuerCik"));
        Map<String, TransactionRecord> found = new LinkedHashMap<>();

        Set<String> ownerCiks = people.stream().map(Person::cik).filter(Objects::nonNull).collect(Collectors.toSet());
        if (!ownerCiks.isEmpty()) {
            var byCik = new FilingsClient.TransactionQuery(ownerCiks, issuer, period, null, null, codes, null, false);
            filings.allTransactions(byCik).forEach(r -> found.putIfAbsent(key(r), r));
        }
        // people without a CIK: matched by name, only among the owners of the issuers whose boards they sit on
        Map<Long, Set<String>> issuersOf = new HashMap<>();
        Set<Long> unnamed = people.stream().filter(p -> p.cik() == null).map(Person::id).collect(Collectors.toSet());
        if (!unnamed.isEmpty()) {
            if (issuer.isEmpty()) {
                directors.directors(Set.of(), Set.of(), unnamed, null)
                        .forEach(seat -> issuersOf.computeIfAbsent(seat.person().id(), id -> new HashSet<>()).add(seat.companyCik()));
            } else {
                unnamed.forEach(id -> issuersOf.put(id, issuer));
            }
            Set<String> issuers = issuersOf.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
            if (!issuers.isEmpty()) {
                var byIssuer = new FilingsClient.TransactionQuery(Set.of(), issuers, period, null, null, codes, null, false);
                filings.allTransactions(byIssuer).forEach(r -> found.putIfAbsent(key(r), r));
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
