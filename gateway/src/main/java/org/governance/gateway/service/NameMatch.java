package org.governance.gateway.service;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.governance.gateway.model.Filing.ReportingOwner;
import org.governance.gateway.model.Person;
import org.governance.gateway.model.TransactionRecord;

/**
 * Matches a person without a CIK to a reporting owner by name: the same words of two letters or more in any order,
 * ignoring case, punctuation and accents; initials must agree where both names give them. "Wilson John N",
 * "John N. Wilson" and "JOHN WILSON" match; "John X. Wilson" does not match "John N. Wilson".
 */
public final class NameMatch {

    private NameMatch() {
    }

    private record Parts(Set<String> words, Set<String> initials) {
    }

    /** Whether the person is a reporting owner of the trade: by CIK when the person has one, else by name. */
    public static boolean owns(Person person, TransactionRecord trade) {
        for (ReportingOwner owner : trade.reportingOwners()) {
            if (person.cik() != null ? person.cik().equals(owner.cik()) : matches(person, owner.name())) {
                return true;
            }
        }
        return false;
    }

    public static boolean matches(Person person, String ownerName) {
        Parts owner = parts(ownerName);
        return matches(parts(person.fullName()), owner) || (person.edgarName() != null && matches(parts(person.edgarName()), owner));
    }

    private static boolean matches(Parts a, Parts b) {
        if (a.words().isEmpty() || !a.words().equals(b.words())) {
            return false;
        }
        return a.initials().isEmpty() || b.initials().isEmpty() || a.initials().equals(b.initials());
    }

    private static Parts parts(String name) {
        if (name == null) {
            return new Parts(Set.of(), Set.of());
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        Set<String> tokens = Arrays.stream(plain.replace("'", "").split("[^\\p{L}\\p{N}]+")).filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        return new Parts(tokens.stream().filter(t -> t.length() > 1).collect(Collectors.toSet()),
                tokens.stream().filter(t -> t.length() == 1).collect(Collectors.toSet()));
    }
}
