"""Benchmark for provtui.core.analysis: quality on the labelled set, speed, incrementality.

    /root/.venvs/dev/bin/python tests/bench/bench_integrity.py [--compare] [--show-errors dev]

Reports
- precision / recall of glued_words and split_word findings on the dev part (the thresholds
  were tuned there) and on the held-out part (never looked at while tuning), plus findings of
  any other kind on the labelled texts (all of them are false alarms: the set has none);
- the time to analyse 1 MB of answer text (target < 0.5 s, word lists already loaded);
- incremental analysis of a growing answer: time per appended chunk in the first and last
  tenth of a 1 MB stream (flat means not quadratic), and the same for the naive way
  (re-analysing the whole text on every chunk) for contrast;
- with --compare: the same glued-word job done with each word resource (wordfreq, wordninja,
  symspellpy) the simplest way each one supports, to justify the choice.

Targets: glued precision >= 0.97, recall >= 0.95.  Speed numbers are ratios and budgets for
this script only; tests never assert timings.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from provtui.core import analysis  # noqa: E402

SET_PATH = ROOT / "tests" / "data" / "integrity" / "integrity_set.jsonl"
SCORED_KINDS = ("glued_words", "split_word")


def load_set(path: Path = SET_PATH) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(records: list[dict], detect) -> dict:
    """Per scored kind: tp, fp, fn, precision, recall; plus other kinds' false alarms.

    A finding matches a label when kind, start and end are equal.  ``detect(text)`` returns
    findings.
    """
    tally = {k: {"tp": 0, "fp": 0, "fn": 0, "fp_list": [], "fn_list": []} for k in SCORED_KINDS}
    other = []
    for r in records:
        found = detect(r["text"])
        labels = {(f["kind"], f["start"], f["end"]) for f in r["findings"]}
        got = {(f["kind"], f["start"], f["end"]): f for f in found}
        for key, f in got.items():
            if key[0] not in tally:
                other.append((r["id"], f))
            elif key in labels:
                tally[key[0]]["tp"] += 1
            else:
                tally[key[0]]["fp"] += 1
                tally[key[0]]["fp_list"].append((r["id"], f["text"], f["suggestion"]))
        for key in labels - set(got):
            tally[key[0]]["fn"] += 1
            tally[key[0]]["fn_list"].append((r["id"], r["text"][key[1]:key[2]]))
    for t in tally.values():
        t["precision"] = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 1.0
        t["recall"] = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 1.0
    return {"kinds": tally, "other": other, "texts": len(records)}


def report_quality(records: list[dict], show_errors: str | None, parts=("dev", "heldout")) -> dict:
    results = {}
    for part in parts:
        subset = [r for r in records if r["split"] == part]
        s = score(subset, lambda text: analysis.find_findings(text))
        results[part] = s
        print(f"{part:8} ({s['texts']} texts)")
        for kind, t in s["kinds"].items():
            print(f"  {kind:12} precision {t['precision']:.3f}  recall {t['recall']:.3f}"
                  f"  (tp {t['tp']}, fp {t['fp']}, fn {t['fn']})")
        print(f"  other kinds: {len(s['other'])} false alarms")
        if show_errors in (part, "all"):
            for kind, t in s["kinds"].items():
                for item in t["fp_list"]:
                    print(f"    FP {kind}: {item}")
                for item in t["fn_list"]:
                    print(f"    FN {kind}: {item}")
            for item in s["other"]:
                print(f"    other: {item}")
    return results


def big_text(records: list[dict], size: int = 1_000_000) -> str:
    pieces, total = [], 0
    clean = [r["text"] for r in records if r["variant"] == "clean"]
    k = 0
    while total < size:
        piece = clean[k % len(clean)] + "\n\n"
        pieces.append(piece)
        total += len(piece)
        k += 1
    return "".join(pieces)[:size]


def report_speed(records: list[dict]) -> dict:
    analysis.warm_up()
    text = big_text(records)
    t0 = time.perf_counter()
    findings = analysis.find_findings(text)
    t1 = time.perf_counter()
    words = analysis.count_words(text)
    t2 = time.perf_counter()
    print(f"1 MB batch: find_findings {t1 - t0:.3f} s ({len(findings)} findings), "
          f"count_words {t2 - t1:.3f} s ({words} words); target < 0.5 s in all")

    # Streaming: 100-char deltas, result() after every delta, like a pane refreshing live.
    chunk = 100
    deltas = [text[i:i + chunk] for i in range(0, len(text), chunk)]
    inc = analysis.IncrementalAnalyzer()
    per_delta = []
    for d in deltas:
        s = time.perf_counter()
        inc.feed(d)
        inc.result()
        per_delta.append(time.perf_counter() - s)
    tenth = len(per_delta) // 10
    first = sum(per_delta[:tenth]) / tenth * 1e6
    last = sum(per_delta[-tenth:]) / tenth * 1e6
    print(f"incremental, {len(deltas)} deltas of {chunk} chars, result() after each: "
          f"{first:.0f} us/delta in the first tenth, {last:.0f} us/delta in the last tenth "
          f"(ratio {last / first:.2f}; flat = not quadratic); total {sum(per_delta):.2f} s")
    same = inc.result()["findings"] == findings
    print(f"incremental result == batch result: {same}")

    # The naive way, on a 100 kB prefix only (it would take minutes on 1 MB).
    small = deltas[:1000]
    naive, acc = [], ""
    for d in small:
        acc += d
        s = time.perf_counter()
        analysis.find_findings(acc)
        naive.append(time.perf_counter() - s)
    t = len(naive) // 10
    print(f"naive re-analysis of a 100 kB stream: {sum(naive[:t]) / t * 1e6:.0f} us/delta first tenth, "
          f"{sum(naive[-t:]) / t * 1e6:.0f} us/delta last tenth")
    return {"batch_s": t1 - t0, "ratio": last / first}


# ---- library comparison -------------------------------------------------------------------


def compare_libraries(records: list[dict]) -> None:
    """Each resource used the plain way for the same job, candidate tokens chosen identically.

    Candidates are the prose tokens analysis itself would judge (lower-case or sentence-start
    words outside code/URLs, >= 4 letters); each resource then decides "glued or not":
    - wordninja: split with wordninja.split(); glued when it returns >1 part and the token is
      not in its 126k-word list;
    - symspellpy: word_segmentation() with the bundled 82k frequency dictionary (edit distance
      0); glued when it inserts a space and the token is not in the dictionary;
    - wordfreq: provtui.core.analysis as shipped (the Zipf-frequency rules).
    """
    import importlib.resources
    import re

    import wordninja
    from symspellpy import SymSpell

    t = time.perf_counter()
    ninja_words = set(wordninja.DEFAULT_LANGUAGE_MODEL._wordcost)
    wordninja.split("warmup")
    ninja_load = time.perf_counter() - t
    t = time.perf_counter()
    sym = SymSpell(max_dictionary_edit_distance=0, prefix_length=7)
    sym.load_dictionary(str(importlib.resources.files("symspellpy") / "frequency_dictionary_en_82_765.txt"), 0, 1)
    sym_load = time.perf_counter() - t
    from provtui.core import integrity_lexicon

    t = time.perf_counter()
    integrity_lexicon.warm_up()
    wf_load = time.perf_counter() - t

    token_re = re.compile(r"(?<![^\s—–\"'“‘(*])([A-Za-z]{4,})(?=[\s—–\"'”’)*.,;:!?…]|$)")

    def candidates(text: str):
        # Reuse analysis' masking of code, URLs and tags so only the deciding step differs.
        masked = analysis._MASK_RE.sub(lambda m: " " * len(m.group()), text)
        fence = False
        out = []
        pos = 0
        for line in masked.splitlines(keepends=True):
            if line.lstrip().startswith(("```", "~~~")):
                fence = not fence
            elif not fence:
                for m in token_re.finditer(line):
                    w = m.group(1)
                    if w.islower() or (w[0].isupper() and w[1:].islower()):
                        out.append((pos + m.start(1), w))
            pos += len(line)
        return out

    def ninja_detect(text):
        fs = []
        for start, w in candidates(text):
            low = w.lower()
            if low in ninja_words:
                continue
            parts = wordninja.split(low)
            if len(parts) > 1:
                fs.append({"kind": "glued_words", "start": start, "end": start + len(w), "text": w,
                           "suggestion": " ".join(parts)})
        return fs

    def sym_detect(text):
        fs = []
        for start, w in candidates(text):
            low = w.lower()
            if low in sym.words:
                continue
            seg = sym.word_segmentation(low, max_edit_distance=0).corrected_string
            if " " in seg:
                fs.append({"kind": "glued_words", "start": start, "end": start + len(w), "text": w, "suggestion": seg})
        return fs

    def wf_detect(text):
        return [f for f in analysis.find_findings(text) if f["kind"] == "glued_words"]

    print("glued words, dev + held-out, same candidate tokens:")
    print(f"  {'resource':11} {'load s':>7} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4} {'ms/text':>8}")
    for name, fn, load in (("wordninja", ninja_detect, ninja_load), ("symspellpy", sym_detect, sym_load),
                           ("wordfreq", wf_detect, wf_load)):
        t = time.perf_counter()
        s = score(records, fn)["kinds"]["glued_words"]
        per = (time.perf_counter() - t) / len(records) * 1000
        print(f"  {name:11} {load:7.2f} {s['precision']:9.3f} {s['recall']:7.3f} {s['tp']:4} {s['fp']:4} {s['fn']:4} {per:8.2f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--compare", action="store_true", help="also compare wordfreq, wordninja, symspellpy")
    ap.add_argument("--show-errors", choices=("dev", "heldout", "all"), help="list false positives/negatives")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--part", choices=("dev", "heldout"), help="report one part only (tune on dev!)")
    args = ap.parse_args()
    records = load_set()
    t = time.perf_counter()
    analysis.warm_up()
    print(f"word lists loaded in {time.perf_counter() - t:.2f} s (once per process)")
    report_quality(records, args.show_errors, (args.part,) if args.part else ("dev", "heldout"))
    if not args.no_speed:
        report_speed(records)
    if args.compare:
        compare_libraries(records)


if __name__ == "__main__":
    main()
