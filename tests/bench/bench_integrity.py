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
- large answers (skip with --no-large): CPU time of find_findings and count_words on 1, 2, 5
  and 10 MB of ordinary text, of one line of words with no sentence end, and on 1, 2, 5 and
  10 MiB with no spaces at all (one token), each with its time per MB relative to the 1 MB
  figure (1.0 = linear; a quadratic step doubles it per doubling); then a 10 MB stream in
  100-char deltas, result() every 1000 deltas (about the pane's 0.5 s refresh), per-delta
  cost in the first and last tenth.  Targets: 10 MB < 5 s for each input, 1 MB < 0.5 s;
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
    c0 = time.process_time()
    t0 = time.perf_counter()
    findings = analysis.find_findings(text)
    t1 = time.perf_counter()
    cpu = time.process_time() - c0
    words = analysis.count_words(text)
    t2 = time.perf_counter()
    print(f"1 MB batch: find_findings {t1 - t0:.3f} s wall, {cpu:.3f} s CPU ({len(findings)} findings), "
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



def large_inputs(records: list[dict]) -> dict[str, callable]:
    """Makers of the large inputs, by name: size -> text."""
    base = big_text(records, 15_500_000)
    no_space = "".join(base.split())
    return {
        "ordinary text (MB)": lambda n: base[:n],
        "one line of words, no sentence end (MB)": lambda n: ("word " * (n // 5 + 1))[:n],
        "no spaces, one token (MiB)": lambda n: no_space[: n * 1_048_576 // 1_000_000],
    }


def report_large(records: list[dict]) -> dict:
    """Batch analysis of 1-10 MB answers, and a 10 MB stream; see the module doc."""
    analysis.warm_up()
    figures = {}
    for name, make in large_inputs(records).items():
        print(f"{name}:")
        per_mb_1 = None
        for mb in (1, 2, 5, 10):
            text = make(mb * 1_000_000)
            c0 = time.process_time()
            findings = analysis.find_findings(text)
            c1 = time.process_time()
            analysis.count_words(text)
            c2 = time.process_time()
            per_mb = (c1 - c0) / mb
            per_mb_1 = per_mb_1 or per_mb
            figures[(name, mb)] = c1 - c0
            print(f"  {mb:2} {'MiB' if 'MiB' in name else 'MB '}: find_findings {c1 - c0:6.2f} s CPU "
                  f"({len(findings)} findings), count_words {c2 - c1:5.2f} s; "
                  f"time per MB x{per_mb / per_mb_1:.2f} of the 1 MB figure")
    for name in ("ordinary text (MB)", "no spaces, one token (MiB)"):
        text = large_inputs(records)[name](10_000_000)
        inc = analysis.IncrementalAnalyzer()
        per_delta = []
        for k, i in enumerate(range(0, len(text), 100)):
            c = time.process_time()
            inc.feed(text[i:i + 100])
            if k % 1000 == 999:
                inc.result()
            per_delta.append(time.process_time() - c)
        c = time.process_time()
        inc.result()
        last_result = time.process_time() - c
        tenth = len(per_delta) // 10
        first = sum(per_delta[:tenth]) / tenth * 1e6
        last = sum(per_delta[-tenth:]) / tenth * 1e6
        print(f"10 MB stream of {name.split(' (')[0]}, {len(per_delta)} deltas of 100 chars, result() every 1000: "
              f"{sum(per_delta):.2f} s CPU; {first:.0f} us/delta first tenth, {last:.0f} us/delta last tenth "
              f"(ratio {last / first:.2f}); final result() {last_result:.2f} s")
    return figures

# ---- library comparison -------------------------------------------------------------------


def _swap_english(freqs: dict[str, float] | None) -> None:
    """Make analysis read word frequencies from ``freqs`` (None: back to wordfreq)."""
    from provtui.core import integrity_lexicon as lex

    lex._english = freqs
    for fn in (lex.zipf, lex.english_words_at_least, analysis._glue_split, analysis._split_join,
               analysis._strong_pieces, analysis._maybe_glued):
        fn.cache_clear()


def compare_libraries(records: list[dict]) -> None:
    """The same detector (analysis as shipped) fed by each resource's English word frequencies.

    - wordfreq: its "large" English list (321k words, Zipf frequencies from many sources);
    - wordninja: its 126k-word Wikipedia list, which has ranks, not counts; frequency taken as
      1 / (rank * ln N), the Zipf's-law estimate wordninja itself uses for its word costs;
    - symspellpy: its bundled 82k-word list with Google Books counts; frequency = count / total.
    Foreign-word lists stay wordfreq's for all three (neither other package has any).  Also
    shown: each package used alone the plain way (split every unknown token the package can
    split), which is what a naive integration would do.
    """
    import importlib.resources
    import math

    import wordninja
    from symspellpy import SymSpell

    t = time.perf_counter()
    model = wordninja.DEFAULT_LANGUAGE_MODEL
    ninja_freq = {w: math.exp(-c) for w, c in model._wordcost.items()}
    ninja_load = time.perf_counter() - t
    t = time.perf_counter()
    sym = SymSpell(max_dictionary_edit_distance=0, prefix_length=7)
    sym.load_dictionary(str(importlib.resources.files("symspellpy") / "frequency_dictionary_en_82_765.txt"), 0, 1)
    total = sum(sym.words.values())
    sym_freq = {w: c / total for w, c in sym.words.items()}
    sym_load = time.perf_counter() - t
    from provtui.core import integrity_lexicon

    _swap_english(None)
    wf_freq = integrity_lexicon._load_english()
    import subprocess

    probe = ("import time; t = time.perf_counter(); import wordfreq; "
             "wordfreq.get_frequency_dict('en', wordlist='large'); print(time.perf_counter() - t)")
    wf_load = float(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout)

    def detect(text):
        return [f for f in analysis.find_findings(text) if f["kind"] in SCORED_KINDS]

    def plain(split_fn, known):
        def run(text):
            out = []
            for m in analysis._CHUNK_RE.finditer(analysis._MASK_RE.sub(lambda m: " " * len(m.group()), text)):
                w = m.group(2)
                if w.isalpha() and len(w) >= 4 and w.islower() and w not in known:
                    parts = split_fn(w)
                    if len(parts) > 1:
                        out.append({"kind": "glued_words", "start": m.start(2), "end": m.end(2), "text": w,
                                    "suggestion": " ".join(parts)})
            return out
        return run

    print("glued / split words on all labelled texts, one detector, three word resources:")
    print(f"  {'resource':24} {'words':>7} {'glued P':>8} {'glued R':>8} {'split P':>8} {'split R':>8} {'ms/text':>8}")
    for name, freqs in (("wordfreq (large en)", wf_freq), ("wordninja (ranks)", ninja_freq),
                        ("symspellpy (counts)", sym_freq)):
        _swap_english(freqs)
        t = time.perf_counter()
        k = score(records, detect)["kinds"]
        per = (time.perf_counter() - t) / len(records) * 1000
        print(f"  {name:24} {len(freqs):7} {k['glued_words']['precision']:8.3f} {k['glued_words']['recall']:8.3f}"
              f" {k['split_word']['precision']:8.3f} {k['split_word']['recall']:8.3f} {per:8.2f}")
    _swap_english(None)
    print(f"  list load time: wordfreq {wf_load:.2f} s, wordninja {ninja_load:.2f} s, symspellpy {sym_load:.2f} s")
    ninja_words = set(model._wordcost)
    for name, fn in (("wordninja.split alone", plain(wordninja.split, ninja_words)),
                     ("symspellpy segmentation alone",
                      plain(lambda w: sym.word_segmentation(w, max_edit_distance=0).corrected_string.split(), sym.words))):
        k = score(records, fn)["kinds"]["glued_words"]
        print(f"  {name:31} glued P {k['precision']:.3f} R {k['recall']:.3f} (tp {k['tp']}, fp {k['fp']})")


V2_DIR = ROOT / "tests" / "data" / "integrity_v2"
V2_SETS = (("glued_set.jsonl", ("glued_words", "split_word")), ("repetition_set.jsonl", ("repetition",)),
           ("code_set.jsonl", ("broken_code",)))


def score_v2(records: list[dict], kinds: tuple[str, ...]) -> dict:
    """Per (kind, language, part): tp, fp, fn and the errors.

    glued_words / split_word: a finding matches a label when kind, start and end are equal.
    repetition / broken_code: when it overlaps the labelled span (a loop's exact edges are a
    matter of taste).  A finding of a scored kind on a text with no such label is a false alarm.
    """
    tally: dict[tuple[str, str, str], dict] = {}
    for r in records:
        found = [f for f in analysis.find_findings(r["text"]) if f["kind"] in kinds]
        for kind in kinds:
            t = tally.setdefault((kind, r["lang"], r["split"]), {"tp": 0, "fp": 0, "fn": 0, "errors": []})
            labels = [f for f in r["findings"] if f["kind"] == kind]
            got = [f for f in found if f["kind"] == kind]
            exact = kind in ("glued_words", "split_word")

            def hit(f, lab):
                if exact:
                    return (f["start"], f["end"]) == (lab["start"], lab["end"])
                return f["start"] < lab["end"] and lab["start"] < f["end"]

            for f in got:
                if any(hit(f, lab) for lab in labels):
                    t["tp"] += 1
                else:
                    t["fp"] += 1
                    t["errors"].append(("FP", r["id"], f["text"][:40], f.get("suggestion", "")[:60]))
            for lab in labels:
                if not any(hit(f, lab) for f in got):
                    t["fn"] += 1
                    t["errors"].append(("FN", r["id"], r["text"][lab["start"]:lab["end"]][:40], ""))
    return tally


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


V3_DIR = ROOT / "tests" / "data" / "integrity_v3"
V3_SETS = (("glued_set.jsonl", ("glued_words", "split_word")),)
V4_DIR = ROOT / "tests" / "data" / "integrity_v4"  # all held out: score once
V5_DIR = ROOT / "tests" / "data" / "integrity_v5"  # all held out: scored once (a tuning set since)
V6_DIR = ROOT / "tests" / "data" / "integrity_v6"  # all held out: score once
# The held-out glued/split sets v4-v19, each written apart from the detector and scored once at
# the end of its round (a tuning set from then on): ``--set v19``.
HELD_OUT_SETS = {f"v{n}": ROOT / "tests" / "data" / f"integrity_v{n}" for n in range(4, 104)
                 if (ROOT / "tests" / "data" / f"integrity_v{n}").is_dir()}


def report_v3_variants(parts: tuple[str, ...] = ("dev", "heldout"), data_dir: Path = V3_DIR) -> str:
    """v3 (or v4) recall by kind of corruption (ff, fc, cc, rare glues; splits), per part."""
    records = [json.loads(x) for x in (data_dir / "glued_set.jsonl").read_text(encoding="utf-8").splitlines() if x]
    hits: dict[tuple[str, str], list[int]] = {}
    for r in records:
        if r["split"] not in parts or not r["findings"]:
            continue
        got = {(f["kind"], f["start"], f["end"]) for f in analysis.find_findings(r["text"])}
        for lab in r["findings"]:
            h = hits.setdefault((r["split"], lab["variant"]), [0, 0])
            h[0] += (lab["kind"], lab["start"], lab["end"]) in got
            h[1] += 1
    return "\n".join(f"  {part:8} {variant:10} recall {a / b:.3f} ({a}/{b})"
                     for (part, variant), (a, b) in sorted(hits.items()))


def report_v2(show_errors: str | None = None, data_dir: Path = V2_DIR, sets=V2_SETS,
              parts: tuple[str, ...] = ("dev", "heldout")) -> str:
    """The v2 (or v3) table (markdown): precision / recall per kind and language, dev and held
    out (``parts``: the parts scored; a part left out shows as "-")."""
    lines = ["| kind | language | dev P | dev R | held-out P | held-out R | labels (dev+held-out) | texts |",
             "|---|---|---|---|---|---|---|---|"]
    errors = []
    for name, kinds in sets:
        records = [json.loads(x) for x in (data_dir / name).read_text(encoding="utf-8").splitlines() if x.strip()]
        records = [r for r in records if r["split"] in parts]
        tally = score_v2(records, kinds)
        langs = sorted({r["lang"] for r in records}, key=lambda x: (x not in ("en", "fr", "es", "de", "it", "pt"), x))
        for kind in kinds:
            tot = {p: {"tp": 0, "fp": 0, "fn": 0} for p in ("dev", "heldout")}
            for lang in [*langs, "all"]:
                cells = []
                for part in ("dev", "heldout"):
                    if lang == "all":
                        t = tot[part]
                    else:
                        t = tally.get((kind, lang, part), {"tp": 0, "fp": 0, "fn": 0, "errors": []})
                        for k in ("tp", "fp", "fn"):
                            tot[part][k] += t[k]
                        if show_errors in (part, "all"):
                            errors += [(kind, lang, part, *e) for e in t["errors"]]
                    cells.append((_ratio(t["tp"], t["tp"] + t["fp"]), _ratio(t["tp"], t["tp"] + t["fn"]),
                                  t["tp"] + t["fn"]))
                texts = sum(1 for r in records if lang in ("all", r["lang"]))
                lines.append(f"| {kind} | {lang} | {cells[0][0]} | {cells[0][1]} | {cells[1][0]} | {cells[1][1]} "
                             f"| {cells[0][2]}+{cells[1][2]} | {texts} |")
    out = "\n".join(lines)
    if errors:
        out += "\n" + "\n".join("    " + " ".join(map(str, e)) for e in errors)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--compare", action="store_true", help="also compare wordfreq, wordninja, symspellpy")
    ap.add_argument("--show-errors", choices=("dev", "heldout", "all"), help="list false positives/negatives")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--no-large", action="store_true", help="skip the 1-10 MB answers (about a minute)")
    ap.add_argument("--part", choices=("dev", "heldout"), help="report one part only (tune on dev!)")
    ap.add_argument("--v2-only", action="store_true", help="only the v2 sets' table (six languages, new kinds)")
    ap.add_argument("--v3-only", action="store_true",
                    help="only the v3 glued/split set's table (hunspell labels); with --part dev while tuning")
    ap.add_argument("--set", choices=list(HELD_OUT_SETS), metavar="vN",
                    help="only one held-out glued/split set's table, v4-v103 (a new set: score it once, at the "
                         "end of its round)")
    for n in range(4, 10):  # the old spelling of --set vN
        ap.add_argument(f"--v{n}-only", dest="set", action="store_const", const=f"v{n}", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.set:
        folder = HELD_OUT_SETS[args.set]
        print(report_v2(args.show_errors, folder, V3_SETS, ("heldout",)))
        print("recall by kind of corruption:")
        print(report_v3_variants(("heldout",), folder))
        return
    if args.v2_only:
        print(report_v2(args.show_errors))
        return
    if args.v3_only:
        parts = (args.part,) if args.part else ("dev", "heldout")
        print(report_v2(args.show_errors, V3_DIR, V3_SETS, parts))
        print("recall by kind of corruption:")
        print(report_v3_variants(parts))
        return
    records = load_set()
    t = time.perf_counter()
    analysis.warm_up()
    print(f"word lists loaded in {time.perf_counter() - t:.2f} s (once per process)")
    report_quality(records, args.show_errors, (args.part,) if args.part else ("dev", "heldout"))
    print("v2 sets (tests/data/integrity_v2): precision / recall per kind and language")
    print(report_v2(args.show_errors))
    if not args.no_speed:
        report_speed(records)
    if not args.no_large:
        report_large(records)
    if args.compare:
        compare_libraries(records)


if __name__ == "__main__":
    main()
