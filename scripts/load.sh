#!/usr/bin/env sh
# Load benchmark of POST /api/checks against a running service (./rosetta serve):
# posts the seed statement with its Russian and Hebrew translations and the CSV glossary as JSON,
# from 16 connections on 2 threads, after a warm-up.
#   scripts/load.sh [URL] [RUNS]      default http://127.0.0.1:8080, 3 runs of 20 s
# Signs in as ROSETTA_USER (default admin) with ROSETTA_PASSWORD (default ROSETTA_ADMIN_PASSWORD).
# Needs wrk and python3.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
url=${1:-http://127.0.0.1:8080}
runs=${2:-3}
body=$(mktemp)
trap 'rm -f "$body"' EXIT
python3 - "$here" > "$body" <<'EOF'
import json, pathlib, sys
root = pathlib.Path(sys.argv[1])
text = lambda p: (root / p).read_text(encoding="utf-8-sig")
json.dump({"name": "load", "en": text("seeds/eventputin301115.en.txt"),
           "ru": text("translations/eventputin301115.ru.txt"), "he": text("translations/eventputin301115.he.txt"),
           "glossary": text("glossaries/diplomacy.csv"), "glossaryFormat": "csv"}, sys.stdout, ensure_ascii=False)
EOF
export ROSETTA_BODY="$body"
ROSETTA_AUTH=$(printf '%s:%s' "${ROSETTA_USER:-admin}" "${ROSETTA_PASSWORD:-${ROSETTA_ADMIN_PASSWORD:?set ROSETTA_ADMIN_PASSWORD or ROSETTA_PASSWORD}}" | base64 -w0)
export ROSETTA_AUTH
echo "warm-up (30 s)"
wrk -t2 -c16 -d30s --timeout 10s -s "$here/scripts/post-check.lua" "$url/api/checks" > /dev/null
for run in $(seq "$runs"); do
  echo "run $run"
  wrk -t2 -c16 -d20s --timeout 10s --latency -s "$here/scripts/post-check.lua" "$url/api/checks" |
    grep -E 'Requests/sec|50%|99%|non-2xx'
done
