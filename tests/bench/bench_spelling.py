"""What the hunspell veto of the glued-word check (provtui/core/spelling.py, with the system word
list of provtui/core/system_words.py: both follow PROVTUI_SPELLING) buys and costs,
off and on side by side in one run (PROVTUI_SPELLING, read at each look-up):

1. the labelled sets v3-v103: glued-word precision and recall, pooled per round of sets;
2. glues NOT chosen by hunspell: the labelled sets only label a glue that hunspell rejects, so
   they cannot show a glue the veto loses.  Here random pairs of neighbouring lower-case words of
   real prose (gettext catalogues; English: their msgids) are glued, up to four per text, with no
   dictionary asked, and the glues found off but lost on are listed;
3. false alarms on real prose (bench_false_alarms' texts);
4. time: the 1 MB batch of bench_integrity and the glued texts of v52-v55 (where every glue
   found is looked up), off and on, alternately; and the memory of the hunspell processes.

Needs the hunspell program and its en/fr/es/de/it/pt dictionaries.

    python tests/bench/bench_spelling.py [--texts 500]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from provtui.core import analysis, spelling  # noqa: E402

import bench_false_alarms as bfa  # noqa: E402
from bench_recall_gettext import english_texts  # noqa: E402  (the same English prose)

DATA = HERE.parent / "data"
ROUNDS = [("v3-v31 (tuning)", 3, 31), ("v32-v39 (C, D)", 32, 39), ("v40-v51 (E-G)", 40, 51),
          ("v52-v55 (H)", 52, 55), ("v56-v59 (I)", 56, 59), ("v60-v63 (J)", 60, 63),
          ("v64-v67 (K)", 64, 67), ("v68-v71 (L)", 68, 71), ("v72-v75 (M)", 72, 75),
          ("v76-v79 (N)", 76, 79), ("v80-v83 (O)", 80, 83), ("v84-v87 (P)", 84, 87),
          ("v88-v91 (Q)", 88, 91), ("v92-v95 (R)", 92, 95), ("v96-v99 (S)", 96, 99),
          ("v100-v103 (T)", 100, 103)]
JUDGED = ("en", "fr", "es", "de", "it", "pt")
_WORD_RE = re.compile(r"(?<![\w'’-])([^\W\d_]+)(?![\w'’-])")


def _mode(on: bool) -> None:
    os.environ["PROVTUI_SPELLING"] = "on" if on else "off"


def labelled() -> list[str]:
    lines = ["| sets | glues | off: P / R | on: P / R | false alarms off -> on |", "|---|---|---|---|---|"]
    for name, lo, hi in ROUNDS:
        cells = {}
        for on in (False, True):
            _mode(on)
            tp = fp = fn = 0
            for n in range(lo, hi + 1):
                path = DATA / f"integrity_v{n}" / "glued_set.jsonl"
                if not path.exists():
                    continue
                for line in path.read_text(encoding="utf-8").splitlines():
                    r = json.loads(line)
                    if r["lang"] not in JUDGED:
                        continue
                    labels = {(f["start"], f["end"]) for f in r["findings"] if f["kind"] == "glued_words"}
                    got = {(f["start"], f["end"]) for f in analysis.find_findings(r["text"])
                           if f["kind"] == "glued_words"}
                    tp += len(got & labels)
                    fp += len(got - labels)
                    fn += len(labels - got)
            cells[on] = (tp, fp, fn)
        (tp0, fp0, fn0), (tp1, fp1, fn1) = cells[False], cells[True]
        lines.append(f"| {name} | {tp0 + fn0:,} | {tp0 / (tp0 + fp0):.3f} / {tp0 / (tp0 + fn0):.3f} "
                     f"| {tp1 / (tp1 + fp1):.3f} / {tp1 / (tp1 + fn1):.3f} | {fp0} -> {fp1} |")
    return lines


def unfiltered(n_texts: int) -> list[str]:
    lines = ["| language | glues | found off | found on | lost to the veto |", "|---|---|---|---|---|"]
    for lang in JUDGED:
        texts = english_texts() if lang == "en" else bfa.catalog_texts(lang, 40000)
        texts = texts[150:]  # (the first 150 are the false-alarm bench's)
        random.Random("unf" + lang).shuffle(texts)
        total, found, lost = 0, {False: 0, True: 0}, []
        for k, text in enumerate(texts[:n_texts]):
            rng = random.Random(f"u{lang}{k}")
            words = [m.span(1) for m in _WORD_RE.finditer(text)]
            pairs = [(a, b) for a, b in zip(words, words[1:]) if text[a[1]:b[0]] == " "
                     and text[a[0]:a[1]].islower() and text[b[0]:b[1]].islower()]
            rng.shuffle(pairs)
            chosen, used = [], set()
            for a, b in pairs:
                if a[0] not in used and b[0] not in used:
                    chosen.append((a, b))
                    used |= {a[0], b[0]}
                if len(chosen) == 4:
                    break
            chosen.sort()
            glued, shift, spans = text, 0, []
            for a, b in chosen:  # drop the space; the spans move left by the spaces dropped
                cut = a[1] - shift
                spans.append((a[0] - shift, b[1] - shift - 1))
                glued = glued[:cut] + glued[cut + 1:]
                shift += 1
            total += len(spans)
            got = {}
            for on in (False, True):
                _mode(on)
                got[on] = {(f["start"], f["end"]) for f in analysis.find_findings(glued) if f["kind"] == "glued_words"}
                found[on] += sum(s in got[on] for s in spans)
            lost += [glued[s:e] for s, e in spans if (s, e) in got[False] and (s, e) not in got[True]]
        lines.append(f"| {lang} | {total} | {found[False]} | {found[True]} | {len(lost)} {', '.join(lost[:8])} |")
    return lines


def false_alarms() -> list[str]:
    lines = ["| texts | glued-word false alarms off | on |", "|---|---|---|"]
    for lang in ("fr", "es", "de", "it", "pt", "en"):
        texts = bfa.docstring_texts() if lang == "en" else bfa.catalog_texts(lang, 20000)
        counts = []
        for on in (False, True):
            _mode(on)
            counts.append(sum(f["kind"] == "glued_words" for t in texts for f in analysis.find_findings(t)))
        name = "stdlib docstrings (en)" if lang == "en" else f"gettext {lang}"
        lines.append(f"| {name} | {counts[0]} | {counts[1]} |")
    return lines


def _best_of(text: str, runs: int = 5) -> dict[bool, float]:
    analysis.find_findings(text)  # word lists loaded, hunspell started: both sides warm
    times: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(runs):
        for on in (False, True):  # alternately, so that the machine's drift hits both
            _mode(on)
            t0 = time.perf_counter()
            analysis.find_findings(text)
            times[on].append(time.perf_counter() - t0)
    return {on: min(ts) for on, ts in times.items()}


def timing() -> list[str]:
    from bench_integrity import big_text, load_set  # the 1 MB of answers the integrity bench times

    lines = []
    glued = "\n\n".join(json.loads(x)["text"] for n in range(52, 56)
                          for x in (DATA / f"integrity_v{n}" / "glued_set.jsonl").read_text(encoding="utf-8").splitlines())
    for name, text in (("1 MB of answers (bench_integrity)", big_text(load_set())),
                       (f"{len(glued) / 1e6:.1f} MB of v52-v55, every version (a glue every ~40 words)", glued)):
        best = _best_of(text)
        lines.append(f"{name}, best of 5: off {best[False]:.3f} s, on {best[True]:.3f} s "
                     f"(on/off {best[True] / best[False]:.2f})")
    rss = []
    for lang, checker in sorted(spelling._checkers.items()):
        if checker is not None:
            try:
                status = Path(f"/proc/{checker.proc.pid}/status").read_text()
                rss.append(f"{lang} {int(status.split('VmRSS:')[1].split()[0]) / 1024:.0f} MB")
            except (OSError, IndexError, ValueError):
                pass
    lines.append("hunspell processes (resident memory): " + (", ".join(rss) or "none"))
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=int, default=500, help="texts per language for the unfiltered glues")
    args = ap.parse_args()
    if not all(spelling._dictionary_paths(lang) for lang in JUDGED) or not spelling.status()["en"].startswith("hunspell"):
        sys.exit("needs the hunspell program and its en/fr/es/de/it/pt dictionaries: " + json.dumps(spelling.status()))
    for title, part in (("labelled sets", labelled), ("glues not chosen by hunspell", lambda: unfiltered(args.texts)),
                        ("false alarms on real prose", false_alarms), ("time and memory", timing)):
        print(f"\n## {title}\n")
        print("\n".join(part()), flush=True)


if __name__ == "__main__":
    main()
