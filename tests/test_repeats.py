"""`provtui run --repeat 8 --expect-words 12 -t A -t B "Write a 12-word sentence about the
ocean."`: 16 runs with repeat_index 0-7 and a summary checked against hand-computed values."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from transcript_server import Reply, TranscriptServer

TWELVE = "The endless blue horizon whispers secrets of distant worlds beyond boundless imagination."
ELEVEN = "Waves whispered secrets to wandering soulsbeneath endless blue horizons of mystery."


def test_repeat_8_two_targets_summary_and_verdict(tmp_path: Path) -> None:
    with TranscriptServer.in_thread() as srv:
        # A passes 8/8; B passes 1/8 (one 12-word answer, then seven 11-word ones).
        a = srv.route(*[Reply.text_stream([TWELVE[:30], TWELVE[30:]]) for _ in range(8)])
        b = srv.route(Reply.text_stream([TWELVE]),
                      *[Reply.text_stream([ELEVEN[:20], ELEVEN[20:]]) for _ in range(7)])
        cfg = tmp_path / "config.toml"
        cfg.write_text(
            f'[providers.pa]\nbase_url = "{a.base_url}"\nmax_concurrency = 1\n'
            f'[providers.pb]\nbase_url = "{b.base_url}"\nmax_concurrency = 1\n'
            '[targets.A]\nprovider = "pa"\nmodel = "m"\n[targets.B]\nprovider = "pb"\nmodel = "m"\n')
        r = subprocess.run(
            [sys.executable, "-m", "provtui", "run", "--config", str(cfg), "--repeat", "8",
             "--expect-words", "12", "-t", "A", "-t", "B", "--json",
             "Write a 12-word sentence about the ocean."],
            capture_output=True, text=True, timeout=300,
            env={**os.environ, "PROVTUI_DATA_DIR": str(tmp_path / "data"), "COLUMNS": "120"})
    assert r.returncode == 0, r.stderr
    session = json.loads(r.stdout)
    runs = session["runs"]
    assert len(runs) == 16
    for name in ("A", "B"):
        assert sorted(run["repeat_index"] for run in runs if run["target"] == name) == list(range(8))
    assert all(run["status"] == "ok" for run in runs)
    summary = {s["target"]: s for s in session["summary"]}
    assert summary["A"]["runs"] == 8 and summary["A"]["ok"] == 8
    # Wilson 95% for 8/8: centre (1 + z²/16)/(1 + z²/8), z = 1.959964 → lower bound
    # (n/(n+z²)) = 8/(8+3.841459) = 0.675592; upper 1.
    assert summary["A"]["pass_rate"] == 1.0
    assert summary["A"]["pass_rate_ci"] == pytest.approx([0.675592, 1.0], abs=1e-5)
    # 1/8: p̂ = 0.125, z² = 3.841459; centre = (0.125 + 3.841459/16)/(1 + 3.841459/8)
    # = 0.365091/1.480182 = 0.246653; half = 1.959964/1.480182 · sqrt(0.125·0.875/8 +
    # 3.841459/256) = 1.324135 · sqrt(0.013672 + 0.015006) = 1.324135 · 0.169345 = 0.224236
    # → [0.022417, 0.470889]
    assert summary["B"]["pass_rate"] == 0.125
    assert summary["B"]["pass_rate_ci"] == pytest.approx([0.022417, 0.470889], abs=1e-4)
    for s in summary.values():
        assert set(s["ttft_s"]) >= {"p50", "p90", "min", "max"}
    verdicts = [c for c in session["comparisons"] if c["metric"] == "pass_rate"]
    assert len(verdicts) == 1 and verdicts[0]["verdict"] == "likely different"
    # Fisher exact, two-sided, [[8,0],[1,7]]: tables with 9 passes among 16 runs, A gets k:
    # P(k) = C(8,k)C(8,9-k)/C(16,9); C(16,9) = 11440. Observed k = 8 → 8·1/11440; the only
    # table as or less likely is k = 1 (1·8). p = 16/11440 = 0.0013986.
    assert verdicts[0]["p"] == pytest.approx(16 / 11440, rel=1e-9)
    # The table is printed on stderr at the end.
    assert "Repeats and statistics" in r.stderr and "likely different" in r.stderr
    # ...and the exports carry it: an HTML table and a Markdown table.
    env = {**os.environ, "PROVTUI_DATA_DIR": str(tmp_path / "data")}
    for fmt, needle in (("html", "<h2>Repeats and statistics</h2><table>"),
                        ("md", "## Repeats and statistics")):
        dest = tmp_path / f"s.{fmt}"
        e = subprocess.run([sys.executable, "-m", "provtui", "sessions", "export", session["id"],
                            "--format", fmt, "-o", str(dest)], capture_output=True, text=True,
                           timeout=120, env=env)
        assert e.returncode == 0, e.stderr
        text = dest.read_text()
        assert needle in text and "likely different" in text and "8/8 100%" in text
