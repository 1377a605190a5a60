#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the libFuzzer targets for a bounded time each.
#   tools/fuzz.sh [SECONDS] [TARGET…]     (default: 60 s, every target)
# Builds build-fuzz with clang if needed. Seeds come from the test fixtures;
# new corpus entries go to build-fuzz/corpus/TARGET, crashes to
# build-fuzz/crashes/ (each one becomes a regression test).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
seconds=${1:-60}
[ $# -gt 0 ] && shift
if [ ! -f build-fuzz/build.ninja ]; then
  CC=clang meson setup build-fuzz -Dfuzzers=true -Db_sanitize=address,undefined \
    -Db_lundef=false -Dgui_tests=false >/dev/null
fi
meson compile -C build-fuzz >/dev/null
targets=${*:-$(sed -n "s/^  '\([a-z-]*\)': \[.*/\1/p" tests/fuzz/meson.build)}
mkdir -p build-fuzz/crashes
status=0
for t in $targets; do
  seeds=$(sed -n "s/^  '$t': \[\(.*\)\],/\1/p" tests/fuzz/meson.build | tr -d "',")
  corpus=$top/build-fuzz/corpus/$t
  mkdir -p "$corpus"
  for s in $seeds; do
    find "tests/$s" -maxdepth 1 -type f ! -name '*.py' ! -name EXPECTED -exec cp {} "$corpus/" \; 2>/dev/null || true
  done
  dict=""
  [ -f "tests/fuzz/$t.dict" ] && dict="-dict=$top/tests/fuzz/$t.dict"
  [ -z "$dict" ] && [ -f tests/fuzz/json.dict ] && case "$t" in dataset|geo|scenario) dict="-dict=$top/tests/fuzz/json.dict";; esac
  echo "fuzz-$t: ${seconds}s, $(ls "$corpus" | wc -l) seeds" >&2
  if ! XITU_DATA_DIR="$top/data" ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$top/tests/lsan.supp \
       "build-fuzz/tests/fuzz/fuzz-$t" $dict -max_total_time="$seconds" -rss_limit_mb=2048 \
       -max_len=1048576 -close_fd_mask=3 -artifact_prefix="$top/build-fuzz/crashes/" -print_final_stats=1 "$corpus" \
       2> "build-fuzz/fuzz-$t.log"; then
    echo "fuzz-$t FOUND A CRASH: see build-fuzz/fuzz-$t.log and build-fuzz/crashes/" >&2
    tail -40 "build-fuzz/fuzz-$t.log" >&2
    status=1
  else
    grep -E 'stat::number_of_executed_units|cov:' "build-fuzz/fuzz-$t.log" | tail -2 >&2
  fi
done
exit $status
