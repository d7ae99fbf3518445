#!/usr/bin/env bash
# Evaluation index (issue 15): 100 zones x 200 indicators x 10 years with N = 1,000 weight draws per year (JMH, one
# thread), against the bare weighted sums of the same draws in the same run. Prints JMH's table and the load average,
# and writes them to target/bench/index-jmh.txt. Extra JMH options may follow, e.g. -wi 5 -i 10.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile "${MVN_OPTS_EXTRA:--o}"
mkdir -p target/bench
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench/test-classpath.txt -Dmdep.includeScope=test "${MVN_OPTS_EXTRA:--o}" >/dev/null
echo "load before: $(uptime)"
java -cp "target/test-classes:target/classes:$(cat target/bench/test-classpath.txt)" org.openjdk.jmh.Main \
  'org.ftzobservatory.bench.IndexBenchmark' -rf text -rff target/bench/index-jmh.txt "$@"
echo "load after: $(uptime)"
cat target/bench/index-jmh.txt
