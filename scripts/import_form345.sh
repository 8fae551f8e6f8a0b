#!/usr/bin/env bash
# Imports an SEC Form 345 data set (the quarterly zip from
# https://www.sec.gov/files/structureddata/data/insider-transactions-data-sets/) into filings-service, prints the
# job's progress while it runs and its report at the end (stored, already present, rejected with reasons).
#
# Usage: scripts/import_form345.sh 2024q3_form345.zip [FILINGS_URL]
#   token: $FILINGS_TOKEN, or else a filings-loader token from the local Keycloak (./platform token filings-loader)
# Exit status: 0 when the job succeeded (rejected filings are listed, not an error), 1 when it failed.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
zip="${1:?usage: scripts/import_form345.sh DATASET.zip [FILINGS_URL]}"
url="${2:-${FILINGS_URL:-http://127.0.0.1:8083}}"
token="${FILINGS_TOKEN:-$("$ROOT/scripts/keycloak.sh" token filings-loader)}"

started=$(curl -sS --fail-with-body -X POST -H "Authorization: Bearer $token" -H "Content-Type: application/zip" \
  --data-binary "@$zip" "$url/datasets/form345?fileName=$(basename "$zip")")
id=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' <<< "$started")
echo "import $id started ($(basename "$zip"))"
while true; do
  job=$(curl -sS --fail-with-body -H "Authorization: Bearer $token" "$url/datasets/form345/jobs/$id")
  state=$(python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["state"]); print("  {processed}/{filings} filings: {stored} stored, {alreadyPresent} already present, {rejected} rejected".format(**j), file=sys.stderr)' <<< "$job")
  [ "$state" = RUNNING ] || break
  sleep 2
done
python3 - "$job" <<'PY'
import json, sys
job = json.loads(sys.argv[1])
print(f"{job['state']}: {job['filings']} filings, {job['stored']} stored, {job['alreadyPresent']} already present, {job['rejected']} rejected")
if job["missingTables"]:
    print("tables missing from the zip: " + ", ".join(job["missingTables"]))
for r in job["rejections"]:
    print(f"  rejected {r['accession']}: {r['reason']} (at {r['field']})")
if job.get("error"):
    print(job["error"])
PY
[ "$state" = SUCCEEDED ]
