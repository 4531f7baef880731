#!/usr/bin/env bash
# After all shards: validate the assembled edition (JUnit report for the CI or the batch system)
# and build its site. Shards write into one shared EDITION folder; when they ran without a shared
# file system, copy each shard's folder into EDITION first (their files never overlap).
#
#   scripts/cluster/edition-finish.sh EDITION [SITE]
set -euo pipefail
edition=${1:?usage: edition-finish.sh EDITION [SITE]}
site=${2:-}
tool=${TEI_EDITION:-tei-edition}
"$tool" validate "$edition" --format junit > "$edition.validate.xml"
if [ -n "$site" ]; then "$tool" site "$edition" --output "$site"; fi
