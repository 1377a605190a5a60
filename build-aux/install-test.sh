#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Install Xitu the way its Flatpak manifest builds it and check the result,
# without the GNOME runtime (which cannot be downloaded everywhere the tests
# run):
#
#   build-aux/install-test.sh BUILDDIR
#
# 1. configure a separate build with --prefix=/app and the config-opts of
#    flatpak/io.github.xituatlas.Xitu.json, compile it, and
#    `meson install --destdir` it into BUILDDIR/install-test/root;
# 2. check that every file the installed application needs is in that tree,
#    printing one line per missing file;
# 3. run the installed binary with no display: `xitu --version`.
#
# The source tree is $XITU_SOURCE_ROOT, or else this script's parent folder.
# The scratch tree is kept after a run, so that a failure can be looked at.
# Exit status: 0 when everything is there and runs, 1 otherwise.
set -u

if [ $# -ne 1 ]; then
  echo "usage: $0 BUILDDIR" >&2
  exit 2
fi
mkdir -p "$1" || exit 1
builddir=$(cd "$1" && pwd)
srcdir=${XITU_SOURCE_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}
meson=${MESON:-meson}

app_id=io.github.xituatlas.Xitu
manifest=$srcdir/flatpak/$app_id.json
prefix=/app
tmp=$builddir/install-test
build=$tmp/build
root=$tmp/root
app=$root$prefix

say() { printf '%s\n' "$*" >&2; }

# Print the last lines of a log and give up.
die_with_log() {
  say "FAIL: $1"
  say "---- last lines of $2 ----"
  tail -n 40 "$2" >&2
  say "---- (whole log: $2) ----"
  exit 1
}

# ---------------------------------------------------------------------------
# 0. The sources the installed files come from. Name every missing one at
#    once, rather than only the first that meson setup trips over.

absent=0
need_source() {
  if [ ! -e "$srcdir/$1" ]; then
    say "MISSING SOURCE: $1 — $2"
    absent=$((absent + 1))
  fi
}
need_source src/main.c "the program's entry point"
need_source resources/xitu.gresource.xml "the GResource manifest that src/meson.build compiles"
need_source po/LINGUAS "the list of translations"
need_source po/zh_CN.po "the Simplified Chinese translation"
need_source data/dataset/xitu-dataset.json "the shipped dataset"
if [ -f "$srcdir/po/LINGUAS" ] && ! grep -qx 'zh_CN' "$srcdir/po/LINGUAS"; then
  say "MISSING SOURCE: zh_CN in po/LINGUAS — without it no xitu.mo is installed"
  absent=$((absent + 1))
fi
if [ -z "$(find "$srcdir/data/maps" -type f ! -name README.md 2>/dev/null | head -n 1)" ]; then
  say "MISSING SOURCE: data/maps/ has no map file (README.md is not installed)"
  absent=$((absent + 1))
fi
if [ "$absent" -ne 0 ]; then
  say "FAIL: $absent source file(s) missing in $srcdir; nothing was built"
  exit 1
fi

# ---------------------------------------------------------------------------
# 1. Configure, compile and install as the manifest does

# The options flatpak-builder would pass: the manifest's config-opts for the
# xitu module (fallback: the ones it has at the time of writing).
config_opts=(--buildtype=release -Dwerror=false -Dgui_tests=false)
python=
for candidate in /usr/bin/python3 python3; do
  command -v "$candidate" >/dev/null 2>&1 && { python=$candidate; break; }
done
if [ -n "$python" ] && [ -f "$manifest" ]; then
  if opts=$("$python" - "$manifest" <<'PYTHON'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    manifest = json.load(f)
for module in manifest.get("modules", []):
    if isinstance(module, dict) and module.get("name") == "xitu":
        print("\n".join(module.get("config-opts", [])))
        break
else:
    sys.exit(1)
PYTHON
  ); then
    mapfile -t config_opts <<<"$opts"
  else
    say "note: could not read the config-opts of $manifest; using ${config_opts[*]}"
  fi
fi

rm -rf "$tmp"
mkdir -p "$tmp"
log=$tmp/build.log

# meson test sets MALLOC_PERTURB_ for the test programs; the compiler does not
# need it.
unset MALLOC_PERTURB_

say "configuring $build (prefix $prefix, ${config_opts[*]})"
"$meson" setup "$build" "$srcdir" --prefix="$prefix" --libdir=lib \
  "${config_opts[@]}" >"$log" 2>&1 \
  || die_with_log "meson setup failed for $srcdir" "$log"

say "compiling"
"$meson" compile -C "$build" >>"$log" 2>&1 \
  || die_with_log "the build failed" "$log"

say "installing into $root"
"$meson" install -C "$build" --destdir "$root" >>"$log" 2>&1 \
  || die_with_log "meson install failed" "$log"

# ---------------------------------------------------------------------------
# 2. The installed tree

missing=0

# need FILE WHAT: FILE (relative to the prefix) must exist and not be empty.
need() {
  if [ ! -s "$app/$1" ]; then
    say "MISSING: $prefix/$1 — $2"
    missing=$((missing + 1))
  fi
}

# need_files DIR WHAT: DIR (relative to the prefix) must hold at least one file.
need_files() {
  if [ -z "$(find "$app/$1" -type f 2>/dev/null | head -n 1)" ]; then
    say "MISSING: $prefix/$1 (no file in it) — $2"
    missing=$((missing + 1))
  fi
}

need bin/xitu \
  "the program (src/main.c, built by src/meson.build)"
need share/applications/$app_id.desktop \
  "the desktop entry (data/$app_id.desktop.in)"
need share/metainfo/$app_id.metainfo.xml \
  "the AppStream metainfo (data/$app_id.metainfo.xml.in)"
need share/icons/hicolor/scalable/apps/$app_id.svg \
  "the app icon (data/icons/hicolor/scalable/apps/)"
need share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg \
  "the symbolic icon (data/icons/hicolor/symbolic/apps/)"
need share/glib-2.0/schemas/$app_id.gschema.xml \
  "the GSettings schema (data/$app_id.gschema.xml)"
need share/locale/zh_CN/LC_MESSAGES/xitu.mo \
  "the Simplified Chinese translation (po/zh_CN.po, listed in po/LINGUAS)"
need share/xitu/dataset/xitu-dataset.json \
  "the dataset (data/dataset/xitu-dataset.json)"
need_files share/xitu/maps \
  "the map data (data/maps/)"

# The desktop entry must name the icon that is installed.
desktop=$app/share/applications/$app_id.desktop
if [ -f "$desktop" ]; then
  icon=$(sed -n 's/^Icon=//p' "$desktop" | head -n 1)
  if [ "$icon" != "$app_id" ]; then
    say "WRONG: $prefix/share/applications/$app_id.desktop has Icon=$icon, not Icon=$app_id"
    missing=$((missing + 1))
  fi
fi

# flatpak-builder compiles the schemas when it finishes the build; do the same
# here, strictly, so that the binary below can find them.
schemas=$app/share/glib-2.0/schemas
if [ -d "$schemas" ] && command -v glib-compile-schemas >/dev/null 2>&1; then
  if ! glib-compile-schemas --strict "$schemas" 2>"$tmp/schemas.log"; then
    say "WRONG: the installed schemas do not compile:"
    cat "$tmp/schemas.log" >&2
    missing=$((missing + 1))
  fi
fi

# The desktop entry, metainfo and icon as a whole, as software centres read
# them (errors and warnings fail; infos pass).
if [ "$missing" -eq 0 ] && command -v appstreamcli >/dev/null 2>&1; then
  appstreamcli validate-tree --no-net --explain "$app" >"$tmp/appstream.log" 2>&1
  status=$?
  if [ "$status" -ne 0 ] || grep -q '^ *[EW]: ' "$tmp/appstream.log"; then
    say "WRONG: appstreamcli validate-tree $app found problems:"
    cat "$tmp/appstream.log" >&2
    missing=$((missing + 1))
  fi
fi

if [ "$missing" -ne 0 ]; then
  say "FAIL: $missing item(s) missing or wrong in the installed tree $app"
  exit 1
fi
say "ok: the installed tree has everything"

# ---------------------------------------------------------------------------
# 3. Run the installed binary, headless

projectinfo=$("$meson" introspect --projectinfo "$build" 2>/dev/null)
if [ -n "$python" ]; then
  version=$(printf '%s' "$projectinfo" \
    | "$python" -c 'import json, sys; print(json.load(sys.stdin)["version"])' 2>/dev/null)
else
  version=$(printf '%s' "$projectinfo" \
    | sed -n 's/^{"version": *"\([^"]*\)".*/\1/p')
fi
if [ -z "$version" ]; then
  say "FAIL: could not read the project version from meson introspect"
  exit 1
fi

# No display at all, settings in memory, the installed data and schemas.
run_xitu() {
  env -u DISPLAY -u WAYLAND_DISPLAY \
    LC_ALL=C.UTF-8 \
    GSETTINGS_BACKEND=memory \
    GSETTINGS_SCHEMA_DIR="$schemas" \
    XDG_DATA_DIRS="$app/share:/usr/local/share:/usr/share" \
    XITU_DATA_DIR="$app/share/xitu" \
    timeout 60 "$app/bin/xitu" "$@"
}

out=$(run_xitu --version 2>"$tmp/version.err")
status=$?
if [ "$status" -ne 0 ]; then
  say "FAIL: $prefix/bin/xitu --version exited with $status; its stderr:"
  cat "$tmp/version.err" >&2
  exit 1
fi
case $out in
  *"$version"*) say "ok: xitu --version printed: $out" ;;
  *)
    say "FAIL: $prefix/bin/xitu --version printed \"$out\", without the version $version"
    exit 1
    ;;
esac

# The command-line export, headless, on the installed dataset.
mkdir -p "$tmp/export"
if ! run_xitu export chain --year 2025 --format pdf -o "$tmp/export/chain.pdf" 2>"$tmp/export.err"; then
  say "FAIL: xitu export chain on the installed data failed:"
  cat "$tmp/export.err" >&2
  exit 1
fi
if ! head -c 5 "$tmp/export/chain.pdf" | grep -q '%PDF-'; then
  say "FAIL: xitu export chain wrote no PDF"
  exit 1
fi
say "ok: xitu export chain wrote a PDF from the installed dataset"

# Without XITU_DATA_DIR the binary must find its data through its own prefix
# (/app): mount the installed tree there in a private mount namespace.
if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null 2>&1 && [ -d /app ] || mkdir /app 2>/dev/null; then
  if unshare --mount sh -c "mount --bind '$app' /app && env -u XITU_DATA_DIR -u DISPLAY LC_ALL=C.UTF-8 \
       /app/bin/xitu export data --format csv -o '$tmp/export/all.csv'" 2>"$tmp/prefix.err"; then
    say "ok: the installed binary found its data under /app by itself"
  else
    say "FAIL: the installed binary did not find its data under /app:"
    cat "$tmp/prefix.err" >&2
    exit 1
  fi
else
  say "note: not root or no unshare: the /app prefix lookup was not checked"
fi

say "ok: install test passed"
exit 0
