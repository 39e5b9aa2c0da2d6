#!/usr/bin/env bash
# The crawler's benchmarks (BENCHMARKS.md, "Crawler benchmarks"): throughput beside stock crawler4j on loopback, and
# each store's request rate under politeness with all five stores crawling at once.
#
#   bench/crawler-benchmark.sh [--apps 3000] [--threads 4] [--rounds 3] [--delay 200] [--store-apps 60] [--part 1|2|all]
#
# Elasticsearch: APPAUDIT_BENCH_ES (default http://127.0.0.1:9200), e.g. the node of `./appaudit es start`.
# APPAUDIT_BENCH_SMALL=1: 20 apps, 1 round, 5 apps per store at 50 ms (a check that it runs, not a measurement);
# options given still win.
set -euo pipefail
cd "$(dirname "$0")/.."
ES="${APPAUDIT_BENCH_ES:-http://127.0.0.1:9200}"
small=()
[ -n "${APPAUDIT_BENCH_SMALL:-}" ] && small=(--apps 20 --rounds 1 --delay 50 --store-apps 5)
CP="$(bench/classpath.sh crawler)"
exec java -Xmx1g --add-exports java.management/sun.management=ALL-UNNAMED \
  -Dappaudit.test.es.url="$ES" -cp "$CP" io.appaudit.crawler.bench.CrawlerBenchmark ${small[@]+"${small[@]}"} "$@"
