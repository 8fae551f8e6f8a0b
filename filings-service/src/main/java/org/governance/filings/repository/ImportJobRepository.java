package org.governance.filings.repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.governance.filings.model.ImportJob;
import org.governance.filings.model.ImportJob.Rejection;
import org.governance.filings.model.ImportJob.State;

/** Import jobs in PostgreSQL, so that any replica can answer for a job and a restart keeps the reports. Autocommit. */
@ApplicationScoped
public class ImportJobRepository {

    private static final TypeReference<List<Rejection>> REJECTIONS = new TypeReference<>() {
    };

    private final Jdbc jdbc;
    private final ObjectMapper json;

    public ImportJobRepository(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void create(UUID id, String fileName, long sizeBytes, List<String> missingTables) {
        jdbc.update("Creating an import job", """
                INSERT INTO dataset_import (id, kind, state, file_name, size_bytes, missing_tables)
                VALUES (?, 'FORM345', 'RUNNING', ?, ?, ?)""", id, fileName, sizeBytes, missingTables.toArray(String[]::new));
    }

    public void progress(UUID id, int filings, int processed, int stored, int alreadyPresent, int rejected, List<Rejection> rejections) {
        jdbc.update("Recording an import job's progress", """
                UPDATE dataset_import SET filings = ?, processed = ?, stored = ?, already_present = ?, rejected = ?,
                  rejections = ?::jsonb WHERE id = ?""", filings, processed, stored, alreadyPresent, rejected, toJson(rejections), id);
    }

    public void finish(UUID id, State state, String error) {
        jdbc.update("Finishing an import job", "UPDATE dataset_import SET state = ?, error = ?, finished_at = now() WHERE id = ?",
                state.name(), error, id);
    }

    /** Jobs left RUNNING by a process that stopped: they will not finish. */
    public void failAbandoned() {
        jdbc.update("Failing abandoned import jobs", """
                UPDATE dataset_import SET state = 'FAILED', finished_at = now(),
                  error = 'The service stopped while the import ran; import the data set again (filings stored already are recognised)'
                WHERE state = 'RUNNING'""");
    }

    /**
     * Fresh planner statistics after a bulk import: without them PostgreSQL kept planning the issuer-and-quarter
     * transaction query of the flagship as if the tables were small (bench/reports/2026-11-29-sp500.md).
     */
    public void analyzeFilings() {
        jdbc.update("Analyzing the filing tables", "ANALYZE filing, reporting_owner, filing_transaction, filing_holding, footnote, owner_signature");
    }

    public Optional<ImportJob> find(UUID id) {
        return jdbc.queryOne("Reading an import job", "SELECT * FROM dataset_import WHERE id = ?", this::job, id);
    }

    public List<ImportJob> latest(int limit) {
        return jdbc.query("Reading import jobs", "SELECT * FROM dataset_import ORDER BY started_at DESC LIMIT ?", this::job, limit);
    }

    private ImportJob job(ResultSet rs) throws SQLException {
        Array missing = rs.getArray("missing_tables");
        Timestamp finished = rs.getTimestamp("finished_at");
        try {
            return new ImportJob(rs.getObject("id", UUID.class), rs.getString("kind"), State.valueOf(rs.getString("state")),
                    rs.getString("file_name"), rs.getLong("size_bytes"), Arrays.asList((String[]) missing.getArray()),
                    rs.getInt("filings"), rs.getInt("processed"), rs.getInt("stored"), rs.getInt("already_present"),
                    rs.getInt("rejected"), json.readValue(rs.getString("rejections"), REJECTIONS), rs.getString("error"),
                    rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored import report is not JSON", e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
