#!/usr/bin/env bash
# Where a query's CPU goes: runs bench GraphQLLoad against the running platform and prints the CPU seconds each
# server used meanwhile (the four services, Keycloak, every PostgreSQL process), and per request.
#
# Usage: bench/cpu-split.sh QUERY_FILE [CLIENTS] [SECONDS]
#   e.g. bench/cpu-split.sh bench/target/run-sp500/flagship.graphql 8 15
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
query="${1:?usage: bench/cpu-split.sh QUERY_FILE [CLIENTS] [SECONDS]}"
clients="${2:-8}"
seconds="${3:-15}"
warmup=3
jar="$ROOT/bench/target/bench.jar"
[ -f "$jar" ] || mvn -B -q -DskipTests package -pl bench
hz=$(getconf CLK_TCK)

ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
snapshot() {
  for name in gateway directors committees filings keycloak; do
    echo "$name $(ticks "$(cat ".platform/$name.pid")")"
  done
  local sum=0
  # the server and its backends (a plain "pgrep postgres" would also count clients such as psql)
  for pid in $(pgrep -x postgres); do sum=$((sum + $(ticks "$pid"))); done
  echo "postgres $sum"
}

token=$(./platform token reader)
before=$(snapshot)
# the load driver's own CPU (it shares the cores): the subshell's "times", children's user and system time
out=$(java -cp "$jar" org.governance.bench.GraphQLLoad --query "$query" --token "$token" \
  --clients "$clients" --seconds "$seconds" --warmup "$warmup"; times)
after=$(snapshot)
IFS=$'\t' read -r _ requests errors rps p50 p95 p99 <<< "$(echo "$out" | head -1)"
driver=$(echo "$out" | tail -1 | python3 -c "
import re, sys
print(sum(float(m) * 60 + float(s) for m, s in re.findall(r'(\d+)m([\d.]+)s', sys.stdin.read())))")
# the warm-up's requests used CPU too: count them at the measured rate
total=$(python3 -c "print(round($requests * ($seconds + $warmup) / $seconds))")
echo "$clients clients, $seconds s (+ $warmup s warm-up): $requests requests, $errors errors, $rps req/s, p50 $p50 ms, p95 $p95, p99 $p99"
echo
echo "| process | CPU s | CPU ms per request |"
echo "| --- | ---: | ---: |"
{
  join <(echo "$before") <(echo "$after")
  echo "load-driver 0 $(python3 -c "print(round($driver * $hz))")"
} | while read -r name b a; do
  python3 -c "print(f'| $name | {($a - $b) / $hz:.1f} | {($a - $b) / $hz * 1000 / $total:.2f} |')"
done
