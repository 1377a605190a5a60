#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# An export killed at any moment (SIGKILL: no handler runs) leaves the file it
# was replacing either as it was or as a complete new file, never truncated:
# exports write a temporary file and rename it over the target.
set -eu
xitu=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out=$tmp/chain.png
printf 'OLD FILE, MUST SURVIVE\n' > "$out"

is_complete_png () {
  # PNG signature at the start and the IEND chunk at the very end.
  [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] &&
  [ "$(tail -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = "49454e44ae426082" ]
}

kills=0
for delay in 0.01 0.03 0.05 0.08 0.12 0.2 0.3 0.5; do
  "$xitu" export chain --year 2025 --width 3000 --height 2000 --scale 2 -o "$out" 2>/dev/null &
  pid=$!
  sleep "$delay"
  if kill -9 "$pid" 2>/dev/null; then kills=$((kills + 1)); fi
  wait "$pid" 2>/dev/null || true
  if [ "$(cat "$out" 2>/dev/null | head -c 22)" = "OLD FILE, MUST SURVIVE" ]; then
    :
  elif is_complete_png "$out"; then
    printf 'OLD FILE, MUST SURVIVE\n' > "$out"   # the export won the race; start again
  else
    echo "FAIL: after a kill at ${delay}s the target is neither the old file nor a whole PNG" >&2
    ls -l "$tmp" >&2
    exit 1
  fi
done

"$xitu" export chain --year 2025 -o "$out"
is_complete_png "$out" || { echo "FAIL: an uninterrupted export wrote no whole PNG" >&2; exit 1; }
echo "ok: $kills exports killed mid-way, the target was never left half-written" >&2
