#!/usr/bin/env bash
# Regenerates the demo replays (demo/replay, this quarter; demo/replay-previous, the previous one), the check files
# (notices.csv, registry.csv, groups.csv) and PLANTED.md from the seeded generator in the crawler's test sources. Usage: demo/regenerate.sh [reference date, e.g. 2027-06-01]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl crawler -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/demo-classpath.txt -Dmdep.includeScope=test
java -cp "crawler/target/test-classes:crawler/target/classes:$(cat crawler/target/demo-classpath.txt)" \
  io.appaudit.crawler.demo.DemoReplayGenerator demo "$@"
