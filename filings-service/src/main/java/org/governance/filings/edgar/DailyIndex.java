package org.governance.filings.edgar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EDGAR's daily master index ({@code daily-index/YYYY/QTRn/master.YYYYMMDD.idx}): a header that ends with a line of
 * dashes, then one line per filer of each filing, {@code CIK|Company Name|Form Type|Date Filed|File Name}. The form
 * index (form.YYYYMMDD.idx) lists the same rows in fixed-width columns that long names overflow; the master index's
 * pipes are what parses reliably. Only Forms 3, 4, 5 and their amendments are kept, each accession once (the index
 * lists it under the issuer and under each reporting owner).
 */
public record DailyIndex(List<Entry> filings) {

    /** The form types this service ingests, as the index and the feed spell them. */
    public static final Set<String> FORMS = Set.of("3", "4", "5", "3/A", "4/A", "5/A");

    /** One filing: its accession, the CIK it is filed under here, its form and its submission text file's path. */
    public record Entry(String accession, String cik, String formType, String path) {
    }

    private static final Pattern FILE_NAME = Pattern.compile("edgar/data/(\\d{1,10})/(\\d{10}-\\d{2}-\\d{6})\\.txt");
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    /** Where EDGAR publishes a day's master index. */
    public static String path(LocalDate day) {
        return "/Archives/edgar/daily-index/" + day.getYear() + "/QTR" + ((day.getMonthValue() - 1) / 3 + 1) + "/master."
                + day.format(BASIC) + ".idx";
    }

    /** The submission text file of an accession filed under a CIK, as the index's File Name column gives it. */
    public static String submissionPath(String cik, String accession) {
        return "/Archives/edgar/data/" + Long.parseLong(cik) + "/" + accession + ".txt";
    }

    /** The index's ownership filings; an IllegalArgumentException when the text is not a master index. */
    public static DailyIndex parse(byte[] body) {
        // the index is ASCII with the odd Latin-1 company name; Latin-1 reads any byte
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int dashes = -1;
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("CIK|") && i + 1 < lines.length && lines[i + 1].matches("-{10,}\\s*")) {
                dashes = i + 1;
                break;
            }
        }
        if (dashes < 0) {
            throw new IllegalArgumentException("not a master index: no 'CIK|Company Name|Form Type|Date Filed|File Name' header"
                    + " followed by a line of dashes");
        }
        Map<String, Entry> byAccession = new LinkedHashMap<>();
        for (int i = dashes + 1; i < lines.length; i++) {
            String[] cells = lines[i].split("\\|", -1);
            if (cells.length != 5 || !FORMS.contains(cells[2].strip())) {
                continue;
            }
            Matcher file = FILE_NAME.matcher(cells[4].strip());
            if (!file.matches()) {
                continue;
            }
            byAccession.putIfAbsent(file.group(2), new Entry(file.group(2), cells[0].strip(), cells[2].strip(), "/Archives/" + file.group()));
        }
        return new DailyIndex(List.copyOf(new ArrayList<>(byAccession.values())));
    }
}
