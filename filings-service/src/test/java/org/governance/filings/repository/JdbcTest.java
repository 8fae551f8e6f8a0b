package org.governance.filings.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A statement the driver fails to send must not leave its connection in the pool for the next request. */
@QuarkusTest
class JdbcTest {

    @Inject
    Jdbc jdbc;

    @Test
    void aBatchTheDriverCannotEncodeLeavesNoBrokenConnectionBehind() {
        // pgjdbc throws IllegalArgumentException half-way through sending this batch (scale 20,000 > 16,383)
        BigDecimal unstorable = new BigDecimal("1." + "1".repeat(20_000));
        List<Object[]> rows = List.of(new Object[] { BigDecimal.ONE }, new Object[] { unstorable }, new Object[] { BigDecimal.TEN });
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> jdbc.withConnection(connection -> {
                connection.createStatement().execute("CREATE TEMPORARY TABLE IF NOT EXISTS jdbc_probe (n NUMERIC)");
                Jdbc.batch(connection, "INSERT INTO jdbc_probe (n) VALUES (?)", rows);
            })).isInstanceOf(Jdbc.DataAccessException.class).hasMessageContaining("connection was discarded");
        }
        // before, the next statements on that connection failed or were answered with another statement's result
        for (int i = 0; i < 60; i++) {
            int n = i;
            assertThat(jdbc.queryOne("A probe", "SELECT ?::int + 1 AS next, DATE '2024-07-24' AS day", rs -> rs.getInt("next") + ":" + Jdbc.date(rs, "day"), n))
                    .contains((n + 1) + ":2024-07-24");
        }
    }
}
