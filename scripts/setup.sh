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

npm ci --no-audit --no-fund
