# Sourced by the bench scripts: builds what they need and starts ./ftz serve on $PORT with an embedded PostgreSQL in
# $1, logging to $2; waits for readiness and sets SERVER (its pid); the server is stopped when the script exits.
mkdir -p target/bench
./ftz help >/dev/null                      # builds the jar when the sources are newer
mvn -q -B -o test-compile
[ -f target/bench/test-classpath.txt ] || mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench/test-classpath.txt \
  -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench/test-classpath.txt)"
./ftz serve --port "$PORT" --ftz.db.embedded.dir="$1" --logging.level.root=WARN > "$2" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
for i in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health/readiness")" = 200 ] && break
  kill -0 $SERVER 2>/dev/null || { echo "server died: see $2" >&2; exit 1; }
  sleep 1
done
