#!/usr/bin/env bash
# The crawler's benchmarks (docs/crawler-benchmarks.md): throughput beside stock crawler4j on loopback, and each
# store's request rate under politeness with all five stores crawling at once.
#
#   bench/crawler-benchmark.sh [--apps 3000] [--threads 4] [--rounds 3] [--delay 200] [--part 1|2|all]
#
# Elasticsearch: APPAUDIT_BENCH_ES (default http://127.0.0.1:9200), e.g. the node of `./appaudit es start`.
set -euo pipefail
cd "$(dirname "$0")/.."
ES="${APPAUDIT_BENCH_ES:-http://127.0.0.1:9200}"
./mvnw -q -B -pl crawler -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="crawler/target/test-classes:crawler/target/classes:$(cat crawler/target/bench.classpath)"
exec java -Xmx1g --add-exports java.management/sun.management=ALL-UNNAMED \
  -Dappaudit.test.es.url="$ES" -cp "$CP" io.appaudit.crawler.bench.CrawlerBenchmark "$@"
