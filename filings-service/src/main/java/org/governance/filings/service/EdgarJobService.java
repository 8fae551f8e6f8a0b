package org.governance.filings.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.Valid;

import org.governance.filings.config.EdgarConfig;
import org.governance.filings.mapping.BackfillRequest;
import org.governance.filings.model.EdgarJob;
import org.governance.filings.model.EdgarJob.Kind;
import org.governance.filings.model.EdgarJob.State;
import org.governance.filings.model.FollowStatus;
import org.governance.filings.repository.EdgarFollowRepository;
import org.governance.filings.repository.EdgarJobRepository;
import org.governance.wire.ServiceException;

/**
 * The EDGAR jobs as their resources see them: a backfill asked for (checked, then read in the background by the
 * worker), a job's progress, a stopped job resumed, and the follower's state.
 */
@ApplicationScoped
@Transactional
public class EdgarJobService {

    /** Forms 3, 4 and 5 are filed electronically, as ownership XML, from this day (SEC Release 33-8230). */
    public static final LocalDate FIRST_OWNERSHIP_XML = LocalDate.of(2003, 6, 30);

    private final EdgarJobRepository jobs;
    private final EdgarFollowRepository follow;
    private final EdgarConfig config;
    private final EdgarClock clock;
    private final EdgarWorker worker;

    public EdgarJobService(EdgarJobRepository jobs, EdgarFollowRepository follow, EdgarConfig config, EdgarClock clock, EdgarWorker worker) {
        this.jobs = jobs;
        this.follow = follow;
        this.config = config;
        this.clock = clock;
        this.worker = worker;
    }

    /** Checks the range and starts the job; autocommit, so that the worker sees the job when it is told of it. */
    @Transactional(TxType.NOT_SUPPORTED)
    public EdgarJob startBackfill(@Valid BackfillRequest request) {
        requireUserAgent();
        LocalDate from = request.from();
        LocalDate to = request.to();
        LocalDate today = clock.today();
        if (from.isBefore(FIRST_OWNERSHIP_XML)) {
            throw ServiceException.ruleViolated("from", "EDGAR has Forms 3, 4 and 5 as ownership XML from " + FIRST_OWNERSHIP_XML
                    + " (electronic filing began then); " + from + " is before it");
        }
        if (to.isBefore(from)) {
            throw ServiceException.ruleViolated("to", "to (" + to + ") is before from (" + from + ")");
        }
        if (!to.isBefore(today)) {
            throw ServiceException.ruleViolated("to", "to (" + to + ") is not a past day: EDGAR's daily index of a day is published"
                    + " after it ends (today is " + today + " in New York); the follower reads today from the latest-filings feed");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > config.maxBackfillDays()) {
            throw ServiceException.ruleViolated("to", "The range holds " + days + " days; a backfill reads at most "
                    + config.maxBackfillDays() + " (filings.edgar.max-backfill-days): split it");
        }
        UUID id = UUID.randomUUID();
        jobs.create(id, Kind.BACKFILL, from, to);
        worker.nudge();
        return get(id);
    }

    @Transactional(TxType.SUPPORTS)
    public EdgarJob get(UUID id) {
        return jobs.find(id, config.maxListedRejections()).orElseThrow(() -> ServiceException.notFound("No EDGAR job " + id));
    }

    @Transactional(TxType.SUPPORTS)
    public List<EdgarJob> latest() {
        return jobs.latest(null, 20, config.maxListedRejections());
    }

    /** An interrupted or failed job set running again from the day it stopped on. */
    @Transactional(TxType.NOT_SUPPORTED)
    public EdgarJob resume(UUID id) {
        requireUserAgent();
        EdgarJob job = get(id);
        if (!jobs.resume(id, job.to())) {
            throw ServiceException.conflict("id", job.state() == State.RUNNING ? "Job " + id + " is running; nothing to resume"
                    : "Job " + id + " has read every day it was to read; start another backfill for other days");
        }
        worker.nudge();
        return get(id);
    }

    @Transactional(TxType.SUPPORTS)
    public FollowStatus followStatus() {
        EdgarFollowRepository.Row row = follow.read();
        UUID latestJob = jobs.latest(Kind.FOLLOW, 1, 0).stream().findFirst().map(EdgarJob::id).orElse(null);
        return new FollowStatus(config.follow().enabled(), config.follow().interval(), config.baseUrl(), row.cursor(),
                row.lastPollAt(), row.lastError(), row.feed(), latestJob);
    }

    /** A day read to its end: the job's counts, and for the follower's job its cursor, in one transaction. */
    public boolean completeDay(EdgarJob job, LocalDate day, boolean withoutIndex) {
        boolean completed = jobs.completeDay(job.id(), day, withoutIndex);
        if (completed && job.kind() == Kind.FOLLOW) {
            follow.advanceCursor(day);
        }
        return completed;
    }

    private void requireUserAgent() {
        if (config.userAgent().filter(agent -> !agent.isBlank()).isEmpty()) {
            throw ServiceException.ruleViolated(null, "Reading EDGAR needs a declared User-Agent: set filings.edgar.user-agent"
                    + " (environment FILINGS_EDGAR_USER_AGENT) to who runs this service and an e-mail address, e.g."
                    + " \"Example Corp ops@example.com\", as the SEC asks of automated tools");
        }
    }
}
