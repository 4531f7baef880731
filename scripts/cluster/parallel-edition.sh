#!/usr/bin/env bash
# A build in N shards with GNU parallel, on this machine or across machines that share the
# corpus and EDITION folders (pass parallel's own options after the first three, for example
# --sshloginfile nodes.txt --workdir .). Stops at the first failed shard.
#
#   scripts/cluster/parallel-edition.sh CORPUS EDITION N [PARALLEL OPTIONS...]
set -euo pipefail
corpus=${1:?usage: parallel-edition.sh CORPUS EDITION N [PARALLEL OPTIONS...]}
edition=${2:?}; n=${3:?}; shift 3
tool=${TEI_EDITION:-tei-edition}
seq 1 "$n" | parallel --will-cite --halt now,fail=1 "$@" "$tool" build "$corpus" --output "$edition" --jobs 1 --shard "{}/$n"
