package org.governance.filings.edgar;

import static org.governance.filings.edgar.InvalidFilingException.Reason.INVALID;
import static org.governance.filings.edgar.InvalidFilingException.Reason.MALFORMED;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.governance.filings.edgar.OwnershipDocument.Footnote;
import org.governance.filings.edgar.OwnershipDocument.Holding;
import org.governance.filings.edgar.OwnershipDocument.Issuer;
import org.governance.filings.edgar.OwnershipDocument.ReportingOwner;
import org.governance.filings.edgar.OwnershipDocument.Signature;
import org.governance.filings.edgar.OwnershipDocument.Table;
import org.governance.filings.edgar.OwnershipDocument.Transaction;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an EDGAR {@code ownershipDocument} (schema versions X0201 to X0609) into an {@link OwnershipDocument}.
 * The parser refuses DTDs and external entities and bounds the element depth; every refusal names the element path.
 */
public final class OwnershipXmlParser {

    static final Set<String> DOCUMENT_TYPES = Set.of("3", "3/A", "4", "4/A", "5", "5/A");
    /** The TransCodeList of the EDGAR ownership XML specification (K and V are derived, never filed). */
    /** The transaction codes of Forms 3, 4 and 5 (the SEC's list); a filing with another is refused. */
    public static final Set<String> TRANSACTION_CODES = Set.of("A", "C", "D", "E", "F", "G", "H", "I", "J", "L", "M", "O",
            "P", "S", "U", "W", "X", "Z");
    private static final String XINCLUDE = "http://www.w3.org/2001/XInclude";
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d*)?|\\.\\d+");
    private static final Pattern FOOTNOTE_ID = Pattern.compile("F[1-9][0-9]?");
    private static final Pattern CIK = Pattern.compile("\\d{1,10}");
    private static final String ROOT = "ownershipDocument";

    private final ThreadLocal<DocumentBuilder> builders;

    public OwnershipXmlParser(int maxElementDepth) {
        DocumentBuilderFactory factory = secureFactory(maxElementDepth);
        this.builders = ThreadLocal.withInitial(() -> {
            try {
                DocumentBuilder builder = factory.newDocumentBuilder();
                builder.setErrorHandler(new FailingErrorHandler());
                return builder;
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public OwnershipDocument parse(byte[] xml) {
        Element root = read(xml).getDocumentElement();
        if (!ROOT.equals(root.getTagName())) {
            throw new InvalidFilingException(INVALID, root.getTagName(),
                    "The root element is <" + root.getTagName() + ">, not <ownershipDocument>");
        }
        refuseInclusions(root, ROOT);
        return new Reader(root).document();
    }

    /**
     * An element of the XInclude namespace asks a processor to read another resource into the filing. Inclusion is
     * off in this parser, but an ownershipDocument never holds one: it is refused with its path, not stored.
     */
    private static void refuseInclusions(Element element, String path) {
        if (element.getTagName().equals("include") || element.getTagName().endsWith(":include")
                || XINCLUDE.equals(element.getAttribute("xmlns")) || declaresXInclude(element)) {
            throw new InvalidFilingException(INVALID, path, "An ownershipDocument holds no XInclude element (" + XINCLUDE + ")");
        }
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                refuseInclusions(child, path + "/" + child.getTagName());
            }
        }
    }

    private static boolean declaresXInclude(Element element) {
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            if (XINCLUDE.equals(attributes.item(i).getNodeValue().strip())) {
                return true;
            }
        }
        return false;
    }

    private Document read(byte[] xml) {
        DocumentBuilder builder = builders.get();
        try {
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw new InvalidFilingException(MALFORMED, "line " + e.getLineNumber() + ", column " + e.getColumnNumber(),
                    "The XML is not well-formed or uses a refused construct: " + safeMessage(e));
        } catch (SAXException | IOException e) {
            throw new InvalidFilingException(MALFORMED, ROOT, "The XML could not be read: " + safeMessage(e));
        } finally {
            builder.reset();
            builder.setErrorHandler(new FailingErrorHandler());
        }
    }

    private static String safeMessage(Exception e) {
        String message = String.valueOf(e.getMessage());
        return message.length() > 300 ? message.substring(0, 300) + "..." : message;
    }

    private static DocumentBuilderFactory secureFactory(int maxElementDepth) {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be secured", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", String.valueOf(maxElementDepth));
        factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit", "100");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }

    private static final class FailingErrorHandler implements ErrorHandler {
        @Override
        public void warning(SAXParseException exception) {
            // warnings do not stop a parse
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }

    /** A value element's text and the footnotes it cites. */
    private record Field(String value, List<String> footnotes, String path) {
        boolean isEmpty() {
            return value == null && footnotes.isEmpty();
        }
    }

    /** Reads one document; keeps the footnotes defined in it to check every reference. */
    private static final class Reader {

        private final Element root;
        private final Map<String, String> footnoteTexts = new LinkedHashMap<>();

        Reader(Element root) {
            this.root = root;
        }

        OwnershipDocument document() {
            List<Footnote> footnotes = footnotes();
            String documentType = required(text(root, "documentType"), ROOT + "/documentType");
            if (!DOCUMENT_TYPES.contains(documentType)) {
                throw new InvalidFilingException(INVALID, ROOT + "/documentType",
                        "documentType '" + documentType + "' is not one of 3, 3/A, 4, 4/A, 5, 5/A");
            }
            LocalDate period = date(required(text(root, "periodOfReport"), ROOT + "/periodOfReport"), ROOT + "/periodOfReport");
            List<ReportingOwner> owners = new ArrayList<>();
            List<Element> ownerElements = children(root, "reportingOwner");
            if (ownerElements.isEmpty()) {
                throw new InvalidFilingException(INVALID, ROOT + "/reportingOwner", "A filing needs at least one reportingOwner");
            }
            for (int i = 0; i < ownerElements.size(); i++) {
                owners.add(owner(ownerElements.get(i), ROOT + "/reportingOwner[" + (i + 1) + "]"));
            }
            List<Transaction> transactions = new ArrayList<>();
            List<Holding> holdings = new ArrayList<>();
            table(Table.NON_DERIVATIVE, "nonDerivativeTable", "nonDerivativeTransaction", "nonDerivativeHolding", transactions, holdings);
            table(Table.DERIVATIVE, "derivativeTable", "derivativeTransaction", "derivativeHolding", transactions, holdings);
            List<Signature> signatures = new ArrayList<>();
            List<Element> signatureElements = children(root, "ownerSignature");
            for (int i = 0; i < signatureElements.size(); i++) {
                String path = ROOT + "/ownerSignature[" + (i + 1) + "]";
                Element signature = signatureElements.get(i);
                signatures.add(new Signature(text(signature, "signatureName"),
                        optionalDate(text(signature, "signatureDate"), path + "/signatureDate")));
            }
            return new OwnershipDocument(text(root, "schemaVersion"), documentType, period,
                    optionalDate(text(root, "dateOfOriginalSubmission"), ROOT + "/dateOfOriginalSubmission"),
                    bool(text(root, "noSecuritiesOwned"), ROOT + "/noSecuritiesOwned"),
                    bool(text(root, "notSubjectToSection16"), ROOT + "/notSubjectToSection16"),
                    bool(text(root, "form3HoldingsReported"), ROOT + "/form3HoldingsReported"),
                    bool(text(root, "form4TransactionsReported"), ROOT + "/form4TransactionsReported"),
                    bool(text(root, "aff10b5One"), ROOT + "/aff10b5One"),
                    issuer(), owners, transactions, holdings, footnotes, text(root, "remarks"), signatures);
        }

        private List<Footnote> footnotes() {
            List<Footnote> footnotes = new ArrayList<>();
            Element container = child(root, "footnotes");
            if (container == null) {
                return footnotes;
            }
            List<Element> elements = children(container, "footnote");
            for (int i = 0; i < elements.size(); i++) {
                String path = ROOT + "/footnotes/footnote[" + (i + 1) + "]";
                String id = elements.get(i).getAttribute("id").trim();
                if (!FOOTNOTE_ID.matcher(id).matches()) {
                    throw new InvalidFilingException(INVALID, path + "/@id", "Footnote id '" + id + "' is not F1 to F99");
                }
                if (footnoteTexts.containsKey(id)) {
                    throw new InvalidFilingException(INVALID, path + "/@id", "Footnote " + id + " is defined twice");
                }
                String text = elements.get(i).getTextContent().strip();
                footnoteTexts.put(id, text);
                footnotes.add(new Footnote(id, text));
            }
            return footnotes;
        }

        private Issuer issuer() {
            String path = ROOT + "/issuer";
            Element issuer = child(root, "issuer");
            if (issuer == null) {
                throw new InvalidFilingException(INVALID, path, "The issuer element is missing");
            }
            return new Issuer(cik(text(issuer, "issuerCik"), path + "/issuerCik"), text(issuer, "issuerName"),
                    text(issuer, "issuerTradingSymbol"), text(issuer, "issuerForeignTradingSymbol"));
        }

        private ReportingOwner owner(Element owner, String path) {
            Element id = child(owner, "reportingOwnerId");
            if (id == null) {
                throw new InvalidFilingException(INVALID, path + "/reportingOwnerId", "The reportingOwnerId element is missing");
            }
            Element address = child(owner, "reportingOwnerAddress");
            Element relationship = child(owner, "reportingOwnerRelationship");
            String relationshipPath = path + "/reportingOwnerRelationship";
            return new ReportingOwner(cik(text(id, "rptOwnerCik"), path + "/reportingOwnerId/rptOwnerCik"),
                    text(id, "rptOwnerName"),
                    text(address, "rptOwnerStreet1"), text(address, "rptOwnerStreet2"), text(address, "rptOwnerCity"),
                    text(address, "rptOwnerState"), text(address, "rptOwnerZipCode"),
                    text(address, "rptOwnerStateDescription"),
                    bool(text(address, "rptOwnerNonUSAddressFlag"), path + "/reportingOwnerAddress/rptOwnerNonUSAddressFlag"),
                    flag(text(relationship, "isDirector"), relationshipPath + "/isDirector"),
                    flag(text(relationship, "isOfficer"), relationshipPath + "/isOfficer"),
                    flag(text(relationship, "isTenPercentOwner"), relationshipPath + "/isTenPercentOwner"),
                    flag(text(relationship, "isOther"), relationshipPath + "/isOther"),
                    text(relationship, "officerTitle"), text(relationship, "otherText"));
        }

        private void table(Table table, String tableName, String transactionName, String holdingName,
                List<Transaction> transactions, List<Holding> holdings) {
            Element container = child(root, tableName);
            if (container == null) {
                return;
            }
            String tablePath = ROOT + "/" + tableName;
            List<Element> rows = children(container, transactionName);
            for (int i = 0; i < rows.size(); i++) {
                transactions.add(transaction(table, i + 1, rows.get(i), tablePath + "/" + transactionName + "[" + (i + 1) + "]"));
            }
            rows = children(container, holdingName);
            for (int i = 0; i < rows.size(); i++) {
                holdings.add(holding(table, i + 1, rows.get(i), tablePath + "/" + holdingName + "[" + (i + 1) + "]"));
            }
        }

        private Transaction transaction(Table table, int seq, Element row, String path) {
            Map<String, List<String>> refs = new LinkedHashMap<>();
            Field title = field(row, "securityTitle", path, refs);
            requireValue(title);
            Field price = field(row, "conversionOrExercisePrice", path, refs);
            Field date = field(row, "transactionDate", path, refs);
            requireValue(date);
            Field deemed = field(row, "deemedExecutionDate", path, refs);
            String codingPath = path + "/transactionCoding";
            Element coding = child(row, "transactionCoding");
            if (coding == null) {
                throw new InvalidFilingException(INVALID, codingPath, "The transactionCoding element is missing");
            }
            List<String> codingRefs = footnoteIds(coding, codingPath);
            if (!codingRefs.isEmpty()) {
                refs.put("transactionCoding", codingRefs);
            }
            String code = required(text(coding, "transactionCode"), codingPath + "/transactionCode");
            if (!TRANSACTION_CODES.contains(code)) {
                throw new InvalidFilingException(INVALID, codingPath + "/transactionCode",
                        "Transaction code '" + code + "' is not in the EDGAR TransCodeList");
            }
            String formType = formType(coding, codingPath);
            Field timeliness = field(row, "transactionTimeliness", path, refs);
            oneOf(timeliness, Set.of("E", "L"));
            Element amounts = child(row, "transactionAmounts");
            String amountsPath = path + "/transactionAmounts";
            Field shares = field(amounts, "transactionShares", amountsPath, refs);
            Field totalValue = field(amounts, "transactionTotalValue", amountsPath, refs);
            Field pricePerShare = field(amounts, "transactionPricePerShare", amountsPath, refs);
            Field acquiredDisposed = field(amounts, "transactionAcquiredDisposedCode", amountsPath, refs);
            oneOf(acquiredDisposed, Set.of("A", "D"));
            Element underlying = child(row, "underlyingSecurity");
            String underlyingPath = path + "/underlyingSecurity";
            Element post = child(row, "postTransactionAmounts");
            String postPath = path + "/postTransactionAmounts";
            Element nature = child(row, "ownershipNature");
            String naturePath = path + "/ownershipNature";
            Field direct = field(nature, "directOrIndirectOwnership", naturePath, refs);
            oneOf(direct, Set.of("D", "I"));
            return new Transaction(table, seq, title.value(), decimal(price), date(date.value(), date.path()),
                    optionalDate(deemed.value(), deemed.path()), formType, code,
                    bool(text(coding, "equitySwapInvolved"), codingPath + "/equitySwapInvolved"), timeliness.value(),
                    decimal(shares), decimal(totalValue), decimal(pricePerShare), acquiredDisposed.value(),
                    optionalDate(field(row, "exerciseDate", path, refs)), optionalDate(field(row, "expirationDate", path, refs)),
                    field(underlying, "underlyingSecurityTitle", underlyingPath, refs).value(),
                    decimal(field(underlying, "underlyingSecurityShares", underlyingPath, refs)),
                    decimal(field(underlying, "underlyingSecurityValue", underlyingPath, refs)),
                    decimal(field(post, "sharesOwnedFollowingTransaction", postPath, refs)),
                    decimal(field(post, "valueOwnedFollowingTransaction", postPath, refs)),
                    direct.value(), field(nature, "natureOfOwnership", naturePath, refs).value(), refs);
        }

        private Holding holding(Table table, int seq, Element row, String path) {
            Map<String, List<String>> refs = new LinkedHashMap<>();
            Field title = field(row, "securityTitle", path, refs);
            requireValue(title);
            Field price = field(row, "conversionOrExercisePrice", path, refs);
            Element coding = child(row, "transactionCoding");
            if (coding != null) {
                List<String> codingRefs = footnoteIds(coding, path + "/transactionCoding");
                if (!codingRefs.isEmpty()) {
                    refs.put("transactionCoding", codingRefs);
                }
            }
            Element underlying = child(row, "underlyingSecurity");
            String underlyingPath = path + "/underlyingSecurity";
            Element post = child(row, "postTransactionAmounts");
            String postPath = path + "/postTransactionAmounts";
            Element nature = child(row, "ownershipNature");
            String naturePath = path + "/ownershipNature";
            Field direct = field(nature, "directOrIndirectOwnership", naturePath, refs);
            oneOf(direct, Set.of("D", "I"));
            return new Holding(table, seq, title.value(), decimal(price), formType(coding, path + "/transactionCoding"),
                    optionalDate(field(row, "exerciseDate", path, refs)), optionalDate(field(row, "expirationDate", path, refs)),
                    field(underlying, "underlyingSecurityTitle", underlyingPath, refs).value(),
                    decimal(field(underlying, "underlyingSecurityShares", underlyingPath, refs)),
                    decimal(field(underlying, "underlyingSecurityValue", underlyingPath, refs)),
                    decimal(field(post, "sharesOwnedFollowingTransaction", postPath, refs)),
                    decimal(field(post, "valueOwnedFollowingTransaction", postPath, refs)),
                    direct.value(), field(nature, "natureOfOwnership", naturePath, refs).value(), refs);
        }

        /** A value wrapper: {@code <name><value>text</value><footnoteId id="F1"/></name>}; absent reads as empty. */
        private Field field(Element parent, String name, String parentPath, Map<String, List<String>> refs) {
            String path = parentPath + "/" + name;
            Element element = child(parent, name);
            if (element == null) {
                return new Field(null, List.of(), path);
            }
            List<String> ids = footnoteIds(element, path);
            if (!ids.isEmpty()) {
                refs.put(name, ids);
            }
            return new Field(text(element, "value"), ids, path + "/value");
        }

        private List<String> footnoteIds(Element element, String path) {
            List<String> ids = new ArrayList<>();
            for (Element reference : children(element, "footnoteId")) {
                String id = reference.getAttribute("id").trim();
                if (!footnoteTexts.containsKey(id)) {
                    throw new InvalidFilingException(INVALID, path + "/footnoteId",
                            "Footnote " + id + " is cited but not defined in <footnotes>");
                }
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
            return ids;
        }

        /** The FormTypeList: a row reported on this form or, in a Form 4 or 5, belonging to another form. */
        private static String formType(Element coding, String codingPath) {
            String formType = text(coding, "transactionFormType");
            if (formType != null && !Set.of("3", "4", "5").contains(formType)) {
                throw new InvalidFilingException(INVALID, codingPath + "/transactionFormType",
                        "transactionFormType '" + formType + "' is not one of 3, 4, 5");
            }
            return formType;
        }

        private static void requireValue(Field field) {
            if (field.value() == null) {
                throw new InvalidFilingException(INVALID, field.path(), "A value is required here");
            }
        }

        private static void oneOf(Field field, Set<String> allowed) {
            if (field.value() != null && !allowed.contains(field.value())) {
                throw new InvalidFilingException(INVALID, field.path(),
                        "'" + field.value() + "' is not one of " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }

        private static String required(String value, String path) {
            if (value == null) {
                throw new InvalidFilingException(INVALID, path, "The element " + path.substring(path.lastIndexOf('/') + 1)
                        + " is missing or empty");
            }
            return value;
        }

        private static String cik(String value, String path) {
            String cik = required(value, path);
            if (!CIK.matcher(cik).matches()) {
                throw new InvalidFilingException(INVALID, path, "'" + cik + "' is not a CIK (1 to 10 digits)");
            }
            return "0".repeat(10 - cik.length()) + cik;
        }

        /** A day of the filing itself, within {@link FilingBounds#eventProblem}. */
        private static LocalDate date(String value, String path) {
            return bounded(calendarDate(value, path), FilingBounds::eventProblem, path);
        }

        private static <T> T bounded(T value, Function<T, String> problem, String path) {
            String wrong = problem.apply(value);
            if (wrong != null) {
                throw new InvalidFilingException(INVALID, path, wrong);
            }
            return value;
        }

        private static LocalDate calendarDate(String value, String path) {
            Matcher matcher = DATE.matcher(value);
            if (!matcher.matches()) {
                throw new InvalidFilingException(INVALID, path, "'" + value + "' is not a date (YYYY-MM-DD)");
            }
            try {
                return LocalDate.parse(matcher.group(1));
            } catch (DateTimeException e) {
                throw new InvalidFilingException(INVALID, path, "'" + value + "' is not a calendar date");
            }
        }

        private static LocalDate optionalDate(String value, String path) {
            return value == null ? null : date(value, path);
        }

        /** An exercise or expiration date, within {@link FilingBounds#termProblem}. */
        private static LocalDate optionalDate(Field field) {
            return field.value() == null ? null : bounded(calendarDate(field.value(), field.path()), FilingBounds::termProblem, field.path());
        }

        private static BigDecimal decimal(Field field) {
            if (field.value() == null) {
                return null;
            }
            if (!DECIMAL.matcher(field.value()).matches()) {
                throw new InvalidFilingException(INVALID, field.path(),
                        "'" + field.value() + "' is not a decimal (digits and at most one '.', no sign, commas or $)");
            }
            return bounded(new BigDecimal(field.value()), FilingBounds::decimalProblem, field.path());
        }

        private static Boolean bool(String value, String path) {
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase()) {
                case "1", "true" -> true;
                case "0", "false" -> false;
                default -> throw new InvalidFilingException(INVALID, path, "'" + value + "' is not a boolean (0, 1, true, false)");
            };
        }

        private static boolean flag(String value, String path) {
            return Boolean.TRUE.equals(bool(value, path));
        }

        private static Element child(Element parent, String name) {
            if (parent == null) {
                return null;
            }
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element && element.getTagName().equals(name)) {
                    return element;
                }
            }
            return null;
        }

        private static List<Element> children(Element parent, String name) {
            List<Element> found = new ArrayList<>();
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element && element.getTagName().equals(name)) {
                    found.add(element);
                }
            }
            return found;
        }

        /** The trimmed text of a direct child element; null when the child is absent or empty. */
        private static String text(Element parent, String name) {
            Element element = child(parent, name);
            if (element == null) {
                return null;
            }
            String text = element.getTextContent().strip();
            return text.isEmpty() ? null : text;
        }
    }
}
