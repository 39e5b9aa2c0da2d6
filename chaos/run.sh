#!/usr/bin/env bash
# The chaos suite in one command: every fault test of crawler/src/test/java/io/appaudit/crawler/chaos against a
# real Elasticsearch node (the build's test node, started here unless it runs already), then the table of faults:
# outcome, listings expected, listings indexed, duplicates, false findings. Exit 0 only when every test passed and
# every row shows nothing lost, nothing doubled, nothing false.
#
#   chaos/run.sh                 # all faults
#   chaos/run.sh 'Elasticsearch*' # only the tests whose class matches (surefire's -Dtest pattern)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
pattern="${1:-*}"

test_data="$root/.appaudit-test"
mkdir -p "$test_data"
[ -f "$test_data/ci.yaml" ] || printf 'elastic:\n  embedded:\n    port: 0\n' > "$test_data/ci.yaml"
es() { ./appaudit --config "$test_data/ci.yaml" --data-dir "$test_data" es "$@"; }
if ! es status >/dev/null 2>&1; then
  echo "== starting the test Elasticsearch node"
  es start
  trap 'es stop || true' EXIT
fi
url="$(sed -n 's/.*"url":"\([^"]*\)".*/\1/p' "$test_data/elasticsearch/node.json")"

rows="$root/crawler/target/chaos/rows"
rm -rf "$rows"
echo "== chaos suite against $url"
status=0
./mvnw -B -pl crawler -am test -Dappaudit.test.es.url="$url" -Dtest="io.appaudit.crawler.chaos.${pattern}Test" \
  -Dsurefire.failIfNoSpecifiedTests=false || status=$?

echo
echo "== chaos table (crawler/target/chaos/table.txt)"
classpath="$root/crawler/target/test-classes:$root/crawler/target/classes"
java -cp "$classpath" io.appaudit.crawler.chaos.ChaosTable "$rows" || status=$((status == 0 ? 1 : status))
exit "$status"
