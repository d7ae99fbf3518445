#!/usr/bin/env bash
# Annual report benchmark (issue 15): the 2021 report built and written as HTML against the export of the whole dataset,
# in the same run on the same freshly imported embedded PostgreSQL. Prints the table and writes target/bench/report.md
# (and the report itself, target/bench/report-2021.html). Options: -Dftz.bench.rounds=N, -Dftz.bench.db-url=JDBC_URL.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dftz.bench=true -DtrimStackTrace=false "$@"
cat target/bench/report.md 2>/dev/null || true
