#!/usr/bin/env bash
# Sets up a fresh Debian machine for this project: Debian's Chromium (Playwright cannot download
# browsers here) and poppler-utils for the PDF tests, then the exact npm dependencies of the
# lockfile, which include Node 24 itself. Safe to run again.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROME_PATH:-}" ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci runs on the machine's own Node. When that is older than 24, npm warns about the engine
# of every package that wants a newer one (14 blocks of five lines, the first thing a newcomer
# reads), though nothing needs doing: the lockfile installs Node 24 (the `node` package) and every
# npm script runs on it. Say that once instead, and keep every other message.
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 24 ]; then
  echo "This machine's Node is $(node --version 2>/dev/null || echo missing); npm installs the project's own Node 24, which every npm script runs on, so its engine warnings are left out."
  { npm ci --no-audit --no-fund 2>&1 1>&3 3>&- | sed -u '/^npm warn EBADENGINE/d' >&2 3>&-; } 3>&1
else
  npm ci --no-audit --no-fund
fi
