"""The session file's format constants and the error every session reader raises."""


from __future__ import annotations

import re
import secrets as _secrets
from datetime import datetime, timezone
from pathlib import Path


FORMAT = "provtui-session"
VERSION = 1
MAX_TEXT_CHARS = 64 * 1024 * 1024
MAX_RAW_CHARS = 1024 * 1024
REDACTED = "[redacted]"
JOURNAL_SUFFIX = ".journal.jsonl"

_RESERVED_TOP = {"format", "version", "id", "created_at", "prompt", "system", "mcp_servers",
                 "params", "runs"}


class SessionError(Exception):
    """A session file or journal that cannot be used; the message names the file and the fix.
    ``detail`` is the reason alone (no path), for listings that name the file themselves."""

    def __init__(self, message: str, detail: str | None = None):
        super().__init__(message)
        self.detail = detail or message


class SessionNotFound(SessionError):
    """No session matches the given id, prefix or path."""



# ---------------------------------------------------------------------------- ids and paths

_ID_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def new_session_id(now: datetime | None = None) -> str:
    """Sortable by time: ``20261125-193012-3f9a`` (UTC, plus 4 random hex digits)."""
    now = now or datetime.now(timezone.utc)
    if now.tzinfo is not None:
        now = now.astimezone(timezone.utc)
    return now.strftime("%Y%m%d-%H%M%S-") + _secrets.token_hex(2)


def _check_id(session_id: str) -> str:
    if not isinstance(session_id, str) or not _ID_OK.match(session_id) or ".." in session_id:
        raise SessionError(f"session id {session_id!r} is not usable as a file name; ids are "
                           "letters, digits, '-', '_' and '.' (e.g. 20261125-193012-3f9a)")
    return session_id


def _sessions_dir(directory: Path | None) -> Path:
    if directory is not None:
        return Path(directory)
    from provtui.core.config import sessions_dir

    return sessions_dir()


def session_paths(session_id: str, directory: Path | None = None) -> tuple[Path, Path]:
    """(final ``ID.json``, journal ``ID.journal.jsonl``) in the sessions directory."""
    d = _sessions_dir(directory)
    _check_id(session_id)
    return d / f"{session_id}.json", d / f"{session_id}{JOURNAL_SUFFIX}"


