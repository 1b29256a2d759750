"""The append-only JSONL journal a session streams into, and reading it back."""


from __future__ import annotations

import contextlib
import json
import math
import os
import threading
import time
from pathlib import Path
from typing import Any, Iterable

from provtui.core.events import (
    Event,
    ReasoningDelta,
    TextDelta,
    from_json,
    to_json,
)
from provtui.core.redaction import known_secrets, redact_text
from provtui.core.session_format import session_paths

# ---------------------------------------------------------------------------- the journal

try:
    import fcntl as _fcntl
except ImportError:  # Windows: no flock; recovery falls back to the journal's age
    _fcntl = None  # type: ignore[assignment]

_LIVE_JOURNAL_AGE_S = 10.0


_json_ascii = json.encoder.encode_basestring_ascii  # what json.dumps(ensure_ascii=True) uses
_finite = math.isfinite


class Journal:
    """Append-only JSONL of events.  Buffered, flushed when a write finds the last flush older
    than 0.25 s and by a small background thread so an idle stream is on disk within 0.5 s;
    ``close()`` fsyncs.  The file is flock'ed while open so a second provtui (or
    ``recover_journals``) can tell a live journal from a crashed one."""

    FLUSH_AFTER_S = 0.25

    def __init__(self, path: str | os.PathLike[str], *, secrets: Iterable[str] | None = None):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._secrets = known_secrets(secrets or ())
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        self._fh = os.fdopen(fd, "a", encoding="utf-8", newline="\n", buffering=1 << 16)
        if _fcntl is not None:
            with contextlib.suppress(OSError):
                _fcntl.flock(fd, _fcntl.LOCK_EX | _fcntl.LOCK_NB)
        self._lock = threading.Lock()
        self.error: OSError | None = None
        """The first write error (a full disk): the journal stops there, nothing is raised;
        the session in memory is complete and the caller says so."""
        self._last_flush = time.monotonic()
        self._dirty = False
        self._closed = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._flusher, name=f"journal-{self.path.name}",
                                        daemon=True)
        self._thread.start()

    @classmethod
    def for_session(cls, session_id: str, directory: Path | None = None, **kw: Any) -> "Journal":
        return cls(session_paths(session_id, directory)[1], **kw)

    def _flusher(self) -> None:
        while not self._stop.wait(self.FLUSH_AFTER_S):
            with self._lock:
                if self._dirty and not self._closed:
                    self._flush_locked()

    def _flush_locked(self) -> None:
        if self.error is None:
            try:
                self._fh.flush()
            except OSError as exc:
                self.error = exc
        self._dirty = False
        self._last_flush = time.monotonic()

    def write(self, event: Event | dict[str, Any]) -> None:
        cls = type(event)
        if (cls is TextDelta or cls is ReasoningDelta) and type(event.t) is float \
                and _finite(event.t) and type(event.run) is int and type(event.turn) is int \
                and not event.parts:
            # One of these per streamed chunk: the same bytes as the general path below,
            # without building a dict and walking the dataclass fields each time.
            line = (f'{{"e":"{cls.__name__}","run":{event.run},"t":{event.t!r},'
                    f'"turn":{event.turn},"text":{_json_ascii(event.text)}}}')
        else:
            obj = to_json(event) if isinstance(event, Event) else event
            # ASCII escapes: provider text can hold lone surrogates (an emoji's \ud83d half
            # sent in one chunk), which UTF-8 cannot encode; escaped, every string round-trips
            line = json.dumps(obj, ensure_ascii=True, separators=(",", ":"), default=str)
        line = redact_text(line, self._secrets)
        with self._lock:
            if self._closed:
                raise ValueError(f"journal {self.path} is closed")
            if self.error is not None:
                return
            try:
                self._fh.write(line + "\n")
            except OSError as exc:
                self.error = exc
                return
            self._dirty = True
            if time.monotonic() - self._last_flush > self.FLUSH_AFTER_S:
                self._flush_locked()

    def flush(self) -> None:
        with self._lock:
            if not self._closed:
                self._flush_locked()

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._flush_locked()
            with contextlib.suppress(OSError):
                os.fsync(self._fh.fileno())
            self._closed = True
            try:
                self._fh.close()  # closing the descriptor releases the flock
            except OSError as exc:  # the buffer could not be written: the fd is closed anyway
                self.error = self.error or exc
        self._stop.set()

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> "Journal":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _journal_is_live(path: Path) -> bool:
    """True when another open Journal holds the file (a provtui that is still running)."""
    if _fcntl is not None:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return False
        try:
            _fcntl.flock(fd, _fcntl.LOCK_EX | _fcntl.LOCK_NB)
        except OSError:
            return True
        else:
            _fcntl.flock(fd, _fcntl.LOCK_UN)
            return False
        finally:
            os.close(fd)
    with contextlib.suppress(OSError):
        return time.time() - path.stat().st_mtime < _LIVE_JOURNAL_AGE_S
    return False


def read_journal(path: str | os.PathLike[str], *,
                 data: bytes | None = None) -> tuple[list[Event], dict[str, int]]:
    """The events of a journal and line counts ``{"lines", "skipped"}``.  A torn last line
    (the process died mid-write) and unreadable lines are skipped, never fatal.  ``data``: the
    file's bytes, already read (session_store reads them bounded, regular files only)."""
    if data is None:
        data = Path(path).read_bytes()
    events: list[Event] = []
    lines = skipped = 0
    # split on \n only: provider text may hold U+2028 and friends, which str.splitlines eats
    for raw in data.split(b"\n"):
        if not raw.strip():
            continue
        lines += 1
        try:
            events.append(from_json(json.loads(raw.decode("utf-8"))))
        except (ValueError, KeyError, TypeError, RecursionError):
            skipped += 1
    return events, {"lines": lines, "skipped": skipped}


