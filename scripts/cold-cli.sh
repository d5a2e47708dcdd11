#!/usr/bin/env bash
# Times the command line cold, as a user meets it: whole processes of ./rosetta, the median of
# several runs, beside the JVM's own start (java -version) in the same run. Run after
# ./mvnw -B package -DskipTests.
# Usage: scripts/cold-cli.sh [runs] [batch folder]   (e.g. 100 documents from make_documents.py)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
batch=${2:-}
median() { # command...: median wall time in ms and median resident memory in MB over $runs runs
  local times=() rss=() start end
  for _ in $(seq 1 "$runs"); do
    start=$(date +%s%N)
    /usr/bin/time -f %M -o /tmp/rosetta-cold-rss "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
    rss+=($(cat /tmp/rosetta-cold-rss))
  done
  printf '%6d ms %5d MB  %s\n' "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")" \
    "$(($(printf '%s\n' "${rss[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p") / 1024))" "$*"
}
median java -version
median ./rosetta --version
median ./rosetta check translations
median ./rosetta check --no-detect translations
if [ -n "$batch" ]; then
  median ./rosetta check --fail-on never "$batch"
fi
