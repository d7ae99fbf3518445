#!/usr/bin/env bash
# Extraction throughput (JMH, one thread): the whole report through normalisation and every extractor, vs a plain regex
# scan for digits as the baseline, same run. Prints JMH's table and MB/s per core (UTF-8 bytes of the report), and writes
# both to target/bench/extract.md. Extra JMH options may follow, e.g. -wi 3 -i 3.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mkdir -p target/bench
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench/test-classpath.txt -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench/test-classpath.txt)" org.openjdk.jmh.Main \
  'org.ftzobservatory.bench.ExtractionBenchmark' -rf csv -rff target/bench/extract-jmh.csv "$@" | tail -8
bytes=$(wc -c < ../shared/seed/ftz-report-2022.txt)
{
  echo "| benchmark | ms per report (one thread) | error (99.9%) | MB/s per core |"
  echo "|---|---|---|---|"
  tail -n +2 target/bench/extract-jmh.csv | tr -d '"' | awk -F, -v b="$bytes" '{
    name=$1; sub(/.*\./, "", name); printf "| %s | %.2f | ± %.2f | %.1f |\n", name, $5, $6, b / 1048576 / ($5 / 1000) }'
  echo
  echo "report: $bytes bytes (UTF-8)"
} | tee target/bench/extract.md
