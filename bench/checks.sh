#!/usr/bin/env bash
# Issues 5 and 16: check (first run, nothing changed, after a 5 % re-crawl of one store, --reevaluate) and rates
# (from the app-quarter index, and the previous way) over N synthetic listings, the tool's JVM at -Xmx512m.
# Usage: bench/checks.sh [LISTINGS] [NODE_HOME] [ELASTICSEARCH_URL]
#   defaults: 1000000 listings; a node of its own under /tmp/appaudit-bench (started and stopped here); give a URL to
#   use a running node instead.
# APPAUDIT_BENCH_SMALL=1: 500 listings by default (a check that the benchmark runs, not a measurement).
set -euo pipefail
cd "$(dirname "$0")/.."
default=1000000
[ -n "${APPAUDIT_BENCH_SMALL:-}" ] && default=500
cp="$(bench/classpath.sh indexer)"
exec java -Xmx512m -cp "$cp" io.appaudit.indexer.checks.ChecksBenchmark "${1:-$default}" \
  "${2:-/tmp/appaudit-bench/elasticsearch}" ${3:+"$3"}
