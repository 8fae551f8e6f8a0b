package org.governance.filings.edgar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.governance.filings.edgar.Form345DataSet.Rows;
import org.governance.filings.edgar.Form345DataSet.Table;
import org.governance.filings.edgar.InvalidFilingException.Reason;
import org.governance.filings.edgar.OwnershipDocument.Footnote;
import org.governance.filings.edgar.OwnershipDocument.Holding;
import org.governance.filings.edgar.OwnershipDocument.Issuer;
import org.governance.filings.edgar.OwnershipDocument.ReportingOwner;
import org.governance.filings.edgar.OwnershipDocument.Signature;
import org.governance.filings.edgar.OwnershipDocument.Transaction;

/**
 * One filing of a Form 345 data set as the same {@link OwnershipDocument} its EDGAR XML gives: the data set's
 * columns mapped to the XML elements, its {@code *_FN} columns to the footnote references of those elements, its rows
 * in their surrogate-key order. What the data set does not carry (schema version, the 10b5-1 checkbox, a foreign
 * trading symbol, addresses' non-US flag) stays empty. A row the XML parser would refuse is refused here too, with
 * the table, row and column at fault.
 */
public final class Form345Assembler {

    /** A filing read from a data set: its document and its filing date. */
    public record Assembled(String accession, LocalDate filingDate, OwnershipDocument document) {
    }

    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("dd-MMM-yyyy").toFormatter(Locale.ENGLISH);

    /** Data-set column (without _FN) -> XML element whose footnote references it carries, in XML order. */
    private static final Map<String, String> FOOTNOTED = new LinkedHashMap<>();
    static {
        FOOTNOTED.put("SECURITY_TITLE", "securityTitle");
        FOOTNOTED.put("CONV_EXERCISE_PRICE", "conversionOrExercisePrice");
        FOOTNOTED.put("TRANS_DATE", "transactionDate");
        FOOTNOTED.put("DEEMED_EXECUTION_DATE", "deemedExecutionDate");
        FOOTNOTED.put("EQUITY_SWAP_INVOLVED", "transactionCoding");
        FOOTNOTED.put("EQUITY_SWAP_TRANS_CD", "transactionCoding");
        FOOTNOTED.put("TRANS_FORM_TYPE", "transactionCoding");
        FOOTNOTED.put("TRANS_TIMELINESS", "transactionTimeliness");
        FOOTNOTED.put("TRANS_SHARES", "transactionShares");
        FOOTNOTED.put("TRANS_TOTAL_VALUE", "transactionTotalValue");
        FOOTNOTED.put("TRANS_PRICEPERSHARE", "transactionPricePerShare");
        FOOTNOTED.put("TRANS_ACQUIRED_DISP_CD", "transactionAcquiredDisposedCode");
        FOOTNOTED.put("EXCERCISE_DATE", "exerciseDate");
        FOOTNOTED.put("EXERCISE_DATE", "exerciseDate");
        FOOTNOTED.put("EXPIRATION_DATE", "expirationDate");
        FOOTNOTED.put("UNDLYNG_SEC_TITLE", "underlyingSecurityTitle");
        FOOTNOTED.put("UNDLYNG_SEC_SHARES", "underlyingSecurityShares");
        FOOTNOTED.put("UNDLYNG_SEC_VALUE", "underlyingSecurityValue");
        FOOTNOTED.put("SHRS_OWND_FOLWNG_TRANS", "sharesOwnedFollowingTransaction");
        FOOTNOTED.put("VALU_OWND_FOLWNG_TRANS", "valueOwnedFollowingTransaction");
        FOOTNOTED.put("DIRECT_INDIRECT_OWNERSHIP", "directOrIndirectOwnership");
        FOOTNOTED.put("NATURE_OF_OWNERSHIP", "natureOfOwnership");
    }

    private Form345Assembler() {
    }

    public static Assembled assemble(Rows rows) {
        List<Map<String, String>> submissions = rows.of(Table.SUBMISSION);
        String accession = rows.accession();
        if (submissions.isEmpty()) {
            throw invalid(Table.SUBMISSION, accession, "ACCESSION_NUMBER",
                    "Rows of other tables name accession '" + accession + "', which SUBMISSION.tsv does not list");
        }
        if (submissions.size() > 1) {
            throw invalid(Table.SUBMISSION, accession, "ACCESSION_NUMBER", "SUBMISSION.tsv lists this accession twice");
        }
        Map<String, String> s = submissions.get(0);
        Cell cell = new Cell(Table.SUBMISSION, accession);
        if (!accession.matches("\\d{10}-\\d{2}-\\d{6}")) {
            throw cell.invalid("ACCESSION_NUMBER", "'" + accession + "' is not an accession number (0001415889-24-020022)");
        }
        String documentType = cell.required(s, "DOCUMENT_TYPE");
        if (!OwnershipXmlParser.DOCUMENT_TYPES.contains(documentType)) {
            throw cell.invalid("DOCUMENT_TYPE", "Document type '" + documentType + "' is not one of 3, 3/A, 4, 4/A, 5, 5/A");
        }
        Issuer issuer = new Issuer(cell.cik(s, "ISSUERCIK"), s.get("ISSUERNAME"), s.get("ISSUERTRADINGSYMBOL"), null);

        Map<String, String> footnoteTexts = new LinkedHashMap<>();
        List<Footnote> footnotes = new ArrayList<>();
        for (Map<String, String> row : rows.of(Table.FOOTNOTES)) {
            String id = row.get("FOOTNOTE_ID");
            footnoteTexts.put(id, row.getOrDefault("FOOTNOTE_TXT", ""));
            footnotes.add(new Footnote(id, row.getOrDefault("FOOTNOTE_TXT", "")));
        }
        footnotes.sort(Comparator.comparing(f -> footnoteNumber(f.id())));

        List<ReportingOwner> owners = new ArrayList<>();
        for (Map<String, String> row : rows.of(Table.REPORTINGOWNER)) {
            Cell owner = new Cell(Table.REPORTINGOWNER, accession);
            Set<String> relationship = Set.of(row.getOrDefault("RPTOWNER_RELATIONSHIP", "").replace(" ", "").toLowerCase(Locale.ROOT).split(","));
            owners.add(new ReportingOwner(owner.cik(row, "RPTOWNERCIK"), row.get("RPTOWNERNAME"), row.get("RPTOWNER_STREET1"),
                    row.get("RPTOWNER_STREET2"), row.get("RPTOWNER_CITY"), row.get("RPTOWNER_STATE"), row.get("RPTOWNER_ZIPCODE"),
                    row.get("RPTOWNER_STATE_DESC"), null, relationship.contains("director"), relationship.contains("officer"),
                    relationship.contains("tenpercentowner"), relationship.contains("other"), row.get("RPTOWNER_TITLE"),
                    row.get("RPTOWNER_TXT")));
        }
        if (owners.isEmpty()) {
            throw invalid(Table.REPORTINGOWNER, accession, "RPTOWNERCIK",
                    "The filing has no reporting owner: REPORTINGOWNER.tsv has no row for it");
        }

        List<Transaction> transactions = new ArrayList<>();
        transactions(rows, Table.NONDERIV_TRANS, "NONDERIV_TRANS_SK", OwnershipDocument.Table.NON_DERIVATIVE, footnoteTexts, transactions);
        transactions(rows, Table.DERIV_TRANS, "DERIV_TRANS_SK", OwnershipDocument.Table.DERIVATIVE, footnoteTexts, transactions);
        List<Holding> holdings = new ArrayList<>();
        holdings(rows, Table.NONDERIV_HOLDING, "NONDERIV_HOLDING_SK", OwnershipDocument.Table.NON_DERIVATIVE, footnoteTexts, holdings);
        holdings(rows, Table.DERIV_HOLDING, "DERIV_HOLDING_SK", OwnershipDocument.Table.DERIVATIVE, footnoteTexts, holdings);

        List<Signature> signatures = new ArrayList<>();
        for (Map<String, String> row : rows.of(Table.OWNER_SIGNATURE)) {
            signatures.add(new Signature(row.get("OWNERSIGNATURENAME"),
                    new Cell(Table.OWNER_SIGNATURE, accession).date(row, "OWNERSIGNATUREDATE")));
        }

        OwnershipDocument document = new OwnershipDocument(null, documentType, cell.requiredDate(s, "PERIOD_OF_REPORT"),
                cell.date(s, "DATE_OF_ORIG_SUB"), cell.bool(s, "NO_SECURITIES_OWNED"), cell.bool(s, "NOT_SUBJECT_SEC16"),
                cell.bool(s, "FORM3_HOLDINGS_REPORTED"), cell.bool(s, "FORM4_TRANS_REPORTED"), null, issuer, owners,
                transactions, holdings, footnotes, s.get("REMARKS"), signatures);
        return new Assembled(accession, cell.date(s, "FILING_DATE"), document);
    }

    private static void transactions(Rows rows, Table table, String key, OwnershipDocument.Table kind,
            Map<String, String> footnotes, List<Transaction> into) {
        int seq = 0;
        for (Map<String, String> row : sorted(rows.of(table), key)) {
            Cell c = new Cell(table, rows.accession(), key + "=" + row.get(key));
            String title = c.required(row, "SECURITY_TITLE");
            String code = c.required(row, "TRANS_CODE");
            if (!OwnershipXmlParser.TRANSACTION_CODES.contains(code)) {
                throw c.invalid("TRANS_CODE", "Transaction code '" + code + "' is not in the EDGAR TransCodeList");
            }
            into.add(new Transaction(kind, ++seq, title, c.decimal(row, "CONV_EXERCISE_PRICE"), c.requiredDate(row, "TRANS_DATE"),
                    c.date(row, "DEEMED_EXECUTION_DATE"), c.formType(row), code, c.bool(row, "EQUITY_SWAP_INVOLVED"),
                    c.oneOf(row, "TRANS_TIMELINESS", Set.of("E", "L")), c.decimal(row, "TRANS_SHARES"),
                    c.decimal(row, "TRANS_TOTAL_VALUE"), c.decimal(row, "TRANS_PRICEPERSHARE"),
                    c.oneOf(row, "TRANS_ACQUIRED_DISP_CD", Set.of("A", "D")), c.termDate(row, "EXCERCISE_DATE", "EXERCISE_DATE"),
                    c.termDate(row, "EXPIRATION_DATE"), row.get("UNDLYNG_SEC_TITLE"), c.decimal(row, "UNDLYNG_SEC_SHARES"),
                    c.decimal(row, "UNDLYNG_SEC_VALUE"), c.decimal(row, "SHRS_OWND_FOLWNG_TRANS"),
                    c.decimal(row, "VALU_OWND_FOLWNG_TRANS"), c.oneOf(row, "DIRECT_INDIRECT_OWNERSHIP", Set.of("D", "I")),
                    row.get("NATURE_OF_OWNERSHIP"), c.footnoteRefs(row, footnotes)));
        }
    }

    private static void holdings(Rows rows, Table table, String key, OwnershipDocument.Table kind,
            Map<String, String> footnotes, List<Holding> into) {
        int seq = 0;
        for (Map<String, String> row : sorted(rows.of(table), key)) {
            Cell c = new Cell(table, rows.accession(), key + "=" + row.get(key));
            into.add(new Holding(kind, ++seq, c.required(row, "SECURITY_TITLE"), c.decimal(row, "CONV_EXERCISE_PRICE"),
                    c.formType(row), c.termDate(row, "EXERCISE_DATE", "EXCERCISE_DATE"), c.termDate(row, "EXPIRATION_DATE"),
                    row.get("UNDLYNG_SEC_TITLE"), c.decimal(row, "UNDLYNG_SEC_SHARES"), c.decimal(row, "UNDLYNG_SEC_VALUE"),
                    c.decimal(row, "SHRS_OWND_FOLWNG_TRANS"), c.decimal(row, "VALU_OWND_FOLWNG_TRANS"),
                    c.oneOf(row, "DIRECT_INDIRECT_OWNERSHIP", Set.of("D", "I")), row.get("NATURE_OF_OWNERSHIP"),
                    c.footnoteRefs(row, footnotes)));
        }
    }

    private static List<Map<String, String>> sorted(List<Map<String, String>> rows, String key) {
        List<Map<String, String>> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingLong(row -> {
            try {
                return Long.parseLong(row.getOrDefault(key, "0"));
            } catch (NumberFormatException e) {
                return Long.MAX_VALUE;
            }
        }));
        return sorted;
    }

    private static int footnoteNumber(String id) {
        try {
            return Integer.parseInt(id.replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static InvalidFilingException invalid(Table table, String accession, String column, String message) {
        return new Cell(table, accession).invalid(column, message);
    }

    /** Reads cells of one row, naming the table, row and column in what it refuses. */
    private record Cell(Table table, String accession, String row) {

        Cell(Table table, String accession) {
            this(table, accession, null);
        }

        InvalidFilingException invalid(String column, String message) {
            return new InvalidFilingException(Reason.INVALID, table + ".tsv[ACCESSION_NUMBER=" + accession
                    + (row == null ? "" : ", " + row) + "]/" + column, message);
        }

        String required(Map<String, String> row, String column) {
            String value = row.get(column);
            if (value == null) {
                throw invalid(column, "The column " + column + " is empty");
            }
            return value;
        }

        String cik(Map<String, String> row, String column) {
            String value = required(row, column);
            if (!value.matches("\\d{1,10}")) {
                throw invalid(column, "'" + value + "' is not a CIK (1 to 10 digits)");
            }
            return "0".repeat(10 - value.length()) + value;
        }

        LocalDate requiredDate(Map<String, String> row, String column) {
            required(row, column);
            return date(row, column);
        }

        /** A day of the filing itself (filed, period, trade, signature), within the range of {@link FilingBounds#eventProblem}. */
        LocalDate date(Map<String, String> row, String... columns) {
            return anyDate(row, FilingBounds::eventProblem, columns);
        }

        /** An exercise or expiration date. */
        LocalDate termDate(Map<String, String> row, String... columns) {
            return anyDate(row, FilingBounds::termProblem, columns);
        }

        private LocalDate anyDate(Map<String, String> row, Function<LocalDate, String> problem, String... columns) {
            for (String column : columns) {
                String value = row.get(column);
                if (value != null) {
                    try {
                        LocalDate day = LocalDate.parse(value, DATE);
                        return bounded(day, problem.apply(day), column);
                    } catch (DateTimeParseException e) {
                        throw invalid(column, "'" + value + "' is not a date (DD-MON-YYYY, e.g. 31-JUL-2024)");
                    }
                }
            }
            return null;
        }

        private <T> T bounded(T value, String problem, String column) {
            if (problem != null) {
                throw invalid(column, problem);
            }
            return value;
        }

        BigDecimal decimal(Map<String, String> row, String column) {
            String value = row.get(column);
            if (value == null) {
                return null;
            }
            try {
                BigDecimal number = new BigDecimal(value);
                return bounded(number, FilingBounds.decimalProblem(number), column);
            } catch (NumberFormatException e) {
                throw invalid(column, "'" + value + "' is not a number");
            }
        }

        Boolean bool(Map<String, String> row, String column) {
            String value = row.get(column);
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "1", "true" -> true;
                case "0", "false" -> false;
                default -> throw invalid(column, "'" + value + "' is not a flag (0, 1, true, false)");
            };
        }

        String oneOf(Map<String, String> row, String column, Set<String> allowed) {
            String value = row.get(column);
            if (value != null && !allowed.contains(value)) {
                throw invalid(column, "'" + value + "' is not one of " + String.join(", ", allowed.stream().sorted().toList()));
            }
            return value;
        }

        String formType(Map<String, String> row) {
            return oneOf(row, "TRANS_FORM_TYPE", Set.of("3", "4", "5"));
        }

        Map<String, List<String>> footnoteRefs(Map<String, String> row, Map<String, String> footnotes) {
            Map<String, List<String>> refs = new LinkedHashMap<>();
            FOOTNOTED.forEach((column, element) -> {
                String ids = row.get(column + "_FN");
                if (ids == null) {
                    return;
                }
                for (String id : ids.split("[,;\\s]+")) {
                    if (id.isEmpty()) {
                        continue;
                    }
                    if (!footnotes.isEmpty() && !footnotes.containsKey(id)) {
                        throw invalid(column + "_FN", "Footnote " + id + " is cited but FOOTNOTES.tsv does not define it");
                    }
                    List<String> list = refs.computeIfAbsent(element, e -> new ArrayList<>());
                    if (!list.contains(id)) {
                        list.add(id);
                    }
                }
            });
            return refs;
        }
    }
}
