package org.governance.filings.repository;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.filings.model.FollowStatus.Feed;

/**
 * The follower's one row: its cursor (the last day read to its end), its last poll, today's feed counts, and the
 * lease that lets one replica at a time talk to EDGAR. Autocommit, except where a service method holds a transaction.
 */
@ApplicationScoped
public class EdgarFollowRepository {

    /** The row as it stands. */
    public record Row(LocalDate cursor, Instant lastPollAt, String lastError, Feed feed, String worker, Instant workerUntil) {
    }

    private final Jdbc jdbc;

    public EdgarFollowRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Row read() {
        return jdbc.queryOne("Reading the follower", "SELECT * FROM edgar_follow WHERE id = 1", rs -> new Row(
                rs.getObject("cursor_day", LocalDate.class), EdgarJobRepository.instant(rs, "last_poll_at"), rs.getString("last_error"),
                new Feed(rs.getObject("feed_day", LocalDate.class), rs.getInt("feed_found"), rs.getInt("feed_stored"),
                        rs.getInt("feed_already_present"), rs.getInt("feed_refused")),
                rs.getString("worker"), EdgarJobRepository.instant(rs, "worker_until"))).orElseThrow();
    }

    /**
     * Takes or renews the lease for {@code seconds}: true when this worker holds it now (it held it, nobody did, or the
     * holder let it lapse, as a crashed replica does).
     */
    public boolean lease(String worker, double seconds) {
        return jdbc.update("Taking the EDGAR lease", """
                UPDATE edgar_follow SET worker = ?, worker_until = now() + make_interval(secs => ?)
                WHERE id = 1 AND (worker IS NULL OR worker = ? OR worker_until < now())""", worker, seconds, worker) == 1;
    }

    /** Lets the lease go, so that another replica takes over at once (on a shutdown). */
    public void release(String worker) {
        jdbc.update("Letting the EDGAR lease go", "UPDATE edgar_follow SET worker = NULL, worker_until = NULL WHERE id = 1 AND worker = ?",
                worker);
    }

    /** The last day read to its end moves on (never back: a catch-up job ends its days in order). */
    public void advanceCursor(LocalDate day) {
        jdbc.update("Moving the follower's cursor", "UPDATE edgar_follow SET cursor_day = ? WHERE id = 1 AND (cursor_day IS NULL OR cursor_day < ?)",
                day, day);
    }

    /** A poll done, with its error or none. */
    public void polled(String error) {
        jdbc.update("Recording a poll", "UPDATE edgar_follow SET last_poll_at = now(), last_error = ? WHERE id = 1", error);
    }

    /** Adds to the day's feed counts (starting them again on a new day). */
    public void countFeed(LocalDate day, int found, int stored, int alreadyPresent, int refused) {
        jdbc.update("Counting the feed's filings", """
                UPDATE edgar_follow SET
                  feed_found = CASE WHEN feed_day = ? THEN feed_found ELSE 0 END + ?,
                  feed_stored = CASE WHEN feed_day = ? THEN feed_stored ELSE 0 END + ?,
                  feed_already_present = CASE WHEN feed_day = ? THEN feed_already_present ELSE 0 END + ?,
                  feed_refused = CASE WHEN feed_day = ? THEN feed_refused ELSE 0 END + ?,
                  feed_day = ?
                WHERE id = 1""", day, found, day, stored, day, alreadyPresent, day, refused, day);
    }
}
