package org.governance.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * BenchRun's report without a platform: the layout run.sh wrote (a real smoke run's report, rebuilt from its
 * figures), numbers printed as run.sh's inline python printed them, pgbench's percentiles, the tenfold step's edits.
 */
class BenchRunTest {

    /** bench/run.sh small of 2026-12-02, as the shell script wrote it. */
    private static final String SMOKE_REPORT = """
            # Scale benchmark: small (2026-12-02)

            Machine: 2 cores (AMD EPYC), 23 GB RAM;
            PostgreSQL 15.20 (Debian 15.20-0+deb12u1), Java 17.0.15, every server on this one machine.

            Command: `./platform up && bench/run.sh small`

            Scale: 10 companies, 146 people, 103 seats, 40 committees, 3494 filings (94 amendments), codes {A=1563, F=860, G=379, M=805, P=401, S=1978}

            ## Ingest

            | what | filings | seconds | filings/s |
            | --- | ---: | ---: | ---: |
            | boards and committees through the APIs (scripts/load_demo.py --data) | - | 10.7 | - |
            | Form 345 data set, one POST /datasets/form345 (stored 3494, present 0, rejected 0) | 3494 | 2.0 | 1766 |
            | EDGAR XML, zips of 500 to POST /filings/batch, one after another | 3518 | - | 1569 |

            ## Flagship: committee members' sales of company 7000000 in 2024-Q3, all committees

            Gateway (GraphQL, 5 s per row after a 3 s warm-up, closed loop, bench GraphQLLoad) against the baseline (the
            same data in ONE database, the same answer by ONE SQL query, bench/sql/flagship.sql, pgbench -M prepared -f, same
            concurrency). Both warmed up first: each query and the baseline for 5 s at 8 clients, not measured.
            Same rows from both: yes, 104 rows.

            | clients | gateway p50 ms | p95 | p99 | req/s | errors | baseline p50 ms | p95 | p99 | tx/s | p50 ratio |
            | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
            | 1 | 26.34 | 39.52 | 52.35 | 36.8 | 0 | 1.94 | 2.20 | 2.73 | 500.6 | 13.6x |
            | 8 | 135.99 | 182.64 | 211.93 | 58.2 | 0 | 8.13 | 13.94 | 17.08 | 936.2 | 16.7x |
            | 32 | 479.77 | 585.09 | 637.42 | 70.0 | 0 | 33.02 | 64.85 | 76.45 | 905.2 | 14.5x |

            ## Cross-board: "Paul W. Pemberton 8" (most boards in the market), boards, committees and trades

            | clients | p50 ms | p95 | p99 | req/s | errors |
            | ---: | ---: | ---: | ---: | ---: | ---: |
            | 1 | 21.43 | 36.53 | 49.53 | 43.2 | 0 |
            | 8 | 119.48 | 173.59 | 185.28 | 65.6 | 0 |
            | 32 | 424.40 | 516.83 | 545.62 | 76.8 | 0 |

            ## Downstream calls per flagship query (gateway_downstream_requests_total, 20 queries each)

            | result | rows | calls per query |
            | --- | ---: | ---: |
            | all committees | 104 | 3.0 |
            | audit committee only | 19 | 3.0 |

            ## Ten times the data

            Not in this run: `bench/run.sh tenfold` (after this run) imports nine more generated years and measures again.
            """;

    @Test
    void theReportHasRunShsLayoutLineForLine() {
        List<String> flagship = new ArrayList<>(List.of(
                "| clients | gateway p50 ms | p95 | p99 | req/s | errors | baseline p50 ms | p95 | p99 | tx/s | p50 ratio |",
                "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"));
        flagship.add(BenchRun.flagshipRow(1, Measured.parse("1\t184\t0\t36.8\t26.34\t39.52\t52.35\n"),
                new Measured("0", "500.6", "1.94", "2.20", "2.73")));
        flagship.add(BenchRun.flagshipRow(8, Measured.parse("8\t291\t0\t58.2\t135.99\t182.64\t211.93"),
                new Measured("0", "936.2", "8.13", "13.94", "17.08")));
        flagship.add(BenchRun.flagshipRow(32, Measured.parse("32\t350\t0\t70.0\t479.77\t585.09\t637.42"),
                new Measured("0", "905.2", "33.02", "64.85", "76.45")));
        List<String> crossBoard = new ArrayList<>(List.of("| clients | p50 ms | p95 | p99 | req/s | errors |",
                "| ---: | ---: | ---: | ---: | ---: | ---: |"));
        crossBoard.add(BenchRun.crossBoardRow(1, Measured.parse("1\t216\t0\t43.2\t21.43\t36.53\t49.53")));
        crossBoard.add(BenchRun.crossBoardRow(8, Measured.parse("8\t328\t0\t65.6\t119.48\t173.59\t185.28")));
        crossBoard.add(BenchRun.crossBoardRow(32, Measured.parse("32\t384\t0\t76.8\t424.40\t516.83\t545.62")));
        Report report = new Report("small", "2026-12-02", "2 cores (AMD EPYC), 23 GB RAM;",
                "PostgreSQL 15.20 (Debian 15.20-0+deb12u1), Java 17.0.15, every server on this one machine.",
                "10 companies, 146 people, 103 seats, 40 committees, 3494 filings (94 amendments), codes {A=1563, F=860, G=379, M=805, P=401, S=1978}",
                new Report.Ingest(Measured.fixed(10.7349, 1), "3494", "0", "0", "3494", Measured.fixed(1.978, 1), Measured.fixed(3494 / 1.978, 0),
                        3518, Measured.fixed(3518 / 2.2422, 0)),
                new Report.Flagship("7000000", "2024-Q3", 5, "yes, 104 rows", flagship), "Paul W. Pemberton 8", crossBoard,
                new Report.Calls(20, 104, Measured.fixed(60 / 20.0, 1), 19, Measured.fixed(60 / 20.0, 1)));

        assertThat(BenchRun.lines(report.lines())).isEqualTo(SMOKE_REPORT);
    }

    @Test
    void numbersArePrintedAsPythonPrintedThem() {
        // the exact binary value rounded half to even: 3.05 is 3.0499999... in binary
        assertThat(Measured.fixed(3.05, 1)).isEqualTo("3.0");
        assertThat(Measured.fixed(2.5, 0)).isEqualTo("2");
        assertThat(Measured.fixed(3.5, 0)).isEqualTo("4");
        assertThat(Measured.fixed(0.125, 2)).isEqualTo("0.12");
        assertThat(Measured.fixed(46.52 / 7.94, 1)).isEqualTo("5.9");
        assertThat(Measured.fixed(7.27 / 9.02, 2)).isEqualTo("0.81");
        assertThat(Measured.fixed(-0.01, 1)).isEqualTo("-0.0");
        assertThat(Measured.fixed(0.0, 1)).isEqualTo("0.0");
    }

    @Test
    void pgbenchFiguresAreNearestRankOverTheRun() {
        List<Long> micros = new ArrayList<>(List.of(900L, 1500L, 1620L, 2840L, 3220L, 700L, 5100L, 1999L, 1001L));
        micros.sort(null);

        assertThat(Measured.ofLatencies(micros, 5)).isEqualTo(new Measured("0", "1.8", "1.62", "5.10", "5.10"));
        assertThatThrownBy(() -> Measured.ofLatencies(List.of(), 5)).hasMessageContaining("no transactions");
    }

    @Test
    void downstreamCallsAreTheSumOfTheCountersSeries() {
        String metrics = """
                # HELP gateway_downstream_requests_total Calls to the services
                # TYPE gateway_downstream_requests_total counter
                gateway_downstream_requests_total{service="directors"} 40.0
                gateway_downstream_requests_total{service="filings"} 22.0
                gateway_other_total 7.0
                """;

        assertThat(PlatformApi.downstreamRequests(metrics)).isEqualTo(62);
    }

    @Test
    void tenfoldDropsThePlaceholderAndFindsTheOneYearRow() {
        String report = SMOKE_REPORT + "After `bench/run.sh tenfold` (2026-12-03): ...\n";

        String kept = TenfoldRun.withoutPlaceholder(report);

        assertThat(kept).doesNotContain("Not in this run").endsWith("## Ten times the data\n\nAfter `bench/run.sh tenfold` (2026-12-03): ...\n");
        assertThat(kept.lines().count()).isEqualTo(report.lines().count() - 1);
        List<String> lines = kept.lines().toList();
        assertThat(TenfoldRun.oneYear(lines, 1)).containsExactly("26.34", "39.52", "52.35");
        assertThat(TenfoldRun.oneYear(lines, 8)).containsExactly("135.99", "182.64", "211.93");
        assertThatThrownBy(() -> TenfoldRun.oneYear(lines, 2)).hasMessageContaining("no flagship row");
    }
}
