#!/usr/bin/env bash
# HTTP fuzzing from the OpenAPI document (issue 14 §4) at a larger count than ApiFuzzIT: every GET and POST of /api/docs
# with malformed values, anonymously and as a national admin, against ./ftz serve on loopback with an embedded
# PostgreSQL in target/bench-fuzz-pg (fresh each run: the admin's requests may write). Exit 1 when any answer was a 5xx,
# held a stack trace, or was a 400 naming no parameter; every finding is printed.
#   bench/run-fuzz.sh [CASES_PER_CALLER] [SEED]      defaults: 5000 20261206;  PORT (default 18091)
set -euo pipefail
cd "$(dirname "$0")/.."
CASES="${1:-5000}"; SEED="${2:-20261206}"; PORT="${PORT:-18091}"
rm -rf target/bench-fuzz-pg
source bench/serve-for-bench.sh target/bench-fuzz-pg target/bench/fuzz-server.log
db=(--ftz.db.embedded.dir=target/bench-fuzz-pg)
echo "fuzz-admin-password-1" | ./ftz user add --role NATIONAL_ADMIN --name fuzz-admin "${db[@]}" >/dev/null
TOKEN=$(./ftz user token --name fuzz-admin "${db[@]}" | grep -o 'ftz_[A-Za-z0-9_-]*' | head -1)
echo "commit $(git rev-parse --short HEAD), load average $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
echo "anonymous:";  java -cp "$CP" org.ftzobservatory.ops.ApiFuzzer "http://127.0.0.1:$PORT" "$CASES" "$SEED" || status=1
echo "signed in as a national admin:"; java -cp "$CP" org.ftzobservatory.ops.ApiFuzzer "http://127.0.0.1:$PORT" "$CASES" "$((SEED + 1))" "$TOKEN" || status=1
echo "server log: $(grep -c ' ERROR ' target/bench/fuzz-server.log || true) ERROR lines; load average $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
