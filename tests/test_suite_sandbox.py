"""The code check's sandbox, attacked for real: every attack must fail and the check must
finish normally.  Linux with namespaces (skipped loudly elsewhere; the unsandboxed fallback
is tested everywhere).  Generous per-test timeouts: the machine may be loaded."""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from provtui.suite import sandbox
from provtui.suite.checks import CheckContext, run_checks, validate_check

SLOW = 30  # seconds per test where nothing should take long: generous on a loaded box


@pytest.fixture(scope="module")
def namespaces() -> sandbox.SandboxReport:
    """Skip (loudly) when this machine cannot give the sandbox its namespaces."""
    if not sys.platform.startswith("linux"):
        pytest.skip("SANDBOX ATTACK TESTS NOT RUN: not Linux, so no namespaces")
    report = asyncio.run(sandbox.run_tests("x = 1\n", "def test_a():\n    pass\n", ["test_a"], SLOW))
    sandbox._UNAVAILABLE = None  # let each test try for itself
    if report.error:
        pytest.skip(f"SANDBOX ATTACK TESTS NOT RUN: Linux namespaces unavailable here ({report.error})")
    return report


needs_ns = pytest.mark.usefixtures("namespaces")


def run(code: str, tests: str, timeout: float = SLOW) -> dict[str, dict]:
    from provtui.suite.checks import test_names

    names = test_names(tests)
    assert isinstance(names, list), names
    report = asyncio.run(sandbox.run_tests(code, tests, names, timeout))
    assert report.error is None, report.error
    assert report.isolation == "namespaces"
    got = {r["test"]: r for r in report.results}
    assert sorted(got) == sorted(names)  # every test reported: provtui finished normally
    return got


def check(answer: str, tests: str, timeout: float = SLOW, **ctx) -> dict:
    spec = validate_check({"kind": "code", "tests": tests, "timeout_s": timeout})
    [res] = asyncio.run(run_checks([spec], {"text": answer}, CheckContext(config=None, **ctx)))
    return res


def host_processes_with(marker: str) -> list[str]:
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        if marker in cmd:
            found.append(f"{pid}: {cmd}")
    return found


def gone(marker: str) -> bool:
    """No host process with ``marker`` is left.  When provtui kills the launcher, the kernel
    kills the namespace's processes at once but reaps them a moment later, so look a few times."""
    for _ in range(200):
        if not host_processes_with(marker):
            return True
        time.sleep(0.05)
    return False


# ------------------------------------------------------------------------------ scoring


FIZZ_TESTS = '''
import solution

def test_three():
    assert solution.fizzbuzz(3) == "Fizz"

def test_five():
    assert solution.fizzbuzz(5) == "Buzz"

def test_fifteen():
    assert solution.fizzbuzz(15) == "FizzBuzz"

def test_plain():
    assert solution.fizzbuzz(7) == "7"
'''


@needs_ns
def test_each_test_scored_separately_from_the_first_python_block():
    answer = ("Here is my solution:\n```text\nnot code\n```\n```python\n"
              "def fizzbuzz(n):\n    if n % 15 == 0:\n        return 'FizzBuzz'\n"
              "    if n % 3 == 0:\n        return 'Fizz'\n    return str(n)\n```\n"
              "```python\nraise SystemExit('second block is ignored')\n```")
    res = check(answer, FIZZ_TESTS)
    assert res["error"] is None, res
    assert res["score"] == pytest.approx(3 / 4) and not res["passed"]
    assert res["detail"].startswith("3/4 tests passed (code from the first python block)")
    assert "test_five" in res["detail"] and "AssertionError" in res["detail"]


@needs_ns
def test_whole_answer_and_untagged_block_and_all_pass():
    code = ("def fizzbuzz(n):\n    return 'Fizz' * (n % 3 == 0) + 'Buzz' * (n % 5 == 0) or str(n)\n")
    res = check(code, FIZZ_TESTS)
    assert res["passed"] and res["score"] == 1.0 and "the whole answer" in res["detail"]
    res = check("Sure:\n```\n" + code + "```", FIZZ_TESTS)
    assert res["passed"] and "the first fenced block" in res["detail"]


@needs_ns
def test_broken_solution_fails_every_test_without_an_error():
    res = check("```python\ndef fizzbuzz(n) return n\n```", FIZZ_TESTS)
    assert res["error"] is None and res["score"] == 0.0
    assert "SyntaxError" in res["detail"]
    assert check("Sorry, I cannot write code.", FIZZ_TESTS)["score"] == 0.0
    res = check("<think>```python\nprint(1)\n```</think>", FIZZ_TESTS)
    assert res["score"] == 0.0 and "no code" in res["detail"]


@needs_ns
def test_unencodable_and_oversized_answers_fail_and_the_sandbox_stays_available():
    res = check("def fizzbuzz(n):\n    return '\ud800'\n", FIZZ_TESTS)
    assert res["error"] is None and res["score"] == 0.0
    res = check("x = 1\n" * 400_000, FIZZ_TESTS)
    assert res["error"] is None and res["score"] == 0.0 and "at most 2,000,000" in res["detail"]
    res = check("def fizzbuzz(n):\n    return 'Fizz' * (n % 3 == 0) + 'Buzz' * (n % 5 == 0) or str(n)\n",
                FIZZ_TESTS)
    assert res["passed"] and sandbox._UNAVAILABLE is None


# ------------------------------------------------------------------------------ attacks


@needs_ns
def test_attack_writing_outside(tmp_path):
    marker = "pwned-" + secrets.token_hex(6)
    targets = [tmp_path / marker, Path("/work") / marker, Path.home() / marker,
               Path(tempfile.gettempdir()) / marker, Path(__file__).parent / marker]
    code = f"""
import os
def attack():
    done = []
    for p in {[str(t) for t in targets]!r} + ["/usr/{marker}", "/sandbox/{marker}", "/{marker}"]:
        try:
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "w") as f:
                f.write("x")
            done.append(p)
        except OSError:
            pass
    with open("/tmp/{marker}", "w") as f:   # the sandbox's own /tmp: allowed, thrown away
        f.write("y")
    return done
"""
    tests = "import solution\n\ndef test_a():\n    assert solution.attack() == []\n"
    got = run(code, tests)
    for t in targets:
        assert not t.exists(), f"the sandbox wrote {t}"
    # Written paths inside the sandbox (e.g. its /tmp) are gone with it: nothing to clean up.
    assert got["test_a"]["outcome"] in ("passed", "failed")
    assert not list(Path(tempfile.gettempdir()).glob("provtui-sandbox-*/" + marker))


@needs_ns
def test_attack_reading_a_secret_file(tmp_path):
    token = "SECRET-" + secrets.token_hex(12)
    secret = tmp_path / "secret.txt"
    secret.write_text(token)
    secret.chmod(0o400)
    home_secret = Path.home() / f".provtui-test-secret-{secrets.token_hex(4)}"
    home_secret.write_text(token)
    home_secret.chmod(0o400)
    try:
        code = f"""
import os
def grab():
    out = []
    for p in [{str(secret)!r}, {str(home_secret)!r}, "/etc/shadow", "/etc/passwd", "/root/.bashrc",
              "/work/coord/COORD.md", "/proc/1/environ", "/proc/1/cmdline"]:
        try:
            with open(p, "rb") as f:
                out.append(f.read().decode("utf-8", "replace"))
        except OSError as e:
            out.append(type(e).__name__)
    return out
"""
        tests = ("import solution\n\ndef test_leak():\n    assert 'SECRET-' in repr(solution.grab())\n\n"
                 "def test_denied():\n    got = solution.grab()\n"
                 "    assert got[:6] == ['FileNotFoundError'] * 6, got\n"
                 "    assert got[6] in ('PermissionError', 'FileNotFoundError'), got\n")
        res = check(code, tests)
        assert res["error"] is None and not res["passed"]
        assert res["score"] == 0.5, res["detail"]  # test_denied passes: nothing could be read
        assert token not in json.dumps(res)  # the answer's output cannot carry the secret out
        assert "test_leak: AssertionError (solution_tests.py line 4): assert 'SECRET-' in" in res["detail"]
    finally:
        home_secret.unlink()


@needs_ns
def test_attack_environment(monkeypatch):
    key = "sk-test-" + secrets.token_hex(16)
    monkeypatch.setenv("PROVTUI_FAKE_API_KEY", key)
    monkeypatch.setenv("OPENROUTER_API_KEY", key)
    code = "import os\ndef env():\n    return dict(os.environ)\n"
    tests = (f"import solution\n\ndef test_env():\n    e = solution.env()\n"
             f"    assert {key!r} not in repr(e)\n"
             "    assert set(e) <= {'HOME', 'TMPDIR', 'PATH', 'LC_ALL', 'LC_CTYPE'}, sorted(e)\n")
    assert run(code, tests)["test_env"]["outcome"] == "passed"


@needs_ns
def test_attack_network():
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.setblocking(False)
    port = listener.getsockname()[1]
    try:
        code = f"""
import socket
def connect():
    errors = []
    for host in ("127.0.0.1", "localhost", "1.1.1.1"):
        try:
            s = socket.create_connection((host, {port}), timeout=3)
            s.sendall(b"leak")
            return "CONNECTED to " + host
        except OSError as e:
            errors.append(type(e).__name__)
    return errors
"""
        tests = "import solution\n\ndef test_net():\n    r = solution.connect()\n    assert isinstance(r, list), r\n"
        assert run(code, tests)["test_net"]["outcome"] == "passed"
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody ever connected
    finally:
        listener.close()


@needs_ns
def test_attack_hang_times_out_and_the_other_tests_still_run():
    code = "import time\ndef spin():\n    while True:\n        pass\ndef sleep():\n    time.sleep(3600)\ndef ok():\n    return 1\n"
    tests = ("import solution\n\ndef test_spin():\n    solution.spin()\n\n"
             "def test_sleep():\n    solution.sleep()\n\ndef test_ok():\n    assert solution.ok() == 1\n")
    got = run(code, tests, timeout=4)
    assert got["test_spin"]["outcome"] in ("timeout", "crashed")  # wall clock or CPU limit
    assert got["test_sleep"]["outcome"] == "timeout"
    assert got["test_ok"]["outcome"] == "passed"


@needs_ns
def test_attack_hang_at_import_time_scores_zero():
    res = check("while True:\n    pass\n", "import solution\n\ndef test_a():\n    pass\n", timeout=2)
    assert res["error"] is None and res["score"] == 0.0
    assert "test_a" in res["detail"]


@needs_ns
def test_attack_4gb_allocation():
    code = "def big():\n    b = bytearray(4 * 1024 ** 3)\n    return len(b)\n"
    tests = "import solution\n\ndef test_big():\n    assert solution.big() == 4 * 1024 ** 3\n"
    got = run(code, tests)["test_big"]
    assert got["outcome"] in ("failed", "crashed")
    assert "MemoryError" in got["message"] or "signal" in got["message"]


@needs_ns
def test_attack_memory_across_many_processes_is_capped_by_the_cgroup(namespaces):
    if "memory" not in namespaces.cgroups and "v2" not in namespaces.cgroups:
        pytest.skip("MEMORY CGROUP TEST NOT RUN: this machine does not let provtui make a memory "
                    "cgroup, so only per-process limits apply (running it would really use 1.8 GB)")
    code = """
import os, time
def hog():
    pids = []
    for _ in range(4):
        pid = os.fork()
        if pid == 0:
            block = b"x" * (450 * 1024 * 1024)  # really resident, under the 1 GiB address limit
            time.sleep(2)
            os._exit(len(block) % 7)
        pids.append(pid)
    statuses = [os.waitpid(p, 0)[1] for p in pids]
    return sum(1 for st in statuses if os.WIFSIGNALED(st) and os.WTERMSIG(st) == 9)
"""
    tests = "import solution\n\ndef test_hog():\n    assert solution.hog() >= 1\n"
    got = run(code, tests)["test_hog"]
    # Either children were OOM-killed inside the cgroup, or the runner itself was.
    assert got["outcome"] in ("passed", "crashed"), got


@needs_ns
def test_attack_detached_children_are_dead_afterwards():
    marker = f"1000.{secrets.randbelow(10**9):09d}"
    code = f"""
import os, time
def detach():
    for _ in range(3):
        pid = os.fork()
        if pid == 0:
            os.setsid()
            if os.fork() == 0:
                os.execv("/usr/bin/sleep", ["sleep", "{marker}"])
            os._exit(0)
        os.waitpid(pid, 0)
    time.sleep(0.5)
    return True
"""
    name = f"test_detach_{secrets.token_hex(6)}"  # other sandboxes may run on this machine
    tests = f"import solution\n\ndef {name}():\n    assert solution.detach()\n"
    assert run(code, tests)[name]["outcome"] == "passed"
    assert host_processes_with(marker) == []
    assert host_processes_with(name) == []


@needs_ns
def test_provtuis_own_deadline_kills_the_whole_namespace(monkeypatch):
    marker = f"1000.{secrets.randbelow(10**9):09d}"
    monkeypatch.setattr(sandbox, "_outer_deadline", lambda tests, timeout_s: 3.0)
    names = []
    original = sandbox._remove_cgroups
    monkeypatch.setattr(sandbox, "_remove_cgroups", lambda name: (names.append(name), original(name)))
    code = f"""
import os, time
if os.fork() == 0:
    os.setsid()
    os.execv("/usr/bin/sleep", ["sleep", "{marker}"])
time.sleep(3600)
"""
    name = f"test_a_{secrets.token_hex(6)}"
    report = asyncio.run(sandbox.run_tests(code, f"import solution\n\ndef {name}():\n    pass\n",
                                           [name], SLOW))
    assert report.error and "did not finish within 3 s" in report.error
    assert gone(marker)
    assert gone(name)
    from provtui.suite.sandbox_child import cgroup_paths

    assert len(names) == 1
    assert [p for _k, p, _b in cgroup_paths(names[0]) if Path(p).exists()] == []


@needs_ns
def test_cancelling_the_check_kills_the_namespace():
    marker = f"1000.{secrets.randbelow(10**9):09d}"
    code = f"""
import os, time
def run():
    if os.fork() == 0:
        os.setsid()
        os.execv("/usr/bin/sleep", ["sleep", "{marker}"])
    time.sleep(3600)
"""

    async def scenario() -> None:
        task = asyncio.create_task(sandbox.run_tests(
            code, "import solution\n\ndef test_a():\n    solution.run()\n", ["test_a"], SLOW))
        for _ in range(400):  # wait (up to ~20 s on a loaded box) until the sleeper exists
            if host_processes_with(marker):
                break
            await asyncio.sleep(0.05)
        assert host_processes_with(marker), "the sandboxed sleeper never started"
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(scenario())
    assert gone(marker)


@needs_ns
def test_attack_killing_its_parent():
    code = "import os, signal\ndef kill():\n    os.kill(os.getppid(), signal.SIGKILL)\n    os.kill(1, signal.SIGKILL)\n    os.kill(-1, signal.SIGKILL)\n    return 'alive'\n"
    tests = ("import solution\n\ndef test_kill():\n    assert solution.kill() == 'alive'\n\n"
             "def test_after():\n    assert 1 + 1 == 2\n")
    got = run(code, tests)
    assert got["test_after"]["outcome"] == "passed"
    assert got["test_kill"]["outcome"] in ("passed", "failed", "crashed")


@needs_ns
def test_attack_fork_bomb_is_bounded():
    code = """
import os, time
def bomb():
    n = 0
    try:
        while n < 10000:
            if os.fork() == 0:
                time.sleep(60)
                os._exit(0)
            n += 1
    except OSError:
        pass
    return n
"""
    name = f"test_bomb_{secrets.token_hex(6)}"
    tests = f"import solution\n\ndef {name}():\n    n = solution.bomb()\n    assert n < 64, n\n"
    assert run(code, tests)[name]["outcome"] == "passed"
    assert host_processes_with(name) == []


@needs_ns
def test_attack_forged_results_do_not_pass():
    forged = json.dumps({"nonce": "0" * 32, "test": "test_wrong", "outcome": "passed", "message": ""})
    code = f"""
import os, sys
line = {forged!r} + "\\n"
print(line); print(line, file=sys.stderr)
for fd in range(3, 64):
    try:
        os.write(fd, line.encode())
    except OSError:
        pass
"""
    tests = "import solution\n\ndef test_wrong():\n    assert False, 'the solution is wrong'\n"
    res = check(code, tests)
    assert not res["passed"] and res["score"] == 0.0
    code_exit = code + "\nos._exit(0)\n"
    res = check(code_exit, tests)
    assert not res["passed"] and res["score"] == 0.0


@needs_ns
def test_attack_peeking_at_the_hidden_tests():
    code = """
import os
def peek():
    found = []
    for top in ("/sandbox", "/tmp", "/proc/self/fd"):
        for dirpath, _dirs, files in os.walk(top):
            for f in files:
                try:
                    with open(os.path.join(dirpath, f), "rb") as fh:
                        if b"EXPECTED_" + b"ANSWER_42" in fh.read(1 << 20):
                            found.append(os.path.join(dirpath, f))
                except OSError:
                    pass
    return found
"""
    tests = "import solution\n\ndef test_peek():\n    assert solution.peek() == [], 'EXPECTED_ANSWER_42'\n"
    got = run(code, tests)["test_peek"]
    assert got["outcome"] == "passed", got


@needs_ns
def test_sandbox_has_no_capabilities_and_no_host_processes():
    code = """
import os
def facts():
    status = dict(l.split(":", 1) for l in open("/proc/self/status"))
    return {"eff": status["CapEff"].strip(), "bnd": status["CapBnd"].strip(),
            "nnp": status["NoNewPrivs"].strip(), "procs": [p for p in os.listdir("/proc") if p.isdigit()],
            "root": sorted(os.listdir("/")), "oom": open("/proc/self/oom_score_adj").read().strip()}
"""
    tests = """import solution

def test_facts():
    f = solution.facts()
    assert f["eff"] == "0000000000000000" and f["bnd"] == "0000000000000000", f
    assert f["nnp"] == "1"
    assert len(f["procs"]) <= 3, f["procs"]
    assert not {"home", "work", "var", "opt", "mnt"} & set(f["root"]), f["root"]
    assert f["oom"] == "1000"  # the first OOM victim on the machine, never another helper
"""
    assert run(code, tests)["test_facts"]["outcome"] == "passed"


@needs_ns
@pytest.mark.skipif(os.geteuid() != 0 or not os.path.exists("/usr/bin/setpriv")
                    or not os.path.exists("/usr/bin/python3"),
                    reason="the unprivileged path is tested here only as root (via setpriv); "
                           "as a normal user every test above already takes it")
def test_unprivileged_path_with_a_user_namespace(tmp_path):
    python = os.path.realpath("/usr/bin/python3")
    root = tempfile.mkdtemp(prefix="provtui-sandbox-")
    os.chown(root, 65534, 65534)
    code = ("import os\ndef facts():\n    s = dict(l.split(':', 1) for l in open('/proc/self/status'))\n"
            "    return s['CapEff'].strip(), os.getuid(), sorted(os.listdir('/'))\n")
    tests = ("import solution\n\ndef test_facts():\n    eff, uid, top = solution.facts()\n"
             "    assert eff == '0000000000000000' and uid == 0\n    assert 'root' not in top and 'work' not in top\n")
    job = {"root": root, "python": python, "binds": ["/usr"] + (["/etc/ld.so.cache"] if os.path.exists("/etc/ld.so.cache") else []),
           "top_links": [d for d in ("/bin", "/sbin", "/lib", "/lib64") if os.path.islink(d)],
           "files": sandbox._files(code), "tests": ["test_facts"], "tests_source": tests, "timeout_s": SLOW,
           "rlimits": sandbox._rlimits(SLOW), "tmp_mb": 16, "uid": 1, "deadline_s": 120}
    try:
        p = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", python,
                            "-I", "-S", "-B", str(Path(sandbox.__file__).with_name("sandbox_child.py"))],
                           input=json.dumps(job).encode(), capture_output=True, env={}, cwd="/", timeout=120)
    finally:
        os.rmdir(root)
    report = json.loads(p.stdout)
    assert report.get("user") == "user namespace", report
    assert report["results"][0]["outcome"] == "passed", report


@needs_ns
def test_a_sandbox_that_cannot_start_python_is_a_check_error(monkeypatch):
    monkeypatch.setattr(sandbox, "_interpreter", lambda: "/usr/bin/provtui-no-such-python")
    res = check("def f():\n    return 1\n", "import solution\n\ndef test_f():\n    assert solution.f() == 1\n")
    assert res["error"] and "could not start the test process (status 127: exec failed)" in res["error"]


# ------------------------------------------------------------------------------ no namespaces


def test_without_namespaces_the_check_is_an_error_that_says_why(monkeypatch):
    monkeypatch.setattr(sandbox, "_UNAVAILABLE", "user namespaces are disabled (pretend)")
    res = check("def f():\n    return 1\n", "import solution\n\ndef test_f():\n    assert solution.f() == 1\n")
    assert res["error"] and not res["passed"] and res["score"] == 0.0
    assert "pretend" in res["error"] and "--allow-unsandboxed-code" in res["error"]


def test_allow_unsandboxed_runs_with_limits_and_says_so(monkeypatch):
    monkeypatch.setattr(sandbox, "_UNAVAILABLE", "user namespaces are disabled (pretend)")
    key = "sk-test-" + secrets.token_hex(16)
    monkeypatch.setenv("PROVTUI_FAKE_API_KEY", key)
    code = "import os\ndef f():\n    return 1\ndef env():\n    return dict(os.environ)\n"
    tests = ("import solution\n\ndef test_f():\n    assert solution.f() == 1\n\n"
             f"def test_env():\n    assert {key!r} not in repr(solution.env())\n\n"
             "def test_wrong():\n    assert solution.f() == 2\n\n"
             "def test_big():\n    bytearray(4 * 1024 ** 3)\n")
    res = check(code, tests, allow_unsandboxed_code=True)
    assert res["error"] is None
    assert res["detail"].startswith("UNSANDBOXED")
    assert res["score"] == pytest.approx(2 / 4)
    assert "test_wrong" in res["detail"] and "test_big" in res["detail"]


def test_unsandboxed_hang_and_forgery(monkeypatch):
    code = ("import json, os\nfor fd in range(3, 30):\n    try:\n        os.write(fd, b'{\"nonce\": \"x\", \"test\": \"test_a\", \"outcome\": \"passed\"}\\n')\n"
            "    except OSError:\n        pass\ndef spin():\n    while True:\n        pass\n")
    tests = "import solution\n\ndef test_a():\n    assert False\n\ndef test_spin():\n    solution.spin()\n"
    report = asyncio.run(sandbox.run_tests(code, tests, ["test_a", "test_spin"], 2, force_unsandboxed=True))
    got = {r["test"]: r for r in report.results}
    assert got["test_a"]["outcome"] != "passed"
    assert got["test_spin"]["outcome"] in ("timeout", "crashed")
