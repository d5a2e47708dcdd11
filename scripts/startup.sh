#!/usr/bin/env bash
# Measures the service's start: time from `java -jar` to its first HTTP answer, time until it is
# ready (language models loaded), and resident memory then. Run after ./mvnw -B package -DskipTests.
# Usage: scripts/startup.sh [runs]   (JVM options in ROSETTA_JAVA_OPTS, as for ./rosetta)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=${PORT:-18080}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
now() { date +%s%N; }
for run in $(seq 1 "$runs"); do
  start=$(now)
  ROSETTA_DATA="$data" QUARKUS_HTTP_PORT=$port ./rosetta serve >/dev/null 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/live"; do sleep 0.05; done
  first=$(now)
  until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do sleep 0.05; done
  ready=$(now)
  java_pid=$(pgrep -P $pid java || echo $pid)
  rss=$(ps -o rss= -p "$java_pid")
  printf 'run %d: first answer %.2f s, ready %.2f s, resident memory %d MB\n' "$run" \
    "$(echo "($first - $start) / 1000000000" | bc -l)" "$(echo "($ready - $start) / 1000000000" | bc -l)" $((rss / 1024))
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done
