"""core/analysis_worker.py: final analyses in a real spawned process, and what happens when
that process is killed, or its caller is."""

from __future__ import annotations

import copy
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from mcp_servers.procs import alive
from provtui.core.analysis import analyze
from provtui.core.analysis_worker import AnalysisWorker, slim_session
from provtui.core.recorder import analyze_session

ROOT = Path(__file__).resolve().parents[1]
TEXT = ("Waves whispered secrets to wandering soulsbeneath endless blue horizons of mystery.\n"
        "```python\ndef f(:\n    pass\n```\n")
OTHER = "Waves whispered secrets to wandering souls beneath endless blue horizons."
CHECKS = [{"name": "words", "exact": 12, "label": "twelve"}]


@pytest.fixture(scope="module")
def worker():
    w = AnalysisWorker()
    w.start()
    assert w.ready(60), "the analysis worker did not start"
    yield w
    w.shutdown()


def test_the_worker_is_another_process_and_agrees_with_analysing_here(worker) -> None:
    assert worker.pid is not None and worker.pid != os.getpid()
    kwargs = dict(checks=CHECKS, others=[OTHER], tool_calls=[],
                  turns=[{"finish_reason": "length"}], status=None)
    there = worker.submit(TEXT, **kwargs).result(timeout=60)
    here = analyze(TEXT, **kwargs)
    assert there == here
    kinds = {f["kind"] for f in there["findings"]}
    assert {"glued_words", "broken_code", "truncated"} <= kinds
    assert worker.failures == 0


def test_a_session_analysed_there_is_the_session_analysed_here(worker) -> None:
    from session_factory import make_session

    session = make_session(3)
    session["check_specs"] = CHECKS
    session["runs"][0]["text"] = TEXT
    for run in session["runs"]:
        for key in ("words", "findings", "checks"):
            run.pop(key, None)
    for key in ("summary", "comparisons"):
        session.pop(key, None)
    here = analyze_session(copy.deepcopy(session))
    there = worker.analyze_session(copy.deepcopy(session))
    assert there == here
    assert any(f["kind"] == "glued_words" for f in there["runs"][0]["findings"])
    assert "timeline" not in slim_session(session)["runs"][0]


def test_a_killed_worker_costs_no_analysis() -> None:
    w = AnalysisWorker()
    w.start()
    assert w.ready(60)
    pid = w.pid
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    # the call that finds it dead is answered here, in this process, with the same result
    future = w.submit(TEXT, others=[OTHER])
    if future is None:  # the pool noticed first: the caller analyses itself, as the TUI does
        result = analyze(TEXT, others=[OTHER])
    else:
        result = future.result(timeout=60)
    assert result == analyze(TEXT, others=[OTHER])
    # the session's analysis, too
    from session_factory import make_session

    session = make_session(1)
    assert w.analyze_session(copy.deepcopy(session)) == analyze_session(copy.deepcopy(session))
    assert w.failures >= 1 and w.pid is None
    # and a new start brings a new worker
    w.start()
    assert w.ready(60) and w.pid not in (None, pid)
    w.shutdown()


def test_the_worker_exits_when_its_caller_is_killed(tmp_path) -> None:
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from provtui.core.analysis_worker import AnalysisWorker
        if __name__ == "__main__":
            w = AnalysisWorker(); w.start(); assert w.ready(60)
            print(w.pid, flush=True)
            time.sleep(60)
    """)
    path = tmp_path / "caller.py"
    path.write_text(script)
    caller = subprocess.Popen([sys.executable, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        pid = int(caller.stdout.readline())
        assert alive(pid)
        caller.kill()
        caller.wait(10)
        deadline = time.monotonic() + 15
        while alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not alive(pid), "the analysis worker outlived its caller"
    finally:
        caller.kill()
