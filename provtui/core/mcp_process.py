"""The operating-system side of a stdio MCP server: its stderr, kept as a bounded tail, and
its process group, ended whole.

The SDK starts each stdio server in a new session (its own process group) but only kills that
group when the server itself does not exit; a server that exits politely leaves its children
running (re-parented to init).  provtui therefore finds the server's pid (the process whose
stderr is our pipe) and, once the connection is closed, ends the group: SIGTERM, then SIGKILL
after a grace period.  stderr goes to a pipe read by a thread that keeps the last
``STDERR_KEEP`` bytes and counts the rest, so a server writing gigabytes costs no disk and
64 KiB of memory.
"""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import time

__all__ = ["StderrTail", "find_child_by_stderr", "end_process_group", "STDERR_KEEP"]

STDERR_KEEP = 64 * 1024
GROUP_GRACE_S = 2.0


class StderrTail:
    """A pipe for a child's stderr; a daemon thread keeps its last ``STDERR_KEEP`` bytes."""

    def __init__(self, keep: int = STDERR_KEEP) -> None:
        r, w = os.pipe()
        self._r = r
        self.writer = os.fdopen(w, "w", encoding="utf-8", errors="replace")
        """Give this to the child as its stderr, then ``release_writer()``."""
        self.inode = os.fstat(w).st_ino
        self.keep = keep
        self.total = 0
        self._buf = bytearray()
        self._lock = threading.Lock()
        self._done = threading.Event()
        threading.Thread(target=self._pump, name="mcp-stderr", daemon=True).start()

    def _pump(self) -> None:
        try:
            while True:
                try:
                    chunk = os.read(self._r, 1 << 16)
                except InterruptedError:
                    continue
                except OSError:
                    break
                if not chunk:
                    break
                with self._lock:
                    self.total += len(chunk)
                    self._buf += chunk
                    if len(self._buf) > self.keep:
                        del self._buf[: len(self._buf) - self.keep]
        finally:
            os.close(self._r)
            self._done.set()

    def release_writer(self) -> None:
        """Close provtui's copy of the write end (the child keeps its own)."""
        if not self.writer.closed:
            self.writer.close()

    @property
    def dropped(self) -> int:
        with self._lock:
            return self.total - len(self._buf)

    def text(self) -> str:
        with self._lock:
            data = bytes(self._buf)
        return data.decode("utf-8", "replace")

    def wait_eof(self, timeout: float) -> bool:
        return self._done.wait(timeout)


def find_child_by_stderr(inode: int) -> int | None:
    """The pid of our child process whose stderr (fd 2) is the pipe ``inode`` (Linux /proc);
    None where /proc cannot tell."""
    me = os.getpid()
    want = f"pipe:[{inode}]"
    try:
        entries = os.listdir("/proc")
    except OSError:
        return None
    for name in entries:
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                stat = fh.read().decode(errors="replace")
            ppid = int(stat[stat.rfind(")") + 2:].split()[1])
            if ppid == me and os.readlink(f"/proc/{name}/fd/2") == want:
                return int(name)
        except (OSError, ValueError, IndexError):
            continue
    return None


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


async def end_process_group(pgid: int, grace_s: float = GROUP_GRACE_S) -> None:
    """SIGTERM the group, SIGKILL whatever is left after ``grace_s``."""
    try:
        os.killpg(pgid, signal.SIGTERM)
    except (ProcessLookupError, PermissionError):
        return
    deadline = time.monotonic() + grace_s
    while time.monotonic() < deadline:
        if not _group_alive(pgid):
            return
        await asyncio.sleep(0.05)
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def end_process_group_now(pgid: int, grace_s: float = GROUP_GRACE_S) -> None:
    """The same without an event loop (exit paths)."""
    try:
        os.killpg(pgid, signal.SIGTERM)
    except (ProcessLookupError, PermissionError):
        return
    deadline = time.monotonic() + grace_s
    while time.monotonic() < deadline and _group_alive(pgid):
        time.sleep(0.05)
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
