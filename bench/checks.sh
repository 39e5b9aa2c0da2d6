#!/usr/bin/env bash
# Issue 5's benchmark: check and rates over N synthetic listings in an embedded node, the tool's JVM at -Xmx512m.
# Usage: bench/checks.sh [LISTINGS] [NODE_HOME] [ELASTICSEARCH_URL]
#   defaults: 1000000 listings; a node of its own under /tmp/appaudit-bench (started and stopped here); give a URL to
#   use a running node instead.
set -euo pipefail
cd "$(dirname "$0")/.."
# The classpath from this checkout's modules (not ~/.m2), so the benchmark measures the code in front of you.
./mvnw -q -B -pl indexer -am test-compile dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="indexer/target/test-classes:indexer/target/classes:$(cat indexer/target/bench.classpath)"
exec java -Xmx512m -cp "$cp" io.appaudit.indexer.checks.ChecksBenchmark "${1:-1000000}" \
  "${2:-/tmp/appaudit-bench/elasticsearch}" ${3:+"$3"}
