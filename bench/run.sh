#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every benchmark against the toolkit's floor and the peers, and
# rewrites the tables in bench/RESULTS.md.
#
#   bench/run.sh            full run: warm-up + timed runs per side, peers
#                           alternating with Xitu; rewrites bench/RESULTS.md
#   bench/run.sh --quick    smoke pass for CI: 1 run each, no peers, leaves
#                           RESULTS.md alone; fails only if a benchmark crashes
#   bench/run.sh --only ID,...
#                           just those rows, printed; RESULTS.md left alone
#
# Other options go to bench/bench.py (--runs N, --warmup N, --only ID,...,
# --no-peers). The build is an optimised one of its own, in
# $XITU_BENCH_BUILD_DIR (default build-bench/ at the top of the tree).
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build=${XITU_BENCH_BUILD_DIR:-$top/build-bench}
quick=0
partial=0
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    --only|--only=*) partial=1 ;;
  esac
done

# Only what the benchmarks run is built, and a warning is not an error
# here: the debug build of CI is where warnings fail.
if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" "$top" --buildtype=release -Db_ndebug=if-release -Dwerror=false \
    -Dgui_tests=false >/dev/null
fi
ninja -C "$build" build.ninja >/dev/null  # reconfigure first if meson files changed
targets=$(ninja -C "$build" -t targets all | sed -n 's/^\(bench\/[A-Za-z0-9_-]*\): c_LINKER$/\1/p')
ninja -C "$build" src/xitu data/gschemas.compiled $targets >/dev/null

args=(--build "$build")
# A partial run (--only) prints its rows but leaves the tables alone: they
# hold one whole run, and a partial one would blank the rows it skipped.
[ "$quick" -eq 0 ] && [ "$partial" -eq 0 ] && args+=(--results-md "$top/bench/RESULTS.md")

# Start-up is measured in a desktop-like session: one X server and one
# session bus for all runs, so the settings portal and the accessibility
# bus are already up after the warm-up, as they are on a GNOME desktop.
runner=()
if [ -z "${DISPLAY:-}" ]; then
  if command -v xvfb-run >/dev/null; then
    runner=(xvfb-run -a -s '-screen 0 1920x1080x24')
  else
    echo "xvfb-run not found: start-up and memory are skipped" >&2
  fi
fi
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v dbus-run-session >/dev/null; then
  runner+=(dbus-run-session --)
fi

python=/usr/bin/python3
[ -x "$python" ] || python=python3
exec "${runner[@]}" "$python" "$top/bench/bench.py" "${args[@]}" "$@"
