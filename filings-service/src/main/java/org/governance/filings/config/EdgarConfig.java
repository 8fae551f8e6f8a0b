package org.governance.filings.config;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Following EDGAR: where it is, how politely it is asked, and how the follower and the backfills run. */
@ConfigMapping(prefix = "filings.edgar")
public interface EdgarConfig {

    /** The most requests a second the SEC allows (https://www.sec.gov/os/accessing-edgar-data). */
    double SEC_MAX_REQUESTS_PER_SECOND = 10;

    Pattern EMAIL = Pattern.compile("[^\\s@<>()]+@[^\\s@<>()]+\\.[^\\s@<>()]+");

    /** EDGAR's address, or a mirror's: the daily indexes, the filings and the latest-filings feed are read under it. */
    @WithDefault("https://www.sec.gov")
    String baseUrl();

    /** The declared User-Agent: who runs this service and how to reach them. No default: the operator says who they are. */
    Optional<String> userAgent();

    /** Requests a second at most, every request and retry counted (the SEC allows 10). */
    @WithDefault("5")
    double maxRequestsPerSecond();

    /** Retries of one request after a 429, a 5xx or a broken connection, before the job stops (to be resumed). */
    @WithDefault("5")
    int maxRetries();

    /** The first wait before a retry when EDGAR sends no Retry-After; doubled at each retry. */
    @WithDefault("PT2S")
    Duration initialBackoff();

    /** The longest wait between two tries; a Retry-After asking for longer stops the job instead (to be resumed). */
    @WithDefault("PT5M")
    Duration maxBackoff();

    @WithDefault("PT10S")
    Duration connectTimeout();

    @WithDefault("PT60S")
    Duration requestTimeout();

    /** The largest daily index read, in bytes (a busy day's master index is about 1 MB). */
    @WithDefault("67108864")
    int maxIndexBytes();

    /** The longest backfill, in days. */
    @WithDefault("366")
    int maxBackfillDays();

    /**
     * How long a business day's missing daily index is waited for (EDGAR publishes it in the evening, sometimes later);
     * after that the day counts as read without an index (EDGAR was closed).
     */
    @WithDefault("P3D")
    Duration indexGrace();

    /** Rejections listed in a job (all are counted). */
    @WithDefault("1000")
    int maxListedRejections();

    /** How often the worker checks for work and renews its lease. */
    @WithDefault("10s")
    String tick();

    /** How long the worker's lease lasts unrenewed: after a crash, another replica (or the restarted one) takes over then. */
    @WithDefault("PT60S")
    Duration lease();

    Follow follow();

    interface Follow {

        /** Whether this service follows EDGAR by itself (off in the local platform, on in production). */
        @WithDefault("false")
        boolean enabled();

        /** Time between two polls. */
        @WithDefault("PT10M")
        Duration interval();

        /** The first day to read when the follower has no cursor yet; default yesterday. */
        Optional<LocalDate> start();

        /** Pages of 100 entries read from the latest-filings feed per form type and poll, at most. */
        @WithDefault("5")
        int feedPages();
    }

    /** What is wrong with the configuration, for a person; empty when the service may start. */
    static List<String> problems(boolean following, Optional<String> userAgent, double maxRequestsPerSecond) {
        List<String> problems = new ArrayList<>();
        if (following && userAgent.filter(agent -> !agent.isBlank()).isEmpty()) {
            problems.add("filings.edgar.follow.enabled is true but filings.edgar.user-agent (env FILINGS_EDGAR_USER_AGENT) is not set:"
                    + " the SEC asks automated tools to declare who they are, e.g. \"Example Corp ops@example.com\"");
        }
        userAgent.filter(agent -> !agent.isBlank() && !declaresContact(agent)).ifPresent(agent -> problems.add(
                "filings.edgar.user-agent '" + agent + "' does not name who runs the service and an e-mail address, as the SEC asks"
                        + " (e.g. \"Example Corp ops@example.com\")"));
        if (!(maxRequestsPerSecond > 0 && maxRequestsPerSecond <= SEC_MAX_REQUESTS_PER_SECOND)) {
            problems.add("filings.edgar.max-requests-per-second is " + maxRequestsPerSecond + ": it must be above 0 and at most "
                    + (int) SEC_MAX_REQUESTS_PER_SECOND + ", the SEC's limit");
        }
        return problems;
    }

    /** A name and an e-mail address, as the SEC asks of automated tools ("Sample Company Name AdminContact@example.com"). */
    static boolean declaresContact(String userAgent) {
        String[] words = userAgent.strip().split("\\s+");
        return words.length >= 2 && Arrays.stream(words).anyMatch(word -> EMAIL.matcher(word.replaceAll("^[<(]|[>)]$", "")).matches());
    }
}
