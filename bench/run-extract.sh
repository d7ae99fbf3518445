#!/usr/bin/env bash
# Extraction throughput (JMH, one thread): the whole report through normalisation and every extractor, vs a plain regex
# scan for digits as the baseline, same run. Prints JMH's table and MB/s per core (UTF-8 bytes of the report), by wall time
# and by the thread's CPU time (JMH secondary results cpuNanos/ops), with the load average before and after, and writes
# them to target/bench/extract.md. Extra JMH options may follow, e.g. -wi 3 -i 3.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mkdir -p target/bench
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench/test-classpath.txt -Dmdep.includeScope=test >/dev/null
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
java -cp "target/test-classes:target/classes:$(cat target/bench/test-classpath.txt)" org.openjdk.jmh.Main \
  'org.ftzobservatory.bench.ExtractionBenchmark' -rf csv -rff target/bench/extract-jmh.csv "$@" | tail -8
bytes=$(wc -c < ../shared/seed/ftz-report-2022.txt)
{
  echo "| benchmark | wall ms per report | error (99.9%) | MB/s per core (wall) | CPU ms per report | MB/s per core (CPU) |"
  echo "|---|---|---|---|---|---|"
  tail -n +2 target/bench/extract-jmh.csv | tr -d '"' | awk -F, -v b="$bytes" '
    $1 !~ /:/ { name=$1; sub(/.*\./, "", name); order[++n]=name; wall[name]=$5; err[name]=$6 }
    $1 ~ /:cpuNanos$/ { name=$1; sub(/:cpuNanos$/, "", name); sub(/.*\./, "", name); cpu[name]=$5 }
    $1 ~ /:ops$/ { name=$1; sub(/:ops$/, "", name); sub(/.*\./, "", name); ops[name]=$5 }
    END { for (i = 1; i <= n; i++) { k = order[i]; c = (ops[k] > 0) ? cpu[k] / ops[k] / 1e6 : 0;
      printf "| %s | %.2f | ± %.2f | %.1f | %.2f | %.1f |\n", k, wall[k], err[k], b / 1048576 / (wall[k] / 1000), c, (c > 0) ? b / 1048576 / (c / 1000) : 0 } }'
  echo
  echo "report: $bytes bytes (UTF-8); load average before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee target/bench/extract.md
