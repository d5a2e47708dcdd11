#!/usr/bin/env bash
# Alignment quality with a translation memory that never contains the verses under test: for each
# book of dev.tsv, the memory is the other seven books and the documents are the book's chapters
# (make_documents.py defaults). Prints the figures summed over the eight books.
#   scripts/eval-memory.sh [DATA_DIR] [-- extra eval options]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
data=${1:-$here/../shared/data/bible-en-ru-he}
shift || true
[ "${1:-}" = "--" ] && shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for book in $(cut -f1 "$data/dev.tsv" | tail -n +2 | cut -d. -f1 | uniq); do
  awk -F'\t' -v b="$book" 'NR == 1 || index($1, b ".") != 1' "$data/dev.tsv" > "$work/$book.memory.tsv"
  python3 "$data/make_documents.py" "$data/dev.tsv" "$work/$book" --books "$book" > /dev/null
  # Without the built-in lexicon: it was learned from all eight books, the one under test too.
  "$here/rosetta" eval --no-detect --no-builtin-lexicon --counts --memory "$work/$book.memory.tsv" "$@" "$work/$book" | grep '^{' > "$work/$book.counts"
done
cat "$work"/*.counts | python3 "$here/scripts/sum-eval-counts.py"
