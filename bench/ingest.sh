#!/usr/bin/env bash
# Issue 2's benchmark: BulkIngester sink vs raw NDJSON _bulk with curl, same documents, same node, same run.
# Usage: bench/ingest.sh [ELASTICSEARCH_URL] [DOCUMENTS] [ROUNDS]   (defaults: the embedded node, 100000, 3)
# APPAUDIT_BENCH_SMALL=1: 1000 documents, 1 round (a check that the benchmark runs, not a measurement).
set -euo pipefail
cd "$(dirname "$0")/.."
documents=100000
rounds=3
[ -n "${APPAUDIT_BENCH_SMALL:-}" ] && documents=1000 rounds=1
url="${1:-}"
if [ -z "$url" ]; then
  ./appaudit es start >/dev/null
  url="$(./appaudit es status | sed -n 's/.* at \(http[^ ]*\) .*/\1/p')"
fi
cp="$(bench/classpath.sh indexer)"
# the URL as the tests' node too, so that the benchmark's test configuration never starts a node of its own
exec java -Xmx1g -Dappaudit.test.es.url="$url" -cp "$cp" io.appaudit.indexer.bench.IngestBenchmark "$url" \
  "${2:-$documents}" "${3:-$rounds}"
