package org.governance.directors.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Name matching that ignores case, punctuation, accents and word order, so that "Wilson John N",
 * "John N. Wilson" and "john wilson" all name the same person.
 */
public final class PersonNames {

    private PersonNames() {
    }

    /** The lower-case words of a name, accents and punctuation removed, in their order. */
    public static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return Arrays.stream(plain.toLowerCase(Locale.ROOT).replace("'", "").split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    /** The searchable form of a person's names: sorted distinct words, with a space before and after each. */
    public static String tokens(String fullName, String edgarName) {
        TreeSet<String> all = Stream.concat(words(fullName).stream(), words(edgarName).stream())
                .collect(Collectors.toCollection(TreeSet::new));
        return " " + String.join(" ", all) + " ";
    }
}
