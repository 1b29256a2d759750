"""The benchmarks' loopback chat server, run as its own process.

A separate process so that neither the client's parsing nor the TUI's drawing can delay the
server's writes (and the server's writing costs the client nothing).  Write times are
``time.monotonic()``, which is CLOCK_MONOTONIC on Linux: the same clock the client stamps its
events with, so the server's record is the truth the client's timings are compared against.

    python tests/bench/bench_server.py      # prints "PORT <n>" and serves until stdin closes

Routes (``POST <prefix>/v1/chat/completions``; the prefix picks the reply):

``/bulk/N``               N content chunks, prebuilt once and written as fast as the socket
                          takes them (the parse benchmark: the server must not be the limit)
``/paced/RATE/SECONDS``   RATE content chunks per second for SECONDS, written in 5 ms batches
``/timed/TTFT_MS/N/GAP_MS``  the role chunk at once, the first content chunk after TTFT_MS,
                          N-1 more GAP_MS apart, then the finish chunk and ``[DONE]``

Every content chunk carries one 5-character token (`` road``, `` time`` ...), so a client's
text length says exactly how many chunks it has.  Each reply is HTTP/1.1 chunked with one SSE
event per chunk frame, as real providers send them.

``GET /_log`` answers every POST served so far: path, request arrival time (the kernel's
receive stamp of the request's last bytes, on CLOCK_MONOTONIC), and every write as
``[t, content_chunks_written_so_far]``; ``GET /_reset`` clears it.
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
import sys
import time

WORDS = ("road", "time", "data", "fast", "cell", "mile", "grid", "plan", "unit", "line",
         "more", "long", "cost", "rate", "heat", "trip", "home", "park", "test", "note")
TOKEN_CHARS = 5
BATCH_S = 0.005

_BASE = ('{"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1764100000,'
         '"model":"bench-model","choices":[{"index":0,"delta":')


def _event(delta: dict, finish: str | None = None, usage: dict | None = None) -> bytes:
    tail = ',"logprobs":null,"finish_reason":' + json.dumps(finish) + "}]"
    if usage is not None:
        tail += ',"usage":' + json.dumps(usage)
    return b"data: " + (_BASE + json.dumps(delta) + tail + "}").encode() + b"\n\n"


def _frame(event: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(event), event)


ROLE = _frame(_event({"role": "assistant", "content": ""}))
CONTENT = [_frame(_event({"content": " " + w})) for w in WORDS]


def finish_frames(n: int) -> bytes:
    usage = {"prompt_tokens": 12, "completion_tokens": n, "total_tokens": n + 12}
    return (_frame(_event({}, "stop")) + _frame(_event({}, None, usage))
            + _frame(b"data: [DONE]\n\n") + b"0\r\n\r\n")


def content_frames(start: int, stop: int) -> bytes:
    return b"".join(CONTENT[i % len(CONTENT)] for i in range(start, stop))


_bulk_cache: dict[int, bytes] = {}
HEAD = (b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n")


def bulk_body(n: int) -> bytes:
    body = _bulk_cache.get(n)
    if body is None:
        body = _bulk_cache[n] = ROLE + content_frames(0, n) + finish_frames(n)
    return body


class _Conn:
    """One accepted connection, read with ``recvmsg`` so a request's arrival is the kernel's
    receive stamp (SO_TIMESTAMPNS) of its last bytes: the server's own lateness in getting
    round to a request (64 arriving at once on a busy machine) is not billed to the client.
    Writes keep asyncio's writer shape (``write`` then ``await drain()``)."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.loop = asyncio.get_running_loop()
        self.buf = b""
        self.out: list[bytes] = []

    async def _recv(self) -> tuple[bytes, float]:
        while True:
            try:
                data, anc, _f, _a = self.sock.recvmsg(1 << 16, _ANC)
            except (BlockingIOError, InterruptedError):
                fut = self.loop.create_future()
                self.loop.add_reader(self.sock.fileno(), lambda: fut.done() or
                                     fut.set_result(None))
                try:
                    await fut
                finally:
                    self.loop.remove_reader(self.sock.fileno())
                continue
            return data, _stamp(anc)

    async def read_request(self) -> tuple[str, float] | None:
        t = time.monotonic()
        while b"\r\n\r\n" not in self.buf:
            data, t = await self._recv()
            if not data:
                return None
            self.buf += data
        head, _, self.buf = self.buf.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        length = 0
        for line in lines[1:]:
            k, _, v = line.partition(":")
            if k.strip().lower() == "content-length":
                length = int(v.strip())
        while len(self.buf) < length:
            data, t = await self._recv()
            if not data:
                return None
            self.buf += data
        self.buf = self.buf[length:]
        return lines[0], t

    def write(self, data: bytes) -> None:
        self.out.append(data)

    async def drain(self) -> float:
        """Send what was written; answers when it went to the kernel (stamped right before
        the send call, with no Python call in between)."""
        t = time.monotonic()
        if self.out:
            data = b"".join(self.out)
            self.out = []
            t = time.monotonic()
            try:
                sent = self.sock.send(data)
            except (BlockingIOError, InterruptedError):
                sent = 0
            if sent < len(data):
                await self.loop.sock_sendall(self.sock, data[sent:])
        return t

    def close(self) -> None:
        self.sock.close()


_ANC = socket.CMSG_SPACE(16)


def _stamp(anc: list) -> float:
    """The kernel's receive time of the newest bytes read, on CLOCK_MONOTONIC (now when the
    kernel gave none)."""
    now = time.monotonic()
    for level, kind, data in anc:
        if level == socket.SOL_SOCKET and kind == _SO_TIMESTAMPNS and len(data) >= 16:
            sec, nsec = struct.unpack("qq", data[:16])
            return min(now, sec + nsec * 1e-9 - (time.time() - now))
    _unstamped[0] += 1
    return now


_unstamped = [0]


_SO_TIMESTAMPNS = getattr(socket, "SO_TIMESTAMPNS", 35)


class Server:
    def __init__(self) -> None:
        self.log: list[dict] = []

    async def handle(self, conn: _Conn) -> None:
        writer = conn
        try:
            while True:
                got = await conn.read_request()
                if got is None:
                    return
                first, t_request = got
                method, path, _ = first.split(" ", 2)
                if method == "GET":
                    await self.simple(writer, path)
                    continue
                entry = {"path": path, "t_request": t_request, "writes": [],
                         "unstamped_reads": _unstamped[0]}
                self.log.append(entry)
                await self.reply(path, entry, writer)
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    async def simple(self, writer: _Conn, path: str) -> None:
        if path.startswith("/_log"):
            obj: object = self.log
        elif path.startswith("/_reset"):
            self.log = []
            obj = {"ok": True}
        else:
            obj = {"object": "list", "data": [{"id": "bench-model", "object": "model"}]}
        body = json.dumps(obj).encode()
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        await writer.drain()

    async def reply(self, path: str, entry: dict, writer: _Conn) -> None:
        parts = path.strip("/").split("/")
        writes = entry["writes"]
        if parts[0] == "bulk":
            n = int(parts[1])
            writer.write(HEAD + bulk_body(n))
            writes.append([time.monotonic(), n])
            await writer.drain()
            return
        writer.write(HEAD + ROLE)
        await writer.drain()
        if parts[0] == "paced":
            rate, seconds = float(parts[1]), float(parts[2])
            n = int(rate * seconds)
            t0 = time.monotonic()
            entry["t_first"] = t0
            sent = 0
            while sent < n:
                due = min(n, int((time.monotonic() - t0) * rate) + 1)
                if due > sent:
                    writes.append([time.monotonic(), due])
                    writer.write(content_frames(sent, due))
                    await writer.drain()
                    sent = due
                await asyncio.sleep(BATCH_S)
        elif parts[0] == "timed":
            ttft, n, gap = float(parts[1]) / 1000, int(parts[2]), float(parts[3]) / 1000
            t_next = entry["t_request"] + ttft
            for i in range(n):
                # sleep to the scheduled time; the write is stamped at its send call
                await asyncio.sleep(max(0.0, t_next - time.monotonic()))
                writer.write(content_frames(i, i + 1))
                writes.append([await writer.drain(), i + 1])
                t_next += gap
        else:
            raise ValueError(f"unknown route {path}")
        n = writes[-1][1] if writes else 0
        writer.write(finish_frames(n))  # the finish chunk and [DONE] end the turn
        writes.append([await writer.drain(), n])


async def main() -> None:
    server = Server()
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1024)
    listener.setblocking(False)
    port = listener.getsockname()[1]
    tasks: set[asyncio.Task] = set()

    async def accept() -> None:
        while True:
            sock, _addr = await loop.sock_accept(listener)
            sock.setblocking(False)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            try:
                sock.setsockopt(socket.SOL_SOCKET, _SO_TIMESTAMPNS, 1)
            except OSError:
                pass  # not Linux: request arrival is stamped when read
            task = loop.create_task(server.handle(_Conn(sock)))
            tasks.add(task)
            task.add_done_callback(tasks.discard)

    acceptor = loop.create_task(accept())
    sys.stdout.write(f"PORT {port}\n")
    sys.stdout.flush()
    # stop when the parent closes our stdin (or dies)
    await loop.run_in_executor(None, sys.stdin.read)
    acceptor.cancel()
    listener.close()


if __name__ == "__main__":
    asyncio.run(main())
