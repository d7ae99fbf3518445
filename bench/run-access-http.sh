#!/usr/bin/env bash
# HTTP load on POST /api/v1/access-checks at a fixed rate (default 1000 requests/s for 30 s) against ./ftz serve on
# loopback with a fresh embedded PostgreSQL, after a warm-up; the baseline endpoint runs in the same process and run.
# Usage: bench/run-access-http.sh [RPS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
RPS="${1:-1000}"; SECS="${2:-30}"; PORT=18080
mvn -q -B -DskipTests package
mvn -q -B test-compile
mkdir -p target/bench
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench/test-classpath.txt -Dmdep.includeScope=test >/dev/null
java -jar target/ftz-observatory.jar serve --port "$PORT" --ftz.home="$PWD" --ftz.db.embedded.dir=target/bench-http-pg \
  --ftz.db.embedded.clean=true --logging.level.root=WARN > target/bench/access-http-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for i in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/api/v1/negative-lists/editions" >/dev/null && break
  sleep 1
done
java -cp "target/test-classes:target/classes:$(cat target/bench/test-classpath.txt)" org.ftzobservatory.bench.AccessLoadDriver \
  "http://127.0.0.1:$PORT" "$RPS" "$SECS" | tee target/bench/access-http.md
