#!/usr/bin/env bash
# Installs the Debian packages the project needs when they are missing:
#   libxml2-dev  the C library the TEI writer and validator use (pkg-config libxml-2.0)
#   libxslt1-dev the XSLT 1.0 library that renders the site's reading pages (pkg-config libxslt)
#   pkg-config   how SwiftPM finds it
#   jing         the reference RELAX NG validator, for checking outputs against tei_all.rng
#   python3      the reference checks in ../shared/tools
#   parallel     GNU parallel, for the tested cluster example (scripts/cluster)
#   chromium     headless checks of the generated site (scripts/browser-check.py)
set -euo pipefail
needed=()
for pkg in libxml2-dev libxslt1-dev pkg-config jing python3 parallel chromium; do
  dpkg -s "$pkg" >/dev/null 2>&1 || needed+=("$pkg")
done
[ ${#needed[@]} -eq 0 ] && exit 0
echo "installing: ${needed[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${needed[@]}" >/dev/null
