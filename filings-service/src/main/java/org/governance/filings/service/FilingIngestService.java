package org.governance.filings.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.filings.config.FilingsConfig;
import org.governance.filings.edgar.FilingBounds;
import org.governance.filings.edgar.OwnershipXmlParser;
import org.governance.filings.edgar.SubmissionText;
import org.governance.filings.model.Outcome;
import org.governance.filings.model.SourceFormat;
import org.governance.filings.repository.FilingWriteRepository.NewFiling;
import org.governance.wire.ServiceException;

/** Takes filings in as EDGAR publishes them, checks them, and stores each exactly once. */
@ApplicationScoped
public class FilingIngestService {

    public static final Pattern ACCESSION = Pattern.compile("\\d{10}-\\d{2}-\\d{6}");

    public record Ingested(String accession, Outcome outcome) {
    }

    private final OwnershipXmlParser parser;
    private final FilingWriter writer;
    private final FilingsConfig config;

    public FilingIngestService(FilingWriter writer, FilingsConfig config) {
        this.writer = writer;
        this.config = config;
        this.parser = new OwnershipXmlParser(config.ingest().maxElementDepth());
    }

    /** A bare ownershipDocument; its accession number (and filing date, when known) come with it. */
    public Ingested ingestXml(byte[] xml, String accession, LocalDate filingDate) {
        return store(prepareXml(xml, accession, filingDate));
    }

    /** A complete EDGAR submission text file: accession and filing date from its header, the XML from its document. */
    public Ingested ingestSubmission(byte[] text) {
        return store(prepareSubmission(text));
    }

    /** A bare ownershipDocument checked and parsed, not stored yet (the batch stores many at once). */
    public NewFiling prepareXml(byte[] xml, String accession, LocalDate filingDate) {
        checkSize(xml);
        if (accession == null || accession.isBlank()) {
            throw ServiceException.ruleViolated("accession",
                    "A bare ownershipDocument needs its accession number: POST /filings?accession=0001415889-24-020022");
        }
        String outOfRange = FilingBounds.eventProblem(filingDate);
        if (outOfRange != null) {
            throw ServiceException.invalidParameter("filingDate", outOfRange);
        }
        return new NewFiling(checkAccession(accession.strip(), "accession"), filingDate, sha256(xml), SourceFormat.XML, parser.parse(xml));
    }

    /** A submission text file checked and parsed, not stored yet. */
    public NewFiling prepareSubmission(byte[] text) {
        checkSize(text);
        SubmissionText submission = SubmissionText.parse(new String(text, StandardCharsets.UTF_8));
        byte[] xml = submission.xml();
        return new NewFiling(checkAccession(submission.accession(), "SEC-HEADER/ACCESSION NUMBER"), submission.filingDate(),
                sha256(xml), SourceFormat.SUBMISSION, parser.parse(xml));
    }

    /** Stores a prepared filing on its own: 201, or 200 for the same content again, or 409. */
    public Ingested store(NewFiling filing) {
        try {
            return new Ingested(filing.accession(), writer.store(filing.accession(), filing.filingDate(), filing.sha256(),
                    filing.sourceFormat(), filing.doc()));
        } catch (FilingWriter.DuplicateAccession raced) {
            return new Ingested(filing.accession(), writer.existing(filing.accession(), filing.filingDate(), filing.sha256(),
                    filing.sourceFormat()));
        }
    }

    private void checkSize(byte[] body) {
        if (body == null || body.length == 0) {
            throw ServiceException.invalidField("body", "The request has no filing in its body");
        }
        if (body.length > config.ingest().maxDocumentBytes()) {
            throw ServiceException.payloadTooLarge("The filing is " + body.length + " bytes; at most "
                    + config.ingest().maxDocumentBytes() + " are accepted");
        }
    }

    private static String checkAccession(String accession, String field) {
        if (!ACCESSION.matcher(accession).matches()) {
            throw ServiceException.ruleViolated(field, "'" + accession + "' is not an accession number (0001415889-24-020022)");
        }
        return accession;
    }

    /** The identity of a filing's content: the SHA-256 of its XML without surrounding white space. */
    static String sha256(byte[] xml) {
        String text = new String(xml, StandardCharsets.UTF_8).strip();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
