package org.governance.filings.edgar;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An SEC Form 345 data set: a zip of tab-separated tables (one header line, then rows; columns found by header name,
 * since the SEC adds, drops and renames columns over the years). Read in two passes so that a whole quarter never
 * sits in memory: {@link #spill} reads each table once and writes every row to one of N bucket files chosen by its
 * accession number; {@link #bucket} then reads one bucket, which holds every row of its accessions.
 */
public final class Form345DataSet implements Closeable {

    /** The tables of the data set, in the SEC's order. Only SUBMISSION is required. */
    public enum Table {
        SUBMISSION, REPORTINGOWNER, NONDERIV_TRANS, NONDERIV_HOLDING, DERIV_TRANS, DERIV_HOLDING, FOOTNOTES, OWNER_SIGNATURE
    }

    /** Columns without which a table cannot be read at all. */
    private static final Map<Table, Set<String>> REQUIRED = Map.of(
            Table.SUBMISSION, Set.of("ACCESSION_NUMBER", "DOCUMENT_TYPE", "ISSUERCIK", "PERIOD_OF_REPORT"),
            Table.REPORTINGOWNER, Set.of("ACCESSION_NUMBER", "RPTOWNERCIK"),
            Table.NONDERIV_TRANS, Set.of("ACCESSION_NUMBER", "NONDERIV_TRANS_SK"),
            Table.NONDERIV_HOLDING, Set.of("ACCESSION_NUMBER", "NONDERIV_HOLDING_SK"),
            Table.DERIV_TRANS, Set.of("ACCESSION_NUMBER", "DERIV_TRANS_SK"),
            Table.DERIV_HOLDING, Set.of("ACCESSION_NUMBER", "DERIV_HOLDING_SK"),
            Table.FOOTNOTES, Set.of("ACCESSION_NUMBER", "FOOTNOTE_ID"),
            Table.OWNER_SIGNATURE, Set.of("ACCESSION_NUMBER"));

    /** Every row of one accession, per table, each row a map from column name to value (empty cells absent). */
    public record Rows(String accession, Map<Table, List<Map<String, String>>> tables) {
        public List<Map<String, String>> of(Table table) {
            return tables.getOrDefault(table, List.of());
        }
    }

    private final ZipFile zip;
    private final Map<Table, ZipEntry> entries = new EnumMap<>(Table.class);
    private final Map<Table, String[]> headers = new EnumMap<>(Table.class);
    private Path spillDirectory;
    private int buckets;

    private Form345DataSet(ZipFile zip) {
        this.zip = zip;
    }

    /** Opens and checks a data set: a readable zip, SUBMISSION present, every present table with its key columns. */
    public static Form345DataSet open(Path file) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new InvalidFilingException(InvalidFilingException.Reason.MALFORMED, "body",
                    "The body is not a readable zip archive: " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the uploaded data set", e);
        }
        Form345DataSet dataSet = new Form345DataSet(zip);
        try {
            dataSet.index();
            return dataSet;
        } catch (RuntimeException e) {
            dataSet.close();
            throw e;
        }
    }

    private void index() {
        var all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String base = entry.getName().substring(entry.getName().lastIndexOf('/') + 1).toUpperCase(Locale.ROOT);
            if (entry.isDirectory() || !base.endsWith(".TSV") || entry.getName().startsWith("__MACOSX/")) {
                continue;
            }
            String name = base.substring(0, base.length() - 4);
            Arrays.stream(Table.values()).filter(t -> t.name().equals(name)).findFirst().ifPresent(table -> entries.put(table, entry));
        }
        if (!entries.containsKey(Table.SUBMISSION)) {
            throw new InvalidFilingException(InvalidFilingException.Reason.INVALID, "SUBMISSION.tsv",
                    "The zip holds no SUBMISSION.tsv: a Form 345 data set has one row per filing there");
        }
        for (Map.Entry<Table, ZipEntry> entry : entries.entrySet()) {
            String[] header = readHeader(entry.getValue());
            Set<String> columns = Set.of(header);
            for (String required : REQUIRED.get(entry.getKey())) {
                if (!columns.contains(required)) {
                    throw new InvalidFilingException(InvalidFilingException.Reason.INVALID, entry.getKey() + ".tsv",
                            entry.getKey() + ".tsv has no column " + required + " in its header line");
                }
            }
            headers.put(entry.getKey(), header);
        }
    }

    private String[] readHeader(ZipEntry entry) {
        try (BufferedReader reader = reader(entry)) {
            String line = reader.readLine();
            if (line == null) {
                throw new InvalidFilingException(InvalidFilingException.Reason.INVALID, entry.getName(), entry.getName() + " is empty");
            }
            return Arrays.stream(stripBom(line).split("\t", -1)).map(String::strip).toArray(String[]::new);
        } catch (IOException e) {
            throw new InvalidFilingException(InvalidFilingException.Reason.MALFORMED, entry.getName(),
                    entry.getName() + " cannot be read: " + e.getMessage());
        }
    }

    /** The tables the zip lacks (their rows read as none). */
    public List<Table> missingTables() {
        return Arrays.stream(Table.values()).filter(t -> !entries.containsKey(t)).toList();
    }

    /** Pass 1: every row of every table into one of {@code buckets} files under {@code directory}; the number of filings. */
    public int spill(Path directory, int buckets) {
        this.spillDirectory = directory;
        this.buckets = buckets;
        int submissions = 0;
        List<BufferedWriter> writers = new ArrayList<>();
        try {
            for (int i = 0; i < buckets; i++) {
                writers.add(Files.newBufferedWriter(bucketFile(i), StandardCharsets.UTF_8));
            }
            for (Map.Entry<Table, ZipEntry> entry : entries.entrySet()) {
                int accessionColumn = Arrays.asList(headers.get(entry.getKey())).indexOf("ACCESSION_NUMBER");
                try (BufferedReader reader = reader(entry.getValue())) {
                    reader.readLine();
                    String line;
                    while ((line = reader.readLine()) != null) {
                        if (line.isBlank()) {
                            continue;
                        }
                        String[] cells = line.split("\t", -1);
                        String accession = accessionColumn < cells.length ? cells[accessionColumn].strip() : "";
                        BufferedWriter writer = writers.get(Math.floorMod(accession.hashCode(), buckets));
                        writer.write(entry.getKey().name());
                        writer.write('\t');
                        writer.write(line.replace("\r", ""));
                        writer.write('\n');
                        if (entry.getKey() == Table.SUBMISSION) {
                            submissions++;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Spilling the data set failed: " + e.getMessage(), e);
        } finally {
            for (BufferedWriter writer : writers) {
                try {
                    writer.close();
                } catch (IOException ignored) {
                    // the read of the bucket reports it
                }
            }
        }
        return submissions;
    }

    /** Pass 2: the rows of bucket {@code i}, grouped by accession, in the order SUBMISSION lists them. */
    public List<Rows> bucket(int i) {
        Map<String, Map<Table, List<Map<String, String>>>> byAccession = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(bucketFile(i), StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                Table table = Table.valueOf(line.substring(0, tab));
                String[] header = headers.get(table);
                String[] cells = line.substring(tab + 1).split("\t", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < header.length && c < cells.length; c++) {
                    String value = cells[c].strip();
                    if (!value.isEmpty()) {
                        row.put(header[c], value);
                    }
                }
                String accession = row.getOrDefault("ACCESSION_NUMBER", "");
                byAccession.computeIfAbsent(accession, a -> new EnumMap<>(Table.class))
                        .computeIfAbsent(table, t -> new ArrayList<>()).add(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Reading bucket " + i + " failed: " + e.getMessage(), e);
        }
        List<Rows> rows = new ArrayList<>();
        byAccession.forEach((accession, tables) -> rows.add(new Rows(accession, tables)));
        return rows;
    }

    public int buckets() {
        return buckets;
    }

    private Path bucketFile(int i) {
        return spillDirectory.resolve("bucket-" + i + ".tsv");
    }

    private BufferedReader reader(ZipEntry entry) throws IOException {
        return new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8), 1 << 16);
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
