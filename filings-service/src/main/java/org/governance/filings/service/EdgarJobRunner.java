package org.governance.filings.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.filings.client.EdgarClient;
import org.governance.filings.config.EdgarConfig;
import org.governance.filings.edgar.BusinessCalendar;
import org.governance.filings.edgar.DailyIndex;
import org.governance.filings.model.EdgarJob;
import org.governance.filings.repository.EdgarJobRepository;
import org.governance.filings.repository.EdgarJobRepository.Handled;
import org.governance.filings.repository.EdgarJobRepository.Refusal;
import org.governance.filings.repository.FilingReadRepository;
import org.governance.filings.service.EdgarIntake.Taken;
import org.governance.filings.service.EdgarMetrics.Source;

/**
 * Reads one day of a job: the day's master index, then each Form 3, 4 or 5 it lists that is not stored yet. What the
 * job has done with each filing is written down as it goes (a filing in hand first, its outcome after), so that a job
 * stopped anywhere (EDGAR unavailable, a restart, a crash) goes on with the same day from its index: filings it has
 * handled, and filings stored or refused before, are not fetched again, and nothing is stored twice.
 */
@ApplicationScoped
public class EdgarJobRunner {

    private final EdgarClient client;
    private final EdgarIntake intake;
    private final EdgarJobRepository jobs;
    private final EdgarJobService jobService;
    private final FilingReadRepository filings;
    private final EdgarMetrics metrics;
    private final EdgarConfig config;
    private final EdgarClock clock;

    public EdgarJobRunner(EdgarClient client, EdgarIntake intake, EdgarJobRepository jobs, EdgarJobService jobService,
            FilingReadRepository filings, EdgarMetrics metrics, EdgarConfig config, EdgarClock clock) {
        this.client = client;
        this.intake = intake;
        this.jobs = jobs;
        this.jobService = jobService;
        this.filings = filings;
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Reads the job's next day to its end, unless its index is not published yet (the job then waits) or
     * {@code stopping} says to stop (the job stays running and goes on from there). EDGAR's being unavailable is the
     * caller's to record.
     */
    public void readDay(EdgarJob job, BooleanSupplier stopping) throws InterruptedException {
        LocalDate day = job.nextDay();
        Optional<byte[]> body = client.get(DailyIndex.path(day), config.maxIndexBytes());
        if (body.isEmpty()) {
            if (BusinessCalendar.isBusinessDay(day) && stillExpected(day)) {
                jobs.waitFor(job.id(), day, "The daily index of " + day + " is not published yet (404 at "
                        + client.url(DailyIndex.path(day)) + "); it is asked for again every " + config.follow().interval().toMinutes()
                        + " minutes until " + config.indexGrace().toDays() + " days after the day", config.follow().interval().toSeconds());
                return;
            }
            // a weekend, a holiday, or a day EDGAR was closed
            if (jobService.completeDay(job, day, true)) {
                metrics.dayRead(job.kind(), false);
            }
            return;
        }
        List<DailyIndex.Entry> listed = DailyIndex.parse(body.get()).filings();
        jobs.dayFound(job.id(), day, listed.size());
        Map<String, Handled> handled = jobs.handled(job.id(), day);
        List<String> open = listed.stream().map(DailyIndex.Entry::accession)
                .filter(accession -> handled.getOrDefault(accession, Handled.FETCHING) == Handled.FETCHING).toList();
        Set<String> stored = open.isEmpty() ? Set.of() : filings.existing(open);
        Map<String, Refusal> refused = open.isEmpty() ? Map.of() : jobs.refused(open.stream().filter(a -> !stored.contains(a)).toList());
        for (DailyIndex.Entry entry : listed) {
            String accession = entry.accession();
            Handled before = handled.get(accession);
            if (stopping.getAsBoolean()) {
                return;
            }
            if (before != null && before != Handled.FETCHING) {
                continue;
            }
            if (stored.contains(accession)) {
                // in hand when the job stopped and stored since: this job stored it
                Handled outcome = before == Handled.FETCHING ? Handled.STORED : Handled.ALREADY_PRESENT;
                jobs.settle(job.id(), accession, day, outcome, null, null);
                metrics.filings(Source.INDEX, outcome.name().toLowerCase(Locale.ROOT), 1);
                continue;
            }
            Refusal refusal = refused.get(accession);
            if (refusal != null) {
                jobs.settle(job.id(), accession, day, Handled.REFUSED, refusal.reason(), refusal.field());
                metrics.filings(Source.INDEX, "refused", 1);
                continue;
            }
            if (before == null && !jobs.take(job.id(), accession, day)) {
                continue; // another worker has it in hand
            }
            Taken taken = intake.take(accession, entry.path());
            jobs.settle(job.id(), accession, day, taken.outcome(), taken.reason(), taken.field());
            metrics.filings(Source.INDEX, taken.outcome().name().toLowerCase(Locale.ROOT), 1);
        }
        if (jobService.completeDay(job, day, false)) {
            metrics.dayRead(job.kind(), true);
            metrics.filings(Source.INDEX, "found", listed.size());
        }
    }

    /** Whether a business day's missing index may still come: EDGAR publishes it after the day, sometimes late. */
    private boolean stillExpected(LocalDate day) {
        Instant dayEnded = day.plusDays(1).atStartOfDay(EdgarClock.EDGAR_ZONE).toInstant();
        return Duration.between(dayEnded, clock.now()).compareTo(config.indexGrace()) < 0;
    }
}
