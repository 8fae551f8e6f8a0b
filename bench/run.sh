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
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
scale="${1:-small}"
case "$scale" in
  small) companies=10; seconds=5 ;;
  sp500|tenfold) companies=500; seconds=20 ;;
  *) echo "usage: bench/run.sh small|sp500|tenfold" >&2; exit 2 ;;
esac
PGHOST="${PGHOST:-127.0.0.1}"; PGPORT="${PGPORT:-5432}"; export PGHOST PGPORT
work="$ROOT/bench/target/run-$scale"
report_dir="$ROOT/bench/reports"
mkdir -p "$work" "$report_dir"
report="$work/report.md"
jar="$ROOT/bench/target/bench.jar"

curl -sf http://127.0.0.1:8080/q/health/ready > /dev/null || { echo "the platform is not running: ./platform up" >&2; exit 1; }
[ -f "$jar" ] || mvn -B -q -DskipTests package -pl bench
# access tokens live five minutes: each step takes a fresh one
token() { ./platform token "$1"; }

now() { date +%s.%N; }

if [ "$scale" = tenfold ]; then
  sp500="$ROOT/bench/target/run-sp500"
  [ -f "$sp500/report.md" ] || { echo "run bench/run.sh sp500 first" >&2; exit 1; }
  before=$(psql -U postgres -d filings -At -c "SELECT count(*) FROM filing")
  import_seconds=0
  for year in 2 3 4 5 6 7 8 9 10; do
    # other years (2015 to 2023), so that the 2024-Q3 answer keeps its size while the tables grow tenfold
    java -cp "$jar" org.governance.bench.GenerateMarket --companies 500 --years 1 --seed $((100 + year)) \
      --first-year $((2013 + year)) --out "$work/year-$year" > /dev/null
    t0=$(now)
    curl -sS --fail-with-body -X POST -H "Authorization: Bearer $(token filings-loader)" -H "Content-Type: application/zip" \
      --data-binary "@$work/year-$year/form345.zip" "http://127.0.0.1:8083/datasets/form345?wait=true&fileName=year-$year.zip" \
      | python3 -c "import json,sys; j=json.load(sys.stdin); assert j['state'] == 'SUCCEEDED' and j['rejected'] == 0, j"
    t1=$(now)
    import_seconds=$(python3 -c "print($import_seconds + $t1 - $t0)")
    rm -rf "$work/year-$year"
  done
  filings=$(psql -U postgres -d filings -At -c "SELECT count(*) FROM filing")
  # the sp500 run's placeholder (the backquotes are the report's, not a command)
  # shellcheck disable=SC2016
  sed -i '/^Not in this run: `bench\/run.sh tenfold`/d' "$sp500/report.md"
  {
    echo "After \`bench/run.sh tenfold\` ($(date -u +%Y-%m-%d)): nine more generated years (2015 to 2023), $((filings - before)) filings,"
    echo "imported by nine POST /datasets/form345 in $(python3 -c "print(f'{$import_seconds:.0f}')") s ($(python3 -c "print(f'{($filings - $before) / $import_seconds:.0f}')") filings/s into a growing table);"
    echo "$filings filings stored. The same flagship query:"
    echo
    echo "| clients | one year: p50 ms | p95 | p99 | ten years: p50 ms | p95 | p99 | req/s | errors | p50 ten / one |"
    echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    for c in 1 8; do
      IFS=$'\t' read -r _ _ errors rps p50 p95 p99 < <(java -cp "$jar" org.governance.bench.GraphQLLoad \
        --query "$sp500/flagship.graphql" --token "$(token reader)" --clients "$c" --seconds "$seconds" --warmup 3)
      # the one-year row of the same client count in the flagship table above: p50, p95, p99
      read -r b50 b95 b99 < <(awk -F'|' -v c=" $c " '$2 == c && NF > 10 {print $3, $4, $5; exit}' "$sp500/report.md")
      echo "| $c | $b50 | $b95 | $b99 | $p50 | $p95 | $p99 | $rps | $errors | $(python3 -c "print(f'{$p50 / $b50:.2f}x')") |"
    done
  } | tee -a "$sp500/report.md"
  cp "$sp500/report.md" "$report_dir/$(date -u +%Y-%m-%d)-sp500.md"
  exit 0
fi
elapsed() { python3 -c "print(f'{$2 - $1:.1f}')"; }
rate() { python3 -c "print(f'{$1 / ($3 - $2):.0f}')"; }

# ---- 1. generate and load ------------------------------------------------------------------------------------
seed=42
java -cp "$jar" org.governance.bench.GenerateMarket --companies "$companies" --years 1 --seed $seed --out "$work/market" > "$work/generate.txt"
xml_seed=43  # a second market, only its XML is used: other accession numbers, so that the XML is stored, not recognised
java -cp "$jar" org.governance.bench.GenerateMarket --companies "$companies" --years 1 --seed $xml_seed --out "$work/market-xml" > /dev/null

t0=$(now)
python3 scripts/load_demo.py --data "$work/market/boards" --token "$(token governance-tools)" \
  --token-command "$ROOT/platform token governance-tools" > "$work/load.txt"
t1=$(now)
boards_seconds=$(elapsed "$t0" "$t1")

t0=$(now)
curl -sS --fail-with-body -X POST -H "Authorization: Bearer $(token filings-loader)" -H "Content-Type: application/zip" \
  --data-binary "@$work/market/form345.zip" "http://127.0.0.1:8083/datasets/form345?wait=true&fileName=generated.zip" > "$work/import.json"
t1=$(now)
read -r dataset_filings dataset_stored dataset_present dataset_rejected < <(python3 -c "
import json; j=json.load(open('$work/import.json')); print(j['filings'], j['stored'], j['alreadyPresent'], j['rejected'])")
dataset_rate=$(rate "$dataset_filings" "$t0" "$t1")
dataset_seconds=$(elapsed "$t0" "$t1")

all_zips=("$work/market-xml/xml"/*.zip)
xml_zips="${all_zips[*]:0:$(( companies >= 100 ? 40 : 1000 ))}"
xml_files=0
t0=$(now)
ingest_token=$(token filings-loader)
for zip in $xml_zips; do
  n=$(curl -sS --fail-with-body -X POST -H "Authorization: Bearer $ingest_token" -H "Content-Type: application/zip" \
    --data-binary "@$zip" http://127.0.0.1:8083/filings/batch | python3 -c "import json,sys; j=json.load(sys.stdin); print(j['stored'])")
  xml_files=$((xml_files + n))
done
t1=$(now)
xml_rate=$(rate "$xml_files" "$t0" "$t1")

# ---- 2. the queries ------------------------------------------------------------------------------------------
company=$(python3 -c "import json; print(json.load(open('$work/market/boards/companies.json'))[0]['cik'])")
person=$(python3 -c "
import json, collections
seats = json.load(open('$work/market/boards/directors.json'))
count = collections.Counter(s['person'] for s in seats)
print(count.most_common(1)[0][0])")
quarter=2024-Q3; from=2024-07-01; to=2024-09-30
cat > "$work/flagship.graphql" <<GQL
{ committeeMemberTrades(company: "$company", quarter: "$quarter") {
    totals { transactions shares value weightedAveragePrice planValueShare }
    committees { name memberCount members { person { fullName } transactions { accession seq transactionDate shares pricePerShare } } } } }
GQL
sed "s/committeeMemberTrades(company: \"$company\", quarter: \"$quarter\")/committeeMemberTrades(company: \"$company\", quarter: \"$quarter\", committeeTypes: [AUDIT])/" \
  "$work/flagship.graphql" > "$work/flagship-audit.graphql"
cat > "$work/cross-board.graphql" <<GQL
{ people(name: "$person") { fullName cik
    boards { companyName independent roles committees(asOf: "$to") { committeeName role } }
    transactions(quarter: "$quarter") { issuerName transactionDate code shares pricePerShare value } } }
GQL

# the baseline: the three services' tables in ONE database, the question as ONE SQL query
psql -q -U postgres -d postgres -c "DROP DATABASE IF EXISTS governance_baseline" -c "CREATE DATABASE governance_baseline"
psql -q -U postgres -d governance_baseline -c "CREATE EXTENSION IF NOT EXISTS btree_gist"
pg_dump -U postgres -d directors -t company -t person -t director --no-owner --no-acl | psql -q -U postgres -d governance_baseline > /dev/null
pg_dump -U postgres -d committees -t committee -t membership --no-owner --no-acl | psql -q -U postgres -d governance_baseline > /dev/null
pg_dump -U postgres -d filings -t filing -t reporting_owner -t filing_transaction --no-owner --no-acl | psql -q -U postgres -d governance_baseline > /dev/null
psql -q -U postgres -d governance_baseline -c "ANALYZE"
sed "s/{CIK}/$(printf '%010d' "$company")/g; s/{FROM}/$from/g; s/{TO}/$to/g" bench/sql/flagship.sql > "$work/flagship.sql"

# same rows from both
psql -U postgres -d governance_baseline -At -F '|' -f "$work/flagship.sql" | awk -F'|' '{print $1"|"$2"|"$3"|"$5}' | sort > "$work/rows-sql.txt"
curl -sS -H "Authorization: Bearer $(token reader)" -H "Content-Type: application/json" \
  -d "$(python3 -c "import json; print(json.dumps({'query': open('$work/flagship.graphql').read()}))")" http://127.0.0.1:8080/graphql \
  | python3 -c "
import json, sys
d = json.load(sys.stdin)['data']['committeeMemberTrades']
for c in d['committees']:
    for m in c['members']:
        for t in m['transactions']:
            print(f\"{c['name']}|{m['person']['fullName']}|{t['accession']}|{t['seq']}\")" | sort > "$work/rows-gateway.txt"
rows=$(wc -l < "$work/rows-sql.txt")
if cmp -s "$work/rows-sql.txt" "$work/rows-gateway.txt"; then same="yes, $rows rows"; else same="NO: $(diff "$work/rows-sql.txt" "$work/rows-gateway.txt" | grep -c '^[<>]') rows differ"; fi

load() { java -cp "$jar" org.governance.bench.GraphQLLoad --query "$1" --token "$(token reader)" --clients "$2" --seconds "$seconds" --warmup 3; }
pgbench_run() {
  rm -f "$work"/pgbench_log.*
  (cd "$work" && pgbench -n -M prepared -U postgres -d governance_baseline -f "$work/flagship.sql" -c "$1" -j 2 -T "$seconds" -l --log-prefix=pgbench_log > "$work/pgbench-$1.txt" 2>&1)
  cat "$work"/pgbench_log.* | python3 -c "
import sys
lat = sorted(int(line.split()[2]) for line in sys.stdin)
n = len(lat); p = lambda q: lat[min(n - 1, max(0, int(q * n + 0.999999) - 1))] / 1000
print(f'$1\t{n}\t0\t{n / $seconds:.1f}\t{p(0.5):.2f}\t{p(0.95):.2f}\t{p(0.99):.2f}')"
}
metric() { curl -s http://127.0.0.1:8080/q/metrics | awk '/^gateway_downstream_requests_total/ {s += $2} END {printf "%d", s}'; }

# warm-up, not measured: the services' JIT compilers and connection pools were last busy with the ingest, not with
# these queries; both queries and the baseline run at 8 clients first (the first table row would otherwise pay for it)
load "$work/flagship.graphql" 8 > /dev/null
load "$work/cross-board.graphql" 8 > /dev/null
pgbench_run 8 > /dev/null
{
  echo "| clients | gateway p50 ms | p95 | p99 | req/s | errors | baseline p50 ms | p95 | p99 | tx/s | p50 ratio |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for c in 1 8 32; do
    IFS=$'\t' read -r _ _ gerr grps gp50 gp95 gp99 < <(load "$work/flagship.graphql" "$c")
    IFS=$'\t' read -r _ _ _ btps bp50 bp95 bp99 < <(pgbench_run "$c")
    echo "| $c | $gp50 | $gp95 | $gp99 | $grps | $gerr | $bp50 | $bp95 | $bp99 | $btps | $(python3 -c "print(f'{$gp50 / $bp50:.1f}x')") |"
  done
} > "$work/flagship-table.md"
{
  echo "| clients | p50 ms | p95 | p99 | req/s | errors |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
  for c in 1 8 32; do
    IFS=$'\t' read -r _ _ err rps p50 p95 p99 < <(load "$work/cross-board.graphql" "$c")
    echo "| $c | $p50 | $p95 | $p99 | $rps | $err |"
  done
} > "$work/cross-board-table.md"

calls() {
  local before after n=20 reader_token
  reader_token=$(token reader)
  before=$(metric)
  for _ in $(seq $n); do
    curl -s -o /dev/null -H "Authorization: Bearer $reader_token" -H "Content-Type: application/json" \
      -d "$(python3 -c "import json; print(json.dumps({'query': open('$1').read()}))")" http://127.0.0.1:8080/graphql
  done
  after=$(metric)
  python3 -c "print(f'{($after - $before) / $n:.1f}')"
}
all_rows=$rows
audit_rows=$(grep -c '^Audit Committee|' "$work/rows-sql.txt" || true)
calls_all=$(calls "$work/flagship.graphql")
calls_audit=$(calls "$work/flagship-audit.graphql")

# ---- 3. the report ---------------------------------------------------------------------------------------------
{
  echo "# Scale benchmark: $scale ($(date -u +%Y-%m-%d))"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GB RAM;"
  echo "PostgreSQL $(psql -U postgres -At -c 'show server_version'), Java $(java -version 2>&1 | head -1 | cut -d'"' -f2), every server on this one machine."
  echo
  echo "Command: \`./platform up && bench/run.sh $scale${tenfold:+ $tenfold}\`"
  echo
  echo "Scale: $(head -1 "$work/generate.txt" | sed 's/^market: //')"
  echo
  echo "## Ingest"
  echo
  echo "| what | filings | seconds | filings/s |"
  echo "| --- | ---: | ---: | ---: |"
  echo "| boards and committees through the APIs (scripts/load_demo.py --data) | - | $boards_seconds | - |"
  echo "| Form 345 data set, one POST /datasets/form345 (stored $dataset_stored, present $dataset_present, rejected $dataset_rejected) | $dataset_filings | $dataset_seconds | $dataset_rate |"
  echo "| EDGAR XML, zips of 500 to POST /filings/batch, one after another | $xml_files | - | $xml_rate |"
  echo
  echo "## Flagship: committee members' sales of company $company in $quarter, all committees"
  echo
  echo "Gateway (GraphQL, $seconds s per row after a 3 s warm-up, closed loop, bench GraphQLLoad) against the baseline (the"
  echo "same data in ONE database, the same answer by ONE SQL query, bench/sql/flagship.sql, pgbench -M prepared -f, same"
  echo "concurrency). Both warmed up first: each query and the baseline for $seconds s at 8 clients, not measured."
  echo "Same rows from both: $same."
  echo
  cat "$work/flagship-table.md"
  echo
  echo "## Cross-board: \"$person\" (most boards in the market), boards, committees and trades"
  echo
  cat "$work/cross-board-table.md"
  echo
  echo "## Downstream calls per flagship query (gateway_downstream_requests_total, 20 queries each)"
  echo
  echo "| result | rows | calls per query |"
  echo "| --- | ---: | ---: |"
  echo "| all committees | $all_rows | $calls_all |"
  echo "| audit committee only | $audit_rows | $calls_audit |"
  echo
  echo "## Ten times the data"
  echo
  echo "Not in this run: \`bench/run.sh tenfold\` (after this run) imports nine more generated years and measures again."
} > "$report"
if [ "$scale" = sp500 ]; then
  cp "$report" "$report_dir/$(date -u +%Y-%m-%d)-$scale.md"   # the committed report; a smoke run stays in target/
fi
cat "$report"
