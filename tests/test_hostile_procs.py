"""Hostile MCP servers, signals and a full disk against `provtui run` / `doctor` (issue 14,
items 13-16): real subprocesses, tests/mcp_servers/fault_server.py as the server,
tests/hostile_provider.py and the transcript server as providers, /proc to find leftovers."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mcp_servers.procs import owned_processes, owner_env
from provtui.core.config import McpServerConfig
from provtui.core.mcp import McpHub
from transcript_server import Reply, TranscriptServer

HERE = Path(__file__).resolve().parent
FAULT = str(HERE / "mcp_servers" / "fault_server.py")
HOSTILE = str(HERE / "hostile_provider.py")


def _config(tmp: Path, providers: dict[str, str], *flags: str) -> Path:
    lines = []
    for name, url in providers.items():
        lines += [f"[providers.{name}]", f'base_url = "{url}"', "",
                  f"[targets.{name}]", f'provider = "{name}"', 'model = "m"', ""]
    owner = owner_env()
    args = json.dumps([FAULT, *flags])
    lines += ["[mcp_servers.fleet]", f'command = "{sys.executable}"', f"args = {args}",
              f'env = {{ {next(iter(owner))} = "{next(iter(owner.values()))}" }}']
    p = tmp / "config.toml"
    p.write_text("\n".join(lines) + "\n")
    p.chmod(0o600)
    return p


def _no_server_left(timeout: float = 10.0) -> list:
    deadline = time.monotonic() + timeout
    while True:
        left = owned_processes()
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.1)


def _provtui(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "provtui", *args], capture_output=True,
                          text=True, timeout=120, **kw)


# ---------------------------------------------------------------------------- 16: groups


def test_doctor_ends_the_mcp_servers_whole_process_group(tmp_path: Path) -> None:
    cfg = _config(tmp_path, {}, "--spawn-child")
    r = _provtui("doctor", "--config", str(cfg))
    assert "mcp fleet: started" in r.stdout + r.stderr, r.stdout + r.stderr
    assert _no_server_left() == []


def test_run_ends_the_mcp_servers_whole_process_group(tmp_path: Path) -> None:
    with TranscriptServer.in_thread() as srv:
        url = srv.add(Reply.tool_call_stream([{"name": "pid", "arguments": {}}]),
                      Reply.text_stream(["done."]))
        cfg = _config(tmp_path, {"p": url}, "--spawn-child")
        r = _provtui("run", "--config", str(cfg), "-t", "p", "--mcp", "fleet", "hi")
    assert r.returncode == 0, r.stderr
    assert _no_server_left() == []


# ---------------------------------------------------------------------------- 14: stderr


@pytest.mark.asyncio
async def test_mcp_stderr_is_a_bounded_tail_that_says_what_was_dropped() -> None:
    server = McpServerConfig(name="fleet", command=sys.executable,
                             args=(FAULT, "--stderr-flood", str(40 * 2**20)), env=owner_env(),
                             startup_timeout_s=60)
    async with McpHub([server]) as hub:
        tools = await hub.tools_for("k")
        conn = tools._connections[0] if hasattr(tools, "_connections") else None
        result = await tools.call("crash", {})
    assert result.is_error
    assert "simulated segfault in crash()" in result.text
    assert "MiB on stderr, only the last 64 KiB kept" in result.text
    if conn is not None and conn._stderr is not None:
        assert conn._stderr.total > 40 * 2**20
        assert len(conn._stderr.text()) <= 64 * 1024
    assert _no_server_left() == []


# ---------------------------------------------------------------------------- 15: signals


@pytest.mark.parametrize("signum,code", [(signal.SIGTERM, 143), (signal.SIGHUP, 129)],
                         ids=["SIGTERM", "SIGHUP"])
def test_a_stop_signal_during_a_hung_tool_call_saves_and_stops_the_server(
        tmp_path: Path, signum: int, code: int) -> None:
    data = Path(os.environ["PROVTUI_DATA_DIR"]) / "sessions"
    with TranscriptServer.in_thread() as srv:
        url = srv.add(Reply.tool_call_stream([{"name": "hang", "arguments": {}}]),
                      Reply.text_stream(["never"]))
        cfg = _config(tmp_path, {"p": url})
        p = subprocess.Popen([sys.executable, "-m", "provtui", "run", "--config", str(cfg),
                              "-t", "p", "--mcp", "fleet", "hi"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # the hang tool has been called
            journals = list(data.glob("*.journal.jsonl")) if data.exists() else []
            if journals and b"ToolCallStarted" in journals[0].read_bytes():
                break
            time.sleep(0.1)
        else:
            p.kill()
            pytest.fail("the run never reached the hung tool call")
        time.sleep(0.3)
        p.send_signal(signum)
        out, err = p.communicate(timeout=60)
    assert p.returncode == code, err
    assert "Traceback" not in err
    assert f"{signal.Signals(signum).name}: cancelling" in err
    saved = list(data.glob("*.json"))
    assert len(saved) == 1 and not list(data.glob("*.journal.jsonl")), err
    session = json.loads(saved[0].read_text())
    assert session["runs"][0]["status"] == "cancelled"
    assert _no_server_left() == []


# ---------------------------------------------------------------------------- 13: disk


def _namespaces_work() -> bool:
    if shutil.which("unshare") is None:
        return False
    r = subprocess.run(["unshare", "-Urm", "sh", "-c",
                        "mount -t tmpfs -o size=256k tmpfs /mnt 2>/dev/null || "
                        "mount -t tmpfs -o size=256k tmpfs /tmp"], capture_output=True)
    return r.returncode == 0


@pytest.mark.skipif(not _namespaces_work(),
                    reason="SKIPPED LOUDLY: user+mount namespaces (unshare -Urm) are not "
                           "available here, so no small tmpfs can be mounted for the disk-full "
                           "test")
def test_a_full_disk_says_so_in_one_line_and_never_crashes_a_later_run(tmp_path: Path) -> None:
    big = subprocess.Popen([sys.executable, HOSTILE, "content", str(2 * 2**20)],
                           stdout=subprocess.PIPE, text=True)
    small = subprocess.Popen([sys.executable, HOSTILE, "normal", "0"],
                             stdout=subprocess.PIPE, text=True)
    try:
        urls = {"big": f"http://127.0.0.1:{int(big.stdout.readline())}/v1",
                "fine": f"http://127.0.0.1:{int(small.stdout.readline())}/v1"}
        cfg = tmp_path / "config.toml"
        cfg.write_text("".join(f'[providers.{n}]\nbase_url = "{u}"\n[targets.{n}]\n'
                               f'provider = "{n}"\nmodel = "m"\n' for n, u in urls.items()))
        data = tmp_path / "data"
        data.mkdir()
        py = sys.executable
        script = (f'mount -t tmpfs -o size=256k tmpfs "{data}" || exit 99\n'
                  f'export PROVTUI_DATA_DIR="{data}"\n'
                  f'{py} -m provtui run --config "{cfg}" -t fine -t big hi; echo "RC1=$?" >&2\n'
                  f'echo "=====" >&2\n'
                  f'{py} -m provtui run --config "{cfg}" -t fine hi; echo "RC2=$?" >&2\n'
                  f'echo "=====" >&2\n'
                  f'{py} -m provtui sessions list; echo "RC3=$?" >&2\n')
        r = subprocess.run(["unshare", "-Urm", "sh", "-c", script], capture_output=True,
                           text=True, timeout=180)
    finally:
        for p in (big, small):
            p.kill()
            p.wait()
    assert "RC1=" in r.stderr, r.stderr
    first, second, third = r.stderr.split("=====")
    assert "Traceback" not in r.stderr, r.stderr
    assert f"no space left on {data}" in first, first
    assert "[ok] fine" in first, first  # the healthy target's result was shown
    assert "RC1=1" in first
    assert "RC2=" in second and "Traceback" not in second
    assert "RC3=0" in third


# ---------------------------------------------------------------------------- 13: -o


@pytest.mark.parametrize("where", ["/proc/nope/x.json", "DIR"], ids=["proc", "directory"])
def test_run_with_an_unwritable_copy_path_says_so_after_saving(tmp_path: Path,
                                                               where: str) -> None:
    prov = subprocess.Popen([sys.executable, HOSTILE, "normal", "0"], stdout=subprocess.PIPE,
                            text=True)
    try:
        url = f"http://127.0.0.1:{int(prov.stdout.readline())}/v1"
        cfg = tmp_path / "config.toml"
        cfg.write_text(f'[providers.p]\nbase_url = "{url}"\n[targets.p]\nprovider = "p"\n'
                       'model = "m"\n')
        dest = str(tmp_path) if where == "DIR" else where
        r = _provtui("run", "--config", str(cfg), "-t", "p", "-o", dest, "hi")
    finally:
        prov.kill()
        prov.wait()
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    line = [ln for ln in r.stderr.splitlines() if ln.startswith(f"provtui: -o {dest}")]
    assert len(line) == 1 and "the session is saved in" in line[0], r.stderr
    saved = Path(line[0].rsplit("the session is saved in ", 1)[1])
    assert json.loads(saved.read_text())["runs"][0]["status"] == "ok"
