"""A small MCP server that misbehaves on request, for tests/test_mcp.py.

    python tests/mcp_servers/fault_server.py [--exit-at-start] [--garbage] [--slow-start S]
                                             [--spawn-child] [--stderr-flood BYTES]

Tools: echo, pid, environment, crash, hang, fail, big, image.  ``--garbage`` prints lines
that are not JSON-RPC on stdout before serving and from inside ``echo``.  ``--spawn-child``
double-forks a grandchild that sleeps for an hour in the server's process group (re-parented
to init: only ending the whole group ends it).  ``--stderr-flood BYTES`` writes that much to
stderr at start, as a chatty or broken server does.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import anyio
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.server.mcpserver.utilities.types import Image

server = MCPServer("fault-server")
GARBAGE = False
WIRE_FD: int | None = None
"""A copy of the original stdout taken before the SDK moves the protocol off fd 1 (it sends
stray prints to stderr), so garbage really lands between the JSON-RPC messages."""


def _garbage(line: str) -> None:
    if GARBAGE and WIRE_FD is not None:
        os.write(WIRE_FD, (line + "\n").encode())


@server.tool(description="Return the text unchanged.")
def echo(text: str) -> str:
    _garbage("DEBUG: echo called, this is not JSON-RPC")
    return text


@server.tool(description="The server's process id.")
def pid() -> str:
    return str(os.getpid())


@server.tool(description="Names and values of the server's environment variables, as JSON.")
def environment() -> dict[str, str]:
    return dict(os.environ)


@server.tool(description="Crash the server process in the middle of the call.")
def crash() -> str:
    sys.stderr.write("fault-server: simulated segfault in crash()\n")
    sys.stderr.flush()
    os._exit(3)


@server.tool(description="Never answer.")
async def hang() -> str:
    await anyio.sleep(3600)
    return "unreachable"


@server.tool(description="Fail with a tool error.")
def fail(reason: str = "the vehicle is asleep") -> str:
    raise ToolError(f"cannot do that: {reason}")


@server.tool(description="Return about `size` characters of text.")
def big(size: int = 1_000_000) -> str:
    line = "0123456789abcdef" * 4 + "\n"
    return (line * (size // len(line) + 1))[:size]


@server.tool(description="Return a small PNG image.")
def image() -> Image:
    png = bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c50000000049454e44ae426082"
    )
    return Image(data=png, format="png")


def main() -> None:
    global GARBAGE
    ap = argparse.ArgumentParser()
    ap.add_argument("--exit-at-start", action="store_true")
    ap.add_argument("--garbage", action="store_true")
    ap.add_argument("--slow-start", type=float, default=0.0)
    ap.add_argument("--spawn-child", action="store_true")
    ap.add_argument("--stderr-flood", type=float, default=0)
    opts = ap.parse_args()
    if opts.spawn_child and os.fork() == 0:
        if os.fork() == 0:  # the grandchild: parent gone, same process group
            os.closerange(0, 3)
            time.sleep(3600)
        os._exit(0)
    if opts.stderr_flood:
        block = ("fault-server: log line " + "x" * 100 + "\n") * 8000
        left = int(opts.stderr_flood)
        while left > 0:
            sys.stderr.write(block[:left])
            left -= len(block)
        sys.stderr.write("fault-server: the last line of the flood\n")
        sys.stderr.flush()
    if opts.exit_at_start:
        sys.stderr.write("fault-server: config file /etc/fleet.toml missing, giving up\n")
        sys.exit(2)
    global WIRE_FD
    GARBAGE = opts.garbage
    WIRE_FD = os.dup(1)
    _garbage("fault-server starting up (banner on stdout)")
    if opts.slow_start:
        time.sleep(opts.slow_start)
    server.run("stdio")


if __name__ == "__main__":
    main()
