#!/usr/bin/env python3
"""Adds up the counts that `rosetta eval --counts` prints (one JSON line per pair and run) and
prints the figures of the whole, as `eval` would for one run: pairs, omissions, additions, and
how often links are right in each confidence band."""
import json
import sys

BANDS = ["0.0-0.5", "0.5-0.7", "0.7-0.9", "0.9-1"]
totals = {}
for line in sys.stdin:
    if not line.startswith("{"):
        continue
    counts = json.loads(line)
    pair = counts.pop("pair")
    t = totals.setdefault(pair, {})
    for key, value in counts.items():
        t[key] = t.get(key, 0) + value


def ratio(a, b):
    return a / b if b else 1.0


print("pair    precision  recall  F1     omission P/R   addition P/R   untranslated flagged")
for pair, t in sorted(totals.items()):
    p, r = ratio(t["correctPairs"], t["predictedPairs"]), ratio(t["correctPairs"], t["goldPairs"])
    print("%s   %.3f      %.3f   %.3f  %.3f/%.3f    %.3f/%.3f    %d/%d" % (
        pair, p, r, 2 * p * r / (p + r) if p + r else 0,
        ratio(t["predictedOmissionsCorrect"], t["predictedOmissions"]), ratio(t["omittedFound"], t["omitted"]),
        ratio(t["predictedAdditionsCorrect"], t["predictedAdditions"]), ratio(t["addedFound"], t["added"]),
        t["untranslatedFlagged"], t["untranslated"]))
print("links right by confidence (links in the band)")
for pair, t in sorted(totals.items()):
    print(pair + "  " + "".join("  %s: %.3f (%d)" % (name, ratio(t["band%dRight" % b], t["band%dLinks" % b]), t["band%dLinks" % b])
                                for b, name in enumerate(BANDS)))
