"""`provtui run` stamps bytes where they arrive, not where its consumers get to them.

The headless path (``headless._drive``: recorder, printer, journal, extra consumers on the
main loop) is fed by a deliberately slow consumer that blocks its thread for 0.6 s on the
first text it sees.  The server (its own process, tests/bench/bench_server.py) writes the
answer's 5 tokens 30 ms apart.  Stamps taken at arrival (the kernel's receive stamp, or the
network thread where there is none) are therefore
all earlier than the moment the slow consumer let go, in the server's order, and each one is
no earlier than the server's own write of those bytes (same CLOCK_MONOTONIC).  A stamp taken
after the consumer would be later than that moment: this checks *where* the stamp is taken,
with a 0.5 s margin, not how fast anything is.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "bench"))

from common import server, target  # noqa: E402

from provtui.core.events import TextDelta  # noqa: E402

BLOCK_S = 0.6


@pytest.mark.parametrize("network", ["default", "loop"])
def test_stamps_precede_a_slow_consumer_in_provtui_run(network: str, monkeypatch) -> None:
    """Both paths: the default (the network thread, kernel stamps) and one loop (where only
    the kernel's stamps keep the times true; skipped where it has none)."""
    if network == "loop":
        from provtui.core import rxstamp

        if not rxstamp.kernel_stamps():
            pytest.skip("no kernel receive stamps here (not Linux, or a proxy is set): one "
                        "loop is expected to stamp late behind a slow consumer")
        monkeypatch.setenv("PROVTUI_NETWORK", "loop")
    else:
        monkeypatch.delenv("PROVTUI_NETWORK", raising=False)
    from provtui.core.fanout import SessionPlan
    from provtui.core.recorder import SessionRecorder
    from provtui.headless import HeadlessPrinter, _drive

    with server() as srv:
        plan = SessionPlan(prompt="go", targets=[
            target(srv.url("timed/100/5/30/slowconsumer"), name="slow")])
        seen: list[tuple[TextDelta, float]] = []
        released: list[float] = []

        def slow(event: object) -> None:
            if isinstance(event, TextDelta):
                seen.append((event, time.monotonic()))
                if not released:
                    time.sleep(BLOCK_S)  # the main thread is busy; the network thread is not
                    released.append(time.monotonic())

        class Sink:
            def write(self, _s: str) -> None:
                pass

            def flush(self) -> None:
                pass

        status = asyncio.run(_drive(plan, SessionRecorder(), HeadlessPrinter(Sink()), [slow], []))
        log = srv.log()

    assert status == "ok"
    deltas = [e for e, _ in seen]
    assert [d.text for d in deltas] == [" road", " time", " data", " fast", " cell"]
    writes = [t for t, _n in log[0]["writes"][:5]]
    stamps = [d.t for d in deltas]
    assert stamps == sorted(stamps)
    for d, t_write in zip(deltas, writes):
        assert d.t >= t_write, "a stamp earlier than the server wrote those bytes"
    # every token after the first arrived while the consumer was blocked: stamped then
    for d in deltas[1:]:
        assert d.t < released[0], (
            f"token {d.text!r} stamped {1000 * (d.t - released[0]):.0f} ms after the slow "
            "consumer let go: the stamp waited for the consumer")
    # and the consumer really did get them only afterwards
    assert all(got >= released[0] for _, got in seen[1:])
