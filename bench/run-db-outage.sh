#!/usr/bin/env bash
# Issue 14 §2: `ftz serve` under read load while its PostgreSQL (a private embedded server of the driver, never the
# machine's shared one) is stopped for 30 s and started again; prints the timeline (stop, first 503, readiness down,
# restart, first 200) and fails on any 500, non-problem 503 or stack trace.
# Usage: bench/run-db-outage.sh [OUTAGE_SECONDS] [WORKERS]
source "$(dirname "$0")/faults-common.sh"
OUTAGE="${1:-30}"; WORKERS="${2:-4}"
rm -rf target/bench/db-outage
$JAVA_FAULTS org.ftzobservatory.ops.faults.DatabaseOutageDriver "$PWD" target/bench/db-outage "$OUTAGE" "$WORKERS" \
  | tee target/bench/db-outage.txt
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
