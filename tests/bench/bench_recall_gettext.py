"""Recall of the glued/split-word checks on thousands of corruptions of real prose: the machine's
gettext catalogs, corrupted and labelled the way the committed sets are (hunspell decides every
label: tests/data/integrity_common.py), scored per language and kind of corruption.

    python tests/bench/bench_recall_gettext.py [--texts 120] [--show-errors] [--lang fr]

- French, Spanish, German, Italian, Portuguese: translated messages of prose from
  /usr/share/locale/<lang>/LC_MESSAGES/*.mo (placeholders, markup and accelerators taken out;
  20 messages per text), after the first 150 texts, which bench_false_alarms.py reads;
- English: the catalogs' own English messages (the msgids of the French catalogs).

Each text gives its clean version and corrupted versions (v6's quota: 4 glues of two function
words, 5 of a function word and a word, 3 of two content words, 3 with a rare part, 7 split
words, at most 3 per version).  A finding in a corrupted version that is neither a label nor in
the clean version counts as a false alarm.  Not a test: the text depends on the machine (and
on the hunspell command and dictionaries); a tuning set, not a held-out one.
"""

from __future__ import annotations

import argparse
import gettext
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data"))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

import bench_false_alarms as fa  # noqa: E402
import integrity_common as common  # noqa: E402

from provtui.core import analysis  # noqa: E402

QUOTA = {"ff": 4, "fc": 5, "cc": 3, "rare": 3, "split": 7}
KINDS = ("glued_words", "split_word")
SKIP = 150  # bench_false_alarms.py's 3000 messages


def english_texts() -> list[str]:
    msgs, seen = [], set()
    for mo in sorted(Path("/usr/share/locale/fr/LC_MESSAGES").glob("*.mo")):
        try:
            with open(mo, "rb") as fh:
                cat = gettext.GNUTranslations(fh)._catalog
        except Exception:
            continue
        for key in cat:
            key = key[0] if isinstance(key, tuple) else key
            if not isinstance(key, str) or len(key) < 20 or key in seen:
                continue
            seen.add(key)
            value = fa._ACCELERATOR_RE.sub("", fa._PLACEHOLDER_RE.sub(" ", key))
            if fa._prose(value):
                msgs.append(value)
    return ["\n\n".join(msgs[i:i + 20]) for i in range(0, len(msgs), 20)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", type=int, default=120, help="texts per language (20 messages each)")
    ap.add_argument("--lang", action="append", help="en fr es de it pt (default: all)")
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    rows = ["| language | glued R (ff / fc / cc / rare) | glued labels | split R | split labels | false alarms |",
            "|---|---|---|---|---|---|"]
    errors = []
    for lang in args.lang or ["en", "fr", "es", "de", "it", "pt"]:
        texts = english_texts() if lang == "en" else fa.catalog_texts(lang, 40_000)
        texts = texts[SKIP:]
        random.Random(lang).shuffle(texts)
        hit, total, false = Counter(), Counter(), 0
        for k, text in enumerate(texts[: args.texts]):
            base = Counter((f["kind"], f["text"]) for f in analysis.find_findings(text) if f["kind"] in KINDS)
            for new, labels in common.corrupt(text, lang, random.Random(f"gettext-{lang}-{k}"), QUOTA):
                got = {(f["kind"], f["start"], f["end"]): f for f in analysis.find_findings(new) if f["kind"] in KINDS}
                keys = {(lab["kind"], lab["start"], lab["end"]) for lab in labels}
                for lab in labels:
                    ok = (lab["kind"], lab["start"], lab["end"]) in got
                    hit[lab["variant"]] += ok
                    total[lab["variant"]] += 1
                    if not ok:
                        errors.append(f"    FN {lang} {lab['variant']:10} {lab['text']}")
                extra = Counter((f["kind"], f["text"]) for key, f in got.items() if key not in keys) - base
                false += sum(extra.values())
                errors += [f"    FP {lang} {kind:10} {t}" for (kind, t) in extra]
        glues = [v for v in total if v.startswith("glue")]
        g_hit, g_tot = sum(hit[v] for v in glues), sum(total[v] for v in glues)
        parts = " / ".join(f"{hit[v] / total[v]:.3f}" if total[v] else "-"
                           for v in ("glue-ff", "glue-fc", "glue-cc", "glue-rare"))
        split_r = f"{hit['split'] / total['split']:.3f}" if total["split"] else "-"
        rows.append(f"| {lang} | {g_hit / max(g_tot, 1):.3f} ({parts}) | {g_tot} | {split_r} | {total['split']} | {false} |")
    print("\n".join(rows))
    if args.show_errors:
        print("\n".join(errors))


if __name__ == "__main__":
    main()
