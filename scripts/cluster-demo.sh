#!/usr/bin/env bash
# npm run cluster:demo — two portal instances on one PostgreSQL database behind
# nginx on this machine (docs/deployment.md): starts PostgreSQL if needed,
# then scripts/cluster/demo.ts creates and seeds the database, builds if
# stale, starts the instances on 3201 and 3202 and nginx on 8088, prints the
# URL, and stops all on Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v nginx >/dev/null || { echo "需要 nginx：apt-get install nginx（或运行 bash scripts/ensure-test-env.sh）" >&2; exit 1; }
if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  echo "▶ 启动 PostgreSQL"
  version="$(ls /etc/postgresql | sort -V | tail -1)"
  if [ "$(id -u)" = 0 ]; then pg_ctlcluster --skip-systemctl-redirect "$version" main start
  else sudo pg_ctlcluster --skip-systemctl-redirect "$version" main start; fi
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432 -q || { echo "PostgreSQL 未能启动（127.0.0.1:5432）" >&2; exit 1; }
exec npx tsx scripts/cluster/demo.ts
