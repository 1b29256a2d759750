"""A kill or a closed terminal quits the TUI as ctrl+q does: the real `provtui demo` in a real
pseudo-terminal, sent SIGTERM or SIGHUP while its four panes stream.  Before, the process died
at once (status 143) and left the terminal in the alternate screen, raw, with mouse reporting
on; now the terminal is given back, the partial session is saved and the status is 128 + the
signal, as in headless runs."""

from __future__ import annotations

import json
import os
import select
import signal
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "win32",
                                reason="SKIPPED LOUDLY: needs a POSIX pseudo-terminal (pty.fork)")

ROOT = Path(__file__).resolve().parents[2]
ALT_ON, ALT_OFF = b"\x1b[?1049h", b"\x1b[?1049l"


def _run_demo_and_signal(tmp_path: Path, sig: int) -> tuple[int, bytes, Path]:
    import pty

    home = tmp_path / "home"
    env = {**os.environ, "PROVTUI_DATA_DIR": str(home / "provtui"), "XDG_DATA_HOME": str(home),
           "XDG_CONFIG_HOME": str(home),
           "XDG_STATE_HOME": str(home), "XDG_CACHE_HOME": str(home), "TERM": "xterm-256color",
           "COLUMNS": "160", "LINES": "45", "PYTHONPATH": str(ROOT)}
    pid, fd = pty.fork()
    if pid == 0:  # the child: the TUI on the pty's other end
        os.execvpe(sys.executable, [sys.executable, "-m", "provtui", "demo", "--send"], env)
    out = bytearray()
    sent_at = drawn_at = None
    deadline = time.monotonic() + 60
    status = None
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    chunk = b""
                if not chunk:
                    break
                out += chunk
            # the screen is drawn; the demo's runs stream for 7-12 s from then: the signal
            # comes 3 s in, while they stream
            if drawn_at is None and len(out) > 20000:
                drawn_at = time.monotonic()
            if sent_at is None and drawn_at is not None and time.monotonic() - drawn_at > 3.0:
                os.kill(pid, sig)
                sent_at = time.monotonic()
        if sent_at is not None:
            _, status = os.waitpid(pid, 0)
    finally:
        if status is None:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(fd)
    assert sent_at is not None, "the demo never streamed"
    return os.waitstatus_to_exitcode(status), bytes(out), home


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_signal_quits_like_ctrl_q_saves_and_gives_the_terminal_back(tmp_path, sig):
    code, out, home = _run_demo_and_signal(tmp_path, sig)
    assert code == 128 + sig, (code, out[-400:])
    # the alternate screen was entered, and left after the last time it was entered
    assert ALT_ON in out
    assert out.rfind(ALT_OFF) > out.rfind(ALT_ON), out[-400:]
    # the session that was streaming is saved, with a run per pane
    saved = list((home / "provtui" / "sessions").glob("*.json"))
    assert len(saved) == 1, sorted(str(p) for p in home.rglob("*"))
    data = json.loads(saved[0].read_text(encoding="utf-8"))
    assert len(data["runs"]) == 4
    statuses = [r.get("status") for r in data["runs"]]
    assert all(statuses) and "cancelled" in statuses, statuses  # cut off mid-stream, and saved
