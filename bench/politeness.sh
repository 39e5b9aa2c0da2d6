#!/usr/bin/env bash
# Politeness under refusals (BENCHMARKS.md, "Politeness under refusals"): a five-store crawl with a fault mix beside
# the same crawl without faults, a store with a hidden rate limit, and a store that blocks.
#
#   bench/politeness.sh [--delay 200] [--apps 40] [--part 1|2|3|all]
#
# Elasticsearch: APPAUDIT_BENCH_ES (default http://127.0.0.1:9200), e.g. the node of `./appaudit es start`.
# APPAUDIT_BENCH_SMALL=1: the fault mix only, 5 apps per store at 50 ms (a check that it runs, not a measurement);
# options given still win.
set -euo pipefail
cd "$(dirname "$0")/.."
ES="${APPAUDIT_BENCH_ES:-http://127.0.0.1:9200}"
small=()
[ -n "${APPAUDIT_BENCH_SMALL:-}" ] && small=(--apps 5 --delay 50 --part 1)
CP="$(bench/classpath.sh crawler)"
exec java -Xmx1g --add-exports java.management/sun.management=ALL-UNNAMED \
  -Dappaudit.test.es.url="$ES" -cp "$CP" io.appaudit.crawler.bench.PolitenessBenchmark ${small[@]+"${small[@]}"} "$@"
