#!/usr/bin/env bash
# npm test — the whole suite, as CI runs it: lint, typecheck, unit,
# integration on SQLite and on PostgreSQL, the migration drift check,
# a production build and the e2e suite in Debian's Chromium.
#
# CI has two cores, and most steps keep one of them busy. The integration
# suite (on SQLite, then on PostgreSQL: one test process at a time, the
# longest chain) starts first and runs beside everything else: lint |
# typecheck, then unit, the build (with the migration check beside it) and
# e2e. Its databases are its own (a temporary SQLite file, a fresh PostgreSQL
# database); e2e has data/e2e.db. Each job writes its own log, printed whole
# when the job is waited for.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

[ -d node_modules/.bin ] || npm ci --no-audit --no-fund
bash scripts/ensure-test-env.sh

start=$(date +%s)
step() { printf '\n=== %s (%ss)\n' "$1" "$(( $(date +%s) - start ))"; }

logs=$(mktemp -d)
# On the way out (a failed step, or Ctrl-C), stop the jobs still running.
cleanup() {
  local f
  for f in "$logs"/*.pid; do
    [ -e "$f" ] && kill -- -"$(cat "$f")" 2>/dev/null || true
  done
  rm -rf "$logs"
}
trap cleanup EXIT
# bg NAME COMMAND...: runs the command in the background, in its own process
# group (so that cleanup can stop all of it), output to its log.
bg() {
  local name=$1
  shift
  setsid "$@" > "$logs/$name" 2>&1 &
  echo $! > "$logs/$name.pid"
}
# settle NAME...: waits for those jobs, prints each log; fails if any failed.
settle() {
  local ok=0 name
  for name in "$@"; do
    if wait "$(cat "$logs/$name.pid")"; then
      echo "--- $name: ok ($(( $(date +%s) - start ))s)"
    else
      echo "--- $name: FAILED ($(( $(date +%s) - start ))s)"
      ok=1
    fi
    rm -f "$logs/$name.pid"
    cat "$logs/$name"
  done
  return $ok
}

step "integration on SQLite, then on PostgreSQL: in the background from here on"
bg integration bash -c 'TEST_DB=sqlite npx vitest run --project integration &&
  echo "=== integration on PostgreSQL" && TEST_DB=postgres npx vitest run --project integration'

step "lint | typecheck"
bg lint npm run -s lint
bg typecheck npm run -s typecheck
settle lint typecheck || { echo "lint or typecheck failed"; exit 1; }
step "unit";                                       npx vitest run --project unit
step "production build | migrations match the schema"
bg db-check npm run -s db:check
npm run -s build
settle db-check || { echo "migrations do not match the schema"; exit 1; }
step "e2e in Chromium";                            npx playwright test
step "integration (waiting for it)"
settle integration || { echo "integration failed"; exit 1; }
step "all green"
