package org.governance.filings.service;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

import org.governance.filings.client.EdgarClient.EdgarUnavailableException;
import org.governance.filings.config.EdgarConfig;
import org.governance.filings.model.EdgarJob;
import org.governance.filings.model.EdgarJob.Kind;
import org.governance.filings.model.EdgarJob.State;
import org.governance.filings.repository.EdgarFollowRepository;
import org.governance.filings.repository.EdgarJobRepository;
import org.governance.filings.repository.Jdbc;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The one place that talks to EDGAR. One replica at a time holds the lease (a row in PostgreSQL, renewed at each
 * tick); the holder works on one thread: the follower's poll when it is due, then the running jobs, oldest first,
 * a day at a time. Any replica takes job requests; the holder finds them at its next tick (at once on the replica that
 * took them). A job left running by a crash or a restart is carried on by whoever holds the lease next, from the day
 * it was on; a shutdown lets the lease go, so that another replica takes over without waiting for it to lapse.
 */
@ApplicationScoped
public class EdgarWorker {

    private static final Logger LOG = Logger.getLogger(EdgarWorker.class);

    private final EdgarConfig config;
    private final EdgarFollowRepository follow;
    private final EdgarJobRepository jobs;
    private final Provider<EdgarJobRunner> runner;
    private final Provider<EdgarFollower> follower;
    private final String name = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread worker = new Thread(runnable, "edgar-worker");
        worker.setDaemon(true);
        return worker;
    });
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private volatile boolean holding;
    private volatile boolean stopping;

    @Inject
    public EdgarWorker(EdgarConfig config, EdgarFollowRepository follow, EdgarJobRepository jobs, Provider<EdgarJobRunner> runner,
            Provider<EdgarFollower> follower) {
        this.config = config;
        this.follow = follow;
        this.jobs = jobs;
        this.runner = runner;
        this.follower = follower;
    }

    /** Refuses to start with a configuration that would not follow EDGAR as the SEC asks (before anything else starts). */
    void onStart(@Observes @Priority(1) StartupEvent event) {
        List<String> problems = EdgarConfig.problems(config.follow().enabled(), config.userAgent(), config.maxRequestsPerSecond());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("filings-service will not start: " + String.join("; ", problems));
        }
        if (config.follow().enabled()) {
            LOG.infof("Following EDGAR at %s every %s as '%s', at most %s requests a second", config.baseUrl(),
                    config.follow().interval(), config.userAgent().orElseThrow(), config.maxRequestsPerSecond());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            follow.release(name);
        } catch (RuntimeException e) {
            LOG.debugf("The EDGAR lease was not let go (%s); it lapses by itself", e.getMessage());
        }
    }

    @Scheduled(every = "${filings.edgar.tick:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        nudge();
    }

    /** Takes or renews the lease and, holding it, sets the work going unless it is going already. */
    public void nudge() {
        if (stopping) {
            return;
        }
        try {
            holding = follow.lease(name, config.lease().toMillis() / 1000.0);
        } catch (RuntimeException e) {
            holding = false;
            LOG.warnf("The EDGAR lease could not be taken or renewed (%s)", e.getMessage());
            return;
        }
        if (holding) {
            wanted.set(true);
            if (busy.compareAndSet(false, true)) {
                thread.execute(this::work);
            }
        }
    }

    /** Whether this replica talks to EDGAR now. */
    public boolean holdsLease() {
        return holding;
    }

    private void work() {
        try {
            while (wanted.getAndSet(false)) {
                workWhileThereIsWork();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.errorf(e, "The EDGAR worker stopped; it goes on at its next tick");
        } finally {
            busy.set(false);
            if (wanted.get() && !stopping && busy.compareAndSet(false, true)) {
                thread.execute(this::work);
            }
        }
    }

    private void workWhileThereIsWork() throws InterruptedException {
        while (holding && !stopping) {
            if (pollDue()) {
                follower.get().poll();
            }
            Optional<UUID> next = jobs.nextRunnable();
            if (next.isEmpty()) {
                return;
            }
            readDay(next.get());
        }
    }

    private boolean pollDue() {
        if (!config.follow().enabled()) {
            return false;
        }
        Instant last = follow.read().lastPollAt();
        return last == null || !last.plus(config.follow().interval()).isAfter(Instant.now());
    }

    /** One day of a job; a stop is recorded with its reason (the job can be resumed from that day). */
    private void readDay(UUID id) throws InterruptedException {
        Optional<EdgarJob> found = jobs.find(id, 0);
        if (found.isEmpty() || found.get().state() != State.RUNNING) {
            return;
        }
        EdgarJob job = found.get();
        String resume = job.kind() == Kind.FOLLOW ? "the follower carries it on at its next poll"
                : "resume it with POST /edgar/jobs/" + id + "/resume";
        try {
            if (config.userAgent().filter(agent -> !agent.isBlank()).isEmpty()) {
                jobs.stop(id, State.INTERRUPTED, "filings.edgar.user-agent is not set, and EDGAR is not read without it: set it, then " + resume);
                return;
            }
            runner.get().readDay(job, () -> stopping || !holding);
        } catch (EdgarUnavailableException e) {
            LOG.warnf("EDGAR job %s stopped on %s: %s", id, job.nextDay(), e.getMessage());
            jobs.stop(id, State.INTERRUPTED, "Stopped on " + job.nextDay() + ": " + e.getMessage() + "; " + resume);
        } catch (IllegalArgumentException e) {
            jobs.stop(id, State.INTERRUPTED, "Stopped on " + job.nextDay() + ": what EDGAR served is " + e.getMessage() + "; " + resume);
        } catch (Jdbc.DataAccessException e) {
            LOG.errorf(e, "EDGAR job %s failed on %s", id, job.nextDay());
            stopQuietly(id, "Stopped on " + job.nextDay() + ": " + e.getMessage() + "; " + resume);
        } catch (RuntimeException e) {
            LOG.errorf(e, "EDGAR job %s failed on %s", id, job.nextDay());
            stopQuietly(id, "Stopped on " + job.nextDay() + " by an internal error (the service's log has it); " + resume);
        }
    }

    private void stopQuietly(UUID id, String error) {
        try {
            jobs.stop(id, State.FAILED, error);
        } catch (RuntimeException e) {
            LOG.warnf("EDGAR job %s could not be marked failed (%s); it stays running and is carried on", id, e.getMessage());
        }
    }

    private static String hostName() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return host.length() > 64 ? host.substring(0, 64) : host;
        } catch (UnknownHostException e) {
            return "filings-service";
        }
    }
}
