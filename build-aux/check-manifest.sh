#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Check a Flatpak manifest without building it (the GNOME runtime cannot be
# downloaded everywhere the tests run).
#
#   build-aux/check-manifest.sh MANIFEST
#
# 1. flatpak-builder --show-manifest must parse it: exit 0 and print nothing
#    on stderr. flatpak-builder only warns (and still exits 0) on a key it
#    does not know, so a misspelt key shows up only on stderr.
# 2. The sandbox stays small: no network, no file system access.
# 3. The manifest agrees with itself: its id matches its file name, it runs
#    xitu, and a .Devel id goes with -Ddevelopment=true.
#
# Exit 0 when it passes, 1 when it does not, 77 (skipped) when flatpak-builder
# or Python is missing.
set -u

manifest=${1:-}
if [ -z "$manifest" ]; then
  echo "usage: $0 MANIFEST" >&2
  exit 2
fi
if [ ! -f "$manifest" ]; then
  echo "FAIL: $manifest: no such file" >&2
  exit 1
fi

if ! command -v flatpak-builder >/dev/null 2>&1; then
  echo "SKIP: flatpak-builder is not installed (apt-get install flatpak-builder)" >&2
  exit 77
fi
python=
for candidate in /usr/bin/python3 python3; do
  if command -v "$candidate" >/dev/null 2>&1; then
    python=$candidate
    break
  fi
done
if [ -z "$python" ]; then
  echo "SKIP: python3 is not installed; it is needed to read the manifest" >&2
  exit 77
fi

manifest_abs=$(cd "$(dirname "$manifest")" && pwd)/$(basename "$manifest")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# Run from the scratch folder so that nothing lands in the source tree.
(cd "$scratch" && flatpak-builder --show-manifest "$manifest_abs") \
  >"$scratch/stdout" 2>"$scratch/stderr"
status=$?
if [ "$status" -ne 0 ]; then
  echo "FAIL: $manifest: flatpak-builder --show-manifest exited with $status:" >&2
  cat "$scratch/stderr" >&2
  exit 1
fi
if [ -s "$scratch/stderr" ]; then
  echo "FAIL: $manifest: flatpak-builder --show-manifest printed on stderr" \
       "(an unknown or misspelt key?):" >&2
  cat "$scratch/stderr" >&2
  exit 1
fi

"$python" - "$manifest" <<'PYTHON'
import json
import os
import sys

path = sys.argv[1]
try:
    with open(path, encoding="utf-8") as f:
        manifest = json.load(f)
except (OSError, ValueError) as e:
    print(f"FAIL: {path}: not valid JSON: {e}", file=sys.stderr)
    sys.exit(1)

problems = []

app_id = manifest.get("id") or manifest.get("app-id")
expected_id = os.path.basename(path)[: -len(".json")]
if app_id != expected_id:
    problems.append(f'id is "{app_id}", but the file name says "{expected_id}"')

for arg in manifest.get("finish-args", []):
    if arg == "--share=network":
        problems.append("finish-args has --share=network: Xitu works offline")
    elif arg == "--filesystem" or arg.startswith("--filesystem="):
        problems.append(f"finish-args has {arg}: files go through the portal")

if manifest.get("command") != "xitu":
    problems.append(f'command is "{manifest.get("command")}", not "xitu"')

modules = [m for m in manifest.get("modules", []) if isinstance(m, dict)]
xitu = [m for m in modules if m.get("name") == "xitu"]
if not xitu:
    problems.append('no module named "xitu"')
else:
    module = xitu[-1]
    if module.get("buildsystem") != "meson":
        problems.append('module "xitu" is not built with meson')
    opts = module.get("config-opts", [])
    devel_id = bool(app_id) and app_id.endswith(".Devel")
    devel_opt = "-Ddevelopment=true" in opts
    if devel_id != devel_opt:
        problems.append(
            "a .Devel id needs -Ddevelopment=true in config-opts and only it does "
            f"(id {app_id}, config-opts {opts})")

for p in problems:
    print(f"FAIL: {path}: {p}", file=sys.stderr)
if problems:
    sys.exit(1)
print(f"ok: {path}", file=sys.stderr)
PYTHON
