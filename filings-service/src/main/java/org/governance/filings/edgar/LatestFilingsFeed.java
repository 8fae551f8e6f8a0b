package org.governance.filings.edgar;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * EDGAR's latest-filings feed ({@code cgi-bin/browse-edgar?action=getcurrent&type=4&...&output=atom}), an Atom feed
 * whose entries carry the accession in {@code <id>urn:tag:sec.gov,2008:accession-number=...</id>}, the form in
 * {@code <category term>}, the filer's CIK in the link to the filing index and the time in {@code <updated>} (Eastern
 * time). The type parameter matches form types by prefix (type=4 also lists 424B2), so entries are kept by their
 * exact form. Read with StAX, DTDs and external entities off. {@code listed} counts every entry of the page (of any
 * form), {@code oldest} is the day of its oldest entry (null for an empty page): together they tell whether the next
 * page may hold more of the day.
 */
public record LatestFilingsFeed(List<Entry> entries, int listed, LocalDate oldest) {

    public record Entry(String accession, String cik, String formType, LocalDate filed) {
    }

    private static final Pattern ACCESSION = Pattern.compile("accession-number=(\\d{10}-\\d{2}-\\d{6})$");
    private static final Pattern CIK = Pattern.compile("/Archives/edgar/data/(\\d{1,10})/");
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /** A page of the feed for one form type: {@code count} entries from {@code start}, newest first. */
    public static String path(String formType, int start, int count) {
        return "/cgi-bin/browse-edgar?action=getcurrent&type=" + formType + "&company=&dateb=&owner=include&start=" + start
                + "&count=" + count + "&output=atom";
    }

    /** The feed's ownership filings, each accession once; an IllegalArgumentException when it is not a readable feed. */
    public static LatestFilingsFeed parse(byte[] xml) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Map<String, Entry> byAccession = new LinkedHashMap<>();
        int listed = 0;
        LocalDate oldest = null;
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            String id = null;
            String href = null;
            String term = null;
            String updated = null;
            boolean inEntry = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new IllegalArgumentException("not a feed this service reads: it declares a DTD, which is refused");
                }
                if (event == XMLStreamConstants.START_ELEMENT && ATOM.equals(reader.getNamespaceURI())) {
                    switch (reader.getLocalName()) {
                        case "entry" -> {
                            inEntry = true;
                            id = href = term = updated = null;
                        }
                        case "id" -> id = inEntry ? reader.getElementText().strip() : id;
                        case "updated" -> updated = inEntry ? reader.getElementText().strip() : updated;
                        case "link" -> href = inEntry && href == null ? reader.getAttributeValue(null, "href") : href;
                        case "category" -> term = inEntry ? reader.getAttributeValue(null, "term") : term;
                        default -> {
                            // other elements say nothing this service reads
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && inEntry && "entry".equals(reader.getLocalName())) {
                    inEntry = false;
                    listed++;
                    LocalDate day = day(updated);
                    if (day != null && (oldest == null || day.isBefore(oldest))) {
                        oldest = day;
                    }
                    entry(id, href, term, day).ifPresent(entry -> byAccession.putIfAbsent(entry.accession(), entry));
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("not a readable Atom feed (" + e.getMessage() + ")", e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing is held
                }
            }
        }
        return new LatestFilingsFeed(new ArrayList<>(byAccession.values()), listed, oldest);
    }

    /** The day of an entry's {@code <updated>} time, as EDGAR writes it (Eastern time, with its offset). */
    private static LocalDate day(String updated) {
        if (updated == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(updated).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Optional<Entry> entry(String id, String href, String term, LocalDate day) {
        if (id == null || href == null || term == null || day == null || !DailyIndex.FORMS.contains(term.strip())) {
            return Optional.empty();
        }
        Matcher accession = ACCESSION.matcher(id);
        Matcher cik = CIK.matcher(href);
        if (!accession.find() || !cik.find()) {
            return Optional.empty();
        }
        return Optional.of(new Entry(accession.group(1), cik.group(1), term.strip(), day));
    }
}
