"""The suite result file (CONTRACT §5): create, journal cell by cell, save, load, list.

``DATA_DIR/suites/ID.json`` is the result; ``DATA_DIR/suites/ID.cells.jsonl`` beside it gets
one line per finished cell while the suite runs (flushed and fsynced), so a SIGKILL loses at
most the cells in flight.  Loading merges the journal into the file (a torn last line is
ignored); the final save folds it in and removes it.  Ids are checked like session ids and no
path is ever built from file content.
"""

from __future__ import annotations

import json
import os
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

__all__ = ["FORMAT", "VERSION", "ResultError", "results_dir", "result_paths", "new_result_id",
           "new_result", "ResultJournal", "save_result", "load_result", "resolve_result",
           "list_results", "finalize", "DONE_STATUSES"]

FORMAT = "provtui-suite-result"
VERSION = 1
JOURNAL_SUFFIX = ".cells.jsonl"
DONE_STATUSES = frozenset({"ok", "error"})
"""Cells in these states are finished: a resume never sends them again.  A cancelled or
pending cell runs again."""


class ResultError(Exception):
    """A result that cannot be found or read; the message names it and the fix."""


def results_dir() -> Path:
    from provtui.core.config import data_dir

    return data_dir() / "suites"


def _check_id(result_id: str) -> str:
    from provtui.core.session_format import SessionError, _check_id as check

    try:
        return check(result_id)
    except SessionError:
        raise ResultError(f"result id {result_id!r} is not usable as a file name; ids are "
                          "letters, digits, '-', '_' and '.' (see `provtui suite list`)") from None


def result_paths(result_id: str, directory: Path | None = None) -> tuple[Path, Path]:
    d = directory or results_dir()
    _check_id(result_id)
    return d / f"{result_id}.json", d / f"{result_id}{JOURNAL_SUFFIX}"


def new_result_id(directory: Path | None = None) -> str:
    from provtui.core.session_format import new_session_id

    while True:
        rid = new_session_id()
        final, journal = result_paths(rid, directory)
        if not final.exists() and not journal.exists():
            return rid


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def pending_cell(cell: Any) -> dict[str, Any]:
    return {"case": cell.case.id, "target": cell.target.name, "repeat_index": cell.repeat_index,
            "status": "pending", "error_kind": None, "score": None, "earned": None,
            "points": cell.case.points, "checks": [], "ttft_s": None, "total_s": None,
            "output_tokens": None, "cost_usd": None, "key": cell.key}


def new_result(plan: Any, cells: list[Any], result_id: str) -> dict[str, Any]:
    suite = plan.suite
    return {
        "format": FORMAT, "version": VERSION, "id": result_id, "created_at": _now(),
        "status": "partial",
        "suite": {"name": suite.name, "sha256": suite.sha256, "path": suite.path},
        "targets": [t.name for t in plan.targets], "repeat": plan.repeat,
        "cases": [{"id": c.id, "category": c.category, "points": c.points, "session_id": None}
                  for c in suite.cases],
        "cells": [pending_cell(c) for c in cells],
        "summary": {}, "comparisons": [],
    }


# ---------------------------------------------------------------------------- writing


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def save_result(result: dict[str, Any], path: Path) -> Path:
    """Atomic: temp file, fsync, rename.  Keys never reach it (the known secrets are
    scrubbed from the text as for sessions)."""
    from provtui.core.redaction import known_secrets, redact_text

    from provtui.core.atomic import write_text_atomic

    # compact, as session files are: a 10,000-cell result parses a third faster than indented
    text = redact_text(json.dumps(result, ensure_ascii=False, separators=(",", ":"),
                                  default=str), known_secrets(()))
    write_text_atomic(path, text + "\n")
    return path


class ResultJournal:
    """Append-only JSONL of finished cells (and case session ids).

    Each line is flushed to the kernel as it is written, which is what survives a SIGKILL of
    provtui; it is fsynced at most every ``FSYNC_EVERY_S`` (and on close), so a power cut can
    lose about that much more.  An fsync per cell held the event loop 5-10 ms each on a busy
    disk: 800 cells spent seconds doing nothing else."""

    FSYNC_EVERY_S = 1.0

    def __init__(self, path: Path) -> None:
        from provtui.core.redaction import known_secrets

        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._secrets = known_secrets(())
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:  # one writer per result: a second `--resume` of a running result is refused
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:
            pass
        except OSError:
            os.close(fd)
            raise ResultError(f"{path.name.removesuffix(JOURNAL_SUFFIX)} is being run by another "
                              "provtui right now; wait for it (or stop it) and resume then")
        self._fh = os.fdopen(fd, "a", encoding="utf-8", newline="\n")
        self._synced = time.monotonic()

    def write(self, record: dict[str, Any]) -> None:
        from provtui.core.redaction import redact_text

        self._fh.write(redact_text(_dump(record), self._secrets) + "\n")
        self._fh.flush()
        now = time.monotonic()
        if now - self._synced >= self.FSYNC_EVERY_S:
            self._synced = now
            os.fsync(self._fh.fileno())

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()


# ---------------------------------------------------------------------------- reading


def resolve_result(id_or_path: str, directory: Path | None = None) -> Path:
    p = Path(id_or_path).expanduser()
    if (id_or_path.endswith(".json") or os.sep in id_or_path) and p.is_file():
        return p
    final, journal = result_paths(id_or_path, directory)
    if final.is_file() or journal.is_file():
        return final
    d = directory or results_dir()
    matches = sorted(q for q in d.glob(f"{id_or_path}*.json")) if d.is_dir() else []
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise ResultError(f"result id {id_or_path!r} is ambiguous ({len(matches)} match); "
                          "give more of it")
    raise ResultError(f"no suite result {id_or_path!r} in {d}; see `provtui suite list`, or "
                      "give the path of a result file")


def _journal_of(path: Path) -> Path | None:
    if not path.name.endswith(".json"):
        return None
    return path.with_name(path.name[:-len(".json")] + JOURNAL_SUFFIX)


def read_journal_records(path: Path) -> list[dict[str, Any]]:
    out = []
    try:
        fh = open(path, encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return out
    with fh:
        for line in fh:
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line torn by a kill: that cell was in flight
            if isinstance(rec, dict):
                out.append(rec)
    return out


def merge_journal(result: dict[str, Any], records: list[dict[str, Any]]) -> bool:
    """Apply journal records to the result; True when anything changed."""
    by_key = {c.get("key"): i for i, c in enumerate(result.get("cells") or [])
              if isinstance(c, dict)}
    cases = {c.get("id"): c for c in result.get("cases") or [] if isinstance(c, dict)}
    changed = False
    for rec in records:
        if rec.get("type") == "cell" and isinstance(rec.get("cell"), dict):
            cell = rec["cell"]
            i = by_key.get(cell.get("key"))
            if i is None:
                result["cells"].append(cell)
                by_key[cell.get("key")] = len(result["cells"]) - 1
            else:
                result["cells"][i] = cell
            changed = True
        elif rec.get("type") == "case" and rec.get("case") in cases:
            case = cases[rec["case"]]
            sid = rec.get("session_id")
            if isinstance(sid, str):
                sessions = case.setdefault("sessions", [])
                if sid not in sessions:
                    sessions.append(sid)
                case["session_id"] = sid
                changed = True
    return changed


def load_result(id_or_path: str, directory: Path | None = None) -> dict[str, Any]:
    """The result, with its journal's cells merged in (a killed run's partial result)."""
    path = resolve_result(id_or_path, directory)
    result: dict[str, Any] | None = None
    try:
        with open(path, encoding="utf-8") as fh:
            result = json.load(fh)
    except FileNotFoundError:
        result = None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ResultError(f"{path}: not a readable suite result ({exc}); it may have been "
                          "edited or cut short") from None
    journal = _journal_of(path)
    records = read_journal_records(journal) if journal else []
    if result is None:
        raise ResultError(f"{path}: the result file is missing (only its journal is there); "
                          "the run that made it never saved its start")
    if not isinstance(result, dict) or result.get("format") != FORMAT:
        raise ResultError(f"{path}: not a provtui suite result (format "
                          f"{result.get('format') if isinstance(result, dict) else None!r})")
    if not isinstance(result.get("cells"), list) or not isinstance(result.get("cases"), list):
        raise ResultError(f"{path}: the result has no cells/cases lists; it is damaged")
    if merge_journal(result, records):
        finalize(result)  # complete when a killed run had finished every cell
    result.setdefault("path", None)
    result["path"] = str(path)
    return result


def list_results(directory: Path | None = None) -> list[dict[str, Any]]:
    """``{"id", "created_at", "suite", "status", "targets", "path"}``, newest first.  A file
    that cannot be read is listed with status "unreadable" rather than hidden."""
    d = directory or results_dir()
    if not d.is_dir():
        return []
    out = []
    for p in d.glob("*.json"):
        if p.name.startswith("."):
            continue
        try:
            with open(p, encoding="utf-8") as fh:
                r = json.load(fh)
            out.append({"id": r.get("id", p.stem), "created_at": r.get("created_at"),
                        "suite": (r.get("suite") or {}).get("name"), "status": r.get("status"),
                        "targets": r.get("targets") or [], "path": str(p)})
        except (OSError, ValueError, AttributeError):
            out.append({"id": p.stem, "created_at": None, "suite": None,
                        "status": "unreadable", "targets": [], "path": str(p)})
    out.sort(key=lambda r: (str(r.get("created_at") or ""), str(r["id"])), reverse=True)
    return out


def finalize(result: dict[str, Any], *, status: str | None = None) -> dict[str, Any]:
    """Recompute summary and comparisons from the cells; set the status (complete only when
    every cell is finished)."""
    from provtui.suite.stats import comparisons, summary

    cells = [c for c in result.get("cells") or [] if isinstance(c, dict)]
    done = all(c.get("status") in DONE_STATUSES for c in cells)
    if status is None:
        status = "complete" if done else "partial"
    if status == "complete" and not done:
        status = "partial"
    result["status"] = status
    result["summary"] = summary(result)
    result["comparisons"] = comparisons(result)
    costs = [c.get("judge_cost_usd") for c in cells if c.get("judge_cost_usd") is not None]
    result["judge_cost_usd"] = round(sum(costs), 10) if costs else None
    return result
