#!/usr/bin/env bash
# Builds MODULE and the modules it depends on in one reactor build, then prints MODULE's test class path. The
# sibling modules come from this checkout's target/ folders, never from ~/.m2: the benchmarks measure the code in
# front of you, and a fresh clone needs no `./mvnw install` first.
# Usage: bench/classpath.sh MODULE   (stores, indexer or crawler)
set -euo pipefail
cd "$(dirname "$0")/.."
module="${1:?usage: bench/classpath.sh stores|indexer|crawler}"
./mvnw -q -B -pl "$module" -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
echo "$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench.classpath")"
