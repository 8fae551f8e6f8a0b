package org.governance.filings.repository;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one JDBC helper of filings-service's repositories: a statement with its parameters, rows mapped by a
 * {@link RowMapper}, batches on one connection. Every call runs in the caller's transaction (the data source is
 * Agroal's, enlisted in JTA). A failure is a {@link DataAccessException} that names what failed but carries no SQL
 * and no PostgreSQL text (the cause keeps them for the log).
 */
@ApplicationScoped
public class Jdbc {

    /** Maps the current row of a result. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Work on one connection, such as several batches. */
    @FunctionalInterface
    public interface ConnectionWork {
        void run(Connection connection) throws SQLException;
    }

    /** A statement that failed: what it was for, without its SQL or the database's message. */
    public static final class DataAccessException extends RuntimeException {
        public DataAccessException(String what, SQLException cause) {
            super(what + " failed (SQLState " + cause.getSQLState() + ")", cause);
        }

        DataAccessException(String what, RuntimeException driverFault) {
            super(what + " failed in the driver (" + driverFault.getClass().getSimpleName() + "); its connection was discarded",
                    driverFault);
        }
    }

    private final DataSource dataSource;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> query(String what, String sql, RowMapper<T> mapper, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            return guarded(what, connection, () -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    bind(statement, parameters);
                    try (ResultSet rs = statement.executeQuery()) {
                        List<T> rows = new ArrayList<>();
                        while (rs.next()) {
                            rows.add(mapper.map(rs));
                        }
                        return rows;
                    }
                }
            });
        } catch (SQLException e) {
            throw new DataAccessException(what, e);
        }
    }

    public <T> Optional<T> queryOne(String what, String sql, RowMapper<T> mapper, Object... parameters) {
        return query(what, sql, mapper, parameters).stream().findFirst();
    }

    /** The number of rows changed. */
    public int update(String what, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            return guarded(what, connection, () -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    bind(statement, parameters);
                    return statement.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new DataAccessException(what, e);
        }
    }

    /** Work on one connection; its SQLException goes to the caller, which may tell a lost race (23505) from a fault. */
    public void withConnection(ConnectionWork work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            guarded("A write", connection, () -> {
                work.run(connection);
                return null;
            });
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    /**
     * Runs work on a connection, and discards the connection when the driver fails with anything but an
     * SQLException. pgjdbc throws IllegalArgumentException while it encodes a batch with a number PostgreSQL cannot
     * hold (a scale beyond 16383) after part of the batch is on the wire: the connection's protocol state is lost
     * and every later statement on it fails or reads another's answer (a filing found missing). Such a connection
     * must never go back to the pool.
     */
    private static <T> T guarded(String what, Connection connection, SqlWork<T> work) throws SQLException {
        try {
            return work.run();
        } catch (RuntimeException driverFault) {
            discard(connection);
            throw driverFault instanceof DataAccessException ? driverFault : new DataAccessException(what, driverFault);
        }
    }

    /**
     * Closes the physical connection under Agroal's wrapper, then touches the wrapper: the "connection closed"
     * SQLException (SQLState 08003) it throws is fatal to Agroal's PostgreSQL exception sorter, which destroys the
     * connection instead of returning it to the pool.
     */
    private static void discard(Connection connection) {
        try {
            connection.unwrap(Connection.class).close();
        } catch (SQLException alreadyGone) {
            // nothing left to close
        }
        try {
            connection.createStatement().close();
        } catch (SQLException expected) {
            // 08003: the pool has marked the connection to be destroyed
        }
    }

    /** One JDBC batch of a statement: one round trip for all the rows' parameters. */
    public static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Binds the parameters in order: null as SQL NULL, a String[] as a varchar array, the rest as JDBC objects. */
    public static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof String[] array) {
                statement.setArray(index, statement.getConnection().createArrayOf("varchar", array));
            } else {
                statement.setObject(index, value);
            }
        }
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** A nullable boolean column. */
    public static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
