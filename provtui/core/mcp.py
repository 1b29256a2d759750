"""MCP connections (stdio, streamable HTTP, SSE) and tool calls for the tool loop.

One ``McpHub`` per session.  Every run (``key``) gets its own client session per server, so one
target's tool calls never see another target's server state; servers marked ``share`` get one
connection for everybody.  Each connection lives in its own long-lived asyncio task: the SDK's
anyio task groups and cancel scopes must be entered and exited by the same task, so the task
that connects is the task that disconnects, whoever asks for the close.

The loop calls ``ToolSession.call`` and always gets a ``ToolResult`` back: a dead, hung or
confused server is something to record and show, not an exception that ends the comparison.
Only cancellation propagates.

The MCP SDK is imported lazily (about 0.7 s of imports) so commands that never touch MCP do
not pay for it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import os
import re
import shutil
import sys
import time
from collections.abc import Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass
from typing import Any

from provtui.core.config import McpServerConfig
from provtui.core.mcp_process import StderrTail, end_process_group, find_child_by_stderr

__all__ = [
    "McpError",
    "ToolDef",
    "ToolResult",
    "McpHub",
    "ToolSession",
    "estimate_tool_tokens",
    "shape_schema",
]

# The SDK logs unparseable server stdout with logger.exception; without a handler Python's
# last-resort handler would print tracebacks straight onto the TUI.  An application that
# configures logging still receives them.
logging.getLogger("mcp").addHandler(logging.NullHandler())

_CLOSE_GRACE_S = 10.0
"""Seconds a connection gets to shut down politely (the SDK's stdio shutdown is bounded at
about 6.5 s: stdin close, SIGTERM, SIGKILL) before its task is cancelled at the anyio level."""

_STDERR_SETTLE_S = 1.0  # how long a dead server's last words may take to be read
_STDERR_TAIL_CHARS = 600
_MAX_LIST_PAGES = 100
_TOOL_NAME_RE = re.compile(r"[^a-zA-Z0-9_-]")
_SCHEMA_NAME_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions",
                               "dependentSchemas"})
"""Schema keywords whose object keys are names chosen by the server, not keywords: a property
called ``format`` must survive ``drop_keywords=("format",)``."""


class McpError(Exception):
    """An MCP server could not be used; the message names the server and the fix."""


@dataclass(frozen=True)
class ToolDef:
    name: str
    """Name offered to the model (unique across the servers of a session)."""
    server: str
    """Config name of the server."""
    remote_name: str
    """The tool's name on its server."""
    description: str
    input_schema: dict


@dataclass(frozen=True)
class ToolResult:
    text: str
    """Full result text: text blocks joined, structured content as JSON when there is no text,
    images/audio/resources summarised."""
    is_error: bool
    duration_s: float
    for_model: str
    """What goes back to the model: ``text`` capped at the server's ``result_max_chars``."""


# ---------------------------------------------------------------------------- helpers


def estimate_tool_tokens(tools: Sequence[dict]) -> int:
    """Rough token count of the tools JSON as sent (JSON tokenises at about 3.5 chars/token)."""
    if not tools:
        return 0
    chars = len(json.dumps(list(tools), ensure_ascii=False, separators=(",", ":")))
    return math.ceil(chars / 3.5)


def shape_schema(schema: Any, drop_keywords: Sequence[str] = ()) -> Any:
    """A copy of a JSON Schema with the given keywords removed at every level."""
    drop = frozenset(drop_keywords)

    def walk(node: Any, names_here: bool = False) -> Any:
        if isinstance(node, dict):
            if names_here:
                return {k: walk(v) for k, v in node.items()}
            return {k: walk(v, names_here=k in _SCHEMA_NAME_MAPS)
                    for k, v in node.items() if k not in drop}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk(schema)


def _cap_for_model(text: str, limit: int) -> str:
    if limit <= 0 or len(text) <= limit:
        return text
    cut = len(text) - limit
    return f"{text[:limit]}\n[... truncated {cut} chars]"


def _decoded_size(b64: str) -> int:
    b64 = b64.strip()
    return max(0, len(b64) * 3 // 4 - b64[-2:].count("="))


def _result_text(result: Any) -> str:
    """All content blocks of a CallToolResult as one text."""
    parts: list[str] = []
    for block in result.content or []:
        kind = getattr(block, "type", None)
        if kind == "text":
            parts.append(block.text)
        elif kind in ("image", "audio"):
            parts.append(f"[{kind}: {block.mime_type}, {_decoded_size(block.data)} bytes]")
        elif kind == "resource":
            res = block.resource
            text = getattr(res, "text", None)
            if text is not None:
                parts.append(f"[resource: {res.uri}]\n{text}")
            else:
                blob = getattr(res, "blob", "") or ""
                parts.append(f"[resource: {res.uri}, {res.mime_type or 'binary'}, "
                             f"{_decoded_size(blob)} bytes]")
        elif kind == "resource_link":
            parts.append(f"[resource link: {block.uri} ({block.name})]")
        else:
            parts.append(f"[{kind or 'unknown'} content]")
    structured = getattr(result, "structured_content", None)
    # Servers that return structured content also send it as a text block (the spec asks
    # them to); repeating it would double what the model reads.
    if not parts and structured is not None:
        parts.append(json.dumps(structured, ensure_ascii=False, separators=(",", ":")))
    return "\n".join(parts)


def _parse_arguments(arguments: Any) -> tuple[dict | None, str | None]:
    """(object, None) or (None, reason).  ``""``/None mean no arguments (WIRE.md)."""
    if arguments is None:
        return {}, None
    if isinstance(arguments, (bytes, bytearray)):
        arguments = arguments.decode("utf-8", "replace")
    if isinstance(arguments, str):
        if not arguments.strip():
            return {}, None
        try:
            arguments = json.loads(arguments)
        except json.JSONDecodeError as exc:
            return None, f"arguments are not valid JSON ({exc.msg} at char {exc.pos})"
    if not isinstance(arguments, dict):
        return None, f"arguments must be a JSON object, got {type(arguments).__name__}"
    return arguments, None


def _leaves(exc: BaseException) -> list[BaseException]:
    if isinstance(exc, BaseExceptionGroup):
        out: list[BaseException] = []
        for sub in exc.exceptions:
            out.extend(_leaves(sub))
        return out
    return [exc]


def _connection_closed(exc: BaseException) -> bool:
    """True when ``exc`` says the server's connection closed (the process died)."""
    from mcp.shared.exceptions import MCPError
    from mcp_types import CONNECTION_CLOSED

    cause = _root_cause(exc)
    return isinstance(cause, MCPError) and cause.code == CONNECTION_CLOSED


def _root_cause(exc: BaseException) -> BaseException:
    leaves = [e for e in _leaves(exc) if not isinstance(e, asyncio.CancelledError)]
    return leaves[0] if leaves else exc


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------------------- connection


class _Connection:
    """One client session with one server, owned by one long-lived task."""

    def __init__(self, server: McpServerConfig, owner: str) -> None:
        self.server = server
        self.owner = owner
        self.client: Any = None
        self.tools: list[Any] = []
        self.failure: str | None = None
        """Set once the server died; later calls answer with it at once."""
        self.garbage_lines = 0
        self._ready: asyncio.Future[None] | None = None
        self._closing = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._scope: Any = None
        self._stderr: StderrTail | None = None
        self._pgid: int | None = None
        """The stdio server's process group (its pid): ended whole when the connection ends."""
        self._timed_out = False

    # -- naming for messages
    @property
    def label(self) -> str:
        return f"MCP server {self.server.name!r}"

    def _where(self) -> str:
        return f"[mcp_servers.{self.server.name}]"

    def stderr_tail(self, lines: int = 1) -> str:
        f = self._stderr
        if f is None:
            return ""
        # The last lines carry the reason (a traceback's last line, a fatal message);
        # earlier lines are usually routine server logging.
        tail = "\n".join(ln for ln in f.text()[-4 * _STDERR_TAIL_CHARS:].splitlines()
                         if ln.strip())
        tail = "\n".join(tail.splitlines()[-lines:])
        if len(tail) > _STDERR_TAIL_CHARS:
            tail = "…" + tail[-_STDERR_TAIL_CHARS:]
        return tail

    async def stderr_settled(self, timeout: float = _STDERR_SETTLE_S) -> None:
        """Give a server that just died a moment for its last words to be read: the stderr
        reader is a thread, and a crash's message can still be in the pipe when the connection
        is seen closed.  Returns at the pipe's end, or after ``timeout``."""
        f = self._stderr
        if f is not None:
            await asyncio.to_thread(f.wait_eof, timeout)

    def _said(self) -> str:
        """"; it said: LAST LINE" for messages, with how much stderr was not kept."""
        tail = self.stderr_tail()
        if not tail:
            return ""
        f = self._stderr
        dropped = f.dropped if f is not None else 0
        note = (f" (its last line; {f.total / 2**20:.1f} MiB on stderr, only the last "
                f"{f.keep // 1024} KiB kept)" if dropped else "")
        return f"; it said: {_one_line(tail)}{note}"

    # -- lifecycle
    async def open(self) -> None:
        """Start, connect, list tools.  Raises McpError; on cancellation the server is gone."""
        loop = asyncio.get_running_loop()
        self._ready = loop.create_future()
        # Nobody may be left to read a failure (the opener was cancelled): mark it read.
        self._ready.add_done_callback(lambda f: f.cancelled() or f.exception())
        self._task = asyncio.create_task(self._serve(),
                                         name=f"mcp {self.server.name} for {self.owner}")
        try:
            await asyncio.shield(self._ready)
        except asyncio.CancelledError:
            await _finish_uncancelled([asyncio.ensure_future(self.close())])
            raise
        except McpError:
            await _finish_uncancelled([asyncio.ensure_future(self.close())])
            raise

    async def close(self) -> None:
        task = self._task
        if task is None:
            return
        self._closing.set()
        if self._scope is not None and (self._ready is None or not self._ready.done()):
            self._scope.cancel()  # still connecting: abort the handshake
        done, _ = await asyncio.wait({task}, timeout=_CLOSE_GRACE_S)
        if not done and self._scope is not None:
            # Cancel at the anyio level: the SDK shields its process shutdown from this,
            # whereas a native task.cancel() could cut it short and leave the server running.
            self._scope.cancel()
            await asyncio.wait({task})

    async def _serve(self) -> None:
        assert self._ready is not None
        ready = self._ready
        import anyio

        if self._closing.is_set():
            ready.set_exception(McpError(f"{self.label}: closed before it was started"))
            return
        try:
            with anyio.CancelScope(
                deadline=anyio.current_time() + max(0.1, self.server.startup_timeout_s)
            ) as scope:
                self._scope = scope
                async with AsyncExitStack() as stack:
                    client = await self._connect(stack)
                    tools = await self._list_tools(client)
                    scope.deadline = math.inf
                    self.client, self.tools = client, tools
                    if not ready.done():
                        ready.set_result(None)
                    await self._closing.wait()
            if not ready.done():
                if self._closing.is_set():
                    ready.set_exception(McpError(f"{self.label}: closed while connecting"))
                else:
                    self._timed_out = True
                    ready.set_exception(McpError(self._startup_message(None)))
        except BaseException as exc:  # noqa: BLE001 - every failure must reach a waiter
            if not ready.done():
                ready.set_exception(McpError(self._startup_message(exc)))
            elif not self._closing.is_set():
                self.failure = self.failure or self._death_message(exc)
            if isinstance(exc, asyncio.CancelledError):
                raise
        finally:
            self.client = None
            if self._stderr is not None:
                self._stderr.release_writer()
            if self._pgid is not None:
                # the SDK stopped the server; its children (same group) may live on
                pgid, self._pgid = self._pgid, None
                with anyio.CancelScope(shield=True):
                    await end_process_group(pgid)

    async def _connect(self, stack: AsyncExitStack) -> Any:
        from mcp import Client
        from mcp_types import Implementation

        from provtui import __version__

        srv = self.server
        if srv.transport == "stdio":
            from mcp.client.stdio import StdioServerParameters, stdio_client

            if not srv.command:
                raise McpError(f"{self.label}: stdio needs command = \"...\" in {self._where()}")
            if srv.cwd and not os.path.isdir(srv.cwd):
                raise McpError(f"{self.label}: cwd {srv.cwd!r} is not a directory; fix cwd in "
                               f"{self._where()}")
            cmd = self._command()
            if srv.cwd and os.sep in cmd and not os.path.isabs(cmd):
                cmd = os.path.join(srv.cwd, cmd)  # the child resolves it after chdir
            if shutil.which(cmd) is None:
                raise McpError(f"{self.label}: command {srv.command!r} not found or not "
                               f"executable; put a full path or a program on PATH in "
                               f"command = \"...\" in {self._where()}")
            self._stderr = StderrTail()
            params = StdioServerParameters(command=self._command(), args=list(srv.args),
                                           env=self._environment(), cwd=srv.cwd)
            transport: Any = stdio_client(params, errlog=self._stderr.writer)
        elif srv.transport in ("http", "sse"):
            import httpx2

            if not srv.url:
                raise McpError(f"{self.label}: {srv.transport} needs url = \"http://...\" "
                               f"in {self._where()}")
            timeout = httpx2.Timeout(max(1.0, srv.startup_timeout_s),
                                     read=max(300.0, srv.call_timeout_s))
            if srv.transport == "http":
                from mcp.client.streamable_http import streamable_http_client

                http = await stack.enter_async_context(
                    httpx2.AsyncClient(headers=dict(srv.headers), timeout=timeout))
                transport = streamable_http_client(srv.url, http_client=http)
            else:
                from mcp.client.sse import sse_client

                transport = sse_client(srv.url, headers=dict(srv.headers),
                                       timeout=max(1.0, srv.startup_timeout_s),
                                       sse_read_timeout=max(300.0, srv.call_timeout_s))
        else:
            raise McpError(f"{self.label}: unknown transport {srv.transport!r}; "
                           f"use stdio, http or sse in {self._where()}")
        client = Client(transport, cache=None, message_handler=self._on_message,
                        client_info=Implementation(name="provtui", version=__version__))
        if srv.transport == "stdio" and self._stderr is not None:
            stderr = self._stderr

            def note_group() -> None:  # the process exists once the transport is entered
                self._pgid = find_child_by_stderr(stderr.inode)
                stderr.release_writer()

            stack.callback(stderr.release_writer)
            entered = await stack.enter_async_context(client)
            note_group()
            return entered
        return await stack.enter_async_context(client)

    async def _on_message(self, message: Any) -> None:
        if isinstance(message, Exception):
            self.garbage_lines += 1  # a stdout line that is not JSON-RPC; the SDK skips it

    async def _list_tools(self, client: Any) -> list[Any]:
        tools: list[Any] = []
        cursor = None
        for _ in range(_MAX_LIST_PAGES):
            page = await client.list_tools(cursor=cursor)
            tools.extend(page.tools)
            cursor = page.next_cursor
            if not cursor:
                break
        return tools

    def _command(self) -> str:
        cmd = self.server.command or ""
        # Configs say "python" meaning "the Python that has provtui and the server's packages";
        # outside an activated virtualenv PATH would find a different one.
        if cmd in ("python", "python3"):
            return sys.executable
        return cmd

    def _environment(self) -> dict[str, str]:
        # The SDK adds only HOME, LOGNAME, PATH, SHELL, TERM and USER; API keys in the parent
        # environment never reach a server unless its config entry passes them on purpose.
        env = {k: os.environ[k] for k in ("LANG", "LC_ALL") if k in os.environ}
        env.update({str(k): str(v) for k, v in self.server.env.items()})
        return env

    def _what(self) -> str:
        srv = self.server
        if srv.transport == "stdio":
            return " ".join([srv.command or "", *srv.args]).strip()
        # A url may carry a token (user:pass@, ?key=); messages end up in session files.
        from urllib.parse import urlsplit

        try:
            u = urlsplit(srv.url or "")
            host = u.hostname or ""
            port = f":{u.port}" if u.port else ""
        except ValueError:
            return "(unparseable url)"
        return f"{u.scheme}://{host}{port}{u.path}" if u.scheme else (srv.url or "")

    def _startup_message(self, exc: BaseException | None) -> str:
        srv = self.server
        head = f"{self.label} ({self._what()})"
        said = self._said()
        if exc is None:
            return (f"{head} did not answer within startup_timeout_s = {srv.startup_timeout_s:g}"
                    f"{said}; check that it is an MCP server, or raise startup_timeout_s in "
                    f"{self._where()}")
        cause = _root_cause(exc)
        if isinstance(cause, McpError):
            return str(cause)
        if isinstance(cause, FileNotFoundError) and srv.transport == "stdio":
            return (f"{head}: command {srv.command!r} not found; put a full path or a program "
                    f"on PATH in command = \"...\" in {self._where()}")
        if isinstance(cause, PermissionError) and srv.transport == "stdio":
            return (f"{head}: command {srv.command!r} is not executable ({cause.strerror}); "
                    f"fix command in {self._where()}")
        name = type(cause).__name__
        if "Connect" in name or isinstance(cause, (ConnectionError, OSError)):
            return (f"{head}: cannot connect ({_one_line(str(cause)) or name}); is the server "
                    f"running at that url? Fix url in {self._where()}")
        if name == "HTTPStatusError":
            status = getattr(getattr(cause, "response", None), "status_code", "?")
            return (f"{head}: HTTP {status} from the server; check url and headers in "
                    f"{self._where()}")
        if self._is_closed(cause):
            return (f"{head} exited during startup{said or ' without saying why'}; run the "
                    f"command by hand to see the problem, then fix {self._where()}")
        return (f"{head} failed to start: {name}: {_one_line(str(cause))}{said}; "
                f"check {self._where()}")

    def _death_message(self, exc: BaseException) -> str:
        cause = _root_cause(exc)
        said = self._said()
        return f"{self.label} connection failed ({type(cause).__name__}: {_one_line(str(cause))}){said}"

    @staticmethod
    def _is_closed(exc: BaseException) -> bool:
        from mcp.shared.exceptions import MCPError
        from mcp_types import CONNECTION_CLOSED

        return isinstance(exc, MCPError) and exc.code == CONNECTION_CLOSED


async def _finish_uncancelled(tasks: Sequence[asyncio.Future[Any]]) -> None:
    """Wait for every task even when cancelled meanwhile, then pass the cancellation on: a
    half-finished close is how server processes get left behind."""
    pending = {t for t in tasks}
    cancelled = False
    while pending:
        try:
            _, pending = await asyncio.wait(pending)
        except asyncio.CancelledError:
            cancelled = True
    for t in tasks:
        if not t.cancelled() and t.exception() is not None:
            logging.getLogger(__name__).debug("MCP close failed: %r", t.exception())
    if cancelled:
        raise asyncio.CancelledError


# ---------------------------------------------------------------------------- tool session


class ToolSession:
    """The tools one run sees, and the way to call them."""

    def __init__(self, connections: Sequence[_Connection]) -> None:
        self._connections = list(connections)
        self._released = False
        self._validators: dict[str, Any] = {}
        pairs = [(c, t) for c in self._connections for t in c.tools]
        counts: dict[str, int] = {}
        for _, t in pairs:
            counts[t.name] = counts.get(t.name, 0) + 1
        self.tools: list[ToolDef] = []
        self._route: dict[str, tuple[_Connection, ToolDef]] = {}
        for conn, t in pairs:
            # Same tool name on two servers: both get the server name in front, so the model
            # can tell them apart and neither silently wins.
            base = t.name if counts[t.name] == 1 else f"{conn.server.name}_{t.name}"
            name = _TOOL_NAME_RE.sub("_", base)[:64] or "tool"
            n = 2
            while name in self._route:
                suffix = f"_{n}"
                name = _TOOL_NAME_RE.sub("_", base)[: 64 - len(suffix)] + suffix
                n += 1
            schema = dict(t.input_schema or {})
            schema.setdefault("type", "object")
            if schema.get("type") == "object":
                schema.setdefault("properties", {})
            td = ToolDef(name=name, server=conn.server.name, remote_name=t.name,
                         description=t.description or t.title or "", input_schema=schema)
            self.tools.append(td)
            self._route[name] = (conn, td)

    def tool(self, name: str) -> ToolDef | None:
        hit = self._route.get(name)
        return hit[1] if hit else None

    def openai_tools(self, drop_keywords: Sequence[str] = ()) -> list[dict]:
        return [{"type": "function",
                 "function": {"name": t.name, "description": t.description,
                              "parameters": shape_schema(t.input_schema, drop_keywords)}}
                for t in self.tools]

    def _unknown(self, name: str) -> str:
        known = ", ".join(t.name for t in self.tools) or "none"
        return f"unknown tool {name!r}; the tools offered are: {known}"

    def validate(self, name: str, arguments: Any) -> tuple[bool, str | None]:
        hit = self._route.get(name)
        if hit is None:
            return False, self._unknown(name)
        args, reason = _parse_arguments(arguments)
        if reason:
            return False, reason
        validator = self._validators.get(name)
        if validator is None:
            import jsonschema

            schema = hit[1].input_schema
            cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
            try:
                cls.check_schema(schema)
            except jsonschema.SchemaError as exc:
                return False, f"tool {name!r} has an invalid input schema ({exc.message})"
            validator = self._validators[name] = cls(schema)
        errors = sorted(validator.iter_errors(args), key=lambda e: list(e.absolute_path))
        if errors:
            err = errors[0]
            where = "/".join(str(p) for p in err.absolute_path) or "(top level)"
            more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
            return False, f"arguments do not match the schema of {name!r} at {where}: {err.message}{more}"
        return True, None

    async def call(self, name: str, arguments: Any) -> ToolResult:
        t0 = time.monotonic()
        hit = self._route.get(name)
        if hit is None:
            return self._fail(self._unknown(name) + "; the call was not sent to any server", t0, None)
        conn, td = hit
        if self._released:
            return self._fail(f"{conn.label}: this run's tool session was already released", t0, conn)
        args, reason = _parse_arguments(arguments)
        if reason:
            return self._fail(f"{reason}; tool {name!r} was not called", t0, conn)
        if conn.failure:
            return self._fail(f"{conn.failure}; tool {name!r} was not called", t0, conn)
        client = conn.client
        if client is None:
            conn.failure = conn.failure or f"{conn.label} is closed"
            return self._fail(f"{conn.failure}; tool {name!r} was not called", t0, conn)
        limit = conn.server.call_timeout_s
        try:
            # The SDK's own timeout cancels the request on the server; the outer one is a
            # backstop should a broken transport never deliver it.
            async with asyncio.timeout(limit + 5.0):
                result = await client.call_tool(td.remote_name, args, read_timeout_seconds=limit)
        except TimeoutError:
            return self._fail(self._timeout_message(conn, name, limit), t0, conn)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - server problems become error results
            if _connection_closed(exc):
                await conn.stderr_settled()  # (its last words, for the message)
            return self._fail(self._call_failure(conn, name, exc), t0, conn)
        text = _result_text(result)
        is_error = bool(result.is_error)
        if is_error and not text.strip():
            text = f"{conn.label}: tool {name!r} reported an error without a message"
        return ToolResult(text=text, is_error=is_error, duration_s=time.monotonic() - t0,
                          for_model=_cap_for_model(text, conn.server.result_max_chars))

    def _timeout_message(self, conn: _Connection, name: str, limit: float) -> str:
        return (f"{conn.label}: tool {name!r} did not answer within call_timeout_s = {limit:g}; "
                f"the call was cancelled (raise call_timeout_s in {conn._where()} if it is "
                "just slow)")

    def _call_failure(self, conn: _Connection, name: str, exc: BaseException) -> str:
        from mcp.shared.exceptions import MCPError
        from mcp_types import CONNECTION_CLOSED, REQUEST_TIMEOUT

        cause = _root_cause(exc)
        if isinstance(cause, MCPError):
            if cause.code == REQUEST_TIMEOUT:
                return self._timeout_message(conn, name, conn.server.call_timeout_s)
            if cause.code == CONNECTION_CLOSED:
                said = conn._said()
                conn.failure = conn.failure or f"{conn.label} died earlier in this run{said}"
                return (f"{conn.label} died during the call to {name!r}{said}; later calls to "
                        "its tools in this run fail at once")
            return (f"{conn.label} rejected the call to {name!r}: {_one_line(cause.message, 500)} "
                    f"(JSON-RPC error {cause.code})")
        return (f"{conn.label} sent an unusable answer to {name!r}: {type(cause).__name__}: "
                f"{_one_line(str(cause), 500)}")

    @staticmethod
    def _fail(text: str, t0: float, conn: _Connection | None) -> ToolResult:
        limit = conn.server.result_max_chars if conn else 20_000
        return ToolResult(text=text, is_error=True, duration_s=time.monotonic() - t0,
                          for_model=_cap_for_model(text, limit))


# ---------------------------------------------------------------------------- hub


class McpHub:
    """Owns the MCP connections of one session: ``async with McpHub(servers) as hub``."""

    def __init__(self, servers: Sequence[McpServerConfig]) -> None:
        names = [s.name for s in servers]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise McpError(f"MCP server name(s) {', '.join(dupes)} given twice; give every "
                           "[mcp_servers.NAME] a different name")
        self.servers = list(servers)
        self._own: dict[str, list[_Connection]] = {}
        self._sessions: dict[str, asyncio.Future[ToolSession]] = {}
        self._shared: dict[str, asyncio.Future[_Connection]] = {}
        self._closed = False

    async def __aenter__(self) -> McpHub:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.aclose()

    async def tools_for(self, key: str) -> ToolSession:
        """This run's tools, connecting its own sessions (in parallel) on first use."""
        if self._closed:
            raise McpError("the MCP hub is closed; tools_for was called after the session ended")
        fut = self._sessions.get(key)
        if fut is None:
            fut = self._sessions[key] = asyncio.get_running_loop().create_future()
            try:
                fut.set_result(await self._open(key))
            except BaseException as exc:
                self._sessions.pop(key, None)
                fut.set_exception(exc if not isinstance(exc, asyncio.CancelledError)
                                  else McpError("connecting was cancelled"))
                fut.exception()  # retrieved: waiters re-raise their own copy
                raise
            return fut.result()
        return await asyncio.shield(fut)

    async def _open(self, key: str) -> ToolSession:
        own = [_Connection(s, key) for s in self.servers if not s.share]
        self._own[key] = own
        jobs: list[asyncio.Future[Any]] = [asyncio.ensure_future(c.open()) for c in own]
        jobs += [asyncio.ensure_future(self._shared_connection(s))
                 for s in self.servers if s.share]
        try:
            await asyncio.wait(jobs)
        except asyncio.CancelledError:
            # Abort the handshakes in flight (each open() closes its own server when
            # cancelled) instead of waiting for them to finish or time out.
            for j in jobs:
                j.cancel()
            try:
                await _finish_uncancelled(jobs)
            finally:
                await self.release(key)
            raise
        errors = [j.exception() for j in jobs if j.exception() is not None]
        if errors:
            await self.release(key)
            first = errors[0]
            if not isinstance(first, McpError):
                first = McpError(f"MCP servers could not start: {type(first).__name__}: {first}")
            if len(errors) > 1:
                first = McpError(f"{first} (and {len(errors) - 1} more MCP server failure(s): "
                                 + "; ".join(_one_line(str(e), 200) for e in errors[1:]) + ")")
            raise first
        by_name = {c.server.name: c for c in own}
        for s in self.servers:
            if s.share:
                by_name[s.name] = self._shared[s.name].result()
        return ToolSession([by_name[s.name] for s in self.servers])

    async def _shared_connection(self, server: McpServerConfig) -> _Connection:
        fut = self._shared.get(server.name)
        if fut is None:
            conn = _Connection(server, "shared")
            fut = self._shared[server.name] = asyncio.ensure_future(self._open_shared(conn))
        return await asyncio.shield(fut)

    @staticmethod
    async def _open_shared(conn: _Connection) -> _Connection:
        await conn.open()
        return conn

    async def release(self, key: str) -> None:
        """Close that run's own sessions (shared servers stay up for the others)."""
        fut = self._sessions.pop(key, None)
        if fut is not None and fut.done() and not fut.cancelled() and fut.exception() is None:
            fut.result()._released = True
        own = self._own.pop(key, [])
        await _finish_uncancelled([asyncio.ensure_future(c.close()) for c in own])

    async def aclose(self) -> None:
        """Close everything; returns when no server process of this hub is left."""
        self._closed = True
        conns = [c for cs in self._own.values() for c in cs]
        self._own.clear()
        for fut in self._sessions.values():
            if fut.done() and not fut.cancelled() and fut.exception() is None:
                fut.result()._released = True
        self._sessions.clear()
        shared = list(self._shared.values())
        self._shared.clear()
        closes: list[asyncio.Future[Any]] = [asyncio.ensure_future(c.close()) for c in conns]
        for fut in shared:
            closes.append(asyncio.ensure_future(_close_shared(fut)))
        await _finish_uncancelled(closes)


async def _close_shared(fut: asyncio.Future[_Connection]) -> None:
    try:
        conn = await asyncio.shield(fut)
    except BaseException:  # noqa: BLE001 - a failed start has already cleaned up after itself
        return
    await conn.close()
