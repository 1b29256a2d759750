"""Recall of the glued/split-word checks on new corruptions of the committed passages: the
v3-v6 passages (the registers of LLM answers) corrupted again with new seeds by the shared
builder (tests/data/integrity_common.py, hunspell labels), scored per language.

    python tests/bench/bench_recall_redraw.py [--draws 4] [--sets integrity_v3,integrity_v6]
                                              [--show-errors]

A tuning set, not a held-out one: the passages were read while tuning (the held-out sets are
tests/data/integrity_v7 and later, each scored once).  It gives ~1,600 glues and ~800 split
words per language at 4 draws, where one committed set gives ~120 and ~60, so a change's
effect on this kind of text is seen above the noise of one set.  Any finding that is not a
label counts as a false alarm (the passages are clean).  Needs the hunspell command and its
six dictionaries.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data"))

import integrity_common as common  # noqa: E402

from provtui.core import analysis  # noqa: E402

QUOTA = {"ff": 4, "fc": 5, "cc": 3, "rare": 3, "split": 7}
KINDS = ("glued_words", "split_word")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--draws", type=int, default=4, help="seeds per passage")
    ap.add_argument("--sets", default="integrity_v3,integrity_v4,integrity_v5,integrity_v6")
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    hit, total, false = Counter(), Counter(), Counter()
    errors = []
    for name in args.sets.split(","):
        folder = ROOT / "tests" / "data" / name
        for seed in range(args.draws):
            for r in common.build_records(folder, f"redraw{seed}", QUOTA, {}, "none"):
                if not r["findings"]:
                    continue
                got = {(f["kind"], f["start"], f["end"]): f for f in analysis.find_findings(r["text"]) if f["kind"] in KINDS}
                keys = {(lab["kind"], lab["start"], lab["end"]) for lab in r["findings"]}
                for lab in r["findings"]:
                    group = (r["lang"], "glued" if lab["kind"] == "glued_words" else "split")
                    ok = (lab["kind"], lab["start"], lab["end"]) in got
                    hit[group] += ok
                    total[group] += 1
                    if not ok:
                        errors.append(f"    FN {r['lang']} {lab['variant']:10} {lab['text']}")
                for key, f in got.items():
                    if key not in keys:
                        false[r["lang"]] += 1
                        errors.append(f"    FP {r['lang']} {f['kind']:11} {f['text']} -> {f['suggestion']}")
    print("| language | glued R | glued labels | split R | split labels | false alarms |")
    print("|---|---|---|---|---|---|")
    for lang in common.LANGS:
        g, s = (lang, "glued"), (lang, "split")
        print(f"| {lang} | {hit[g] / max(total[g], 1):.3f} | {total[g]} | {hit[s] / max(total[s], 1):.3f} | {total[s]} "
              f"| {false[lang]} |")
    if args.show_errors:
        print("\n".join(sorted(set(errors))))


if __name__ == "__main__":
    main()
