#!/usr/bin/env bash
# Submits a whole build to Slurm: N shard tasks, then the finishing job once all succeeded.
#
#   scripts/cluster/submit-slurm.sh CORPUS EDITION SITE N
set -euo pipefail
corpus=${1:?usage: submit-slurm.sh CORPUS EDITION SITE N}
edition=${2:?}; site=${3:?}; n=${4:?}
here=$(cd "$(dirname "$0")" && pwd)
array=$(sbatch --parsable --array="1-$n" "$here/edition-shard.sbatch" "$corpus" "$edition")
sbatch --parsable --dependency="afterok:$array" --job-name=tei-edition-finish "$here/edition-finish.sh" "$edition" "$site"
