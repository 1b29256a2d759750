"""Analysis cost against text size: twice the text must cost about twice the CPU time.

Ratios, not times (process_time, median of three runs): ~2.0 is linear; the quadratic code
this guards against gave 3.15-3.5 on the megabyte inputs and ~4 on the pathological ones.
Run by hand: ``python tests/bench/bench_analysis_scaling.py``.  The absolute figures
(10 MB in under 5 s) are in bench_integrity.py.
"""

from __future__ import annotations

import time

from provtui.core.analysis import count_sentences, count_words, find_findings

LINEAR_LIMIT = 2.7


def _cpu_median(fn, text, runs=3):
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn(text)
        times.append(time.process_time() - start)
    return sorted(times)[runs // 2]


def _repeat(unit, size):
    return (unit * (size // len(unit) + 1))[:size]


def scaling_ratio(fn, unit, size):
    fn(_repeat(unit, size // 10))  # word lists loaded and caches warm before timing
    return _cpu_median(fn, _repeat(unit, 2 * size)) / max(_cpu_median(fn, _repeat(unit, size)), 1e-3)


MEGABYTE_INPUTS = [
    ("one line of words", "word "),
    ("no spaces", "Thequickbrownfoxjumpsoverthelazydog."),
    ("ordinary lines", "Waves whispered secrets to wandering soulsbeneath endless skies. The ocea n sang.\n"),
]
PATHOLOGICAL_INPUTS = [
    ("-", 100_000), ("</think>", 100_000), ("<s>", 100_000), ("](", 100_000),
    ("e.g. ", 100_000), ("\n", 100_000), ("ÃƒÂ", 40_000), ("cafÃ© ", 40_000),
    # findings v2: loops of clauses and words, fences opening and closing, a French answer
    ("a, ", 100_000), ("the ", 100_000), ("```python\n(\n", 50_000), ("```json\n{\n```\n", 30_000),
    ("Le chat est sur la table et delaville. ", 20_000),
]
# a megabyte of distinct clauses (the repetition tracker's dict never finds a loop)
MEGABYTE_INPUTS.append(("distinct clauses", "".join(f"clause number {k} here, " for k in range(40_000))))


def main() -> int:
    rows = []
    for name, unit in MEGABYTE_INPUTS:
        rows.append((f"find_findings · {name}", scaling_ratio(find_findings, unit, 1_000_000)))
    for unit, size in PATHOLOGICAL_INPUTS:
        for fn in (find_findings, count_words, count_sentences):
            rows.append((f"{fn.__name__} · {unit!r} x {size:,}", scaling_ratio(fn, unit, size)))
    width = max(len(r[0]) for r in rows)
    print(f"{'input'.ljust(width)}  2x-size cost ratio (linear ~2.0, limit {LINEAR_LIMIT})")
    bad = 0
    for label, ratio in rows:
        flag = "" if ratio < LINEAR_LIMIT else "  <-- super-linear"
        bad += bool(flag)
        print(f"{label.ljust(width)}  {ratio:5.2f}{flag}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
