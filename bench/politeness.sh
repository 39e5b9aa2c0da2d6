#!/usr/bin/env bash
# Politeness under refusals (BENCHMARKS.md, "Politeness under refusals"): a five-store crawl with a fault mix beside
# the same crawl without faults, a store with a hidden rate limit, and a store that blocks.
#
#   bench/politeness.sh [--delay 200] [--apps 40] [--part 1|2|3|all]
#
# Elasticsearch: APPAUDIT_BENCH_ES (default http://127.0.0.1:9200), e.g. the node of `./appaudit es start`.
set -euo pipefail
cd "$(dirname "$0")/.."
ES="${APPAUDIT_BENCH_ES:-http://127.0.0.1:9200}"
./mvnw -q -B -pl crawler -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="crawler/target/test-classes:crawler/target/classes:$(cat crawler/target/bench.classpath)"
exec java -Xmx1g --add-exports java.management/sun.management=ALL-UNNAMED \
  -Dappaudit.test.es.url="$ES" -cp "$CP" io.appaudit.crawler.bench.PolitenessBenchmark "$@"
