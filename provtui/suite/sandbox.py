"""The ``code`` check: run the model's Python against hidden tests, as hostile code.

The code is the answer's first fenced ``python`` block (tags python, py, python3), else its
first untagged fenced block, else the whole answer; it becomes module ``solution``.  The
spec's ``tests`` define top-level ``test_*`` functions (found by parsing, in provtui, so the
model cannot add or hide tests); each runs on its own, in a fresh interpreter, with
``timeout_s`` seconds; score = passed / tests.  Only the standard library is importable.

Isolation (Linux; ``sandbox_child.py`` has the mechanics):

- new user (when provtui is not root), mount, pid, network, IPC and UTS namespaces; a minimal
  root on a fresh tmpfs with only the interpreter and system libraries bound read-only; the
  host's root detached — /home, /root, /work, /tmp, /etc, data dirs and keys are not there;
- no network: a new network namespace whose only interface, ``lo``, is down;
- per test a new tmpfs for /tmp, HOME and the working directory, thrown away afterwards;
- no capabilities (empty bounding set, no_new_privs; as root on the host, an unused uid);
- limits: address space 1 GiB, CPU timeout_s + 1 s, 64 processes, 16 MiB per file, 64 open
  files, no core dumps; where the machine lets provtui make cgroups (root, or a delegated
  cgroup), 1.5 GiB of memory (tmpfs included) and 72 processes for the whole sandbox, since
  per-process limits alone would let 64 processes of 1 GiB each through;
- an environment of four fixed variables (no key can leak);
- a wall-clock limit per test enforced by the namespace's init, and one for the whole check
  enforced here by killing the launcher, which kills the init and with it every process of
  the namespace (setsid and double-forked children included).

- the test processes are the kernel's first OOM victims (oom_score_adj 1000).

The hidden tests reach the harness through a private pipe, never as a file: the solution
cannot read them from disk.  Results travel on another private pipe as one JSON record carrying
a random per-test nonce the harness read before the solution was imported; stdout is only kept
as context.  A pass needs that record, the right test name and exit status 0.  Printing fake
results does nothing.

Residual risks: the solution runs in the same interpreter as its test (as with any Python test
runner, pytest included), so code written specifically against this harness could find the
nonce in memory and forge its own test's record, or rig comparisons (an object whose
``__eq__`` is always true); it cannot touch other tests' processes, the host or provtui.
Hidden tests should compare with exact types where that matters.  There is no seccomp filter:
the kernel's whole (namespaced) system-call surface is reachable through ctypes.  /usr is
bound whole (read-only) so subprocess, zoneinfo and the C libraries work; it holds no user data.

Where namespaces are unavailable (not Linux, user namespaces disabled, seccomp in a
container...) the check is an error that says why, unless the user allowed unsandboxed code
(``--allow-unsandboxed-code``).  Then each test runs as a plain child process with the same
resource limits, an empty environment and a temporary working directory deleted afterwards —
but it can read and write whatever the user can, reach the network, and leave detached
processes behind; the check's detail says so.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

__all__ = ["extract_code", "run_tests", "code_check", "SandboxReport", "LIMITS"]

LIMITS = {
    "RLIMIT_AS": 1 << 30,
    "RLIMIT_NPROC": 64,
    "RLIMIT_FSIZE": 16 << 20,
    "RLIMIT_NOFILE": 64,
    "RLIMIT_CORE": 0,
}
TMP_MB = 64
CGROUP_MEMORY = 3 << 29  # 1.5 GiB for the whole sandbox, tmpfs included, where cgroups allow
CODE_MAX = 2_000_000
_HERE = Path(__file__).resolve().parent
_PY_TAGS = ("python", "py", "python3")
_UNSANDBOXED_NOTE = ("UNSANDBOXED (--allow-unsandboxed-code): ran as a plain process with "
                     "resource limits, an empty environment and a temporary directory only; it "
                     "could read and write your files, use the network and leave processes behind")


@dataclass
class SandboxReport:
    results: list[dict] = field(default_factory=list)
    """[{"test", "outcome": passed|failed|error|timeout|crashed|unstartable, "message", "output"}]"""
    error: str | None = None
    isolation: str = "namespaces"
    cgroups: list[str] = field(default_factory=list)
    """Which cgroups capped the whole sandbox: "memory", "pids" (cgroup v1) or "v2"."""


def extract_code(visible: str) -> tuple[str, str]:
    """(code, where it came from) per the module doc."""
    from provtui.suite.checks import fenced_blocks

    blocks = fenced_blocks(visible)
    for lang, body in blocks:
        if lang in _PY_TAGS:
            return body, "the first python block"
    for lang, body in blocks:
        if not lang:
            return body, "the first fenced block"
    return visible, "the whole answer"


def _interpreter() -> str:
    """The real interpreter binary (not a venv's symlink) so its prefix can be bound."""
    return os.path.realpath(getattr(sys, "_base_executable", None) or sys.executable)


def _binds(python: str) -> tuple[list[str], list[str]]:
    """(directories and files to bind read-only, top-level symlinks to recreate)."""
    links, binds = [], []
    for top in ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/usr"):
        if os.path.islink(top):
            links.append(top)
        elif os.path.isdir(top):
            binds.append(top)
    for extra in (sys.base_prefix, sys.base_exec_prefix, os.path.dirname(os.path.dirname(python))):
        real = os.path.realpath(extra)
        if not any(real == b or real.startswith(b.rstrip("/") + "/") for b in binds):
            binds.append(real)
    if os.path.exists("/etc/ld.so.cache"):
        binds.append("/etc/ld.so.cache")
    return binds, links


def _files(code: str) -> dict[str, str]:
    """What the sandbox sees as files: the solution and the harness (never the tests)."""
    return {"solution.py": code,
            "runner.py": (_HERE / "sandbox_runner.py").read_text(encoding="utf-8")}


def _rlimits(timeout_s: float) -> dict[str, int]:
    return {**LIMITS, "RLIMIT_CPU": int(timeout_s) + 1}


async def _kill(proc: asyncio.subprocess.Process) -> None:
    if proc.returncode is None:
        try:
            proc.kill()
        except ProcessLookupError:
            pass
        await proc.wait()


async def run_tests(code: str, tests: str, names: list[str], timeout_s: float, *,
                    allow_unsandboxed: bool = False, force_unsandboxed: bool = False) -> SandboxReport:
    """Run every test in ``names``; never raises for anything the model's code does."""
    if not force_unsandboxed:
        report = await _run_namespaced(code, tests, names, timeout_s)
        if report.error is None or not report.error.startswith("namespaces unavailable"):
            return report
        if not allow_unsandboxed:
            report.error += ("; the code was not run. Run on Linux with unprivileged user "
                             "namespaces enabled, or pass --allow-unsandboxed-code to run it "
                             "without them")
            return report
    return await _run_unsandboxed(code, tests, names, timeout_s)


_UNAVAILABLE: str | None = None  # why namespaces failed, once seen in this process


async def _run_namespaced(code: str, tests: str, names: list[str], timeout_s: float) -> SandboxReport:
    global _UNAVAILABLE
    if _UNAVAILABLE is not None:
        return SandboxReport(error=f"namespaces unavailable: {_UNAVAILABLE}", isolation="none")
    if not sys.platform.startswith("linux"):
        _UNAVAILABLE = f"sandboxing needs Linux namespaces; this is {sys.platform}"
        return SandboxReport(error=f"namespaces unavailable: {_UNAVAILABLE}", isolation="none")
    python = _interpreter()
    binds, links = _binds(python)
    if python.startswith("/tmp/"):
        return SandboxReport(error="namespaces unavailable: the Python interpreter lives under "
                             "/tmp, which the sandbox replaces", isolation="none")
    root = tempfile.mkdtemp(prefix="provtui-sandbox-")
    deadline = _outer_deadline(len(names), timeout_s)
    job = {"root": root, "python": python, "binds": binds, "top_links": links,
           "files": _files(code), "tests": names, "tests_source": tests, "timeout_s": timeout_s,
           "rlimits": _rlimits(timeout_s), "tmp_mb": TMP_MB,
           "uid": 200_000_000 + secrets.randbelow(100_000_000), "deadline_s": int(deadline + 10),
           "cgroup": f"provtui-sandbox-{secrets.token_hex(6)}", "cgroup_memory": CGROUP_MEMORY,
           "cgroup_pids": LIMITS["RLIMIT_NPROC"] + 8}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-I", "-S", "-B", str(_HERE / "sandbox_child.py"),
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE, env={}, cwd="/")
    try:
        try:
            out, err = await asyncio.wait_for(
                proc.communicate(json.dumps(job).encode("utf-8")), deadline)
        except asyncio.TimeoutError:
            return SandboxReport(error=f"the sandbox did not finish within {deadline:g} s and "
                                 "was killed with everything in it")
    finally:
        await _kill(proc)
        try:
            os.rmdir(root)
        except OSError:
            pass
        await asyncio.get_running_loop().run_in_executor(None, _remove_cgroups, job["cgroup"])
    return _parse_child(out, err, proc.returncode)


def _remove_cgroups(name: str) -> None:
    """The launcher removes its cgroups; when it was killed, they are removed here."""
    from provtui.suite import sandbox_child

    for _kind, path, _base in sandbox_child.cgroup_paths(name):
        if os.path.isdir(path):
            sandbox_child.cgroup_remove(path)


def _outer_deadline(tests: int, timeout_s: float) -> float:
    """provtui's own limit for a whole check: every test's limit plus start-up slack."""
    return tests * (timeout_s + 5) + 30


def _parse_child(out: bytes, err: bytes, code: int | None) -> SandboxReport:
    global _UNAVAILABLE
    try:
        report = json.loads(out.decode("utf-8", "replace").strip().splitlines()[-1])
    except (ValueError, IndexError):
        last = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
        return SandboxReport(error=f"the sandbox launcher failed (status {code}): {last[0][:300]}")
    if "setup_error" in report:
        why = str(report["setup_error"])[:500]
        if report.get("stage", "environment") != "environment":
            return SandboxReport(error=f"the sandbox could not be prepared: {why}")
        _UNAVAILABLE = why  # a property of this machine: do not try again in this process
        return SandboxReport(error=f"namespaces unavailable: {why}", isolation="none")
    return SandboxReport(results=list(report.get("results") or []),
                         cgroups=[str(c) for c in report.get("cgroups") or []])


async def _run_unsandboxed(code: str, tests: str, names: list[str], timeout_s: float) -> SandboxReport:
    import signal

    work = Path(tempfile.mkdtemp(prefix="provtui-unsandboxed-"))
    report = SandboxReport(isolation="none")
    try:
        for k, name in enumerate(names):
            # Fresh copies per test: what one test's code changed is not the next one's harness.
            run_dir = work / f"run-{k}"
            code_dir = run_dir / "code"
            code_dir.mkdir(parents=True)
            for fname, text in _files(code).items():
                (code_dir / fname).write_text(text, encoding="utf-8")
            nonce = secrets.token_hex(16)
            nonce_r, nonce_w = os.pipe()
            res_r, res_w = os.pipe()
            env = {"HOME": str(run_dir), "TMPDIR": str(run_dir), "PATH": "/usr/bin:/bin",
                   "LC_ALL": "C.UTF-8"}
            proc = await asyncio.create_subprocess_exec(
                _interpreter(), "-I", "-S", "-B", str(code_dir / "runner.py"), name, str(nonce_r),
                str(res_w), str(code_dir), json.dumps(_rlimits(timeout_s)),
                stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.STDOUT, env=env, cwd=str(run_dir),
                pass_fds=(nonce_r, res_w), start_new_session=True)
            os.close(nonce_r)
            os.close(res_w)
            loop = asyncio.get_running_loop()
            payload = json.dumps({"nonce": nonce, "tests": tests}).encode()
            from provtui.suite.sandbox_child import _send

            send_task = loop.run_in_executor(None, _send, nonce_w, payload)
            result_task = loop.run_in_executor(None, _read_capped, res_r)
            timed_out = False
            try:
                out, _ = await asyncio.wait_for(proc.communicate(), timeout_s)
            except asyncio.TimeoutError:
                timed_out, out = True, b""
            finally:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
                await _kill(proc)
            raw = await result_task
            await send_task
            tail = (out or b"")[:4000].decode("utf-8", "replace")[-600:]
            if timed_out:
                report.results.append({"test": name, "outcome": "timeout",
                                       "message": f"timed out after {timeout_s:g} s", "output": tail})
            else:
                report.results.append(_unsandboxed_record(name, nonce, raw, proc.returncode, tail))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return report


def _read_capped(fd: int) -> bytes:
    data = b""
    try:
        while len(data) < 65536:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            data += chunk
    finally:
        os.close(fd)
    return data


def _unsandboxed_record(name: str, nonce: str, raw: bytes, code: int | None, tail: str) -> dict:
    from provtui.suite import sandbox_child

    if code is not None and code < 0:
        status = -code  # killed by a signal: waitpid-style status
    else:
        status = (code or 0) << 8
    return sandbox_child._judge_record(name, nonce, raw, status, tail)


# ------------------------------------------------------------------------------ the check


def _test_line(r: dict) -> str:
    msg = r.get("message") or r.get("outcome", "")
    if r.get("outcome") == "error" and r.get("output"):
        msg += f" | output: {r['output'][-200:]}"
    return f"{r.get('test')}: {msg}"


async def code_check(spec: dict, visible: str, ctx: Any, *, make_result: Callable[..., dict]) -> dict:
    from provtui.suite.checks import test_names

    names = test_names(spec["tests"])
    if isinstance(names, str):
        return make_result(spec, False, 0.0, "", error=f"tests: {names}")
    code, where = extract_code(visible)
    if not code.strip():
        return make_result(spec, False, 0.0, f"0/{len(names)} tests passed: the answer has no code")
    code = code.encode("utf-8", "replace").decode("utf-8")  # lone surrogates cannot be a file
    if len(code) > CODE_MAX:
        return make_result(spec, False, 0.0, f"0/{len(names)} tests passed: the code is "
                           f"{len(code):,} characters; at most {CODE_MAX:,} are run")
    report = await run_tests(code, spec["tests"], names, float(spec["timeout_s"]),
                             allow_unsandboxed=bool(getattr(ctx, "allow_unsandboxed_code", False)))
    if report.error is not None:
        return make_result(spec, False, 0.0, "", error=report.error)
    if report.results and all(r.get("outcome") == "unstartable" for r in report.results):
        return make_result(spec, False, 0.0, "", error=report.results[0].get("message"))
    by_name = {r.get("test"): r for r in report.results}
    passed = [n for n in names if by_name.get(n, {}).get("outcome") == "passed"]
    failed = [by_name.get(n, {"test": n, "outcome": "error", "message": "not run"})
              for n in names if n not in passed]
    detail = f"{len(passed)}/{len(names)} tests passed (code from {where})"
    if failed:
        detail += "; " + "; ".join(_test_line(r) for r in failed[:5])
        if len(failed) > 5:
            detail += f"; and {len(failed) - 5} more"
    if report.isolation == "none":
        detail = _UNSANDBOXED_NOTE + ". " + detail
    return make_result(spec, len(passed) == len(names), len(passed) / len(names), detail)
