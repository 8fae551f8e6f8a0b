#!/usr/bin/env bash
# Fault runs on the local platform, printing what a user saw (a figure printer, not a test):
#   1. committees-service killed with SIGKILL while the flagship is asked every 200 ms: the answers meanwhile
#      (partial, with an error naming the service?), and the time from its restart to the first full answer.
#   2. PostgreSQL restarted during a data-set import: the job's report, and whether any filing is half-stored.
#   3. Keycloak stopped: whether the services go on accepting a token issued before.
# Usage: ./platform up && bench/faults.sh          (needs bench/target/bench.jar: mvn -B -q -DskipTests package -pl bench)
# It restarts the machine's PostgreSQL cluster (pg_ctlcluster) and Keycloak; run it on a platform of your own.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${FAULTS_OUT:-$ROOT/bench/target/faults}
mkdir -p "$OUT"
say() { printf '%s\n' "$*"; }
now_ms() { date +%s%3N; }
pg() { psql -X -q -At -h "${PGHOST:-127.0.0.1}" -U postgres -d filings -c "$1"; }

flagship() { # prints: full | partial:<services named in errors> | failed:<http status>
  local token=$1 body status
  body=$(curl -sS -o - -w '\n%{http_code}' -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
    --data "$(python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' "$ROOT/demo/flagship.graphql")" \
    http://127.0.0.1:8080/graphql 2>/dev/null || true)
  status=${body##*$'\n'}
  body=${body%$'\n'*}
  if [[ "$status" != 200 ]]; then echo "failed:$status"; return; fi
  python3 -c '
import json, sys
answer = json.loads(sys.stdin.read())
errors = answer.get("errors") or []
if not errors: print("full")
else: print("partial:" + ",".join(sorted({str((e.get("extensions") or {}).get("service")) for e in errors})))' <<<"$body"
}

say "# Fault runs, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores"
say
say "## 1. committees-service killed with SIGKILL during load"
token=$("$ROOT/platform" token reader)
[[ $(flagship "$token") == full ]] || { say "the flagship is not answered in full before the fault; is the platform up?"; exit 1; }
pid=$(cat "$ROOT/.platform/committees.pid")
kill -9 "$pid"
killed=$(now_ms)
declare -A seen=()
for _ in $(seq 1 10); do
  outcome=$(flagship "$token")
  seen[$outcome]=$(( ${seen[$outcome]:-0} + 1 ))
  sleep 0.2
done
for outcome in "${!seen[@]}"; do say "- while it is down: ${seen[$outcome]} of 10 answers $outcome"; done
restart=$(now_ms)
("$ROOT/platform" up >"$OUT/restart.log" 2>&1) &
up_pid=$!
ready="" first_full=""
while [[ -z "$first_full" ]] && (( $(now_ms) - restart < 120000 )); do
  [[ -z "$ready" ]] && curl -fsS http://127.0.0.1:8082/q/health/ready >/dev/null 2>&1 && ready=$(now_ms)
  [[ -n "$ready" && $(flagship "$token") == full ]] && first_full=$(now_ms)
  sleep 0.2
done
wait "$up_pid" || true
if [[ -n "$first_full" ]]; then
  say "- restarted $(( (restart - killed) / 1000 )) s after the kill; ready $(( ready - restart )) ms after the restart began (JVM start);"
  say "  first full answer $(( first_full - ready )) ms after it was ready"
else
  say "- no full answer within 120 s of the restart"
fi

say
say "## 2. PostgreSQL restarted during a data-set import"
# a market of its own each run (the seed makes its accession numbers), so that the import has filings to store
seed=$(( $(date +%s) % 89 + 10 ))
market="$OUT/market-$seed"
if [[ ! -f "$market/form345.zip" ]]; then
  java -cp "$ROOT/bench/target/bench.jar" org.governance.bench.GenerateMarket --companies 40 --years 1 --seed "$seed" \
    --first-year 2019 --out "$market" >"$OUT/generate.log"
fi
loader=$("$ROOT/platform" token filings-loader)
before=$(pg "SELECT count(*) FROM filing")
job=$(curl -sS -H "Authorization: Bearer $loader" -H 'Content-Type: application/zip' --data-binary @"$market/form345.zip" \
  "http://127.0.0.1:8083/datasets/form345?fileName=faults.zip")
id=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' <<<"$job")
sleep 3
cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1, $2}')
say "- import $id started with $before filings stored; restarting PostgreSQL cluster $cluster"
# shellcheck disable=SC2086
pg_ctlcluster $cluster restart
until pg_isready -q -h "${PGHOST:-127.0.0.1}"; do sleep 0.5; done
state=RUNNING
for _ in $(seq 1 600); do
  report=$(curl -sS -H "Authorization: Bearer $("$ROOT/platform" token filings-loader)" "http://127.0.0.1:8083/datasets/form345/jobs/$id")
  state=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])' <<<"$report")
  [[ "$state" != RUNNING ]] && break
  sleep 1
done
say "- the job: $(python3 -c 'import json,sys; j=json.load(sys.stdin); print("state %s, %d of %d filings processed, %d stored, %d already present, %d rejected, error: %s" % (j["state"], j["processed"], j["filings"], j["stored"], j["alreadyPresent"], j["rejected"], j["error"]))' <<<"$report")"
after=$(pg "SELECT count(*) FROM filing")
half=$(pg "SELECT count(*) FROM filing f WHERE NOT EXISTS (SELECT 1 FROM reporting_owner o WHERE o.accession = f.accession)")
say "- filings stored: $before before, $after after ($(( after - before )) new); filings without their reporting owners (half-stored): $half"
after_restart() { # each service asked five times, 200 ms apart, right after the restart
  local token failures=0 service
  token=$("$ROOT/platform" token reader)
  for service in 8081/companies 8082/committees 8083/transactions; do
    for _ in 1 2 3 4 5; do
      [[ $(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:$service") == 200 ]] \
        || failures=$((failures + 1))
      sleep 0.2
    done
  done
  echo "$failures"
}
say "- right after: $(after_restart) of 15 reads of the three services failed (their pools' connections died with the server)"
again=$(curl -sS -H "Authorization: Bearer $("$ROOT/platform" token filings-loader)" -H 'Content-Type: application/zip' \
  --data-binary @"$market/form345.zip" "http://127.0.0.1:8083/datasets/form345?fileName=faults-again.zip&wait=true")
say "- the same data set again: $(python3 -c 'import json,sys; j=json.load(sys.stdin); print("state %s, %d stored, %d already present, %d rejected" % (j["state"], j["stored"], j["alreadyPresent"], j["rejected"]))' <<<"$again")"

say
say "## 3. Keycloak stopped"
token=$("$ROOT/platform" token reader)
# each service has checked a token of this Keycloak once (it holds the realm's keys from then on)
[[ $(flagship "$token") == full ]] || say "- (the flagship was not answered in full before Keycloak stopped)"
"$ROOT/scripts/keycloak.sh" stop >/dev/null
for service in 8081/companies 8082/committees 8083/transactions; do
  status=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:$service")
  say "- a token issued before, GET :$service with Keycloak down: HTTP $status"
done
say "- the flagship through the gateway with Keycloak down: $(flagship "$token")"
"$ROOT/scripts/keycloak.sh" start >/dev/null
say "- Keycloak started again"
