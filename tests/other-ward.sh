#!/usr/bin/env bash
# CI, the tests with another ward's content: the product's unit, build and print tests in a copy
# of this clone whose content/ is tests/fixtures/dong-hoa (a site under /congdanso/, 11 groups
# kp-01 … kp-11 where the sample has 6, tables in .xlsx). The tests read fixtures and the guard of
# tests/no-content-reads.ts refuses content/ in every process they start, so they must pass as
# they do beside the sample: a ward that replaces content/, the documented way to adopt the
# project, gets the same green `npm test`.
#
# The print tests read dist/ built from the sample's fixture (SITE_CONTENT, as
# `npm run test:fixture-site` builds it), and must pass on it unchanged. With --reuse-dist (as
# `npm test` calls it, right after test:fixture-site built that dist/ under the guard, which
# refuses any read of content/ and so makes the build the same beside either ward's content/) the
# copy takes the working tree's dist/; without it the copy builds its own, beside the other ward's
# content/. The browser tests read the working tree's dist/ (`npm test` runs them after this). The
# working tree is never touched: the copy holds the clone's files and a hard-linked node_modules
# whose caches are copied, not linked.
#
#   bash tests/other-ward.sh [--reuse-dist]     (a step of `npm test`; after `npm ci`)
set -euo pipefail
cd "$(dirname "$0")/.."
copy=$(mktemp -d "${TMPDIR:-/tmp}/other-ward-XXXXXX")
trap 'rm -rf "$copy"' EXIT

# The clone's files as they are (tracked, and new ones not ignored): no dist/, no node_modules/.
git ls-files -z --cached --others --exclude-standard |
  tar --null --files-from - --ignore-failed-read -cf - | tar -xf - -C "$copy"
cp -al node_modules "$copy/"
# Caches are written in place: the copy gets its own, so nothing it writes reaches this clone's.
for cache in .cache .astro .vite; do
  rm -rf "${copy:?}/node_modules/$cache"
  [ ! -d "node_modules/$cache" ] || cp -a "node_modules/$cache" "$copy/node_modules/"
done
rm -rf "${copy:?}/content"
cp -a tests/fixtures/dong-hoa "$copy/content"
reuse_dist=false
if [ "${1:-}" = --reuse-dist ]; then
  [ -f dist/index.html ] || { echo "--reuse-dist: no dist/ here; run npm run test:fixture-site first" >&2; exit 1; }
  cp -a dist "$copy/"
  reuse_dist=true
fi

cd "$copy"
# npm itself runs on the project's Node 24 (node_modules/.bin/node), which can load the guard.
export PATH="$copy/node_modules/.bin:$PATH"
echo "Unit, print and build tests with content/ replaced by tests/fixtures/dong-hoa, in $copy"
npm run test:unit
$reuse_dist || SITE_CONTENT=tests/fixtures/tan-hung NODE_OPTIONS="--import=$copy/tests/no-content-reads.ts" npm run build
npm run test:print
npm run test:build
