#!/usr/bin/env bash
# A RecShield study as a Slurm job array: task I runs shard I of N, then a dependent job merges.
#
# Usage (from a shared directory every node sees):
#   sbatch --array=0-3 deploy/slurm/study-array.sh study.yaml runs/my-study
# The second argument is the run directory on the shared file system (it overrides
# experiment.output_dir); shard I writes runs/my-study/shard-I-of-N, the merge runs/my-study/merged.
# The array size is the shard count: tasks 0…N-1 (Slurm sets SLURM_ARRAY_TASK_ID and
# SLURM_ARRAY_TASK_COUNT, which `--shard-from-env` reads). The first task to start submits the
# merge job with `--dependency=afterok:<array job id>`, so it runs once every shard succeeded.
# A failed task can be resubmitted alone (`sbatch --array=2 …`): it resumes its shard.
#SBATCH --job-name=recshield-study
#SBATCH --array=0-3
#SBATCH --cpus-per-task=2
#SBATCH --mem=8G
#SBATCH --time=24:00:00
#SBATCH --output=recshield-study-%A_%a.log
set -euo pipefail

config="${1:?usage: sbatch --array=0-(N-1) study-array.sh STUDY.yaml RUN_DIR}"
output_dir="${2:?usage: sbatch --array=0-(N-1) study-array.sh STUDY.yaml RUN_DIR}"
recshield="${RECSHIELD:-recshield}"

if [ "${SLURM_ARRAY_TASK_ID}" = "${SLURM_ARRAY_TASK_MIN:-0}" ]; then
    sbatch --job-name=recshield-merge --dependency="afterok:${SLURM_ARRAY_JOB_ID}" \
        --cpus-per-task=1 --mem=2G --time=1:00:00 --output="recshield-merge-%j.log" \
        --wrap="$recshield study merge $output_dir/shard-*-of-${SLURM_ARRAY_TASK_COUNT} --out $output_dir/merged"
fi

exec "$recshield" study run "$config" --output-dir "$output_dir" --shard-from-env --resume \
    --threads "${SLURM_CPUS_PER_TASK:-1}" --quiet
