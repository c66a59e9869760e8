#!/usr/bin/env bash
# npm test — the whole suite, as CI runs it: lint, typecheck, unit,
# integration on SQLite and on PostgreSQL, the migration drift check,
# a production build and the e2e suite in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

[ -d node_modules/.bin ] || npm ci --no-audit --no-fund
bash scripts/ensure-test-env.sh

start=$(date +%s)
step() { printf '\n=== %s (%ss)\n' "$1" "$(( $(date +%s) - start ))"; }

# Lint and typecheck are each one single-threaded process: run side by side.
step "lint and typecheck, side by side"
logs=$(mktemp -d)
npm run -s lint > "$logs/lint" 2>&1 & lint=$!
npm run -s typecheck > "$logs/typecheck" 2>&1 & typecheck=$!
ok=0
wait "$lint" || ok=1
echo "--- lint"; cat "$logs/lint"
wait "$typecheck" || ok=1
echo "--- typecheck"; cat "$logs/typecheck"
rm -rf "$logs"
[ "$ok" -eq 0 ] || { echo "lint or typecheck failed"; exit 1; }
step "unit";                           npx vitest run --project unit
step "integration on SQLite";          TEST_DB=sqlite npx vitest run --project integration
step "integration on PostgreSQL";      TEST_DB=postgres npx vitest run --project integration
step "migrations match the schema";    npm run -s db:check
step "production build";               npm run -s build
step "e2e in Chromium";                npx playwright test
step "all green"
