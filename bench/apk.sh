#!/usr/bin/env bash
# Issue 17's benchmark: reading delivered APKs by byte ranges. Per APK (the vendored 3 MB test APK and variants padded
# to 20, 50 and 200 MB with a stored asset, re-signed), the range requests and bytes read over HTTP through the
# crawler's client against the file's size; then APKs per second on one core, the range reader against apk-parser
# reading the whole file (the baseline, same run).
# Usage: bench/apk.sh
# APPAUDIT_BENCH_SMALL=1: the 3 and 20 MB files only, short timings (a check that the benchmark runs).
set -euo pipefail
cd "$(dirname "$0")/.."
cp="$(bench/classpath.sh crawler)"
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
exec "${pin[@]}" java -XX:ActiveProcessorCount=1 -Xmx1g -cp "$cp" io.appaudit.crawler.apk.ApkBenchmark
