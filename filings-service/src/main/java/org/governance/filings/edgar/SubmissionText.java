package org.governance.filings.edgar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A complete EDGAR submission text file: the SGML header (accession number, filing date) and the documents,
 * one of which holds the ownershipDocument XML between {@code <XML>} and {@code </XML>}.
 */
public record SubmissionText(String accession, LocalDate filingDate, byte[] xml) {

    private static final Pattern ACCESSION = Pattern.compile("^ACCESSION NUMBER:\\s*(\\S+)\\s*$", Pattern.MULTILINE);
    private static final Pattern FILED = Pattern.compile("^FILED AS OF DATE:\\s*(\\S+)\\s*$", Pattern.MULTILINE);
    private static final Pattern XML = Pattern.compile("<XML>\\s*(.*?)\\s*</XML>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    public static SubmissionText parse(String text) {
        Matcher accession = ACCESSION.matcher(text);
        if (!accession.find()) {
            throw new InvalidFilingException(InvalidFilingException.Reason.INVALID, "SEC-HEADER/ACCESSION NUMBER",
                    "The submission header has no ACCESSION NUMBER line");
        }
        Matcher filed = FILED.matcher(text);
        if (!filed.find()) {
            throw new InvalidFilingException(InvalidFilingException.Reason.INVALID, "SEC-HEADER/FILED AS OF DATE",
                    "The submission header has no FILED AS OF DATE line");
        }
        LocalDate filingDate;
        try {
            filingDate = LocalDate.parse(filed.group(1), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidFilingException(InvalidFilingException.Reason.INVALID, "SEC-HEADER/FILED AS OF DATE",
                    "'" + filed.group(1) + "' is not a date (YYYYMMDD)");
        }
        Matcher xml = XML.matcher(text);
        if (!xml.find()) {
            throw new InvalidFilingException(InvalidFilingException.Reason.INVALID, "DOCUMENT/TEXT/XML",
                    "The submission holds no <XML> document");
        }
        return new SubmissionText(accession.group(1), filingDate, xml.group(1).getBytes(StandardCharsets.UTF_8));
    }
}
