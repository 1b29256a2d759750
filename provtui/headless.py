"""`provtui run` (and `provtui demo --no-tui`): one session, no terminal UI.

The headless printer is the third consumer of the event stream (beside panes and the
journal): it prints one line per finished run on stderr, then the summary table.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import sys
from pathlib import Path
from typing import Any, TextIO

from provtui.core.events import (
    Event,
    Notice,
    RunFinished,
    RunQueued,
    RunStarted,
    SessionFinished,
)
from provtui.core.session import redact_text
from provtui.core.summary_text import clean as _clean

EXIT_OK = 0
EXIT_INTERRUPTED = 130


class HeadlessPrinter:
    def __init__(self, out: TextIO) -> None:
        from provtui.core.session import known_secrets

        self.out = out
        # provider messages can quote the key back (a 401 "invalid key sk-..."); the terminal
        # and the logs it is piped to are as public as a session file
        self.secrets = known_secrets()
        self.names: dict[int, str] = {}
        self.notices: dict[int, list[str]] = {}

    def apply(self, event: Event) -> None:
        match event:
            case RunQueued(run=run, target=target, repeat_index=k) | RunStarted(
                    run=run, target=target, repeat_index=k):
                self.names[run] = target if k == 0 else f"{target} #{k + 1}"
            case Notice(run=run, kind=kind, message=message) if kind != "retry":
                self.notices.setdefault(run, []).append(message)
            case RunFinished(run=run, status=status, error=error):
                name = _clean(self.names.get(run, f"run {run}"))
                mark = {"ok": "ok", "error": "ERROR", "cancelled": "cancelled"}.get(status, status)
                line = f"  [{mark}] {name}"
                if error and status != "ok":
                    message = redact_text(str(error.get("message", "")), self.secrets)
                    line += f": {error.get('kind')}: {_clean(message)[:300]}"
                self.out.write(line + "\n")
                for note in self.notices.get(run, []):
                    self.out.write(f"         note: {_clean(redact_text(note, self.secrets))}\n")
                self.out.flush()
            case _:
                pass


async def _drive(plan: Any, recorder: Any, printer: HeadlessPrinter,
                 extra_consumers: list[Any]) -> str:
    from provtui.core.fanout import Fanout, ThreadedFanout

    status = "ok"
    loop = asyncio.get_running_loop()
    # The network runs on its own loop in a dedicated thread (as in the TUI): the journal, the
    # recorder and the printer never hold up a read.  The kernel stamps each read's arrival
    # (provtui.core.rxstamp), but when a read comes late the kernel hands several chunks over
    # at once with the newest one's stamp: measured with 64 streams on one loop, a first
    # token 60 ms late; with the network thread, none.  PROVTUI_NETWORK=loop keeps it on
    # this loop (benchmarks).
    threaded = os.environ.get("PROVTUI_NETWORK", "thread") != "loop"
    fanout = ThreadedFanout if threaded else Fanout
    async with fanout(plan) as fan:
        interrupted = False

        def on_sigint() -> None:
            nonlocal interrupted
            if interrupted:  # a second Ctrl-C: stop waiting for anything
                raise KeyboardInterrupt
            interrupted = True
            sys.stderr.write("\nprovtui: cancelling; saving what arrived (Ctrl-C again to "
                             "abandon)\n")
            fan.cancel()

        try:
            loop.add_signal_handler(signal.SIGINT, on_sigint)
        except (NotImplementedError, RuntimeError):
            pass

        try:
            async for event in fan.stream_all():
                recorder.apply(event)
                printer.apply(event)
                for consumer in extra_consumers:
                    consumer(event)
                if isinstance(event, SessionFinished):
                    status = event.status
        finally:
            try:
                loop.remove_signal_handler(signal.SIGINT)
            except (NotImplementedError, RuntimeError):
                pass
        if interrupted:
            status = "cancelled"
    return status


def run_headless(plan: Any, *, output: str | None = None, as_json: bool = False,
                 out: TextIO | None = None, err: TextIO | None = None,
                 extra_consumers: list[Any] | None = None) -> int:
    from provtui.core.session import (
        Journal,
        SessionRecorder,
        recover_journals,
        save_session,
        session_paths,
    )

    out = out or sys.stdout
    err = err or sys.stderr
    for path in recover_journals():
        err.write(f"provtui: recovered an interrupted session into {path}\n")

    # The session id is fixed before anything streams so the journal has its final name.
    if plan.session_id is None:
        from provtui.core.session import new_session_id

        plan.session_id = new_session_id()
    final_path, journal_path = session_paths(plan.session_id)
    journal = Journal(journal_path)
    recorder = SessionRecorder(journal=journal)
    printer = HeadlessPrinter(err)
    names = ", ".join(_clean(t.name) for t in plan.targets)
    reps = f" x{plan.repeat}" if plan.repeat > 1 else ""
    err.write(f"provtui: session {plan.session_id}: {len(plan.targets)} target(s){reps}: "
              f"{names}\n")
    code = EXIT_OK
    try:
        status = asyncio.run(_drive(plan, recorder, printer, extra_consumers or []))
    except KeyboardInterrupt:
        status = "cancelled"
    if status == "cancelled":
        code = EXIT_INTERRUPTED
    # timelines stay in the recorder's arrays and are written from them: as lists of lists
    # they were most of the peak memory of a long session (170 MB for 8 x 200k chunks)
    session = recorder.finish(status=status, timeline_views=True)
    # finish() closed the journal; saving to the session's own path removes it
    path = save_session(session, final_path)
    if output:
        dest = Path(output).expanduser()
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, dest)
    runs_per_target: dict[str, int] = {}
    for run in session.get("runs", []):
        runs_per_target[run["target"]] = runs_per_target.get(run["target"], 0) + 1
    if any(n > 1 for n in runs_per_target.values()):
        _print_summary(session, err)
    err.write(f"provtui: saved session {session['id']} to {path}\n")
    if output:
        err.write(f"provtui: copy written to {output}\n")
    if as_json:
        # the saved file (already scrubbed of keys), not a second serialisation held in memory
        with open(path, encoding="utf-8", newline="") as fh:
            shutil.copyfileobj(fh, out, 1 << 20)
        out.flush()
    return code


def _print_summary(session: dict[str, Any], err: TextIO) -> None:
    from rich.console import Console

    from provtui.report import render_summary

    console = Console(file=err, stderr=True, highlight=False, soft_wrap=False,
                      width=min(shutil.get_terminal_size((120, 30)).columns, 160))
    render_summary(session, console)
