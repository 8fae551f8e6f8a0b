package org.governance.filings.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.filings.model.EdgarJob;
import org.governance.filings.model.EdgarJob.Kind;
import org.governance.filings.model.EdgarJob.Rejection;
import org.governance.filings.model.EdgarJob.State;

/**
 * The EDGAR jobs, the filings a job has in hand on the day it reads (and every one it refused), and the filings EDGAR
 * served that were refused. Autocommit, except where a service method holds a transaction (a day's end).
 */
@ApplicationScoped
public class EdgarJobRepository {

    /** What a job has done with one filing of the day it reads. FETCHING: taken in hand, not known to be stored yet. */
    public enum Handled {
        FETCHING, STORED, ALREADY_PRESENT, REFUSED
    }

    /** A filing refused before: why, and where in it. */
    public record Refusal(String reason, String field) {
    }

    /** The job's row with the counts of the day it is reading added. */
    private static final String JOB = """
            SELECT j.*, d.stored AS day_stored, d.already_present AS day_already_present, d.refused AS refused
            FROM edgar_job j, LATERAL (SELECT count(*) FILTER (WHERE f.outcome = 'STORED' AND f.day = j.next_day) AS stored,
                   count(*) FILTER (WHERE f.outcome = 'ALREADY_PRESENT' AND f.day = j.next_day) AS already_present,
                   count(*) FILTER (WHERE f.outcome = 'REFUSED') AS refused
                   FROM edgar_job_filing f WHERE f.job_id = j.id) d
            """;

    private final Jdbc jdbc;

    public EdgarJobRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void create(UUID id, Kind kind, LocalDate from, LocalDate to) {
        jdbc.update("Creating an EDGAR job", "INSERT INTO edgar_job (id, kind, state, from_day, to_day, next_day) VALUES (?, ?, 'RUNNING', ?, ?, ?)",
                id, kind.name(), from, to, from);
    }

    public Optional<EdgarJob> find(UUID id, int listedRejections) {
        Optional<EdgarJob> job = jdbc.queryOne("Reading an EDGAR job", JOB + " WHERE j.id = ?", rs -> job(rs, List.of()), id);
        return job.map(j -> withRejections(List.of(j), listedRejections).get(0));
    }

    /** The latest jobs, newest first; of one kind when {@code kind} is given. */
    public List<EdgarJob> latest(Kind kind, int limit, int listedRejections) {
        List<EdgarJob> jobs = jdbc.query("Reading EDGAR jobs", JOB + " WHERE (CAST(? AS varchar) IS NULL OR j.kind = ?)"
                + " ORDER BY j.created_at DESC LIMIT ?", rs -> job(rs, List.of()), kind == null ? null : kind.name(),
                kind == null ? null : kind.name(), limit);
        return withRejections(jobs, listedRejections);
    }

    /** The oldest running job that may be worked on now. */
    public Optional<UUID> nextRunnable() {
        return jdbc.queryOne("Finding a runnable EDGAR job", """
                SELECT id FROM edgar_job WHERE state = 'RUNNING' AND (not_before IS NULL OR not_before <= now())
                ORDER BY created_at LIMIT 1""", rs -> rs.getObject(1, UUID.class));
    }

    /** What the job has done so far with the filings of a day. */
    public Map<String, Handled> handled(UUID job, LocalDate day) {
        Map<String, Handled> handled = new HashMap<>();
        jdbc.query("Reading a job's filings of a day", "SELECT accession, outcome FROM edgar_job_filing WHERE job_id = ? AND day = ?",
                rs -> handled.put(rs.getString(1), Handled.valueOf(rs.getString(2))), job, day);
        return handled;
    }

    /** Takes a filing in hand for the job; false when the job has it already (another worker took it first). */
    public boolean take(UUID job, String accession, LocalDate day) {
        return jdbc.update("Taking a filing in hand", """
                INSERT INTO edgar_job_filing (job_id, accession, day, outcome) VALUES (?, ?, ?, 'FETCHING')
                ON CONFLICT (job_id, accession) DO NOTHING""", job, accession, day) == 1;
    }

    /** What became of a filing the job handled (taken in hand or not). */
    public void settle(UUID job, String accession, LocalDate day, Handled outcome, String reason, String field) {
        jdbc.update("Recording what became of a filing", """
                INSERT INTO edgar_job_filing (job_id, accession, day, outcome, reason, field) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (job_id, accession) DO UPDATE SET outcome = EXCLUDED.outcome, reason = EXCLUDED.reason, field = EXCLUDED.field""",
                job, accession, day, outcome.name(), reason, field);
    }

    /** How many filings the index of the job's next day lists. */
    public void dayFound(UUID job, LocalDate day, int found) {
        jdbc.update("Recording a day's filings", "UPDATE edgar_job SET day_found = ?, waiting = NULL, not_before = NULL, updated_at = now()"
                + " WHERE id = ? AND next_day = ?", found, job, day);
    }

    /**
     * The day read to its end: its counts folded into the job's totals, its filings let go (refused ones stay listed),
     * the job on to the next day or finished. False when the job was not on that day (another worker ended it first).
     * Run in the caller's transaction.
     */
    public boolean completeDay(UUID job, LocalDate day, boolean withoutIndex) {
        int changed = jdbc.update("Ending a job's day", """
                UPDATE edgar_job j SET filings_found = filings_found + day_found, day_found = 0,
                  stored = stored + (SELECT count(*) FROM edgar_job_filing f WHERE f.job_id = j.id AND f.day = ? AND f.outcome = 'STORED'),
                  already_present = already_present
                    + (SELECT count(*) FROM edgar_job_filing f WHERE f.job_id = j.id AND f.day = ? AND f.outcome = 'ALREADY_PRESENT'),
                  days_read = days_read + 1, days_without_index = days_without_index + ?, next_day = next_day + 1,
                  waiting = NULL, not_before = NULL, updated_at = now(),
                  state = CASE WHEN next_day + 1 > to_day THEN 'SUCCEEDED' ELSE state END,
                  finished_at = CASE WHEN next_day + 1 > to_day THEN now() END
                WHERE j.id = ? AND j.next_day = ? AND j.state = 'RUNNING'""", day, day, withoutIndex ? 1 : 0, job, day);
        if (changed == 1) {
            jdbc.update("Letting a day's filings go", "DELETE FROM edgar_job_filing WHERE job_id = ? AND day = ? AND outcome <> 'REFUSED'", job, day);
        }
        return changed == 1;
    }

    /** The job waits (a daily index not published yet) and is not worked on before {@code seconds} from now. */
    public void waitFor(UUID job, LocalDate day, String why, double seconds) {
        jdbc.update("Recording a job's wait", "UPDATE edgar_job SET waiting = ?, not_before = now() + make_interval(secs => ?),"
                + " updated_at = now() WHERE id = ? AND next_day = ?", why, seconds, job, day);
    }

    /** Ends a running job (SUCCEEDED, INTERRUPTED or FAILED) with the reason. */
    public void stop(UUID job, State state, String error) {
        jdbc.update("Stopping an EDGAR job", "UPDATE edgar_job SET state = ?, error = ?, waiting = NULL, not_before = NULL,"
                + " finished_at = now(), updated_at = now() WHERE id = ? AND state = 'RUNNING'", state.name(), error, job);
    }

    /** Sets an interrupted or failed job running again from its next day, to {@code to} at least; false when it was not stopped. */
    public boolean resume(UUID job, LocalDate to) {
        return jdbc.update("Resuming an EDGAR job", """
                UPDATE edgar_job SET state = 'RUNNING', error = NULL, finished_at = NULL, not_before = NULL, updated_at = now(),
                  to_day = GREATEST(to_day, CAST(? AS date))
                WHERE id = ? AND state IN ('INTERRUPTED', 'FAILED')""", to, job) == 1;
    }

    /** A running job reads on to {@code to} at least (the follower's catch-up, as days pass). */
    public void extend(UUID job, LocalDate to) {
        jdbc.update("Extending an EDGAR job", "UPDATE edgar_job SET to_day = GREATEST(to_day, CAST(? AS date)), updated_at = now()"
                + " WHERE id = ? AND state = 'RUNNING'", to, job);
    }

    /** Which of these accessions EDGAR served before and were refused, with why. */
    public Map<String, Refusal> refused(List<String> accessions) {
        Map<String, Refusal> refused = new HashMap<>();
        jdbc.query("Reading refused accessions", "SELECT accession, reason, field FROM edgar_refused WHERE accession = ANY (?)",
                rs -> refused.put(rs.getString(1), new Refusal(rs.getString(2), rs.getString(3))), (Object) accessions.toArray(String[]::new));
        return refused;
    }

    /** A filing EDGAR served that was refused: it is not fetched again. */
    public void refuse(String accession, String reason, String field, String url) {
        jdbc.update("Recording a refused filing", "INSERT INTO edgar_refused (accession, reason, field, url) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (accession) DO NOTHING", accession, reason, field, url);
    }

    private List<EdgarJob> withRejections(List<EdgarJob> jobs, int listed) {
        if (jobs.isEmpty()) {
            return jobs;
        }
        Map<UUID, List<Rejection>> byJob = new HashMap<>();
        jdbc.query("Reading jobs' rejections", """
                SELECT job_id, accession, day, field, reason FROM (
                  SELECT f.*, row_number() OVER (PARTITION BY job_id ORDER BY day, accession) AS n
                  FROM edgar_job_filing f WHERE CAST(job_id AS text) = ANY (?) AND outcome = 'REFUSED') r
                WHERE n <= ? ORDER BY job_id, n""",
                rs -> byJob.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(new Rejection(rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5))),
                jobs.stream().map(job -> job.id().toString()).toArray(String[]::new), listed);
        return jobs.stream().map(j -> new EdgarJob(j.id(), j.kind(), j.state(), j.from(), j.to(), j.nextDay(), j.daysRead(),
                j.daysWithoutIndex(), j.filingsFound(), j.stored(), j.alreadyPresent(), j.refused(),
                byJob.getOrDefault(j.id(), List.of()), j.waiting(), j.error(), j.createdAt(), j.updatedAt(), j.finishedAt())).toList();
    }

    private static EdgarJob job(ResultSet rs, List<Rejection> rejections) throws SQLException {
        return new EdgarJob(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")), State.valueOf(rs.getString("state")),
                rs.getObject("from_day", LocalDate.class), rs.getObject("to_day", LocalDate.class), rs.getObject("next_day", LocalDate.class),
                rs.getInt("days_read"), rs.getInt("days_without_index"), rs.getInt("filings_found") + rs.getInt("day_found"),
                rs.getInt("stored") + rs.getInt("day_stored"), rs.getInt("already_present") + rs.getInt("day_already_present"),
                rs.getInt("refused"), rejections, rs.getString("waiting"), rs.getString("error"), instant(rs, "created_at"),
                instant(rs, "updated_at"), instant(rs, "finished_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
