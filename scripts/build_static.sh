#!/usr/bin/env bash
# Vendor the dashboard's browser libraries into the package, so `eventwire serve` works offline with no CDN:
#   ECharts (Apache-2.0): every chart and the actor network;
#   swagger-ui-dist (Apache-2.0): the API docs page at /docs.
# Each comes pinned from the npm registry with its licence, into eventwire/server/static/vendor/NAME-VERSION/.
# After changing a version, update VENDOR in eventwire/server/app.py to match.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

vendor() {  # vendor NAME VERSION FILE... (paths inside the npm package)
  local name=$1 version=$2
  shift 2
  local dest=eventwire/server/static/vendor/$name-$version
  rm -rf "$tmp/package"
  (cd "$tmp" && npm pack --silent "$name@$version" >/dev/null && tar xzf "$name-$version.tgz")
  mkdir -p "$dest"
  for f in "$@"; do cp "$tmp/package/$f" "$dest/"; done
  echo "vendored $name $version into $dest"
}

vendor echarts 6.1.0 dist/echarts.min.js LICENSE NOTICE
vendor swagger-ui-dist 5.35.0 swagger-ui-bundle.js swagger-ui.css LICENSE NOTICE
