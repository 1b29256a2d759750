"""Kernel receive timestamps: when a stream's bytes arrived, not when provtui read them.

A stamp taken in Python (``clock()`` after the read) is late by whatever ran in between: other
streams, the journal, a full garbage collection, the TUI's frame, another process on a busy
machine.  On Linux the kernel stamps every received TCP segment (``SO_TIMESTAMPNS``) and hands
the time of the newest one to ``recvmsg`` with the data: that time does not move when the
reader is late.  Measured on the shared 2-core box at load 9 (tests/bench, 64 streams): Python
stamps of the last bytes up to 38 ms late, kernel stamps 0.1 ms.

httpx/httpcore read with ``recv`` and keep no such time, so this module is a small httpcore
network backend of its own (TCP connect, ``recvmsg`` reads, TLS through ``ssl.MemoryBIO``)
whose streams answer ``get_extra_info("rx_stamp")``: the arrival of the newest bytes read, on
``time.monotonic``'s clock.  ``arrival_clock(response, clock)`` gives chat.py's read loop a
clock that returns that stamp; everywhere this is unavailable (not Linux, a proxy from the
environment, a test's fake clock, another transport) it is plain ``clock``.
"""

from __future__ import annotations

import asyncio
import os
import select
import socket
import ssl
import struct
import sys
import time
from collections.abc import Callable, Iterable
from typing import Any

import httpcore
import httpx

__all__ = ["supported", "kernel_stamps", "stamped_transport", "arrival_clock", "sent_at",
           "StampedBackend"]

SO_TIMESTAMPNS = getattr(socket, "SO_TIMESTAMPNS", 35 if sys.platform.startswith("linux")
                         else None)
_ANC_SIZE = socket.CMSG_SPACE(16) if hasattr(socket, "CMSG_SPACE") else 0
_READ = 65536
_MAX_BACK_S = 10.0
"""A kernel stamp further back than this is not believed (the wall clock was stepped between
the arrival and the read): the read's own time is used instead."""
_PROXY_VARS = ("http_proxy", "https_proxy", "all_proxy")
_HOLD_MAX = 1 << 20


def supported() -> bool:
    return (sys.platform.startswith("linux") and SO_TIMESTAMPNS is not None
            and hasattr(socket.socket, "recvmsg") and _ANC_SIZE > 0)


def kernel_stamps() -> bool:
    """Whether a new Fanout's connections will carry kernel stamps (no proxy in the way)."""
    return supported() and not _env_proxies()


def _env_proxies() -> bool:
    return any(os.environ.get(v) or os.environ.get(v.upper()) for v in _PROXY_VARS)


def stamped_transport(limits: httpx.Limits) -> httpx.AsyncHTTPTransport | None:
    """An httpx transport whose connections carry kernel receive stamps, or None where that
    cannot be had (then the caller keeps httpx's own transport and Python-side stamps).
    None too when the environment names a proxy: a custom transport would bypass it."""
    if not supported() or _env_proxies():
        return None
    # verify=False only spares building a context (loading the CA bundle, ~0.1 s) that is
    # replaced: every TLS connection gets the verified one (see _LazyTLS)
    transport = httpx.AsyncHTTPTransport(limits=limits, verify=False)
    pool = getattr(transport, "_pool", None)
    if not isinstance(pool, httpcore.AsyncConnectionPool):
        return None  # an httpx whose insides moved: keep its own transport
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=_LAZY_TLS,
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        network_backend=StampedBackend(),
    )
    return transport


_LAZY_TLS = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
"""A placeholder the pool hands to ``start_tls``, which swaps in the verified context."""
_verified: list[ssl.SSLContext] = []


def _verified_context() -> ssl.SSLContext:
    """httpx's own default context (certifi, SSL_CERT_FILE / SSL_CERT_DIR), built once on the
    first https connection: plain-http targets (local servers) never pay for the CA bundle."""
    if not _verified:
        context = httpx.create_ssl_context()
        context.set_alpn_protocols(["http/1.1"])  # what httpcore asks of the context it is given
        _verified.append(context)
    return _verified[0]


def arrival_clock(response: httpx.Response, clock: Callable[[], float]) -> Callable[[], float]:
    """A clock for the bytes ``response`` yields: the kernel's arrival stamp of the newest read
    when its connection has one, else ``clock``.  Only for ``time.monotonic`` (a test's fake
    clock is never mixed with real stamps)."""
    if clock is not time.monotonic:
        return clock
    stream = response.extensions.get("network_stream")
    get = getattr(stream, "get_extra_info", None)
    if get is None or get("rx_stamp") is None:
        return clock

    def stamp() -> float:
        t = get("rx_stamp")
        return t if t is not None else clock()

    return stamp


def sent_at(response: httpx.Response, clock: Callable[[], float]) -> float | None:
    """When the request of ``response`` went to the kernel, on ``clock`` (None where unknown:
    then the caller keeps its own send stamp)."""
    if clock is not time.monotonic:
        return None
    get = getattr(response.extensions.get("network_stream"), "get_extra_info", None)
    return get("tx_stamp") if get is not None else None


def _kernel_stamp(ancdata: list[tuple[int, int, bytes]]) -> float | None:
    for level, kind, data in ancdata:
        if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS and len(data) >= 16:
            sec, nsec = struct.unpack("qq", data[:16])
            # CLOCK_REALTIME -> CLOCK_MONOTONIC, with the offset of this very moment (so a slow
            # NTP slew over a long session cannot accumulate)
            now_m = time.monotonic()
            t = sec + nsec * 1e-9 - (time.time() - now_m)
            if now_m - _MAX_BACK_S < t:
                return min(t, now_m)
            return None
    return None


def _wake(fut: asyncio.Future[None], exc: BaseException | None) -> None:
    if not fut.done():
        if exc is None:
            fut.set_result(None)
        else:
            fut.set_exception(exc)


class StampedStream(httpcore.AsyncNetworkStream):
    """A TCP (optionally TLS) connection read with ``recvmsg``; ``rx_stamp`` is the kernel's
    arrival time of the newest bytes read, on ``time.monotonic``'s clock."""

    def __init__(self, sock: socket.socket, loop: asyncio.AbstractEventLoop) -> None:
        self._sock = sock
        self._loop = loop
        self._tls: ssl.SSLObject | None = None
        self._incoming = ssl.MemoryBIO()
        self._outgoing = ssl.MemoryBIO()
        self.rx_stamp: float | None = None
        self.tx_stamp: float | None = None
        """When the current request went to the kernel: the send time ttft and duration count
        from.  A request's writes (httpcore writes the head and the body apart) are held and
        sent as one, right after this stamp, when its response is first read: a stamp taken
        before the head while the body went out later (this thread waiting for a core or the
        GIL in between) would be early by that wait."""
        self._held: list[bytes] = []
        self._held_size = 0

    # -- raw socket

    async def _wait_readable(self, timeout: float | None) -> None:
        # a bare future and timer rather than asyncio.timeout(): this runs once per read, up
        # to thousands of times a second
        loop = self._loop
        fut = loop.create_future()
        fd = self._sock.fileno()
        loop.add_reader(fd, _wake, fut, None)
        timer = None if timeout is None else loop.call_later(timeout, _wake, fut,
                                                             TimeoutError())
        try:
            await fut
        finally:
            loop.remove_reader(fd)
            if timer is not None:
                timer.cancel()

    async def _recv(self, max_bytes: int, timeout: float | None) -> bytes:
        while True:
            try:
                data, anc, _flags, _addr = self._sock.recvmsg(max_bytes, _ANC_SIZE)
            except (BlockingIOError, InterruptedError):
                try:
                    await self._wait_readable(timeout)
                except TimeoutError:
                    raise httpcore.ReadTimeout("timed out waiting for data") from None
                continue
            except OSError as exc:
                raise httpcore.ReadError(str(exc) or type(exc).__name__) from exc
            if data:
                self.rx_stamp = _kernel_stamp(anc) or time.monotonic()
            return data

    async def _send(self, data: bytes, timeout: float | None) -> None:
        try:
            async with asyncio.timeout(timeout):
                await self._loop.sock_sendall(self._sock, data)
        except TimeoutError:
            raise httpcore.WriteTimeout("timed out sending") from None
        except OSError as exc:
            raise httpcore.WriteError(str(exc) or type(exc).__name__) from exc

    async def _flush_tls(self, timeout: float | None) -> None:
        if self._outgoing.pending:
            await self._send(self._outgoing.read(), timeout)

    # -- httpcore's stream API

    async def _send_held(self, timeout: float | None) -> None:
        if not self._held:
            return
        data = b"".join(self._held)
        self._held, self._held_size = [], 0
        # The stamp and the send with no Python-level call between them: this thread cannot
        # lose the GIL there (only at a call into Python code or a loop's back edge).
        t = time.monotonic()
        try:
            sent = self._sock.send(data)
        except (BlockingIOError, InterruptedError):
            sent = 0
        except OSError as exc:
            raise httpcore.WriteError(str(exc) or type(exc).__name__) from exc
        self.tx_stamp = t
        if sent < len(data):
            await self._send(data[sent:], timeout)

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        await self._send_held(timeout)
        tls = self._tls
        if tls is None:
            return await self._recv(max_bytes, timeout)
        while True:
            try:
                data = tls.read(max_bytes)
            except ssl.SSLWantReadError:
                await self._flush_tls(timeout)  # e.g. a TLS 1.3 key update answered
                raw = await self._recv(_READ, timeout)
                if raw:
                    self._incoming.write(raw)
                else:
                    self._incoming.write_eof()
                continue
            except (ssl.SSLZeroReturnError, ssl.SSLEOFError):
                return b""  # closed (with or without close_notify): the HTTP layer decides
            except ssl.SSLError as exc:
                raise httpcore.ReadError(f"TLS error: {exc}") from exc
            await self._flush_tls(timeout)
            return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        if self._tls is not None:
            try:
                self._tls.write(buffer)
            except ssl.SSLError as exc:
                raise httpcore.WriteError(f"TLS error: {exc}") from exc
            buffer = self._outgoing.read()
        self._held.append(buffer)
        self._held_size += len(buffer)
        if self._held_size >= _HOLD_MAX:  # a large upload goes out as it is written
            await self._send_held(timeout)

    async def aclose(self) -> None:
        self._held = []
        if self._tls is not None:
            try:
                self._tls.unwrap()
                self._sock.send(self._outgoing.read())  # close_notify, if it fits at once
            except (ssl.SSLError, OSError):
                pass
        self._sock.close()

    async def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                        timeout: float | None = None) -> httpcore.AsyncNetworkStream:
        if ssl_context is _LAZY_TLS:
            ssl_context = _verified_context()
        tls = ssl_context.wrap_bio(self._incoming, self._outgoing, server_side=False,
                                   server_hostname=server_hostname)
        try:
            async with asyncio.timeout(timeout):
                while True:
                    try:
                        tls.do_handshake()
                        break
                    except ssl.SSLWantReadError:
                        await self._flush_tls(None)
                        raw = await self._recv(_READ, None)
                        if not raw:
                            raise httpcore.ConnectError("the server closed the connection "
                                                        "during the TLS handshake")
                        self._incoming.write(raw)
                await self._flush_tls(None)
        except TimeoutError:
            raise httpcore.ConnectTimeout("timed out in the TLS handshake") from None
        except (httpcore.ReadError, httpcore.WriteError) as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        except ssl.SSLError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        self._tls = tls
        return self

    def get_extra_info(self, info: str) -> Any:
        if info == "rx_stamp":
            return self.rx_stamp
        if info == "tx_stamp":
            return self.tx_stamp
        if info == "ssl_object":
            return self._tls
        if info == "socket":
            return self._sock
        try:
            if info == "client_addr":
                return self._sock.getsockname()
            if info == "server_addr":
                return self._sock.getpeername()
            if info == "is_readable":
                if self._tls is not None and self._tls.pending():
                    return True
                return bool(select.select([self._sock], [], [], 0)[0])
        except (OSError, ValueError):  # closed
            return info == "is_readable"
        return None


class StampedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend for ``StampedStream`` connections (asyncio only)."""

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: Iterable[Any] | None = None
                          ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
                errors: list[str] = []
                for family, kind, proto, _name, addr in infos:
                    sock = socket.socket(family, kind, proto)
                    try:
                        sock.setblocking(False)
                        if local_address:
                            sock.bind((local_address, 0))
                        if family in (socket.AF_INET, socket.AF_INET6):
                            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                        for option in socket_options or ():
                            sock.setsockopt(*option)
                        sock.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
                        await loop.sock_connect(sock, addr)
                    except OSError as exc:
                        sock.close()
                        errors.append(f"{addr[0]}: {exc.strerror or exc}")
                        continue
                    except BaseException:
                        sock.close()
                        raise
                    return StampedStream(sock, loop)
                raise httpcore.ConnectError("All connection attempts failed"
                                            + (f" ({'; '.join(errors)})" if errors else ""))
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"timed out connecting to {host}:{port}") from None
        except OSError as exc:  # name resolution
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Iterable[Any] | None = None
                                  ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are not supported by the stamped transport")

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)
