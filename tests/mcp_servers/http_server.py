"""An MCP server over streamable HTTP or SSE on loopback, for tests/test_mcp.py.

    python tests/mcp_servers/http_server.py --transport streamable-http|sse --port N
"""

from __future__ import annotations

import argparse
import os

from mcp.server.mcpserver import MCPServer

server = MCPServer("loopback-fleet")


@server.tool(description="Add two integers.")
def add(a: int, b: int) -> int:
    return a + b


@server.tool(description="The server's process id.")
def pid() -> str:
    return str(os.getpid())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--transport", choices=["streamable-http", "sse"], required=True)
    ap.add_argument("--port", type=int, required=True)
    opts = ap.parse_args()
    server.run(opts.transport, host="127.0.0.1", port=opts.port)


if __name__ == "__main__":
    main()
