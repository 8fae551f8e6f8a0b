#!/usr/bin/env bash
# The scale benchmark: loads a generated market into the running platform and prints a Markdown report
# (machine, scale, commands, figures). Not part of the tests.
#
# Usage: bench/run.sh small|sp500|tenfold
#   small    10 companies, one year of filings (a smoke run, about two minutes)
#   sp500    500 companies (about 5,470 seats, 2,000 committees), one year (about 175,000 Form 4 filings)
#   tenfold  after sp500: nine more generated years of filings (ten times the data), then the flagship at 8 clients
#            again; appended to the sp500 report
# The platform must run (./platform up); the report goes to stdout, bench/target/run-<scale>/report.md and, for
# sp500, bench/reports/<date>-sp500.md.
# Figures: ingest (data-set import, XML batches), flagship and cross-board GraphQL latency at 1, 8 and 32 clients,
# the single-SQL baseline (pgbench) on one PostgreSQL database with the same data, downstream calls per query.
# The run itself is org.governance.bench.BenchRun (bench/src/main/java/org/governance/bench/BenchRun.java); this
# checks that the platform answers, builds the bench jar when it is absent or older than the module's sources, and
# starts BenchRun from the repository root.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
jar="bench/target/bench.jar"

curl -sf http://127.0.0.1:8080/q/health/ready > /dev/null || { echo "the platform is not running: ./platform up" >&2; exit 1; }
if [ ! -f "$jar" ] || [ -n "$(find bench/src/main bench/pom.xml -newer "$jar" -print -quit)" ]; then
  mvn -B -q -DskipTests package -pl bench
fi
exec java -cp "$jar" org.governance.bench.BenchRun "$@"
