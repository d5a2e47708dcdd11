#!/usr/bin/env bash
# Measures the service's memory once its language models are in: starts ./rosetta serve on a new
# data folder, waits until it is ready, waits 15 s more for every model, then prints the time to
# readiness, resident memory at ready and then, and the heap live after a full collection.
# Run after ./mvnw -B package -DskipTests; needs the JDK's jcmd.
# Usage: scripts/memory.sh [runs]   (JVM options in ROSETTA_JAVA_OPTS, as for ./rosetta)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1}
port=${PORT:-18080}
for run in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s%N)
  ROSETTA_DATA="$data" QUARKUS_HTTP_PORT=$port ./rosetta serve >/dev/null 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do sleep 0.05; done
  ready=$((($(date +%s%N) - start) / 1000000))
  java_pid=$(pgrep -P $pid java || echo $pid)
  at_ready=$(($(ps -o rss= -p "$java_pid") / 1024))
  sleep 15
  loaded=$(($(ps -o rss= -p "$java_pid") / 1024))
  jcmd "$java_pid" GC.run >/dev/null
  live=$(jcmd "$java_pid" GC.heap_info | grep -oE 'used [0-9]+K' | sed -n 2p)
  printf 'run %d: ready %d ms, resident %d MB at ready, %d MB with every model; heap after a full collection: %s (old generation)\n' \
    "$run" "$ready" "$at_ready" "$loaded" "$live"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  rm -rf "$data"
done
