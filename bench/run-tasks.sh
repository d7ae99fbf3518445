#!/usr/bin/env bash
# Pilot-task ledger benchmarks (issue #12): 100,000 synthetic rows imported from CSV and XLSX through TaskImport against a
# plain JDBC batch insert, and the zone x status x domain rollup over 1,000,000 synthetic tasks with V19's indexes, V14's
# and none, all in the same run. Prints both tables and writes them to target/bench/tasks-import.md and tasks-rollup.md.
# Options: -Dftz.bench.import-rows=N -Dftz.bench.tasks=N -Dftz.bench.rounds=N; -Dtest=TasksBenchmark#importCsvAndXlsx for one.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test -Dtest=TasksBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dftz.bench=true -DtrimStackTrace=false "$@"
cat target/bench/tasks-import.md target/bench/tasks-rollup.md 2>/dev/null || true
