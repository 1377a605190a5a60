#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a source file with translatable strings is missing from
# po/POTFILES.in, or when po/zh_CN.po lacks a translation (untranslated or
# fuzzy) for any string the sources contain now.
set -eu
top=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$top"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

xgettext_args='--from-code=UTF-8 --add-comments=Translators --keyword=_ --keyword=N_
  --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3'

status=0
for f in $(git ls-files 'src/*.c' 'ui/*.ui' 'data/*.in' 'data/*.gschema.xml' 2>/dev/null || true); do
  # The grep is a quick filter; xgettext then tells whether the file really
  # has a message (a regex such as "prod_(t|kt)" in a string is not one).
  if grep -qE '(_\(|N_\(|C_\(|ngettext|translatable="yes"|<summary>|<_?name>|^Name=|^Comment=)' "$f" &&
     ! grep -qx "$f" po/POTFILES.in &&
     # shellcheck disable=SC2086
     xgettext $xgettext_args -o - "$f" 2>/dev/null | grep -q '^msgid'; then
    echo "not in po/POTFILES.in: $f" >&2
    status=1
  fi
done

# shellcheck disable=SC2086
xgettext $xgettext_args \
  --files-from=po/POTFILES.in --directory="$top" -o "$tmp/xitu.pot" 2>"$tmp/xgettext.log" || {
  cat "$tmp/xgettext.log" >&2; exit 1; }
msgmerge --quiet --no-fuzzy-matching po/zh_CN.po "$tmp/xitu.pot" -o "$tmp/zh_CN.po"
stats=$(msgfmt --statistics -o /dev/null "$tmp/zh_CN.po" 2>&1)
echo "zh_CN: $stats" >&2
case "$stats" in
  *untranslated*|*fuzzy*)
    msgattrib --untranslated --no-obsolete "$tmp/zh_CN.po" | grep '^msgid' | sed 's/^/  missing: /' >&2
    status=1 ;;
esac
exit $status
