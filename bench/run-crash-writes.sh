#!/usr/bin/env bash
# Issue 14 §2: kill -9 `ftz serve` during a burst of replication and review writes (default 10 rounds, 4 writers);
# after each kill every acknowledged write must be there with its audit event and nothing half written.
# Usage: bench/run-crash-writes.sh [ROUNDS] [SEED] [WRITERS]
source "$(dirname "$0")/faults-common.sh"
ROUNDS="${1:-10}"; SEED="${2:-14}"; WRITERS="${3:-4}"
scratch_db ftz_bench_crash_writes
$JAVA_FAULTS org.ftzobservatory.ops.faults.CrashWriteDriver "$PWD" "$URL" "$ROUNDS" "$SEED" 18214 "$WRITERS" \
  | tee target/bench/crash-writes.txt
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
