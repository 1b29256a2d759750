"""The TUI's live analysis against a fast stream: can one pane keep up at 2,000 chunks/s?

A pane (provtui/ui/widgets/pane.py) gathers the deltas that arrived since its last pass and,
at most every 0.5 s (and only when the previous pass used under 10% of that time's CPU),
calls ``IncrementalAnalyzer.feed(pending)`` then ``result()`` in a worker thread.  This replays
that: answers of 60,000 chunks of 4 characters (240 kB, the size of a long answer), fed 1,000
chunks per pass (0.5 s at 2,000 chunks/s), with a ``result()`` after each pass, and reports
the CPU time per chunk and the chunk rate one core could sustain.  The pane keeps up when that
rate is well above 2,000/s (it uses a tenth of a core at most by its own throttle: the target
is >= 20,000 chunks/s of capacity here, i.e. <= 10% CPU at 2,000/s).

Texts: English prose with glued words, French prose (the per-language path and its word list),
a degenerate loop, and an answer full of fenced code (the code-block and repetition trackers).

    python tests/bench/bench_live_analysis.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from provtui.core import analysis  # noqa: E402

CHUNK = 4
CHUNKS = 60_000
PER_PASS = 1_000
TARGET = 2_000

TEXTS = {
    "english prose": "The river was calm that morning, andits surface held the colour ofthe sky. "
                     "A heron stood in the shallows for a long time before it moved.\n",
    "french prose": "Le matin, la rivière était calme et sa surface gardait la couleur duciel. "
                    "Un héron restait immobile dans l'eau peu profonde pendant un long moment.\n",
    "degenerate loop": "I will help you with that. ",
    "fenced code": "Here:\n```python\ndef f(x):\n    return x + 1\n```\n| a | b |\n|---|---|\n| 1 | 2 |\n",
}


def run(unit: str) -> tuple[float, float, int]:
    text = (unit * (CHUNK * CHUNKS // len(unit) + 1))[: CHUNK * CHUNKS]
    chunks = [text[i : i + CHUNK] for i in range(0, len(text), CHUNK)]
    analysis.find_findings(text[:5000])  # word lists loaded before timing (warm_up does it live)
    analyzer = analysis.IncrementalAnalyzer()
    worst = 0.0
    start = time.process_time()
    for k in range(0, len(chunks), PER_PASS):
        t = time.process_time()
        analyzer.feed("".join(chunks[k : k + PER_PASS]))
        out = analyzer.result()
        worst = max(worst, time.process_time() - t)
    total = time.process_time() - start
    return total / len(chunks), worst, len(out["findings"])


def main() -> int:
    print(f"{CHUNKS} chunks of {CHUNK} chars, {PER_PASS} chunks per pass + result()")
    print(f"{'text':<18} {'us/chunk':>9} {'chunks/s (1 core)':>18} {'CPU at 2,000/s':>15} {'worst pass ms':>14} findings")
    ok = True
    for name, unit in TEXTS.items():
        per_chunk, worst, n = run(unit)
        rate = 1 / per_chunk if per_chunk else float("inf")
        share = TARGET * per_chunk
        ok &= share <= 0.10
        print(f"{name:<18} {per_chunk * 1e6:>9.2f} {rate:>18,.0f} {share:>14.1%} {worst * 1e3:>14.1f} {n}")
    print("keeps up (<= 10% of a core at 2,000 chunks/s):", "yes" if ok else "NO")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
