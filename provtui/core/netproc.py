"""``ProcessFanout``: a session's network in a process of its own (the TUI's default).

With the network on a thread, the TUI's process needed more than one core of Python at 8 x
2,000 chunks/s (HTTP parsing, SSE, JSON, assembling: ~0.75 of a core; drawing: the rest) and
both halves took turns on one GIL: frames of 50-300 ms, keys shown 0.4-2 s late.  Here the
HTTP client, the producers and the MCP hub run in a child process with its own interpreter;
every chunk is stamped there (kernel receive stamps, a loop that does nothing else), and the
UI receives a few hundred batches a second over a socket, text deltas joined per run with
every chunk's time kept (core/coalesce.py), so the recorder's timeline is exact.

Protocol: two socket pairs.  ``ctl`` (UI -> child; small, blocking writes): ``start`` (the
plan), ``open``/``close`` a channel (a run's index or ``"all"``), ``cancel``, ``add`` a run,
``stop``.  ``data`` (child -> UI; read by the UI's event loop): ``ready``, ``failed``,
``batch``, ``closed``.  Frames are a 4-byte length and a pickle; the child is this program
started by the UI with ``sys.executable`` (never anything a provider sent), and only the UI
process holds the other ends.  The child ends when ``ctl`` closes, so it never outlives its
UI; it ignores terminal signals (it is in a session of its own).

``prewarm()`` starts a spare child that imports the network stack while nothing streams, so
sending a prompt does not wait for an interpreter to start.
"""

from __future__ import annotations

import asyncio
import atexit
import os
import pickle
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from provtui.core.bridge import DONE, BridgedFanout, Raise
from provtui.core.config import TargetConfig
from provtui.core.fanout import Fanout, SessionPlan

__all__ = ["ProcessFanout", "prewarm", "prewarm_in_background", "discard_spare", "available",
           "BATCH_GAP_S"]

BATCH_GAP_S = 0.008
"""The child hands a batch over at most this often (per pass of its loop otherwise): the
UI's pane tick is ~30 Hz, so 8 ms batches are never what it waits for."""

_HEADER = struct.Struct("!I")
MAX_FRAME = 1 << 30
START_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 15.0

# the child imports this very provtui (the folder that holds the package comes first on its
# path), whatever the UI's working directory or installation
_CHILD = ("import sys; sys.path.insert(0, sys.argv[3]); "
          "from provtui.core.netproc import child_main; "
          "child_main(int(sys.argv[1]), int(sys.argv[2]))")
_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def available() -> bool:
    """A network process needs Unix socket pairs with descriptors passed to a child, and an
    interpreter to start (an embedded Python may have none)."""
    return os.name == "posix" and hasattr(socket, "AF_UNIX") and bool(sys.executable)


def _frame(msg: Any) -> bytes:
    body = pickle.dumps(msg, protocol=pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(len(body)) + body


class _Child:
    """A started child process and the UI's ends of its two sockets."""

    def __init__(self) -> None:
        ctl_ui, ctl_child = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        data_ui, data_child = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", _CHILD, str(ctl_child.fileno()),
                 str(data_child.fileno()), _ROOT],
                pass_fds=(ctl_child.fileno(), data_child.fileno()),
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                # the TUI owns the terminal: a child's traceback there would tear the screen
                # (PROVTUI_NETPROC_STDERR=1 lets it through, for debugging outside the TUI)
                stderr=None if os.environ.get("PROVTUI_NETPROC_STDERR") else subprocess.DEVNULL,
                start_new_session=True, close_fds=True)
        except BaseException:
            for s in (ctl_ui, ctl_child, data_ui, data_child):
                s.close()
            raise
        ctl_child.close()
        data_child.close()
        self.ctl = ctl_ui
        self.data = data_ui

    def alive(self) -> bool:
        return self.proc.poll() is None

    def send(self, msg: Any) -> bool:
        try:
            self.ctl.sendall(_frame(msg))
        except OSError:
            return False
        return True

    def close(self) -> None:
        for s in (self.ctl, self.data):
            try:
                s.close()
            except OSError:
                pass

    def reap(self, timeout: float) -> None:
        """Wait for the child to exit (it does once ctl closes); kill it past ``timeout``."""
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


_spare: _Child | None = None
_spare_lock = threading.Lock()
_prewarming: threading.Thread | None = None
_atexit_set = False


def prewarm() -> None:
    """Start a spare network process now (idempotent); the next ``ProcessFanout`` takes it.
    Safe from any thread (the TUI starts it off its event loop)."""
    global _spare, _atexit_set
    if not available():
        return
    with _spare_lock:
        if _spare is not None and _spare.alive():
            return
        if not _atexit_set:
            _atexit_set = True
            atexit.register(discard_spare)
        try:
            _spare = _Child()
        except OSError:
            _spare = None


def prewarm_in_background() -> None:
    """``prewarm`` on a short-lived thread: starting a process must not hold up a frame."""
    global _prewarming
    _prewarming = threading.Thread(target=prewarm, name="provtui-netproc-prewarm", daemon=True)
    _prewarming.start()


def discard_spare() -> None:
    """Stop the spare (the app is quitting): closing its sockets ends it."""
    global _spare
    starting = _prewarming
    if starting is not None and starting is not threading.current_thread():
        starting.join(timeout=10)  # a spare being started is stopped too, not left behind
    with _spare_lock:
        spare, _spare = _spare, None
    if spare is not None:
        spare.close()
        spare.reap(5)


def _take_child() -> _Child:
    global _spare
    with _spare_lock:
        spare, _spare = _spare, None
    if spare is not None and spare.alive():
        return spare
    if spare is not None:
        spare.close()
        spare.reap(1)
    return _Child()


class ProcessFanout(BridgedFanout):
    """The Fanout API on the caller's loop, the runs streaming in a child process.

    ``async with ProcessFanout(plan) as fan:`` then ``stream_run(i)`` / ``stream_all()`` as with
    ``Fanout``.  Text deltas arrive joined per batch (``parts`` keep each chunk's arrival).
    Only the real monotonic clock can be shared with another process: a test's fake clock
    needs ``ThreadedFanout``.  ``spare=True`` starts the next session's process once this one
    has finished (the TUI)."""

    def __init__(self, plan: SessionPlan, *, clock: Callable[[], float] = time.monotonic,
                 batch_gap_s: float = BATCH_GAP_S, coalesce: bool = True,
                 spare: bool = False) -> None:
        if clock is not time.monotonic:
            raise ValueError("a network process shares only the system's monotonic clock; "
                             "use ThreadedFanout for another clock")
        if not available():
            raise RuntimeError("a network process needs a POSIX system with Unix sockets; "
                               "use ThreadedFanout here")
        super().__init__(Fanout(plan, clock=clock))
        self._gap_s = batch_gap_s
        self._coalesce = coalesce
        self._spare = spare
        self._child: _Child | None = None
        self._buf = bytearray()
        self._ready: asyncio.Future[None] | None = None
        self._closed: asyncio.Future[None] | None = None
        self._stopped = False
        self._error: BaseException | None = None

    @property
    def pid(self) -> int | None:
        """The network process (for tests and benchmarks)."""
        return self._child.proc.pid if self._child is not None else None

    # -- requests

    def _network_ready(self) -> bool:
        return self._child is not None and self._ready is not None and self._ready.done()

    def _send(self, *msg: Any) -> bool:
        if self._child is None or self._stopped:
            return False
        return self._child.send(msg)

    def _request_open(self, channel: Any) -> bool:
        return self._send("open", channel)

    def _request_close(self, channel: Any) -> None:
        self._send("close", channel)

    def _request_cancel(self, run: int | None) -> None:
        self._send("cancel", run)

    def _request_add(self, target: TargetConfig) -> None:
        self._send("add", target)

    # -- lifetime

    async def __aenter__(self) -> ProcessFanout:
        if self._child is not None:
            raise RuntimeError("a ProcessFanout can be entered only once")
        loop = self.consumer = asyncio.get_running_loop()
        self._ready = loop.create_future()
        self._closed = loop.create_future()
        self._child = child = _take_child()
        child.data.setblocking(False)
        loop.add_reader(child.data.fileno(), self._on_readable)
        plan = self._fan.plan
        plan.session_id = self.session_id
        cancelled = sorted(self._fan._cancelled)
        # the environment (keys are read from it when a request is made) and the working
        # directory as they are now, not as they were when a spare process started
        try:
            cwd = os.getcwd()
        except OSError:  # the folder was removed meanwhile
            cwd = "/"
        context = {"env": dict(os.environ), "cwd": cwd}
        if not child.send(("start", plan, cancelled, self._gap_s, self._coalesce, context)):
            self._gone()
        try:
            await asyncio.wait_for(asyncio.shield(self._ready), START_TIMEOUT_S)
        except BaseException as exc:
            await self._shutdown()
            if isinstance(exc, TimeoutError):
                raise RuntimeError(f"the network process did not start within "
                                   f"{START_TIMEOUT_S:g}s") from None
            raise
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._shutdown()
        if self._error is not None and exc[0] is None:
            raise self._error

    async def _shutdown(self) -> None:
        child = self._child
        assert child is not None and self._closed is not None
        if not self._stopped:
            self._stopped = True
            child.send(("stop",))
        try:
            # the child cancels its runs (their last events still come), stops MCP servers
            # and says "closed"; a child that hangs is killed
            await asyncio.wait_for(asyncio.shield(self._closed), STOP_TIMEOUT_S)
        except TimeoutError:
            pass
        except asyncio.CancelledError:
            self._teardown(kill_after=10)
            raise
        self._teardown(kill_after=5)

    def _teardown(self, kill_after: float) -> None:
        child = self._child
        assert child is not None and self.consumer is not None
        try:
            self.consumer.remove_reader(child.data.fileno())
        except (ValueError, OSError):
            pass
        child.close()
        if child.proc.poll() is None:
            # it exits once its sockets close; waiting for that here held the UI's loop for
            # up to ~70 ms (Popen.wait polls with sleeps), so a thread reaps it (and kills a
            # child that hangs)
            threading.Thread(target=child.reap, args=(kill_after,), daemon=True,
                             name="provtui-netproc-reap").start()
        if self.inboxes:
            self.end_all(RuntimeError("the network process has stopped"))
        self.release_consumers()
        if self._spare:
            # the next prompt's process starts now that this one's streams are over: started
            # beside them, its imports took the CPU from their first requests (a request
            # stamped, then sent 3-6 ms later)
            prewarm_in_background()

    # -- the data socket, on the caller's loop

    def _on_readable(self) -> None:
        child = self._child
        assert child is not None
        got_eof = False
        while True:
            try:
                chunk = child.data.recv(1 << 20)
            except (BlockingIOError, InterruptedError):
                break
            except OSError:
                got_eof = True
                break
            if not chunk:
                got_eof = True
                break
            self._buf += chunk
        buf = self._buf
        pos = 0
        messages = []
        while len(buf) - pos >= 4:
            (size,) = _HEADER.unpack_from(buf, pos)
            if size > MAX_FRAME:
                got_eof = True
                self._error = self._error or RuntimeError("the network process sent a frame "
                                                          "too large to be one")
                break
            if len(buf) - pos - 4 < size:
                break
            messages.append(bytes(buf[pos + 4:pos + 4 + size]))
            pos += 4 + size
        del buf[:pos]
        for body in messages:
            self._handle(pickle.loads(body))
        if got_eof:
            self._gone()

    def _handle(self, msg: tuple) -> None:
        kind = msg[0]
        if kind == "batch":
            self.deliver([(channel, _decode(tag, payload)) for channel, tag, payload in msg[1]])
        elif kind == "ready":
            _resolve(self._ready)
        elif kind == "failed":
            _resolve(self._ready, msg[1])
            self._error = None  # raised from __aenter__ instead
        elif kind == "closed":
            if msg[1] is not None and self._error is None:
                self._error = msg[1]
            _resolve(self._closed)

    def _gone(self) -> None:
        """The data socket ended: the child exited (normally after "closed")."""
        child = self._child
        assert child is not None and self.consumer is not None
        try:
            self.consumer.remove_reader(child.data.fileno())
        except (ValueError, OSError):
            pass
        code = child.proc.poll()
        if not self._closed.done():
            gone = RuntimeError(
                "the network process ended unexpectedly"
                + (f" (exit status {code})" if code is not None else "")
                + "; the output received so far is kept")
            _resolve(self._ready, gone)
            if self.inboxes:
                self.end_all(gone)
            _resolve(self._closed)


def _decode(tag: str, payload: Any) -> Any:
    if tag == "e":
        return payload
    if tag == "d":
        return DONE
    return Raise(payload if isinstance(payload, BaseException) else RuntimeError(str(payload)))


def _resolve(future: asyncio.Future[None] | None, exc: BaseException | None = None) -> None:
    if future is None or future.done():
        return
    if exc is None:
        future.set_result(None)
    else:
        future.set_exception(exc)


# ---------------------------------------------------------------------------- the child

def _encode(batch: list[tuple[Any, Any]]) -> list[tuple[Any, str, Any]]:
    out = []
    for channel, item in batch:
        if item is DONE:
            out.append((channel, "d", None))
        elif type(item) is Raise:
            exc = item.exc
            try:
                pickle.dumps(exc)
            except Exception:  # noqa: BLE001 - not every exception pickles: its words do
                exc = RuntimeError(f"{type(item.exc).__name__}: {item.exc}")
            out.append((channel, "x", exc))
        else:
            out.append((channel, "e", item))
    return out


def _portable(exc: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def child_main(ctl_fd: int, data_fd: int) -> None:
    """The network process: wait for a plan, run it, report, exit when told or orphaned."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # the network stack, imported while the UI has not sent anything yet
    import httpx  # noqa: F401

    import provtui.core.chat  # noqa: F401
    import provtui.core.http_client  # noqa: F401
    import provtui.core.loop  # noqa: F401
    import provtui.core.rxstamp  # noqa: F401

    ctl = socket.socket(fileno=ctl_fd)
    data = socket.socket(fileno=data_fd)
    asyncio.run(_child(ctl, data))


async def _read_msg(reader: asyncio.StreamReader) -> Any:
    head = await reader.readexactly(4)
    (size,) = _HEADER.unpack(head)
    return pickle.loads(await reader.readexactly(size))


async def _child(ctl: socket.socket, data: socket.socket) -> None:
    from provtui.core.bridge import Outbox
    from provtui.core.threaded import drain_forwarders, forward

    # both halves of each stream are kept: a writer that is collected closes its socket
    reader, ctl_writer = await asyncio.open_unix_connection(sock=ctl)
    data_reader, writer = await asyncio.open_unix_connection(sock=data)

    def send(msg: Any) -> None:
        if not writer.is_closing():
            writer.write(_frame(msg))

    try:
        first = await _read_msg(reader)
    except (asyncio.IncompleteReadError, OSError):
        return  # the UI went away before using this spare
    _, plan, cancelled, gap_s, coalesce, context = first
    os.environ.clear()
    os.environ.update(context["env"])
    try:
        os.chdir(context["cwd"])
    except OSError:
        pass  # a folder removed meanwhile: paths in the config are absolute or fail readably
    loop = asyncio.get_running_loop()
    outbox = Outbox(loop, lambda batch: send(("batch", _encode(batch))), gap_s,
                    coalesce=coalesce)
    fan = Fanout(plan)
    for run in cancelled:
        fan.cancel(run)
    forwarders: dict[Any, asyncio.Task[None]] = {}
    error: BaseException | None = None
    ready = False
    try:
        async with fan:
            send(("ready",))
            ready = True
            while True:
                try:
                    msg = await _read_msg(reader)
                except (asyncio.IncompleteReadError, OSError):
                    break  # the UI is gone: stop everything it started
                kind = msg[0]
                if kind == "stop":
                    break
                if kind == "open":
                    forwarders[msg[1]] = loop.create_task(forward(fan, msg[1], outbox.put))
                elif kind == "close":
                    task = forwarders.get(msg[1])
                    if task is not None and not task.done():
                        task.cancel()
                elif kind == "cancel":
                    fan.cancel(msg[1])
                elif kind == "add":
                    fan.add_run(msg[1])
        await drain_forwarders(forwarders)
    except BaseException as exc:  # noqa: BLE001 - reported, never lost in the child
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        if not ready:  # e.g. an MCP server that does not start: __aenter__ raises it
            send(("failed", _portable(exc)))
        else:
            error = _portable(exc)
    finally:
        outbox.flush()
        send(("closed", error))
        try:
            await writer.drain()
            writer.close()
        except OSError:
            pass

