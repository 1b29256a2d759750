"""McpHub against real MCP servers in real processes: mcp-server-time from PyPI over stdio, an
MCPServer over streamable HTTP and SSE on loopback, and tests/mcp_servers/fault_server.py for
every way a server can misbehave.  After each test no server process may be left."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mcp_servers.procs import alive, descendants, leftover_servers, owner_env
from provtui.core.config import McpServerConfig
from provtui.core.mcp import (
    McpError,
    McpHub,
    ToolResult,
    estimate_tool_tokens,
    shape_schema,
)

HERE = Path(__file__).resolve().parent
FAULT = str(HERE / "mcp_servers" / "fault_server.py")
HTTP = str(HERE / "mcp_servers" / "http_server.py")


@pytest.fixture(autouse=True)
def no_server_left_behind():
    yield
    left = leftover_servers()
    assert not left, f"MCP server processes left behind: {left}"


def fault(name: str = "faults", *flags: str, **kw) -> McpServerConfig:
    return McpServerConfig(name=name, command=sys.executable, args=(FAULT, *flags),
                           env={**owner_env(), **kw.pop("env", {})}, **kw)


def time_server(**kw) -> McpServerConfig:
    return McpServerConfig(name="time", command=sys.executable,
                           args=("-m", "mcp_server_time", "--local-timezone", "UTC"),
                           env=owner_env(), **kw)


# ---------------------------------------------------------------------------- real servers


async def test_mcp_server_time_over_stdio():
    async with McpHub([time_server()]) as hub:
        tools = await hub.tools_for("run-0")
        assert [t.name for t in tools.tools] == ["get_current_time", "convert_time"]
        assert all(t.server == "time" and t.remote_name == t.name for t in tools.tools)
        now = await tools.call("get_current_time", {"timezone": "UTC"})
        assert not now.is_error, now.text
        assert json.loads(now.text)["timezone"] == "UTC"
        assert now.for_model == now.text
        conv = await tools.call("convert_time", json.dumps(
            {"source_timezone": "UTC", "time": "12:00", "target_timezone": "Asia/Tokyo"}))
        assert not conv.is_error, conv.text
        body = json.loads(conv.text)
        assert body["target"]["datetime"][11:16] == "21:00"
        bad_zone = await tools.call("get_current_time", {"timezone": "Mars/Olympus_Mons"})
        assert bad_zone.is_error and "Mars/Olympus_Mons" in bad_zone.text


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def http_server(request):
    """An MCPServer subprocess on loopback; param = its transport."""
    transport = request.param
    port = _free_port()
    proc = subprocess.Popen([sys.executable, HTTP, "--transport", transport, "--port", str(port)],
                            env={**os.environ, **owner_env()}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while True:  # readiness wait, not a speed check
        if proc.poll() is not None:
            pytest.fail(f"http server exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if time.monotonic() > deadline:
                proc.kill()
                pytest.fail("http server did not listen within 30 s")
            time.sleep(0.05)
    try:
        yield port, proc
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stderr.close()


@pytest.mark.parametrize("http_server", ["streamable-http"], indirect=True)
async def test_streamable_http_server(http_server):
    port, proc = http_server
    cfg = McpServerConfig(name="fleet-http", url=f"http://127.0.0.1:{port}/mcp", transport="http",
                          headers={"X-Test": "1"})
    async with McpHub([cfg]) as hub:
        a = await hub.tools_for("a")
        b = await hub.tools_for("b")
        assert sorted(t.name for t in a.tools) == ["add", "pid"]
        r = await a.call("add", {"a": 2, "b": 40})
        assert not r.is_error and r.text == "42"
        assert (await b.call("pid", {})).text == str(proc.pid)
        assert (await b.call("add", '{"a": "x", "b": 1}')).is_error


@pytest.mark.parametrize("http_server", ["sse"], indirect=True)
async def test_sse_server(http_server):
    port, proc = http_server
    cfg = McpServerConfig(name="fleet-sse", url=f"http://127.0.0.1:{port}/sse", transport="sse")
    async with McpHub([cfg]) as hub:
        tools = await hub.tools_for("a")
        r = await tools.call("add", {"a": -1, "b": 1})
        assert not r.is_error and r.text == "0"
        assert (await tools.call("pid", None)).text == str(proc.pid)


async def test_http_server_not_running_is_a_clear_error():
    cfg = McpServerConfig(name="gone", url=f"http://127.0.0.1:{_free_port()}/mcp",
                          transport="http", startup_timeout_s=10)
    async with McpHub([cfg]) as hub:
        with pytest.raises(McpError) as err:
            await hub.tools_for("a")
    msg = str(err.value)
    assert "'gone'" in msg and "cannot connect" in msg and "[mcp_servers.gone]" in msg


# ---------------------------------------------------------------------------- environment


async def test_stdio_server_gets_a_minimal_environment(monkeypatch):
    monkeypatch.setenv("OPENROUTER_API_KEY", "sk-or-v1-must-never-leak")
    monkeypatch.setenv("DEEPINFRA_API_KEY", "di-must-never-leak")
    monkeypatch.setenv("LANG", "C.UTF-8")
    cfg = fault(env={"FLEET_REGION": "us-west"})
    async with McpHub([cfg]) as hub:
        tools = await hub.tools_for("a")
        env = json.loads((await tools.call("environment", {})).text)
    assert "OPENROUTER_API_KEY" not in env and "DEEPINFRA_API_KEY" not in env
    assert "must-never-leak" not in json.dumps(env)
    assert env["FLEET_REGION"] == "us-west"
    assert env["PATH"] == os.environ["PATH"] and env["LANG"] == "C.UTF-8"
    assert set(env) <= {"PATH", "HOME", "LANG", "LC_ALL", "LOGNAME", "SHELL", "TERM", "USER",
                        "FLEET_REGION", "PROVTUI_TEST_OWNER"}


# ---------------------------------------------------------------------------- faults


async def test_server_crash_mid_loop_fails_that_server_only():
    async with McpHub([fault(), time_server()]) as hub:
        tools = await hub.tools_for("a")
        assert (await tools.call("echo", {"text": "before"})).text == "before"
        crash = await tools.call("crash", {})
        assert crash.is_error
        assert "'faults' died during the call to 'crash'" in crash.text
        assert "simulated segfault" in crash.text  # the server's last stderr line
        after = await tools.call("echo", {"text": "after"})
        assert after.is_error and "died earlier" in after.text and "not called" in after.text
        # The loop goes on: the other server still answers.
        assert not (await tools.call("get_current_time", {"timezone": "UTC"})).is_error


async def test_hung_tool_times_out_and_the_server_stays_usable():
    async with McpHub([fault(call_timeout_s=1.0)]) as hub:
        tools = await hub.tools_for("a")
        hung = await tools.call("hang", {})
        assert hung.is_error
        assert "did not answer within call_timeout_s = 1" in hung.text
        assert "[mcp_servers.faults]" in hung.text
        assert (await tools.call("echo", {"text": "still here"})).text == "still here"


async def test_tool_error_is_an_error_result():
    async with McpHub([fault()]) as hub:
        tools = await hub.tools_for("a")
        r = await tools.call("fail", {"reason": "vehicle offline"})
    assert isinstance(r, ToolResult) and r.is_error
    assert "vehicle offline" in r.text


async def test_one_megabyte_result_is_kept_whole_and_truncated_for_the_model():
    async with McpHub([fault(result_max_chars=20_000)]) as hub:
        tools = await hub.tools_for("a")
        r = await tools.call("big", {"size": 1_000_000})
    assert not r.is_error
    assert len(r.text) == 1_000_000
    assert r.for_model.startswith(r.text[:20_000])
    assert r.for_model.endswith("\n[... truncated 980000 chars]")
    assert len(r.for_model) < 20_100


async def test_garbage_on_stdout_does_not_break_the_connection():
    async with McpHub([fault("noisy", "--garbage")]) as hub:
        tools = await hub.tools_for("a")
        for i in range(3):
            r = await tools.call("echo", {"text": f"call {i}"})
            assert not r.is_error and r.text == f"call {i}"
        # The banner before serving and one line per echo really reached the client.
        noise = tools._connections[0].garbage_lines
    assert noise == 4


async def test_server_that_exits_at_start_gives_a_clear_mcp_error():
    async with McpHub([fault("fleet", "--exit-at-start")]) as hub:
        with pytest.raises(McpError) as err:
            await hub.tools_for("a")
    msg = str(err.value)
    assert "MCP server 'fleet'" in msg and "exited during startup" in msg
    assert "/etc/fleet.toml missing" in msg  # what the server said on stderr
    assert "[mcp_servers.fleet]" in msg


async def test_missing_command_gives_a_clear_mcp_error():
    cfg = McpServerConfig(name="fleet", command="provtui-no-such-mcp-server")
    async with McpHub([cfg]) as hub:
        with pytest.raises(McpError, match=r"'fleet'.*command 'provtui-no-such-mcp-server' not "
                                           r"found.*\[mcp_servers\.fleet\]"):
            await hub.tools_for("a")


async def test_startup_timeout_gives_a_clear_mcp_error():
    async with McpHub([fault("sleepy", "--slow-start", "60", startup_timeout_s=1.0)]) as hub:
        with pytest.raises(McpError, match=r"'sleepy'.*did not answer within "
                                           r"startup_timeout_s = 1"):
            await hub.tools_for("a")


async def test_one_failing_server_closes_the_others_of_that_run():
    async with McpHub([time_server(), fault("broken", "--exit-at-start")]) as hub:
        with pytest.raises(McpError, match="'broken'"):
            await hub.tools_for("a")
        assert leftover_servers() == []  # the time server of run "a" is already gone


async def test_unknown_tool_and_invalid_arguments_never_reach_the_server():
    async with McpHub([fault()]) as hub:
        tools = await hub.tools_for("a")
        unknown = await tools.call("get_weather", {})
        assert unknown.is_error and "unknown tool 'get_weather'" in unknown.text
        assert "echo" in unknown.text  # names what exists
        bad = await tools.call("echo", '{"text": "unterminated')
        assert bad.is_error and "not valid JSON" in bad.text and "not called" in bad.text
        not_object = await tools.call("echo", "[1, 2]")
        assert not_object.is_error and "JSON object" in not_object.text
        assert (await tools.call("pid", "")).text.isdigit()  # "" means no arguments

        assert tools.validate("echo", '{"text": "hi"}') == (True, None)
        ok, why = tools.validate("echo", {"text": 5})
        assert not ok and "text" in why and "string" in why
        ok, why = tools.validate("echo", {})
        assert not ok and "'text' is a required property" in why
        ok, why = tools.validate("echo", "{oops")
        assert not ok and "not valid JSON" in why
        ok, why = tools.validate("nope", {})
        assert not ok and why.startswith("unknown tool 'nope'")
        # Schema-invalid but well-formed arguments do go to the server: its answer is data.
        served = await tools.call("echo", {"text": 5})
        assert served.is_error and "echo" in served.text


async def test_image_results_are_summarised():
    async with McpHub([fault()]) as hub:
        r = await (await hub.tools_for("a")).call("image", {})
    assert r.text == "[image: image/png, 69 bytes]"


# ---------------------------------------------------------------------------- isolation


async def test_each_run_gets_its_own_server_process():
    async with McpHub([fault()]) as hub:
        a = await hub.tools_for("run-a")
        b = await hub.tools_for("run-b")
        assert await hub.tools_for("run-a") is a
        pid_a = (await a.call("pid", {})).text
        pid_b = (await b.call("pid", {})).text
        assert pid_a.isdigit() and pid_b.isdigit() and pid_a != pid_b
        await hub.release("run-a")
        assert not alive(pid_a) and alive(pid_b)
        released = await a.call("pid", {})
        assert released.is_error and "released" in released.text
        assert (await b.call("pid", {})).text == pid_b


async def test_shared_server_is_one_connection_for_every_run():
    async with McpHub([fault(share=True)]) as hub:
        runs = await asyncio.gather(*(hub.tools_for(f"run-{i}") for i in range(3)))
        pids = {(await r.call("pid", {})).text for r in runs}
        assert len(pids) == 1
        await hub.release("run-0")  # shared servers outlive one run's release
        assert (await runs[1].call("pid", {})).text in pids


async def test_same_tool_name_on_two_servers_gets_prefixed():
    async with McpHub([fault("north"), fault("south")]) as hub:
        tools = await hub.tools_for("a")
        names = [t.name for t in tools.tools]
        assert "north_echo" in names and "south_echo" in names and "echo" not in names
        assert len(set(names)) == len(names)
        t = tools.tool("south_pid")
        assert t is not None and t.server == "south" and t.remote_name == "pid"
        assert (await tools.call("north_echo", {"text": "n"})).text == "n"
        assert (await tools.call("north_pid", {})).text != (await tools.call("south_pid", {})).text


# ---------------------------------------------------------------------------- cancellation


async def test_cancelled_connect_leaves_no_process():
    hub = McpHub([fault("slow", "--slow-start", "60")])
    task = asyncio.create_task(hub.tools_for("a"))
    for _ in range(200):  # until the server process exists (it then sleeps for 60 s)
        if descendants():
            break
        await asyncio.sleep(0.05)
    assert descendants(), "the server process never started"
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await hub.aclose()


async def test_cancelling_a_run_mid_call_then_closing_leaves_no_process():
    async with McpHub([fault()]) as hub:
        tools = await hub.tools_for("a")
        call = asyncio.create_task(tools.call("hang", {}))
        await asyncio.sleep(0.3)
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
        # A cancelled call does not poison the connection.
        assert (await tools.call("echo", {"text": "ok"})).text == "ok"


async def test_hub_closed_from_another_task_while_a_call_hangs():
    hub = McpHub([fault()])
    tools = await hub.tools_for("a")
    call = asyncio.create_task(tools.call("hang", {}))
    await asyncio.sleep(0.3)
    await asyncio.create_task(hub.aclose())
    r = await call
    assert r.is_error
    with pytest.raises(McpError, match="closed"):
        await hub.tools_for("b")


# ---------------------------------------------------------------------------- shaping


def test_shape_schema_drops_keywords_but_not_property_names():
    schema = {
        "type": "object",
        "properties": {
            "format": {"type": "string", "format": "date", "pattern": "^x"},
            "when": {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}]},
        },
        "$defs": {"pattern": {"type": "string", "minLength": 2}},
        "required": ["format"],
    }
    out = shape_schema(schema, ("format", "pattern", "minLength"))
    assert out["properties"]["format"] == {"type": "string"}
    assert out["properties"]["when"]["anyOf"][0] == {"type": "string"}
    assert out["$defs"] == {"pattern": {"type": "string"}}
    assert out["required"] == ["format"]
    assert schema["properties"]["format"]["format"] == "date"  # the input is untouched


async def test_openai_tools_shape_and_token_estimate():
    async with McpHub([time_server()]) as hub:
        tools = await hub.tools_for("a")
        plain = tools.openai_tools()
        shaped = tools.openai_tools(drop_keywords=("title", "description"))
    assert plain[0]["type"] == "function"
    fn = plain[0]["function"]
    assert fn["name"] == "get_current_time" and fn["description"]
    assert fn["parameters"]["type"] == "object" and "timezone" in fn["parameters"]["properties"]
    assert "title" not in json.dumps(shaped[0]["function"]["parameters"])
    # The function's own description stays: only schema keywords are shaped.
    assert shaped[0]["function"]["description"] == fn["description"]
    assert 0 < estimate_tool_tokens(shaped) < estimate_tool_tokens(plain)
    assert estimate_tool_tokens([]) == 0


def test_leftover_check_sees_a_stray_server():
    # The autouse check is only worth something if it can fail.
    proc = subprocess.Popen([sys.executable, FAULT, "--slow-start", "60"],
                            env={**os.environ, **owner_env()}, stdin=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert any(line.startswith(f"{proc.pid}:") for line in leftover_servers())
    finally:
        proc.kill()
        proc.wait()
        proc.stdin.close()
    assert leftover_servers() == []


def test_duplicate_server_names_are_rejected():
    with pytest.raises(McpError, match="given twice"):
        McpHub([fault("x"), fault("x")])
