#!/usr/bin/env bash
# Case-library search benchmark: 100,000 synthetic cases, 50 queries, full-text search vs ILIKE scan, same run, same DB.
# Prints the table and writes it to target/bench/search.md. Options: -Dftz.bench.cases=N -Dftz.bench.rounds=N
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dftz.bench=true -DtrimStackTrace=false "$@"
cat target/bench/search.md
