package org.governance.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.governance.bench.Market.Committee;
import org.governance.bench.Market.Company;
import org.governance.bench.Market.Filing;
import org.governance.bench.Market.Membership;
import org.governance.bench.Market.Person;
import org.governance.bench.Market.Seat;
import org.governance.bench.Market.Trade;

/**
 * Writes a generated market the way the platform takes it in: boards and committees as the JSON files
 * scripts/load_demo.py loads through the services' APIs (the demo/ format), filings as EDGAR XML (zips of
 * {@code <accession>.xml} for POST /filings/batch) and as an SEC Form 345 data set (for POST /datasets/form345).
 */
public final class MarketWriter {

    private static final DateTimeFormatter SEC_DATE = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);
    private static final String PLAN_FOOTNOTE = "The transactions reported on this Form 4 were effected pursuant to a Rule 10b5-1"
            + " trading plan adopted by the reporting person.";

    private MarketWriter() {
    }

    /** companies.json, people.json, directors.json, committees.json in {@code directory}. */
    public static void writeBoards(Market market, Path directory) throws IOException {
        Files.createDirectories(directory);
        List<String> companies = new ArrayList<>();
        for (Company c : market.companies()) {
            companies.add("{\"cik\": " + q(c.cik()) + ", \"name\": " + q(c.name()) + ", \"ticker\": " + q(c.ticker())
                    + ", \"exchange\": \"NYSE\", \"classifiedBoard\": " + c.classifiedBoard() + ", \"source\": \"generated\"}");
        }
        write(directory.resolve("companies.json"), array(companies));
        List<String> people = new ArrayList<>();
        for (Person p : market.people()) {
            people.add("{\"fullName\": " + q(p.fullName()) + ", \"cik\": " + q(p.cik()) + ", \"edgarName\": " + q(p.edgarName())
                    + ", \"illustrative\": true, \"source\": \"generated\"}");
        }
        write(directory.resolve("people.json"), array(people));
        List<String> seats = new ArrayList<>();
        for (Seat s : market.seats()) {
            seats.add("{\"company\": " + q(s.company().cik()) + ", \"person\": " + q(s.person().fullName()) + ", \"independent\": "
                    + s.independent() + ", \"independenceDeterminedOn\": " + q(s.firstElected().toString()) + ", \"directorClass\": "
                    + q(s.directorClass()) + ", \"termExpiresYear\": " + s.termExpiresYear() + ", \"firstElected\": "
                    + q(s.firstElected().toString()) + ", \"roles\": [" + String.join(", ", s.roles().stream().map(MarketWriter::q).toList())
                    + "], \"auditCommitteeFinancialExpert\": " + s.financialExpert() + ", \"illustrative\": true, \"source\": \"generated\"}");
        }
        write(directory.resolve("directors.json"), array(seats));
        List<String> committees = new ArrayList<>();
        for (Committee c : market.committees()) {
            List<String> members = new ArrayList<>();
            for (Membership m : c.members()) {
                members.add("{\"person\": " + q(m.seat().person().fullName()) + ", \"role\": " + q(m.role()) + ", \"from\": "
                        + q(m.from().toString()) + (m.to() == null ? "" : ", \"to\": " + q(m.to().toString()))
                        + ", \"financialExpert\": " + m.financialExpert() + "}");
            }
            committees.add("{\"companyCik\": " + q(c.company().cik()) + ", \"type\": " + q(c.type()) + ", \"name\": " + q(c.name())
                    + ", \"standing\": true, \"source\": \"generated\", \"members\": [" + String.join(", ", members) + "]}");
        }
        write(directory.resolve("committees.json"), array(committees));
    }

    /** The filings as zips of at most {@code perZip} {@code <accession>.xml} files: batch-0001.zip and so on. */
    public static List<Path> writeXmlBatches(Market market, Path directory, int perZip) throws IOException {
        Files.createDirectories(directory);
        List<Path> zips = new ArrayList<>();
        List<Filing> filings = market.filings();
        for (int start = 0; start < filings.size(); start += perZip) {
            Path zip = directory.resolve(String.format("batch-%04d.zip", zips.size() + 1));
            try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip)))) {
                for (Filing filing : filings.subList(start, Math.min(filings.size(), start + perZip))) {
                    out.putNextEntry(new ZipEntry(filing.accession() + ".xml"));
                    out.write(xml(filing).getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
            zips.add(zip);
        }
        return zips;
    }

    /** One filing as an EDGAR ownershipDocument. */
    public static String xml(Filing f) {
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xml version=\"1.0\"?>\n<ownershipDocument>\n<schemaVersion>X0508</schemaVersion>\n<documentType>")
                .append(f.documentType()).append("</documentType>\n<periodOfReport>").append(f.periodOfReport()).append("</periodOfReport>\n");
        if (f.amends() != null) {
            x.append("<dateOfOriginalSubmission>").append(f.originalFilingDate()).append("</dateOfOriginalSubmission>\n");
        }
        x.append("<notSubjectToSection16>0</notSubjectToSection16>\n<aff10b5One>").append(f.plan10b5One() ? 1 : 0).append("</aff10b5One>\n");
        x.append("<issuer><issuerCik>").append(pad(f.issuer().cik())).append("</issuerCik><issuerName>").append(esc(f.issuer().name()))
                .append("</issuerName><issuerTradingSymbol>").append(f.issuer().ticker()).append("</issuerTradingSymbol></issuer>\n");
        x.append("<reportingOwner><reportingOwnerId><rptOwnerCik>").append(pad(f.owner().cik())).append("</rptOwnerCik><rptOwnerName>")
                .append(esc(f.owner().edgarName())).append("</rptOwnerName></reportingOwnerId>")
                .append("<reportingOwnerAddress><rptOwnerCity>EXAMPLETOWN</rptOwnerCity><rptOwnerState>NY</rptOwnerState></reportingOwnerAddress>")
                .append("<reportingOwnerRelationship><isDirector>").append(f.director() ? 1 : 0).append("</isDirector><isOfficer>")
                .append(f.officer() ? 1 : 0).append("</isOfficer>");
        if (f.officerTitle() != null) {
            x.append("<officerTitle>").append(esc(f.officerTitle())).append("</officerTitle>");
        }
        x.append("</reportingOwnerRelationship></reportingOwner>\n<nonDerivativeTable>\n");
        for (Trade t : f.trades()) {
            x.append("<nonDerivativeTransaction><securityTitle><value>Common Stock</value></securityTitle><transactionDate><value>")
                    .append(t.date()).append("</value></transactionDate><transactionCoding><transactionFormType>4</transactionFormType>")
                    .append("<transactionCode>").append(t.code()).append("</transactionCode><equitySwapInvolved>0</equitySwapInvolved>");
            if (f.plan10b5One()) {
                x.append("<footnoteId id=\"F1\"/>");
            }
            x.append("</transactionCoding><transactionAmounts><transactionShares><value>").append(t.shares().toPlainString())
                    .append("</value></transactionShares><transactionPricePerShare><value>").append(t.price().toPlainString())
                    .append("</value></transactionPricePerShare><transactionAcquiredDisposedCode><value>").append(t.acquiredDisposed())
                    .append("</value></transactionAcquiredDisposedCode></transactionAmounts><postTransactionAmounts>")
                    .append("<sharesOwnedFollowingTransaction><value>").append(t.sharesOwnedFollowing().toPlainString())
                    .append("</value></sharesOwnedFollowingTransaction></postTransactionAmounts><ownershipNature>")
                    .append("<directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature>")
                    .append("</nonDerivativeTransaction>\n");
        }
        x.append("</nonDerivativeTable>\n");
        if (f.plan10b5One()) {
            x.append("<footnotes><footnote id=\"F1\">").append(PLAN_FOOTNOTE).append("</footnote></footnotes>\n");
        }
        x.append("<ownerSignature><signatureName>/s/ ").append(esc(f.owner().fullName())).append("</signatureName><signatureDate>")
                .append(f.filingDate()).append("</signatureDate></ownerSignature>\n</ownershipDocument>\n");
        return x.toString();
    }

    /** The filings as an SEC Form 345 data set (the tables the generated filings use). */
    public static void writeForm345(Market market, Path zip) throws IOException {
        Files.createDirectories(zip.toAbsolutePath().getParent());
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip)))) {
            table(out, "SUBMISSION", "ACCESSION_NUMBER\tFILING_DATE\tPERIOD_OF_REPORT\tDATE_OF_ORIG_SUB\tNO_SECURITIES_OWNED\t"
                    + "NOT_SUBJECT_SEC16\tFORM3_HOLDINGS_REPORTED\tFORM4_TRANS_REPORTED\tDOCUMENT_TYPE\tISSUERCIK\tISSUERNAME\t"
                    + "ISSUERTRADINGSYMBOL\tREMARKS", market, (f, rows) -> rows.add(String.join("\t", f.accession(), d(f.filingDate()),
                            d(f.periodOfReport()), f.amends() == null ? "" : d(f.originalFilingDate()), "", "0", "", "",
                            f.documentType(), pad(f.issuer().cik()), f.issuer().name(), f.issuer().ticker(), "")));
            table(out, "REPORTINGOWNER", "ACCESSION_NUMBER\tRPTOWNERCIK\tRPTOWNERNAME\tRPTOWNER_RELATIONSHIP\tRPTOWNER_TITLE\t"
                    + "RPTOWNER_TXT\tRPTOWNER_STREET1\tRPTOWNER_STREET2\tRPTOWNER_CITY\tRPTOWNER_STATE\tRPTOWNER_ZIPCODE\t"
                    + "RPTOWNER_STATE_DESC\tFILE_NUMBER", market, (f, rows) -> rows.add(String.join("\t", f.accession(),
                            pad(f.owner().cik()), f.owner().edgarName(), relationship(f), f.officerTitle() == null ? "" : f.officerTitle(),
                            "", "", "", "EXAMPLETOWN", "NY", "", "", "")));
            int[] key = {0};
            table(out, "NONDERIV_TRANS", "ACCESSION_NUMBER\tNONDERIV_TRANS_SK\tSECURITY_TITLE\tSECURITY_TITLE_FN\tTRANS_DATE\t"
                    + "TRANS_DATE_FN\tDEEMED_EXECUTION_DATE\tDEEMED_EXECUTION_DATE_FN\tTRANS_FORM_TYPE\tTRANS_CODE\t"
                    + "EQUITY_SWAP_INVOLVED\tEQUITY_SWAP_TRANS_CD_FN\tTRANS_TIMELINESS\tTRANS_TIMELINESS_FN\tTRANS_SHARES\t"
                    + "TRANS_SHARES_FN\tTRANS_PRICEPERSHARE\tTRANS_PRICEPERSHARE_FN\tTRANS_ACQUIRED_DISP_CD\t"
                    + "TRANS_ACQUIRED_DISP_CD_FN\tSHRS_OWND_FOLWNG_TRANS\tSHRS_OWND_FOLWNG_TRANS_FN\tVALU_OWND_FOLWNG_TRANS\t"
                    + "VALU_OWND_FOLWNG_TRANS_FN\tDIRECT_INDIRECT_OWNERSHIP\tDIRECT_INDIRECT_OWNERSHIP_FN\tNATURE_OF_OWNERSHIP\t"
                    + "NATURE_OF_OWNERSHIP_FN", market, (f, rows) -> {
                        for (Trade t : f.trades()) {
                            rows.add(String.join("\t", f.accession(), String.valueOf(++key[0]), "Common Stock", "", d(t.date()), "",
                                    "", "", "4", t.code(), "0", f.plan10b5One() ? "F1" : "", "", "", t.shares().toPlainString(), "",
                                    t.price().toPlainString(), "", t.acquiredDisposed(), "", t.sharesOwnedFollowing().toPlainString(),
                                    "", "", "", "D", "", "", ""));
                        }
                    });
            table(out, "FOOTNOTES", "ACCESSION_NUMBER\tFOOTNOTE_ID\tFOOTNOTE_TXT", market, (f, rows) -> {
                if (f.plan10b5One()) {
                    rows.add(String.join("\t", f.accession(), "F1", PLAN_FOOTNOTE));
                }
            });
            table(out, "OWNER_SIGNATURE", "ACCESSION_NUMBER\tOWNERSIGNATURENAME\tOWNERSIGNATUREDATE", market,
                    (f, rows) -> rows.add(String.join("\t", f.accession(), "/s/ " + f.owner().fullName(), d(f.filingDate()))));
        }
    }

    private interface Rows {
        void add(Filing filing, List<String> rows);
    }

    private static void table(ZipOutputStream out, String name, String header, Market market, Rows rows) throws IOException {
        out.putNextEntry(new ZipEntry(name + ".tsv"));
        OutputStream stream = out;
        stream.write((header + "\n").getBytes(StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (Filing filing : market.filings()) {
            rows.add(filing, lines);
            for (String line : lines) {
                stream.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            lines.clear();
        }
        out.closeEntry();
    }

    private static String relationship(Filing f) {
        List<String> roles = new ArrayList<>();
        if (f.director()) {
            roles.add("Director");
        }
        if (f.officer()) {
            roles.add("Officer");
        }
        return String.join(",", roles);
    }

    private static String d(LocalDate date) {
        return date.format(SEC_DATE).toUpperCase(Locale.ENGLISH);
    }

    static String pad(String cik) {
        return "0".repeat(10 - cik.length()) + cik;
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String q(String text) {
        return text == null ? "null" : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String array(List<String> items) {
        return "[\n  " + String.join(",\n  ", items) + "\n]\n";
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
