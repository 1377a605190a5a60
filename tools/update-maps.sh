#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerate data/maps/ from the npm package world-atlas (Natural Earth
# admin-0 countries as TopoJSON). The files are shipped unchanged: the app's
# own loader reads TopoJSON, so no conversion step can drift from upstream.
#
# Usage: tools/update-maps.sh [VERSION]   (default 2.0.2)
# Needs: npm (only for `npm pack`, which downloads the tarball), tar,
# sha256sum.

set -eu

version="${1:-2.0.2}"
here="$(cd "$(dirname "$0")/.." && pwd)"
dest="$here/data/maps"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The tarball this repository's files came from (see data/maps/README.md).
known_version=2.0.2
known_sha256=032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97

cd "$work"
tarball="$(npm pack --silent "world-atlas@$version")"
if [ "$version" = "$known_version" ]; then
  echo "$known_sha256  $tarball" | sha256sum -c --quiet - ||
    { echo "world-atlas@$version differs from the tarball the shipped maps came from" >&2; exit 1; }
fi
tar -xzf "$tarball"

for f in countries-110m.json countries-50m.json; do
  cp "package/$f" "$dest/$f"
done

echo "world-atlas@$version tarball: $tarball"
sha256sum "$tarball" | sed 's/ .*//' | sed 's/^/  sha256 /'
cd "$dest"
sha256sum countries-110m.json countries-50m.json
