package org.governance.filings.edgar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A complete EDGAR submission text file: the SGML header (accession number, filing date) and the documents,
 * one of which holds the ownershipDocument XML between {@code <XML>} and {@code </XML>}.
 *
 * <p>
 * Read in one pass over the text, line by line for the header and by plain searches for the document, so the cost
 * is linear in the size whatever the text holds (the regular expressions it replaced backtracked to cubic time).
 */
public record SubmissionText(String accession, LocalDate filingDate, byte[] xml) {

    private static final String ACCESSION = "ACCESSION NUMBER:";
    private static final String FILED = "FILED AS OF DATE:";

    public static SubmissionText parse(String text) {
        String accession = null;
        String filed = null;
        int start = 0;
        while (start < text.length() && (accession == null || filed == null)) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            if (accession == null && line.startsWith(ACCESSION)) {
                accession = value(line, ACCESSION);
            } else if (filed == null && line.startsWith(FILED)) {
                filed = value(line, FILED);
            }
            start = end + 1;
        }
        if (accession == null) {
            throw invalid("SEC-HEADER/ACCESSION NUMBER", "The submission header has no ACCESSION NUMBER line");
        }
        if (filed == null) {
            throw invalid("SEC-HEADER/FILED AS OF DATE", "The submission header has no FILED AS OF DATE line");
        }
        LocalDate filingDate;
        try {
            filingDate = LocalDate.parse(filed, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw invalid("SEC-HEADER/FILED AS OF DATE", "'" + filed + "' is not a date (YYYYMMDD)");
        }
        String outOfRange = FilingBounds.eventProblem(filingDate);
        if (outOfRange != null) {
            throw invalid("SEC-HEADER/FILED AS OF DATE", outOfRange);
        }
        return new SubmissionText(accession, filingDate, xmlDocument(text));
    }

    /** The text of a header line after its label, one word (the header has no spaces in these values). */
    private static String value(String line, String label) {
        String value = line.substring(label.length()).strip();
        return value.isEmpty() || value.chars().anyMatch(Character::isWhitespace) ? "" : value;
    }

    /** What lies between the first {@code <XML>} and the {@code </XML>} after it, without surrounding white space. */
    private static byte[] xmlDocument(String text) {
        String folded = asciiUpper(text);
        int open = folded.indexOf("<XML>");
        int close = open < 0 ? -1 : folded.indexOf("</XML>", open + 5);
        if (close < 0) {
            throw invalid("DOCUMENT/TEXT/XML", "The submission holds no <XML> document");
        }
        return text.substring(open + 5, close).strip().getBytes(StandardCharsets.UTF_8);
    }

    /** Upper case for ASCII letters only, so that every index stays where it was. */
    private static String asciiUpper(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] -= 'a' - 'A';
            }
        }
        return new String(chars);
    }

    private static InvalidFilingException invalid(String path, String message) {
        return new InvalidFilingException(InvalidFilingException.Reason.INVALID, path, message);
    }
}
