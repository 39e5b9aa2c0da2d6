#!/usr/bin/env bash
# Issue 3's benchmark (JMH): each store adapter's listings per second on one core, beside the bare jsoup or Jackson
# parse of the same bytes (bareParse) and beside that parse plus the parsing a listing cannot do without
# (parseAndText). The stores run one after the other, each store's three benchmarks together, so that on a shared
# machine an adapter and its floor are measured under the same load.
# Usage: bench/parse.sh [extra JMH options, e.g. -p store=huawei, -wi 2 -i 3, -prof gc]
# Results are printed and collected in stores/jmh-result.text.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl stores test-compile
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./mvnw -q -B -pl stores dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath"
classpath="stores/target/test-classes:stores/target/classes:$(cat "$work/classpath")"
stores=(tencent xiaomi oppo huawei vivo)
if [[ " $* " == *" -p "* || " $* " == *"store="* ]]; then
  stores=(given) # the caller chose the stores
fi
for store in "${stores[@]}"; do
  select=()
  [[ "$store" == given ]] || select=(-p "store=$store")
  java -cp "$classpath" org.openjdk.jmh.Main io.appaudit.stores.bench.ParseBenchmark "${select[@]}" \
    -rf text -rff "$work/$store.txt" "$@"
done
# one table: the header once, then every store's rows
{ head -n 1 "$work/${stores[0]}.txt"; for store in "${stores[@]}"; do tail -n +2 "$work/$store.txt"; done; } \
  > stores/jmh-result.text
echo "Results: stores/jmh-result.text"
