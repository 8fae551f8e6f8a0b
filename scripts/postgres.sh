#!/usr/bin/env bash
# Makes sure the local PostgreSQL answers and that every service has its role and databases.
#   scripts/postgres.sh ensure     start the installed cluster if needed, then create roles and databases
# Settings (environment): PGHOST (127.0.0.1), PGPORT (5432), PG_ADMIN_USER (postgres), PGPASSWORD if the
# admin needs one. The service roles get local-development passwords equal to their names.
set -euo pipefail

PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PG_ADMIN_USER=${PG_ADMIN_USER:-postgres}
export PGHOST PGPORT
# Each service owns one database for running and one for its tests (wiped at every test start).
SERVICES=(directors committees filings)

say() { printf '%s\n' "$*" >&2; }

answers() { pg_isready -q -h "$PGHOST" -p "$PGPORT" >/dev/null 2>&1; }

start_cluster() {
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    say "PostgreSQL does not answer on $PGHOST:$PGPORT and no local cluster is installed (pg_lsclusters not found)."
    say "Install PostgreSQL 15 (apt-get install postgresql-15) or point PGHOST/PGPORT at a running server."
    return 1
  fi
  local version name
  read -r version name _ < <(pg_lsclusters --no-header 2>/dev/null | awk '{print $1, $2}' | head -n 1) || true
  if [[ -z "${version:-}" ]]; then
    say "PostgreSQL does not answer on $PGHOST:$PGPORT and no cluster exists (pg_lsclusters lists none)."
    return 1
  fi
  say "PostgreSQL does not answer on $PGHOST:$PGPORT; starting cluster $version/$name"
  pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start 2>/dev/null || pg_ctlcluster "$version" "$name" start
  for _ in $(seq 1 30); do
    answers && return 0
    sleep 1
  done
  say "PostgreSQL cluster $version/$name was started but does not answer on $PGHOST:$PGPORT after 30 s"
  return 1
}

admin() { psql -X -q -v ON_ERROR_STOP=1 -U "$PG_ADMIN_USER" -d postgres "$@"; }

ensure_role_and_databases() {
  local service=$1
  if [[ "$(admin -Atc "select 1 from pg_roles where rolname = '$service'")" != 1 ]]; then
    admin -c "create role $service login password '$service'"
    say "created role $service"
  fi
  for db in "$service" "${service}_test"; do
    if [[ "$(admin -Atc "select 1 from pg_database where datname = '$db'")" != 1 ]]; then
      admin -c "create database $db owner $service"
      say "created database $db"
    fi
  done
}

case "${1:-ensure}" in
  ensure)
    answers || start_cluster
    if ! admin -Atc 'select 1' >/dev/null; then
      say "Cannot connect to PostgreSQL on $PGHOST:$PGPORT as $PG_ADMIN_USER (set PG_ADMIN_USER / PGPASSWORD)."
      exit 1
    fi
    for service in "${SERVICES[@]}"; do
      ensure_role_and_databases "$service"
    done
    ;;
  *)
    say "usage: $0 ensure"
    exit 2
    ;;
esac
