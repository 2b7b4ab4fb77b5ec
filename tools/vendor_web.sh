#!/usr/bin/env bash
# Re-fetch the dashboard's vendored libraries from the npm registry into newsgraph/web/static/vendor/.
# The versions are pinned here and in newsgraph/web/static/vendor/README.md: change both on purpose, then run
# `python3 -m pytest tests/test_web.py` and look at tests/artifacts/*.png.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=newsgraph/web/static/vendor
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# package@version  then the files to copy from the package (LICENSE is always copied)
fetch() {
  local spec=$1 name=${1%@*}; shift
  (cd "$tmp" && npm pack "$spec" --silent >/dev/null)
  mkdir -p "$tmp/$name" "$dest/$name"
  tar xzf "$tmp/${name}-${spec##*@}.tgz" -C "$tmp/$name"
  for f in LICENSE "$@"; do cp "$tmp/$name/package/$f" "$dest/$name/"; done
}

fetch world-atlas@2.0.2 countries-110m.json
fetch topojson-client@3.1.0 dist/topojson-client.min.js
fetch d3-array@3.2.5 dist/d3-array.min.js
fetch d3-geo@3.1.2 dist/d3-geo.min.js
fetch cytoscape@3.35.0 dist/cytoscape.min.js
fetch uplot@1.6.32 dist/uPlot.iife.min.js dist/uPlot.min.css
du -ab "$dest" | sort -k2
