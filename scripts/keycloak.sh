#!/usr/bin/env bash
# The real Keycloak for local use and tests: downloaded once from Maven Central into a cache outside the
# repository, started in dev mode on 127.0.0.1:8180 with the governance realm (local-development variant).
#   scripts/keycloak.sh start        download if needed, start, wait until ready
#   scripts/keycloak.sh stop         stop it (by PID)
#   scripts/keycloak.sh status
#   scripts/keycloak.sh token [governance-tools|filings-loader|reader|editor]   print an access token
# Settings: PLATFORM_CACHE (~/.cache/governance-platform), KEYCLOAK_PORT (8180), KEYCLOAK_READY_DEADLINE (180 s).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VERSION=26.7.3
CACHE=${PLATFORM_CACHE:-$HOME/.cache/governance-platform}
DIST="$CACHE/keycloak-$VERSION"
STATE="$ROOT/.platform"
PORT=${KEYCLOAK_PORT:-8180}
URL="http://127.0.0.1:$PORT"
REALM_URL="$URL/realms/governance"
DEADLINE=${KEYCLOAK_READY_DEADLINE:-180}
# The local-development client secrets and demo users live in one place
LOCAL_REALM="$ROOT/k8s/keycloak/local-development.json"

say() { printf '%s\n' "$*" >&2; }
pid() { if [[ -f "$STATE/keycloak.pid" ]]; then cat "$STATE/keycloak.pid"; fi; }
running() { local p; p=$(pid); [[ -n "$p" ]] && kill -0 "$p" 2>/dev/null; }
ready() { curl -fsS "http://127.0.0.1:9000/health/ready" 2>/dev/null | grep -q '"status": *"UP"'; }

download() {
  [[ -x "$DIST/bin/kc.sh" ]] && return
  mkdir -p "$CACHE"
  say "keycloak: downloading keycloak-quarkus-dist $VERSION from Maven Central into $CACHE (once)"
  mvn -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" -DoutputDirectory="$CACHE" \
    -Dmdep.overWriteIfNewer=true >&2
  rm -rf "$DIST.tmp" && mkdir -p "$DIST.tmp"
  unzip -q "$CACHE/keycloak-quarkus-dist-$VERSION.zip" -d "$DIST.tmp"
  mv "$DIST.tmp/keycloak-$VERSION" "$DIST" && rm -rf "$DIST.tmp" "$CACHE/keycloak-quarkus-dist-$VERSION.zip"
}

start() {
  mkdir -p "$STATE"
  if running; then
    say "keycloak: already running (pid $(pid))"
  else
    download
    # the realm file is the only state: start from it every time
    rm -rf "$DIST/data/h2" "$DIST/data/import"
    mkdir -p "$DIST/data/import"
    python3 "$ROOT/k8s/keycloak/keycloak_realm.py" --local "$DIST/data/import/realm-governance.json"
    say "keycloak: starting on $URL (log: $STATE/keycloak.log)"
    # local-development administrator; the realm itself comes from k8s/keycloak
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin-local-dev \
      nohup "$DIST/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$PORT" --hostname="$URL" \
      --import-realm --health-enabled=true >"$STATE/keycloak.log" 2>&1 &
    echo $! >"$STATE/keycloak.pid"
  fi
  local deadline=$((SECONDS + DEADLINE))
  until ready && curl -fsS "$REALM_URL/.well-known/openid-configuration" >/dev/null 2>&1; do
    running || { say "keycloak: exited before it was ready; see $STATE/keycloak.log"; exit 1; }
    ((SECONDS < deadline)) || { say "keycloak: not ready after ${DEADLINE}s; see $STATE/keycloak.log"; exit 1; }
    sleep 1
  done
  say "keycloak: ready at $URL (realm governance; admin console $URL/admin, local admin / admin-local-dev)"
}

stop() {
  local p; p=$(pid)
  [[ -z "$p" ]] && return
  if kill -0 "$p" 2>/dev/null; then
    say "keycloak: stopping (pid $p)"
    # kc.sh runs java as a child: stop the children first, then the script
    pkill -TERM -P "$p" 2>/dev/null || true
    kill "$p" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$p" 2>/dev/null || break; sleep 1; done
    kill -9 "$p" 2>/dev/null || true
  fi
  rm -f "$STATE/keycloak.pid"
}

local_value() {
  python3 -c 'import json, sys
local = json.load(open(sys.argv[1]))
if sys.argv[2] == "secret":
    print(local["clientSecrets"].get(sys.argv[3], ""))
else:
    print(next((u["password"] for u in local["users"] if u["username"] == sys.argv[3]), ""))' "$LOCAL_REALM" "$1" "$2"
}

token() {
  local who=${1:-governance-tools} answer secret password
  secret=$(local_value secret "$who")
  password=$(local_value password "$who")
  if [[ -n "$secret" ]]; then
    answer=$(curl -fsS -d grant_type=client_credentials -d client_id="$who" -d client_secret="$secret" \
      "$REALM_URL/protocol/openid-connect/token")
  elif [[ -n "$password" ]]; then
    answer=$(curl -fsS -d grant_type=password -d client_id=governance-web -d username="$who" -d password="$password" \
      -d scope=openid "$REALM_URL/protocol/openid-connect/token")
  else
    say "keycloak: unknown client or user '$who' (governance-tools, filings-loader, reader, editor)"; exit 2
  fi
  python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])' <<<"$answer"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "keycloak: running (pid $(pid)) $(ready && echo ready || echo 'not ready')"; else echo "keycloak: stopped"; fi ;;
  token) shift; token "$@" ;;
  *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
