package org.governance.filings.service;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.filings.config.FilingsConfig;
import org.governance.filings.edgar.InvalidFilingException;
import org.governance.filings.model.Outcome;
import org.governance.filings.repository.FilingWriteRepository.NewFiling;
import org.governance.wire.Problem;
import org.governance.wire.ServiceException;
import org.jboss.logging.Logger;

/**
 * A zip of filings: each file is stored or refused on its own, the files stored in chunks of 250 per transaction. {@code <accession>.xml} files are bare
 * ownershipDocuments named by their accession number; {@code .txt} files are EDGAR submission text files.
 */
@ApplicationScoped
public class BatchIngestService {

    private static final Logger LOG = Logger.getLogger(BatchIngestService.class);

    /** One file's fate; a rejected file carries the problem's status, type and detail. */
    public record FileOutcome(String file, String accession, Outcome outcome, int status, String problemType,
            String detail, String field) {
    }

    /**
     * What became of each file. {@code notRead} is null, or says why the rest of the archive was not read: a file
     * that unpacks beyond the limit stops the reading there (skipping it would mean unpacking it to its end).
     */
    public record BatchReport(int files, int stored, int alreadyPresent, int rejected, List<FileOutcome> results, String notRead) {
    }

    private final FilingIngestService ingest;
    private final FilingWriter writer;
    private final FilingsConfig config;

    public BatchIngestService(FilingIngestService ingest, FilingWriter writer, FilingsConfig config) {
        this.ingest = ingest;
        this.writer = writer;
        this.config = config;
    }

    public BatchReport ingest(InputStream body) {
        List<FileOutcome> results = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        String notRead = null;
        // names without the archive's UTF-8 flag are read as the zip format's own default, code page 437
        try (ZipInputStream zip = new ZipInputStream(body, Charset.forName("IBM437"))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                if (results.size() >= config.ingest().maxBatchFiles()) {
                    throw ServiceException.payloadTooLarge("A batch holds at most " + config.ingest().maxBatchFiles() + " files");
                }
                results.add(null);
                if (!prepare(results.size() - 1, entry.getName(), zip, results, pending)) {
                    notRead = "The files after " + entry.getName() + " were not read: it unpacks beyond "
                            + config.ingest().maxDocumentBytes() + " bytes, and reading on would mean unpacking it to its end;"
                            + " send them in another batch";
                    break;
                }
                if (pending.size() == config.ingest().chunkSize()) {
                    store(pending, results);
                }
            }
            store(pending, results);
        } catch (IOException | IllegalArgumentException e) {
            String unreadable = unreadable(e);
            if (pending.isEmpty() && results.stream().allMatch(Objects::isNull)) {
                throw ServiceException.invalidField("body", unreadable);
            }
            store(pending, results);
            results.removeIf(Objects::isNull); // the file being read when the archive broke
            notRead = "The rest of the archive was not read: " + unreadable;
        }
        if (results.isEmpty()) {
            throw ServiceException.invalidField("body", "The zip archive holds no files");
        }
        return new BatchReport(results.size(), count(results, Outcome.STORED), count(results, Outcome.ALREADY_PRESENT),
                count(results, Outcome.REJECTED), results, notRead);
    }

    /** What is wrong with an archive that could not be read to its end, said for a person. */
    private static String unreadable(Exception e) {
        if (e instanceof EOFException) {
            return "The zip archive ends in the middle of a file: it is truncated (an interrupted upload or copy?)";
        }
        if (e instanceof IllegalArgumentException) {
            // ZipInputStream's "MALFORMED": a name marked as UTF-8 that is not
            return "A file name in the zip archive is marked as UTF-8 but is not valid UTF-8";
        }
        if (e instanceof ZipException) {
            return "The body is not a readable zip archive (" + (e.getMessage() == null ? "its structure is broken" : e.getMessage()) + ")";
        }
        return "The zip archive could not be read to its end" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
    }

    /** A file read and parsed, waiting to be stored with the others of its chunk. */
    private record Pending(int index, String file, NewFiling filing) {
    }

    /**
     * Reads and parses one file; a file refused here gets its outcome at once. False when the file was larger than
     * the limit: its entry is left where the reading stopped, and the archive is not read further.
     */
    private boolean prepare(int index, String name, ZipInputStream zip, List<FileOutcome> results, List<Pending> pending)
            throws IOException {
        String base = name.substring(name.lastIndexOf('/') + 1);
        String lower = base.toLowerCase(Locale.ROOT);
        String accession = lower.endsWith(".xml") || lower.endsWith(".txt") ? base.substring(0, base.length() - 4) : null;
        try {
            byte[] content = readBounded(zip, config.ingest().maxDocumentBytes());
            if (lower.endsWith(".xml")) {
                if (!FilingIngestService.ACCESSION.matcher(accession).matches()) {
                    throw ServiceException.ruleViolated("file", "A bare XML filing in a batch is named by its accession number,"
                            + " e.g. 0001415889-24-020022.xml");
                }
                pending.add(new Pending(index, name, ingest.prepareXml(content, accession, null)));
            } else if (lower.endsWith(".txt")) {
                pending.add(new Pending(index, name, ingest.prepareSubmission(content)));
            } else {
                throw ServiceException.ruleViolated("file", "Only .xml (ownershipDocument) and .txt (submission) files are read");
            }
        } catch (RuntimeException e) {
            results.set(index, rejected(name, accession, e));
            return !(e instanceof ServiceException refused && refused.kind() == ServiceException.Kind.PAYLOAD_TOO_LARGE);
        }
        return true;
    }

    /**
     * Stores a chunk in one transaction (one insert batch per table). A filing already stored is compared with the
     * one sent (same content: 200; other content: 409). If the chunk fails, its files are stored one by one, so that
     * each gets its own outcome.
     */
    private void store(List<Pending> pending, List<FileOutcome> results) {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Outcome> outcomes = null;
        try {
            outcomes = writer.storeAll(pending.stream().map(Pending::filing).toList());
        } catch (RuntimeException chunkFailed) {
            LOG.debugf("A batch chunk failed (%s); storing its files one by one", chunkFailed.getMessage());
        }
        for (Pending p : pending) {
            NewFiling filing = p.filing();
            try {
                Outcome outcome = outcomes == null ? ingest.store(filing).outcome()
                        : outcomes.get(filing.accession()) == Outcome.STORED && firstOf(pending, p)
                                ? Outcome.STORED
                                : writer.existing(filing.accession(), filing.filingDate(), filing.sha256(), filing.sourceFormat());
                Outcome result = outcome == Outcome.STORED ? Outcome.STORED : Outcome.ALREADY_PRESENT;
                results.set(p.index(), new FileOutcome(p.file(), filing.accession(), result, result == Outcome.STORED ? 201 : 200,
                        null, null, null));
            } catch (RuntimeException e) {
                results.set(p.index(), rejected(p.file(), filing.accession(), e));
            }
        }
        pending.clear();
    }

    /** Whether {@code p} is the first file of the chunk with its accession (a later one is a repeat of it). */
    private static boolean firstOf(List<Pending> pending, Pending p) {
        return pending.stream().filter(o -> o.filing().accession().equals(p.filing().accession())).findFirst().orElseThrow() == p;
    }

    private static FileOutcome rejected(String name, String accession, RuntimeException failure) {
        if (failure instanceof ServiceException e) {
            return new FileOutcome(name, accession, Outcome.REJECTED, e.kind().status, e.kind().type(),
                    e.getMessage(), e.field());
        }
        if (failure instanceof InvalidFilingException e) {
            boolean malformed = e.reason() == InvalidFilingException.Reason.MALFORMED;
            return new FileOutcome(name, accession, Outcome.REJECTED, malformed ? 400 : 422,
                    Problem.type(malformed ? "malformed-xml" : "invalid-filing"), e.getMessage(), e.path());
        }
        LOG.errorf(failure, "Unexpected failure on batch file %s", name);
        return new FileOutcome(name, accession, Outcome.REJECTED, 500, Problem.type("server-error"),
                "The file could not be stored because of an internal error", null);
    }

    /** Reads at most {@code limit} bytes; more is refused, which also stops a zip bomb. */
    public static byte[] readBounded(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > limit) {
                throw ServiceException.payloadTooLarge("The filing is larger than " + limit + " bytes");
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static int count(List<FileOutcome> results, Outcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
