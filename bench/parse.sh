#!/usr/bin/env bash
# Issue 3's benchmark (JMH): each store adapter's listings per second on one core, beside the bare jsoup or
# Jackson parse of the same bytes. Usage: bench/parse.sh [extra JMH options, e.g. -p store=huawei]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl stores test-compile
./mvnw -q -B -pl stores exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
  -Dexec.args="-cp %classpath org.openjdk.jmh.Main io.appaudit.stores.bench.ParseBenchmark -rf text $*"
