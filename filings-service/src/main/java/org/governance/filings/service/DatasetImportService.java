package org.governance.filings.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.governance.filings.config.FilingsConfig;
import org.governance.filings.edgar.Form345Assembler;
import org.governance.filings.edgar.Form345Assembler.Assembled;
import org.governance.filings.edgar.Form345DataSet;
import org.governance.filings.edgar.Form345DataSet.Rows;
import org.governance.filings.edgar.InvalidFilingException;
import org.governance.filings.model.ImportJob;
import org.governance.filings.model.ImportJob.Rejection;
import org.governance.filings.model.ImportJob.State;
import org.governance.filings.model.Outcome;
import org.governance.filings.model.SourceFormat;
import org.governance.filings.repository.FilingWriteRepository.NewFiling;
import org.governance.filings.repository.ImportJobRepository;
import org.governance.filings.repository.Jdbc;
import org.governance.wire.ServiceException;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Imports an SEC Form 345 data set (a quarter is about 36,000 filings): the upload is checked, then imported in the
 * background as a job whose counts the job resource shows while it runs. Each filing is stored whole or refused on
 * its own, with the table, row and column at fault; filings already stored (from XML or an earlier import) stay as
 * they are. Memory holds one bucket of rows and one chunk of filings at a time, whatever the data set's size.
 */
@ApplicationScoped
public class DatasetImportService {

    private static final Logger LOG = Logger.getLogger(DatasetImportService.class);

    private final FilingWriter writer;
    private final ImportJobRepository jobs;
    private final FilingsConfig.Dataset config;
    /** One import at a time: a second one waits for the first (both are in the jobs' list meanwhile). */
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "form345-import");
        thread.setDaemon(true);
        return thread;
    });

    public DatasetImportService(FilingWriter writer, ImportJobRepository jobs, FilingsConfig config) {
        this.writer = writer;
        this.jobs = jobs;
        this.config = config.dataset();
    }

    void onStart(@Observes StartupEvent event) {
        jobs.failAbandoned();
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    /** Checks the upload (a zip, SUBMISSION.tsv present, key columns in every header) and starts the job. */
    public ImportJob start(InputStream body, String fileName) {
        Path directory = createDirectory();
        try {
            Path zip = directory.resolve("dataset.zip");
            long size = copyBounded(body, zip);
            if (size == 0) {
                throw ServiceException.invalidField("body", "The request has no data set in its body");
            }
            Form345DataSet dataSet;
            try {
                dataSet = Form345DataSet.open(zip);
            } catch (InvalidFilingException e) {
                throw e.reason() == InvalidFilingException.Reason.MALFORMED ? ServiceException.invalidField("body", e.getMessage())
                        : ServiceException.ruleViolated(e.path(), e.getMessage());
            }
            UUID id = UUID.randomUUID();
            jobs.create(id, fileName, size, dataSet.missingTables().stream().map(t -> t + ".tsv").toList());
            runner.execute(() -> run(id, dataSet, directory));
            return jobs.find(id).orElseThrow();
        } catch (RuntimeException e) {
            delete(directory);
            throw e;
        }
    }

    public ImportJob get(UUID id) {
        return jobs.find(id).orElseThrow(() -> ServiceException.notFound("No data-set import " + id));
    }

    public List<ImportJob> latest() {
        return jobs.latest(20);
    }

    /** The job once it has finished, or as it stands after filings.dataset.max-wait. */
    public ImportJob await(UUID id) {
        Instant deadline = Instant.now().plus(config.maxWait());
        ImportJob job = get(id);
        while (job.state() == State.RUNNING && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return job;
            }
            job = get(id);
        }
        return job;
    }

    private void run(UUID id, Form345DataSet dataSet, Path directory) {
        Counts counts = new Counts();
        try (dataSet) {
            counts.filings = dataSet.spill(directory, config.buckets());
            jobs.progress(id, counts.filings, 0, 0, 0, 0, List.of());
            for (int bucket = 0; bucket < dataSet.buckets(); bucket++) {
                List<NewFiling> chunk = new ArrayList<>();
                for (Rows rows : dataSet.bucket(bucket)) {
                    try {
                        Assembled filing = Form345Assembler.assemble(rows);
                        chunk.add(new NewFiling(filing.accession(), filing.filingDate(), sha256(rows), SourceFormat.DATASET,
                                filing.document()));
                    } catch (InvalidFilingException e) {
                        counts.reject(rows.accession(), e.path(), e.getMessage(), config.maxListedRejections());
                    }
                    if (chunk.size() == config.chunkSize()) {
                        store(chunk, counts);
                        chunk.clear();
                    }
                }
                store(chunk, counts);
                jobs.progress(id, counts.filings, counts.processed(), counts.stored, counts.alreadyPresent, counts.rejected,
                        counts.rejections);
            }
            jobs.analyzeFilings();
            jobs.finish(id, State.SUCCEEDED, null);
            LOG.infof("Form 345 import %s: %d filings, %d stored, %d already present, %d rejected", id, counts.filings,
                    counts.stored, counts.alreadyPresent, counts.rejected);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Form 345 import %s failed", id);
            jobs.progress(id, counts.filings, counts.processed(), counts.stored, counts.alreadyPresent, counts.rejected,
                    counts.rejections);
            jobs.finish(id, State.FAILED, "The import stopped: " + reason(e));
        } finally {
            delete(directory);
        }
    }

    /** A chunk in one transaction; if that fails, its filings one by one, so that only the faulty ones are refused. */
    private void store(List<NewFiling> chunk, Counts counts) {
        if (chunk.isEmpty()) {
            return;
        }
        try {
            counts.add(writer.storeAll(chunk));
        } catch (RuntimeException chunkFailed) {
            for (NewFiling filing : chunk) {
                try {
                    counts.add(writer.storeAll(List.of(filing)));
                } catch (RuntimeException e) {
                    counts.reject(filing.accession(), "SUBMISSION.tsv[ACCESSION_NUMBER=" + filing.accession() + "]",
                            "The filing could not be stored: " + reason(e), config.maxListedRejections());
                }
            }
        }
    }

    private static final class Counts {
        int filings;
        int stored;
        int alreadyPresent;
        int rejected;
        final List<Rejection> rejections = new ArrayList<>();

        int processed() {
            return stored + alreadyPresent + rejected;
        }

        void add(Map<String, Outcome> outcomes) {
            outcomes.values().forEach(outcome -> {
                if (outcome == Outcome.STORED) {
                    stored++;
                } else {
                    alreadyPresent++;
                }
            });
        }

        void reject(String accession, String field, String reason, int listed) {
            rejected++;
            if (rejections.size() < listed) {
                rejections.add(new Rejection(accession, field, reason));
            }
        }
    }

    /**
     * Why a filing was refused, in the service's own words: a rule's message, or what failed with its SQLState; never
     * the database's message (it quotes values and names internals), which the log keeps.
     */
    private static String reason(RuntimeException e) {
        if (e instanceof ServiceException || e instanceof InvalidFilingException || e instanceof Jdbc.DataAccessException) {
            return e.getMessage();
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof Jdbc.DataAccessException dataAccess) {
                return dataAccess.getMessage();
            }
        }
        LOG.warnf(e, "A data-set filing could not be stored");
        return "an internal error (the service's log has it)";
    }

    /** The identity of a data-set filing's content: the SHA-256 of its rows as read. */
    private static String sha256(Rows rows) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(rows.tables().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long copyBounded(InputStream body, Path target) {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = body; OutputStream out = Files.newOutputStream(target)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > config.maxBytes()) {
                    throw ServiceException.payloadTooLarge("The data set is larger than " + config.maxBytes() + " bytes");
                }
                out.write(buffer, 0, read);
            }
            return total;
        } catch (IOException e) {
            throw ServiceException.invalidField("body", "The request body could not be read: " + e.getMessage());
        }
    }

    private static Path createDirectory() {
        try {
            return Files.createTempDirectory("form345-");
        } catch (IOException e) {
            throw new IllegalStateException("No room for the upload: " + e.getMessage(), e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory: the OS cleans it at the latest
        }
    }
}
