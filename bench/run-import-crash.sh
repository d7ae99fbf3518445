#!/usr/bin/env bash
# Issue 14 §2: kill -9 `ftz import` at random moments (default 20 tries) while it replaces one dataset with another;
# after each kill the database must hold exactly the old or the new dataset (row counts + md5 of every dataset table),
# and a server started afterwards must serve it. Exit 1 on any mixed state.
# Usage: bench/run-import-crash.sh [TRIES] [SEED]
source "$(dirname "$0")/faults-common.sh"
TRIES="${1:-20}"; SEED="${2:-14}"
scratch_db ftz_bench_import_crash
$JAVA_FAULTS org.ftzobservatory.ops.faults.ImportCrashDriver "$PWD" "$URL" target/bench/import-crash "$TRIES" "$SEED" 18213 \
  | tee target/bench/import-crash.txt
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
