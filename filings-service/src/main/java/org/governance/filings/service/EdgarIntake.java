package org.governance.filings.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.filings.client.EdgarClient;
import org.governance.filings.config.FilingsConfig;
import org.governance.filings.edgar.InvalidFilingException;
import org.governance.filings.model.Outcome;
import org.governance.filings.repository.EdgarJobRepository;
import org.governance.filings.repository.EdgarJobRepository.Handled;
import org.governance.filings.repository.FilingWriteRepository.NewFiling;
import org.governance.wire.ServiceException;

/**
 * One filing EDGAR lists, fetched as its complete submission text file and ingested through the same path as
 * {@code POST /filings} with text/plain: exact, idempotent by accession, amendments linked. A filing refused for its
 * content is remembered with the reason, so that it is not fetched again.
 */
@ApplicationScoped
public class EdgarIntake {

    /** What became of the filing, and why when it was refused. */
    public record Taken(Handled outcome, String reason, String field) {
    }

    private final EdgarClient client;
    private final FilingIngestService ingest;
    private final EdgarJobRepository jobs;
    private final FilingsConfig config;

    public EdgarIntake(EdgarClient client, FilingIngestService ingest, EdgarJobRepository jobs, FilingsConfig config) {
        this.client = client;
        this.ingest = ingest;
        this.jobs = jobs;
        this.config = config;
    }

    /**
     * Fetches and ingests the filing at {@code path}. EDGAR's being unavailable (an EdgarUnavailableException) and
     * failures of the service itself are the caller's to handle: they are no verdict on the filing.
     */
    public Taken take(String accession, String path) throws InterruptedException {
        String url = client.url(path);
        Optional<byte[]> text;
        try {
            text = client.get(path, config.ingest().maxDocumentBytes());
        } catch (EdgarClient.TooLargeException e) {
            return refuse(accession, url, "The submission is larger than " + config.ingest().maxDocumentBytes()
                    + " bytes (filings.ingest.max-document-bytes)", "body");
        }
        if (text.isEmpty()) {
            // listed but not there (yet): not remembered, so that a later job looks again
            return new Taken(Handled.REFUSED, "EDGAR has no file at " + url + " (404)", null);
        }
        try {
            NewFiling filing = ingest.prepareSubmission(text.get());
            if (!filing.accession().equals(accession)) {
                return refuse(accession, url, "The file at " + url + " holds accession " + filing.accession() + ", not " + accession,
                        "SEC-HEADER/ACCESSION NUMBER");
            }
            Outcome outcome = ingest.store(filing).outcome();
            return new Taken(outcome == Outcome.STORED ? Handled.STORED : Handled.ALREADY_PRESENT, null, null);
        } catch (InvalidFilingException e) {
            return refuse(accession, url, e.getMessage(), e.path());
        } catch (ServiceException e) {
            return refuse(accession, url, e.getMessage(), e.field());
        }
    }

    private Taken refuse(String accession, String url, String reason, String field) {
        jobs.refuse(accession, reason, field, url);
        return new Taken(Handled.REFUSED, reason, field);
    }
}
