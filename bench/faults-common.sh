# Shared by the fault drivers (bench/run-import-crash.sh, run-crash-writes.sh, run-db-outage.sh): builds the classes,
# writes the test classpath, and gives each driver a database of its own on the machine's PostgreSQL (127.0.0.1:5432,
# trust auth), dropped again on exit. Sourced, not run.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench/test-classpath.txt -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench/test-classpath.txt)"
# The children (ftz import / ftz serve) run with the same classpath.
JAVA_FAULTS="java -Dftz.faults.classpath=$CP -cp $CP"
scratch_db() { # NAME → creates it, sets URL to its JDBC URL, drops it when the script ends
  psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $1 with (force)" -c "create database $1"
  trap "psql -h 127.0.0.1 -U postgres -d postgres -qc 'drop database if exists $1 with (force)'" EXIT
  URL="jdbc:postgresql://127.0.0.1:5432/$1"
}
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
