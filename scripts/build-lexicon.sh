#!/usr/bin/env bash
# Rebuilds the lexicon that ships with Rosetta (src/main/resources/lexicon/builtin.rlx.gz) from the
# public-domain Bible development split: only dev.tsv, never the books kept aside for evaluation
# nor FLORES (CC BY-SA, for evaluation only). Run after a change of lexical keys or of Model 1
# training (LexiconFile.VERSION), then rebuild the application.
#   scripts/build-lexicon.sh [DEV_TSV]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dev=${1:-$here/../shared/data/bible-en-ru-he/dev.tsv}
"$here/rosetta" learn --memory "$dev" --output "$here/src/main/resources/lexicon/builtin.rlx.gz"
