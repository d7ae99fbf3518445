#!/usr/bin/env bash
# Open-loop soak of the public read mix (issue 14 §3) against ./ftz serve on loopback, on an embedded PostgreSQL kept in
# target/bench-soak-pg (the first run imports the dataset). Prints per-class throughput, p50/p99/max, errors, 5xx and the
# server's RSS at start, after the warm-up and every 10 s, with the load average.
#   bench/run-soak.sh [RATES] [SECONDS_PER_RATE] [WARMUP_SECONDS]     defaults: 500,1000 600 60
#   PORT=8203 (default 18090)   SOAK_HEAP='-Xmx1g' (default) heap flags of the server   PROFILE=1: JFR recording of the server (target/bench/soak.jfr) and its hottest frames
set -euo pipefail
cd "$(dirname "$0")/.."
RATES="${1:-500,1000}"; SECS="${2:-600}"; WARM="${3:-60}"; PORT="${PORT:-18090}"
opts=""; cds="${FTZ_CDS:-on}"
if [ -n "${PROFILE:-}" ]; then
  # The JVM switches JFR off while it records a class-data archive, so a profiled run goes without CDS.
  opts="-XX:StartFlightRecording=filename=target/bench/soak.jfr,settings=profile,dumponexit=true"; cds=off
fi
# The server's heap is bounded as an operator would bound it (docs/OPERATIONS.md), so that its resident set shows whether
# memory grows, not how far the JVM's default heap (a quarter of the machine's memory) is allowed to expand.
export FTZ_CDS="$cds" FTZ_JAVA_OPTS="$opts ${SOAK_HEAP:--Xmx1g}"
source bench/serve-for-bench.sh target/bench-soak-pg target/bench/soak-server.log
echo "commit $(git rev-parse --short HEAD), $(nproc) cores, $(java -version 2>&1 | head -1), rates $RATES req/s, $SECS s each, warm-up $WARM s"
java -cp "$CP" org.ftzobservatory.bench.SoakDriver \
  "http://127.0.0.1:$PORT" "$SERVER" "$RATES" "$SECS" "$WARM" data | tee target/bench/soak.md
if [ -n "${PROFILE:-}" ]; then
  kill $SERVER; wait $SERVER 2>/dev/null || true
  # Where the request threads' samples are: the top frame, and the first frame of our code in each stack.
  jfr print --stack-depth 64 --events jdk.ExecutionSample target/bench/soak.jfr > target/bench/soak-samples.txt
  python3 - target/bench/soak-samples.txt <<'PY' | tee target/bench/soak-profile.txt
import re, sys, collections
top, ours, n = collections.Counter(), collections.Counter(), 0
for block in open(sys.argv[1]).read().split("jdk.ExecutionSample")[1:]:
    if "-exec-" not in block.split("stackTrace", 1)[0]:
        continue  # start-up (main) and housekeeping threads: only request threads are of interest here
    frames = []
    for line in block.split("stackTrace = [", 1)[-1].splitlines()[1:]:
        if line.strip() == "]":
            break
        if line.strip() and line.strip() != "...":
            frames.append(re.sub(r"\s+line:.*", "", line.strip()))
    if not frames:
        continue
    n += 1
    top[frames[0]] += 1
    ours[next((f for f in frames if f.startswith("org.ftzobservatory")), "(no frame of ours: " + frames[-1] + ")")] += 1
print(f"{n} execution samples of request threads")
for title, c in (("top frames", top), ("first frame of org.ftzobservatory", ours)):
    print(f"-- {title}")
    for f, k in c.most_common(15):
        print(f"{100 * k / n:5.1f}%  {f}")
PY
fi
