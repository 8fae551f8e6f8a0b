package org.governance.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One measured row as the report prints it: errors, throughput (req/s or tx/s) and p50, p95, p99 latency (ms), each
 * as text, either from GraphQLLoad's tab-separated line or computed from pgbench's per-transaction latencies.
 */
record Measured(String errors, String rate, String p50, String p95, String p99) {

    /** GraphQLLoad's line: clients, requests, errors, rps, p50, p95, p99. */
    static Measured parse(String line) {
        String[] fields = line.split("\n", 2)[0].split("\t");
        if (fields.length < 7) {
            throw new IllegalStateException("GraphQLLoad printed no figures: " + line);
        }
        return new Measured(fields[2], fields[3], fields[4], fields[5], fields[6]);
    }

    /**
     * pgbench's figures from its transactions' latencies (microseconds, sorted): no errors counted, transactions a
     * second over the run, nearest-rank percentiles (the formula run.sh's inline python used).
     */
    static Measured ofLatencies(List<Long> sortedMicros, int seconds) {
        if (sortedMicros.isEmpty()) {
            throw new IllegalStateException("pgbench logged no transactions");
        }
        int n = sortedMicros.size();
        return new Measured("0", fixed((double) n / seconds, 1), fixed(percentile(sortedMicros, 0.50), 2),
                fixed(percentile(sortedMicros, 0.95), 2), fixed(percentile(sortedMicros, 0.99), 2));
    }

    private static double percentile(List<Long> sortedMicros, double q) {
        int n = sortedMicros.size();
        return sortedMicros.get(Math.min(n - 1, Math.max(0, (int) (q * n + 0.999999) - 1))) / 1000.0;
    }

    /**
     * {@code value} with {@code digits} decimals as Python's f'{value:.Nf}' prints it (the report's earlier figures
     * came from there): the exact binary value rounded half to even. Java's %.Nf rounds the shortest decimal form half
     * up instead, so 3.05 (3.04999... in binary) would print 3.1 where Python prints 3.0.
     */
    static String fixed(double value, int digits) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        BigDecimal rounded = new BigDecimal(value).setScale(digits, RoundingMode.HALF_EVEN);
        String text = rounded.toPlainString();
        // Python keeps the sign of a negative value that rounds to zero (-0.0); BigDecimal has no negative zero
        return rounded.signum() == 0 && (value < 0 || 1 / value < 0) ? "-" + text : text;
    }
}
