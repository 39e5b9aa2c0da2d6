#!/usr/bin/env bash
# Issue 2's benchmark: BulkIngester sink vs raw NDJSON _bulk with curl, same documents, same node, same run.
# Usage: bench/ingest.sh [ELASTICSEARCH_URL] [DOCUMENTS] [ROUNDS]   (defaults: the embedded node, 100000, 3)
set -euo pipefail
cd "$(dirname "$0")/.."
url="${1:-}"
if [ -z "$url" ]; then
  ./appaudit es start >/dev/null
  url="$(./appaudit es status | sed -n 's/.* at \(http[^ ]*\) .*/\1/p')"
fi
./mvnw -q -B -pl indexer -am test-compile -DskipTests
./mvnw -q -B -pl indexer exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
  -Dexec.args="-Xmx1g -cp %classpath io.appaudit.indexer.bench.IngestBenchmark $url ${2:-100000} ${3:-3}"
