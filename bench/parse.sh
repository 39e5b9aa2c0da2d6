#!/usr/bin/env bash
# Issue 3's benchmark (JMH): each store adapter's listings per second on one core, beside the bare jsoup or Jackson
# parse of the same bytes (bareParse) and beside that parse plus the parsing a listing cannot do without
# (parseAndText). The stores run one after the other, each store's three benchmarks together, so that on a shared
# machine an adapter and its floor are measured under the same load.
# Usage: bench/parse.sh [extra JMH options, e.g. -p store=huawei, -wi 2 -i 3, -prof gc]
# Results are printed and collected in stores/jmh-result.text.
# APPAUDIT_BENCH_SMALL=1: one 100 ms iteration per benchmark, in this JVM, results not collected (a check that it
# runs, not a measurement).
set -euo pipefail
cd "$(dirname "$0")/.."
classpath="$(bench/classpath.sh stores)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
small=()
result=stores/jmh-result.text
if [ -n "${APPAUDIT_BENCH_SMALL:-}" ]; then
  small=(-f 0 -wi 0 -i 1 -r 100ms)
  result="$work/jmh-result.text"
fi
stores=(tencent xiaomi oppo huawei vivo)
if [[ " $* " == *" -p "* || " $* " == *"store="* ]]; then
  stores=(given) # the caller chose the stores
fi
for store in "${stores[@]}"; do
  select=()
  [[ "$store" == given ]] || select=(-p "store=$store")
  java -cp "$classpath" org.openjdk.jmh.Main io.appaudit.stores.bench.ParseBenchmark "${select[@]}" \
    ${small[@]+"${small[@]}"} -rf text -rff "$work/$store.txt" "$@"
done
# one table: the header once, then every store's rows
{ head -n 1 "$work/${stores[0]}.txt"; for store in "${stores[@]}"; do tail -n +2 "$work/$store.txt"; done; } \
  > "$result"
echo "Results: $result"
