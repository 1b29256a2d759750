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
from provtui.core import stop_signals
from provtui.core.session import redact_text
from provtui.core.summary_text import clean as _clean

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def _disk_error(exc: OSError, path: Any) -> str:
    """One line for a failed write: "no space left on PATH" for a full disk."""
    import errno

    where = getattr(exc, "filename", None) or path
    if exc.errno == errno.ENOSPC:
        return f"no space left on {Path(str(where)).parent if where else 'the disk'}"
    if exc.errno == errno.EDQUOT:
        return f"disk quota exceeded on {Path(str(where)).parent if where else 'the disk'}"
    return f"cannot write {where} ({exc.strerror or exc})"


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
                 extra_consumers: list[Any], stopped_by: list[int]) -> str:
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

        def on_signal(signum: int) -> None:
            nonlocal interrupted
            if interrupted:  # a second signal: stop waiting for anything
                raise KeyboardInterrupt
            interrupted = signum
            stopped_by.append(signum)
            name = signal.Signals(signum).name
            hint = " (Ctrl-C again to abandon)" if signum == signal.SIGINT else ""
            sys.stderr.write(f"\nprovtui: {name}: cancelling; saving what arrived{hint}\n")
            fan.cancel()

        # SIGINT, SIGTERM and SIGHUP all cancel the session the same way (what arrived is
        # saved, every MCP server is stopped); the exit status is 128 + the signal
        installed = stop_signals.install(loop, on_signal)

        try:
            async for event in fan.stream_all():
                recorder.apply(event)
                printer.apply(event)
                for consumer in extra_consumers:
                    consumer(event)
                if isinstance(event, SessionFinished):
                    status = event.status
        finally:
            stop_signals.remove(loop, installed)
        if interrupted:
            status = "cancelled"
    return status


def result_lines(session: dict[str, Any]) -> list[str]:
    """One compact line per run for stdout: target, status, words, checks, ttft, rate."""
    lines = []
    runs = [r for r in session.get("runs") or [] if isinstance(r, dict)]
    width = max((len(_clean(str(r.get("target") or ""))) for r in runs), default=0)
    repeats = any(r.get("repeat_index") for r in runs)
    for r in runs:
        name = _clean(str(r.get("target") or "?"))
        if repeats:
            name += f" #{int(r.get('repeat_index') or 0) + 1}"
        status = str(r.get("status") or "?")
        turns = [tu for tu in r.get("turns") or [] if isinstance(tu, dict)]
        if status == "ok" and turns and turns[-1].get("finish_reason") == "length":
            status = "truncated"
        err = r.get("error") if isinstance(r.get("error"), dict) else None
        if err and status != "ok":
            status += f" ({_clean(str(err.get('kind') or '?'))})"
        parts = [f"{name:<{width + (4 if repeats else 0)}}", f"{status:<10}"]
        if isinstance(r.get("words"), int):
            parts.append(f"{r['words']} words")
        checks = [c for c in r.get("checks") or [] if isinstance(c, dict)]
        if checks:
            parts.append(" ".join(("✓" if c.get("passed") else "✗") + _clean(str(c.get("name")))
                                  for c in checks))
        m = r.get("metrics") if isinstance(r.get("metrics"), dict) else {}
        if isinstance(m.get("ttft_s"), (int, float)):
            parts.append(f"ttft {m['ttft_s']:.2f}s")
        if isinstance(m.get("total_s"), (int, float)):
            parts.append(f"total {m['total_s']:.2f}s")
        if isinstance(m.get("tokens_per_s"), (int, float)):
            parts.append(f"{m['tokens_per_s']:.0f} tok/s")
        findings = [f for f in r.get("findings") or [] if isinstance(f, dict)]
        if findings:
            kinds = list(dict.fromkeys(_clean(str(f.get("kind"))) for f in findings))
            parts.append("findings: " + ", ".join(kinds[:4]) + (" ..." if len(kinds) > 4 else ""))
        lines.append("  ".join(parts))
    return lines


def run_headless(plan: Any, *, output: str | None = None, as_json: bool = False,
                 out: TextIO | None = None, err: TextIO | None = None,
                 extra_consumers: list[Any] | None = None, quiet: bool = False) -> int:
    from provtui.core.session import (
        Journal,
        SessionRecorder,
        recover_journals,
        save_session,
        session_paths,
    )

    out = out or sys.stdout
    err = err or sys.stderr
    problems: list[str] = []
    for path in recover_journals(problems=problems):
        err.write(f"provtui: recovered an interrupted session into {path}\n")
    for problem in problems:
        err.write(f"provtui: {problem}\n")

    # The session id is fixed before anything streams so the journal has its final name.
    if plan.session_id is None:
        from provtui.core.session import new_session_id

        plan.session_id = new_session_id()
    final_path, journal_path = session_paths(plan.session_id)
    try:
        journal = Journal(journal_path)
    except OSError as exc:
        err.write(f"provtui: {_disk_error(exc, journal_path)}: cannot start the session's "
                  "journal; free some space (or set PROVTUI_DATA_DIR) and run again\n")
        return EXIT_FAILED
    recorder = SessionRecorder(journal=journal)
    printer = HeadlessPrinter(err)
    names = ", ".join(_clean(t.name) for t in plan.targets)
    reps = f" x{plan.repeat}" if plan.repeat > 1 else ""
    err.write(f"provtui: session {plan.session_id}: {len(plan.targets)} target(s){reps}: "
              f"{names}\n")
    code = EXIT_OK
    stopped_by: list[int] = []
    try:
        status = asyncio.run(_drive(plan, recorder, printer, extra_consumers or [], stopped_by))
    except KeyboardInterrupt:
        status = "cancelled"
    if status == "cancelled":
        code = 128 + stopped_by[0] if stopped_by else EXIT_INTERRUPTED
    # timelines stay in the recorder's arrays and are written from them: as lists of lists
    # they were most of the peak memory of a long session (170 MB for 8 x 200k chunks)
    session = recorder.finish(status=status, timeline_views=True)
    if journal.error is not None:
        err.write(f"provtui: {_disk_error(journal.error, journal_path)}: the journal stopped "
                  "there; the results above are complete in memory\n")
    # finish() closed the journal; saving to the session's own path removes it
    try:
        path = save_session(session, final_path)
    except OSError as exc:
        kept = (f"; what the journal holds ({journal_path}) is recovered at the next start"
                if journal_path.exists() else "")
        err.write(f"provtui: {_disk_error(exc, final_path)}: the session could not be saved"
                  f"{kept}\n")
        return code or EXIT_FAILED
    copied = None
    if output:
        dest = Path(output).expanduser()
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest)
            copied = output
        except OSError as exc:
            why = (f"{dest} is a directory; give a file name" if dest.is_dir()
                   else _disk_error(exc, dest))
            err.write(f"provtui: -o {output}: {why}; the session is saved in {path}\n")
            code = code or EXIT_USAGE
    runs_per_target: dict[str, int] = {}
    for run in session.get("runs", []):
        runs_per_target[run["target"]] = runs_per_target.get(run["target"], 0) + 1
    if any(n > 1 for n in runs_per_target.values()):
        _print_summary(session, err)
    err.write(f"provtui: saved session {session['id']} to {path}\n")
    if copied:
        err.write(f"provtui: copy written to {copied}\n")
    if not as_json and not quiet:
        for line in result_lines(session):
            out.write(line + "\n")
        out.flush()
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
