package org.governance.filings.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.filings.client.EdgarClient;
import org.governance.filings.config.EdgarConfig;
import org.governance.filings.edgar.DailyIndex;
import org.governance.filings.edgar.LatestFilingsFeed;
import org.governance.filings.model.EdgarJob;
import org.governance.filings.model.EdgarJob.Kind;
import org.governance.filings.model.EdgarJob.State;
import org.governance.filings.repository.EdgarFollowRepository;
import org.governance.filings.repository.EdgarJobRepository;
import org.governance.filings.repository.EdgarJobRepository.Handled;
import org.governance.filings.repository.FilingReadRepository;
import org.governance.filings.service.EdgarIntake.Taken;
import org.governance.filings.service.EdgarMetrics.Source;
import org.jboss.logging.Logger;

/**
 * One poll of the follower. The days from its cursor to yesterday are read from their daily indexes by a FOLLOW job
 * (the same job as a backfill's, so that it is resumable and shows its counts; the job moves the cursor as it ends
 * each day). Today, whose index does not exist yet, is read from the latest-filings feed for Forms 3, 4 and 5: the
 * filings not stored yet are fetched at once; the day's index, read tomorrow, finds them stored and fetches nothing.
 */
@ApplicationScoped
public class EdgarFollower {

    private static final Logger LOG = Logger.getLogger(EdgarFollower.class);
    private static final List<String> FEED_TYPES = List.of("3", "4", "5");
    private static final int PAGE = 100;

    private final EdgarClient client;
    private final EdgarIntake intake;
    private final EdgarJobRepository jobs;
    private final EdgarFollowRepository follow;
    private final FilingReadRepository filings;
    private final EdgarMetrics metrics;
    private final EdgarConfig config;
    private final EdgarClock clock;

    public EdgarFollower(EdgarClient client, EdgarIntake intake, EdgarJobRepository jobs, EdgarFollowRepository follow,
            FilingReadRepository filings, EdgarMetrics metrics, EdgarConfig config, EdgarClock clock) {
        this.client = client;
        this.intake = intake;
        this.jobs = jobs;
        this.follow = follow;
        this.filings = filings;
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
    }

    /** Starts (or carries on) the catch-up job and reads today's feed; the poll's error, if any, is kept for GET /edgar/follow. */
    public void poll() throws InterruptedException {
        String error = null;
        try {
            LocalDate today = clock.today();
            catchUp(today.minusDays(1));
            readFeed(today);
        } catch (EdgarClient.EdgarUnavailableException | IllegalArgumentException e) {
            error = e.getMessage();
            LOG.warnf("Following EDGAR: %s", error);
        }
        follow.polled(error);
    }

    /** A FOLLOW job over the days after the cursor up to {@code yesterday}: the latest one carried on, or a new one. */
    private void catchUp(LocalDate yesterday) {
        LocalDate cursor = follow.read().cursor();
        LocalDate first = cursor != null ? cursor.plusDays(1) : config.follow().start().orElse(yesterday);
        if (first.isAfter(yesterday)) {
            return;
        }
        Optional<EdgarJob> latest = jobs.latest(Kind.FOLLOW, 1, 0).stream().findFirst();
        if (latest.isPresent() && latest.get().state() == State.RUNNING) {
            jobs.extend(latest.get().id(), yesterday);
        } else if (latest.isPresent() && latest.get().state() != State.SUCCEEDED && !latest.get().nextDay().isAfter(first)) {
            jobs.resume(latest.get().id(), yesterday);
        } else {
            jobs.create(UUID.randomUUID(), Kind.FOLLOW, first, yesterday);
        }
    }

    /**
     * Today's Forms 3, 4 and 5 from the feed, newest first, a page of 100 at a time per form type: paging stops at a
     * page that reaches back before today, lists nothing new, or is the last, and after filings.edgar.follow.feed-pages.
     */
    private void readFeed(LocalDate today) throws InterruptedException {
        int found = 0;
        int stored = 0;
        int alreadyPresent = 0;
        int refused = 0;
        try {
            for (String type : FEED_TYPES) {
                for (int page = 0; page < config.follow().feedPages(); page++) {
                    Optional<byte[]> body = client.get(LatestFilingsFeed.path(type, page * PAGE, PAGE), config.maxIndexBytes());
                    if (body.isEmpty()) {
                        break;
                    }
                    LatestFilingsFeed feed = LatestFilingsFeed.parse(body.get());
                    List<LatestFilingsFeed.Entry> todays = feed.entries().stream().filter(e -> e.filed().equals(today)).toList();
                    List<String> accessions = todays.stream().map(LatestFilingsFeed.Entry::accession).toList();
                    Set<String> known = accessions.isEmpty() ? Set.of() : filings.existing(accessions);
                    Map<String, ?> refusedBefore = accessions.isEmpty() ? Map.of() : jobs.refused(accessions);
                    int fresh = 0;
                    for (LatestFilingsFeed.Entry entry : todays) {
                        if (known.contains(entry.accession()) || refusedBefore.containsKey(entry.accession())) {
                            continue;
                        }
                        fresh++;
                        found++;
                        Taken taken = intake.take(entry.accession(), DailyIndex.submissionPath(entry.cik(), entry.accession()));
                        switch (taken.outcome()) {
                            case STORED -> stored++;
                            case ALREADY_PRESENT -> alreadyPresent++;
                            default -> refused++;
                        }
                        if (taken.outcome() == Handled.REFUSED) {
                            LOG.infof("Following EDGAR: %s refused: %s", entry.accession(), taken.reason());
                        }
                    }
                    boolean more = feed.listed() == PAGE && feed.oldest() != null && !feed.oldest().isBefore(today)
                            && (fresh > 0 || todays.isEmpty());
                    if (!more) {
                        break;
                    }
                }
            }
        } finally {
            follow.countFeed(today, found, stored, alreadyPresent, refused);
            metrics.filings(Source.FEED, "found", found);
            metrics.filings(Source.FEED, "stored", stored);
            metrics.filings(Source.FEED, "already_present", alreadyPresent);
            metrics.filings(Source.FEED, "refused", refused);
        }
    }
}
