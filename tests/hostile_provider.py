"""A hostile OpenAI-compatible provider on loopback, for the memory and message tests.

    python tests/hostile_provider.py MODE BYTES      # prints "PORT" then serves until killed

MODE (every chat request gets the same attack; GET .../models gets ``models``):
  line     HTTP 200 event stream: ``data: aaaa...`` for BYTES bytes, never a line end
  gzip     ``Content-Encoding: gzip``: BYTES zero bytes compressed (1 GB -> about 1 MB)
  content  a valid stream: chunks of 64 KiB of answer text, BYTES of text in all, then [DONE]
  controls a valid stream of BYTES characters of "a\\u0001" (one control_char finding each)
  models   ``/models`` answers HTTP 200 with a JSON list of BYTES bytes
  reset    HTTP 200, one chunk of text, then a TCP reset (SO_LINGER 0)
  normal   a short valid answer (the baseline)
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
import sys
import zlib

BLOCK = 1 << 20


def _chunk(text: str, finish: str | None = None) -> bytes:
    obj = {"id": "x", "object": "chat.completion.chunk", "model": "m",
           "choices": [{"index": 0, "delta": {"content": text} if text else {},
                        "finish_reason": finish}]}
    return b"data: " + json.dumps(obj).encode() + b"\n\n"


async def _read_request(reader: asyncio.StreamReader) -> bytes:
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    if length:
        await reader.readexactly(length)
    return head.split(b" ")[1]


async def serve(mode: str, size: int, writer: asyncio.StreamWriter, path: bytes) -> None:
    w = writer.write
    if path.endswith(b"/models"):
        w(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n")
        w(b'{"object":"list","data":[')
        item = b'{"id":"model-' + b"x" * 100 + b'"},'
        sent = 0
        while sent < size:
            w(item * 1000)
            sent += len(item) * 1000
            await writer.drain()
        w(b'{"id":"last"}]}')
        return
    headers = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n"
    if mode == "gzip":
        w(headers + b"Content-Encoding: gzip\r\n\r\n")
        comp = zlib.compressobj(9, zlib.DEFLATED, 31)
        zeros = bytes(BLOCK)
        for _ in range(size // BLOCK):
            w(comp.compress(zeros))
            await writer.drain()
        w(comp.flush())
        return
    w(headers + b"\r\n")
    if mode == "line":
        w(b"data: ")
        block = b"a" * BLOCK
        for _ in range(size // BLOCK):
            w(block)
            await writer.drain()
    elif mode in ("content", "controls"):
        piece = _chunk("b" * 65536 if mode == "content" else "a\x01" * 32768)
        for _ in range(size // 65536):
            w(piece)
            await writer.drain()
        w(_chunk("", "stop") + b"data: [DONE]\n\n")
    elif mode == "reset":
        w(_chunk("partial answer "))
        await writer.drain()
        await asyncio.sleep(0.2)
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()
        return
    else:  # normal
        w(_chunk("Hello there, a normal short answer.") + _chunk("", "stop")
          + b"data: [DONE]\n\n")


async def main(mode: str, size: int) -> None:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            path = await _read_request(reader)
            await serve(mode, size, writer, path)
            await writer.drain()
            writer.close()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(float(sys.argv[2]))))
