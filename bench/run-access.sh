#!/usr/bin/env bash
# Access-check engine throughput (JMH, one thread): the compiled engine vs a linear scan baseline, same run.
# Prints JMH's table and writes it to target/bench/access-jmh.txt. Extra JMH options may follow, e.g. -wi 5 -i 10.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench/test-classpath.txt -Dmdep.includeScope=test >/dev/null
mkdir -p target/bench
java -cp "target/test-classes:target/classes:$(cat target/bench/test-classpath.txt)" org.openjdk.jmh.Main \
  'org.ftzobservatory.bench.AccessCheckBenchmark' -rf text -rff target/bench/access-jmh.txt "$@"
cat target/bench/access-jmh.txt
