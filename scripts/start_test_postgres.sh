#!/usr/bin/env bash
# Starts Debian's PostgreSQL on loopback for the store tests and prints the URL they use
# (PLANLINT_TEST_POSTGRES_URL). Prints nothing and exits 1 when it cannot.
set -uo pipefail
if ! command -v pg_lsclusters >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    timeout 300 bash -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >/dev/null 2>&1 || (apt-get update >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >/dev/null 2>&1)' || exit 1
  else
    exit 1
  fi
fi
cluster=$(pg_lsclusters -h 2>/dev/null | head -1)
[ -n "$cluster" ] || exit 1
version=$(echo "$cluster" | awk '{print $1}')
name=$(echo "$cluster" | awk '{print $2}')
port=$(echo "$cluster" | awk '{print $3}')
pg_ctlcluster "$version" "$name" start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do
  su postgres -c "psql -p $port -tAc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -p $port -tAc \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='planlint_test') THEN CREATE ROLE planlint_test LOGIN CREATEDB PASSWORD 'planlint_test'; END IF; END \\\$\\\$\"" >/dev/null 2>&1 || exit 1
echo "postgres://planlint_test:planlint_test@127.0.0.1:$port/postgres"
