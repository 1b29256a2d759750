"""The sandbox's launcher and init: run as ``python -I -S -B sandbox_child.py`` with a job on
stdin (see ``provtui.suite.sandbox``).  Standard library only: it runs outside the venv.

Process tree::

    provtui ── launcher (this file, host namespaces)
                 └── init: pid 1 of new pid, mount, network, IPC and UTS namespaces
                           (plus a new user namespace when provtui is not root)
                       └── one runner per test (sandbox_runner.py), no capabilities

The launcher unshares the namespaces and forks the init; the init dies with the launcher
(PR_SET_PDEATHSIG), and when the init dies the kernel kills every process of its pid namespace,
so provtui's wall-clock timeout is one SIGKILL to the launcher.

The init builds a minimal root on a fresh tmpfs — the Python interpreter's prefix, /usr and
the library directories bound read-only, /dev/{null,zero,random,urandom}, a new /proc, the
code under /sandbox (read-only) — pivots into it and detaches the host's root, so nothing of
the host filesystem (homes, /work, /tmp, /etc, data dirs, keys) is reachable.  Each test gets
a new tmpfs on /tmp (its HOME and working directory), unmounted afterwards: nothing written
survives, not even for the next test.  The network namespace has only ``lo``, down.

Each runner: its own session, resource limits (address space, CPU, processes, file size,
open files, no core), no capabilities and no way to regain them (empty bounding set,
no_new_privs; as root on the host it also switches to an unused uid), an environment of four
fixed variables, and two private pipes: one bringing the hidden tests' source and a per-test
random nonce (the tests never touch a file the solution could read), one for its result.  After each test the init kills every other process of the namespace (detached
children included) and reaps them.

Output: one JSON object on stdout: ``{"results": [{"test", "outcome", "message"}], ...}`` or
``{"setup_error": "...", "stage": "environment" | "input" | "internal"}`` (exit status 3):
"environment" when this machine does not allow the namespaces or mounts (the same every
time), "input" when this job's files could not be placed.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import platform
import secrets
import select
import signal
import sys
import time

CLONE_NEWNS = 0x00020000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000

MS_RDONLY = 1
MS_NOSUID = 2
MS_NODEV = 4
MS_NOEXEC = 8
MS_REMOUNT = 32
MS_NOATIME = 1024
MS_NODIRATIME = 2048
MS_BIND = 4096
MS_REC = 16384
MS_PRIVATE = 1 << 18
MS_STRICTATIME = 1 << 24
MNT_DETACH = 2

ST_RDONLY, ST_NOSUID, ST_NODEV, ST_NOEXEC = 1, 2, 4, 8
ST_NOATIME, ST_NODIRATIME, ST_RELATIME = 1024, 2048, 4096

PR_SET_PDEATHSIG = 1
PR_SET_DUMPABLE = 4
PR_CAPBSET_DROP = 24
PR_SET_SECUREBITS = 28
PR_SET_NO_NEW_PRIVS = 38
# SECBIT_NOROOT on; NO_SETUID_FIXUP and KEEP_CAPS off; all three locked.
SECURE_BITS = 0x01 | 0x02 | 0x08 | 0x20

SYS_PIVOT_ROOT = {"x86_64": 155, "amd64": 155, "aarch64": 41, "arm64": 41, "riscv64": 41,
                  "loongarch64": 41, "ppc64le": 203, "ppc64": 203, "s390x": 217,
                  "armv7l": 218, "i686": 217, "i386": 217}

SETUP_ERROR_EXIT = 3
OUTPUT_KEEP = 4000      # bytes of a test's stdout/stderr kept for the report
RESULT_MAX = 65536      # bytes of a result record read

try:
    _libc = ctypes.CDLL(None, use_errno=True)
except OSError:  # pragma: no cover - not a POSIX libc; launcher() reports it
    _libc = None


class SetupError(Exception):
    """The machine does not allow the sandbox (namespaces, mounts): the same every time."""


class InputError(Exception):
    """This job's files could not be placed in the sandbox (too large...): this job only."""


def _call(ret: int, what: str) -> None:
    if ret != 0:
        e = ctypes.get_errno()
        raise SetupError(f"{what}: {os.strerror(e)} (errno {errno.errorcode.get(e, e)})")


def _mount(src, dst, fstype, flags, data=None, what=None) -> None:
    enc = lambda s: None if s is None else os.fsencode(s)
    _call(_libc.mount(enc(src), enc(dst), enc(fstype), ctypes.c_ulong(flags), enc(data)),
          what or f"mount {dst}")


def _prctl(option: int, arg: int) -> int:
    return _libc.prctl(option, ctypes.c_ulong(arg), ctypes.c_ulong(0), ctypes.c_ulong(0),
                       ctypes.c_ulong(0))


def _write(path: str, text: str) -> None:
    fd = os.open(path, os.O_WRONLY)
    try:
        os.write(fd, text.encode())
    finally:
        os.close(fd)


def _report(obj: dict) -> None:
    data = (json.dumps(obj) + "\n").encode()
    while data:
        data = data[os.write(1, data):]


# ---------------------------------------------------------------------------- cgroups


def _cgroup_bases() -> list[tuple[str, str]]:
    """[(kind, directory of this process's cgroup)] for v1 memory and pids, and v2."""
    try:
        with open("/proc/self/cgroup") as f:
            own = [ln.rstrip("\n").split(":", 2) for ln in f if ln.count(":") >= 2]
        with open("/proc/self/mountinfo") as f:
            mounts = [ln.split() for ln in f]
    except OSError:
        return []
    found = []
    for m in mounts:
        if "-" not in m:
            continue
        dash = m.index("-")
        fstype, superopts = m[dash + 1], m[dash + 3] if len(m) > dash + 3 else ""
        root, point = m[3], m[4]
        for _hid, controllers, path in own:
            if fstype == "cgroup2" and controllers == "":
                kind = "v2"
            elif fstype == "cgroup" and controllers in ("memory", "pids") and controllers in superopts.split(","):
                kind = controllers
            else:
                continue
            if root != "/" and not (path == root or path.startswith(root.rstrip("/") + "/")):
                continue
            rel = path[len(root):] if root != "/" else path
            found.append((kind, point + rel.rstrip("/")))
    return found


def cgroup_paths(name: str) -> list[tuple[str, str, str]]:
    """[(kind, new cgroup directory, the directory it is made in)] for ``name``."""
    return [(kind, os.path.join(base, name), base) for kind, base in _cgroup_bases()]


def cgroup_enter(name: str, memory_bytes: int, pids_max: int) -> list[tuple[str, str, str]]:
    """Make ``name`` cgroups capping memory and processes, and move this process in: every
    sandbox process inherits them.  Best effort: where the machine does not let us (no
    delegation, no controller), nothing is made and [] is returned."""
    made = []
    limits = {"memory": [("memory.limit_in_bytes", memory_bytes), ("memory.memsw.limit_in_bytes", memory_bytes)],
              "pids": [("pids.max", pids_max)],
              "v2": [("memory.max", memory_bytes), ("memory.swap.max", 0), ("pids.max", pids_max)]}
    for kind, path, base in cgroup_paths(name):
        try:
            os.mkdir(path, 0o755)
        except OSError:
            continue
        applied = 0
        for fname, value in limits[kind]:
            try:
                _write(os.path.join(path, fname), str(value))
                applied += 1
            except OSError:
                pass
        try:
            if not applied:
                raise OSError("no limit could be set")
            _write(os.path.join(path, "cgroup.procs"), str(os.getpid()))
            made.append((kind, path, base))
        except OSError:
            try:
                os.rmdir(path)
            except OSError:
                pass
    return made


def cgroup_leave(made: list[tuple[str, str, str]]) -> None:
    """Move back to the original cgroups and remove the sandbox's (empty by now)."""
    for _kind, path, base in made:
        try:
            _write(os.path.join(base, "cgroup.procs"), str(os.getpid()))
        except OSError:
            pass
        cgroup_remove(path)


def cgroup_remove(path: str, tries: int = 50) -> bool:
    for _ in range(tries):
        try:
            os.rmdir(path)
            return True
        except FileNotFoundError:
            return True
        except OSError:
            time.sleep(0.02)  # the namespace's processes are still being torn down
    return False


# ---------------------------------------------------------------------------- launcher


def launcher() -> int:
    job = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    uid, gid = os.getuid(), os.getgid()
    as_root = os.geteuid() == 0
    flags = CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS
    if not as_root:
        flags |= CLONE_NEWUSER
    # Memory and process caps for the whole sandbox (rlimits are per process: 64 processes of
    # 1 GiB each would still be 64 GiB), where the machine lets us make cgroups.
    cgroups = cgroup_enter(job["cgroup"], job["cgroup_memory"], job["cgroup_pids"]) if job.get("cgroup") else []
    job["cgroups_applied"] = sorted({kind for kind, _, _ in cgroups})
    try:
        if platform.system() != "Linux":
            raise SetupError(f"namespaces need Linux, this is {platform.system()}")
        if platform.machine() not in SYS_PIVOT_ROOT:
            raise SetupError(f"unknown machine {platform.machine()!r} (pivot_root syscall number)")
        _call(_libc.unshare(ctypes.c_int(flags)), "unshare (user, mount, pid, network namespaces)")
        if not as_root:
            _write("/proc/self/setgroups", "deny")
            _write("/proc/self/uid_map", f"0 {uid} 1")
            _write("/proc/self/gid_map", f"0 {gid} 1")
    except (SetupError, OSError) as exc:
        _report({"setup_error": str(exc), "stage": "environment"})
        return SETUP_ERROR_EXIT
    alive_r, alive_w = os.pipe()  # EOF on alive_r: the launcher is gone
    child = os.fork()
    if child == 0:
        try:
            _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
            os.close(alive_w)
            # getppid() is 0 across the pid namespace, so the pipe tells whether the launcher
            # died before PR_SET_PDEATHSIG was set.
            if select.select([alive_r], [], [], 0)[0]:
                os._exit(1)
            os.close(alive_r)
            code = init(job, as_root)
        except BaseException as exc:  # noqa: BLE001 - report, never a traceback to provtui
            try:
                _report({"setup_error": f"init failed: {type(exc).__name__}: {exc}",
                         "stage": "internal"})
            finally:
                os._exit(SETUP_ERROR_EXIT)
        os._exit(code)
    os.close(alive_r)

    def stop(signum, frame):  # provtui asked nicely: end the namespace now
        try:
            os.kill(child, signal.SIGKILL)
        except ProcessLookupError:
            pass

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGALRM, stop)
    signal.alarm(int(job.get("deadline_s", 3600)))
    while True:
        try:
            _, status = os.waitpid(child, 0)
            break
        except InterruptedError:
            continue
    cgroup_leave(cgroups)
    if os.WIFEXITED(status):
        return os.WEXITSTATUS(status)
    return 128 + os.WTERMSIG(status)


# ---------------------------------------------------------------------------- init (pid 1)


def _atime_flags(path: str) -> int:
    f = os.statvfs(path).f_flag
    flags = 0
    if f & ST_NOATIME:
        flags |= MS_NOATIME
    elif not f & ST_RELATIME:
        flags |= MS_STRICTATIME
    if f & ST_NODIRATIME:
        flags |= MS_NODIRATIME
    return flags


def _bind_ro(src: str, root: str) -> None:
    dst = root + src
    if os.path.isdir(src):
        os.makedirs(dst, exist_ok=True)
    else:
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        if not os.path.exists(dst):
            os.close(os.open(dst, os.O_WRONLY | os.O_CREAT, 0o444))
    _mount(src, dst, None, MS_BIND, what=f"bind {src}")
    keep = os.statvfs(src).f_flag & (ST_NOSUID | ST_NODEV | ST_NOEXEC)
    flags = MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | _atime_flags(src)
    flags |= (MS_NODEV if keep & ST_NODEV else 0) | (MS_NOEXEC if keep & ST_NOEXEC else 0)
    _mount(None, dst, None, flags, what=f"read-only {src}")


def build_root(job: dict) -> None:
    """Mount the minimal root at job["root"] and pivot into it."""
    root = job["root"]
    _mount(None, "/", None, MS_REC | MS_PRIVATE, what="make mounts private")
    _mount("tmpfs", root, "tmpfs", MS_NOSUID | MS_NODEV, "size=16m,nr_inodes=4096,mode=0755",
           what="tmpfs root")
    for top in job["top_links"]:  # /bin -> usr/bin on merged-/usr systems
        os.symlink(os.readlink(top), root + top)
    for src in job["binds"]:
        _bind_ro(src, root)
    os.makedirs(root + "/dev", exist_ok=True)
    for dev in ("null", "zero", "random", "urandom"):
        if os.path.exists("/dev/" + dev):
            _bind_dev(dev, root)
    os.makedirs(root + "/proc")
    try:  # only the pid directories, and only the caller's own processes (Linux 5.8+)
        _mount("proc", root + "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC,
               "hidepid=invisible,subset=pid", what="mount /proc")
    except SetupError:
        _mount("proc", root + "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, what="mount /proc")
    os.makedirs(root + "/tmp")
    code = root + "/sandbox"
    os.makedirs(code)
    try:
        for name, text in job["files"].items():
            with open(os.path.join(code, name), "w", encoding="utf-8") as f:
                f.write(text)
            os.chmod(os.path.join(code, name), 0o444)
    except (OSError, ValueError) as exc:
        raise InputError(f"could not write {name} into the sandbox: {exc}") from None
    os.chmod(code, 0o555)
    os.chdir(root)
    nr = SYS_PIVOT_ROOT[platform.machine()]
    _call(_libc.syscall(ctypes.c_long(nr), b".", b"."), "pivot_root")
    _call(_libc.umount2(b".", ctypes.c_int(MNT_DETACH)), "detach the host root")
    os.chdir("/")
    _mount(None, "/", None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV,
           what="read-only root")


def _bind_dev(dev: str, root: str) -> None:
    dst = f"{root}/dev/{dev}"
    os.close(os.open(dst, os.O_WRONLY | os.O_CREAT, 0o666))
    _mount("/dev/" + dev, dst, None, MS_BIND, what=f"bind /dev/{dev}")


def init(job: dict, as_root: bool) -> int:
    try:
        if os.getpid() != 1:
            raise SetupError("not pid 1 of a new pid namespace")
        build_root(job)
        try:
            _libc.sethostname(b"sandbox", ctypes.c_size_t(7))
        except Exception:  # noqa: BLE001 - cosmetic
            pass
    except InputError as exc:
        _report({"setup_error": str(exc), "stage": "input"})
        return SETUP_ERROR_EXIT
    except (SetupError, OSError) as exc:
        _report({"setup_error": str(exc), "stage": "environment"})
        return SETUP_ERROR_EXIT
    _prctl(PR_SET_DUMPABLE, 0)  # runners may not ptrace or read /proc/1/fd of the init
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    uid = job["uid"] if as_root else None
    results = []
    for name in job["tests"]:
        results.append(run_one(job, name, uid))
    _report({"results": results, "isolation": "namespaces", "cgroups": job.get("cgroups_applied", []),
             "user": "unused uid" if as_root else "user namespace"})
    return 0


def _kill_all_but_me() -> None:
    """SIGKILL every other process of the namespace and reap them (the init adopts orphans)."""
    try:
        os.kill(-1, signal.SIGKILL)
    except ProcessLookupError:
        pass
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return
        except InterruptedError:
            continue


def run_one(job: dict, name: str, uid: int | None) -> dict:
    timeout = float(job["timeout_s"])
    _mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV,
           f"size={job['tmp_mb']}m,nr_inodes=8192,mode=1777", what="tmpfs /tmp")
    try:
        for d in ("/tmp/home", "/tmp/work"):
            os.mkdir(d, 0o700)
            if uid is not None:
                os.chown(d, uid, uid)
        nonce = secrets.token_hex(16)
        nonce_r, nonce_w = os.pipe()
        payload = json.dumps({"nonce": nonce, "tests": job["tests_source"]}).encode()
        res_r, res_w = os.pipe()
        out_r, out_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                _exec_runner(job, name, uid, nonce_r, res_w, out_w)
            finally:
                os._exit(127)
        for fd in (nonce_r, res_w, out_w):
            os.close(fd)
        _send(nonce_w, payload)
        return _collect(pid, name, nonce, res_r, out_r, timeout)
    finally:
        _kill_all_but_me()
        try:
            _libc.umount2(b"/tmp", ctypes.c_int(MNT_DETACH))
        except Exception:  # noqa: BLE001
            pass


def _send(fd: int, payload: bytes) -> None:
    """Write the runner's job and close; a runner that died before reading it gets nothing."""
    try:
        while payload:
            payload = payload[os.write(fd, payload):]
    except OSError:
        pass
    finally:
        os.close(fd)


def _exec_runner(job: dict, name: str, uid: int | None, nonce_r: int, res_w: int, out_w: int) -> None:
    import resource

    os.setsid()
    devnull = os.open("/dev/null", os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(out_w, 1)
    os.dup2(out_w, 2)
    keep = {0, 1, 2, nonce_r, res_w}
    os.set_inheritable(nonce_r, True)
    os.set_inheritable(res_w, True)
    for fd in range(3, 1024):
        if fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass
    for res, value in job["rlimits"].items():
        lim = getattr(resource, res)
        soft = hard = int(value)
        if res == "RLIMIT_CPU":
            hard = soft + 2  # SIGXCPU first, SIGKILL two seconds later
        resource.setrlimit(lim, (soft, hard))
    # Give up every capability for good: no root semantics on exec, an empty bounding set.
    _prctl(PR_SET_SECUREBITS, SECURE_BITS)
    try:
        with open("/proc/sys/kernel/cap_last_cap") as f:
            last = int(f.read())
    except (OSError, ValueError):
        last = 63
    for cap in range(last + 1):
        _prctl(PR_CAPBSET_DROP, cap)
    if uid is not None:  # root on the host: leave root behind entirely, for an unused uid
        os.setgroups([])
        os.setresgid(uid, uid, uid)
        os.setresuid(uid, uid, uid)
    _capset_zero()
    if _prctl(PR_SET_NO_NEW_PRIVS, 1) != 0:
        os._exit(126)
    os.chdir("/tmp/work")
    env = {"HOME": "/tmp/home", "TMPDIR": "/tmp", "PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"}
    argv = [job["python"], "-I", "-S", "-B", "/sandbox/runner.py", name, str(nonce_r),
            str(res_w), "/sandbox", json.dumps(job["rlimits"])]
    os.execve(job["python"], argv, env)


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                ("inheritable", ctypes.c_uint32)]


def _capset_zero() -> None:
    header = _CapHeader(0x20080522, 0)
    data = (_CapData * 2)()
    if _libc.capset(ctypes.byref(header), data) != 0:
        os._exit(125)


def _collect(pid: int, name: str, nonce: str, res_r: int, out_r: int, timeout: float) -> dict:
    deadline = time.monotonic() + timeout
    result = b""
    output = b""
    open_fds = {res_r, out_r}
    status = None
    timed_out = False
    while True:
        if status is None:
            done, st = os.waitpid(pid, os.WNOHANG)
            if done:
                status = st
        if status is not None and not open_fds:
            break
        left = deadline - time.monotonic()
        if left <= 0:
            timed_out = True
            break
        if status is not None:
            left = min(left, 0.5)  # the runner is gone; only its children may hold the pipes
        ready, _, _ = select.select(list(open_fds), [], [], min(left, 0.05 if status is None else left))
        for fd in ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                open_fds.discard(fd)
                os.close(fd)
            elif fd == res_r:
                if len(result) < RESULT_MAX:
                    result += chunk[: RESULT_MAX - len(result)]
            elif len(output) < OUTPUT_KEEP:
                output += chunk[: OUTPUT_KEEP - len(output)]
        if status is not None and not ready and open_fds:
            break  # detached children keep the pipes open: they are killed below
    for fd in open_fds:
        os.close(fd)
    if timed_out or status is None:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            _, status = os.waitpid(pid, 0)
        except ChildProcessError:
            status = None
    tail = output.decode("utf-8", "replace")[-600:]
    if timed_out:
        return {"test": name, "outcome": "timeout", "message": f"timed out after {timeout:g} s",
                "output": tail}
    return _judge_record(name, nonce, result, status, tail)


def _judge_record(name: str, nonce: str, raw: bytes, status, tail: str) -> dict:
    if status is not None and os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        why = {signal.SIGKILL: " (memory, CPU or process limit?)",
               signal.SIGXCPU: " (CPU time limit)", signal.SIGSEGV: " (crash)"}.get(sig, "")
        return {"test": name, "outcome": "crashed",
                "message": f"killed by signal {signal.Signals(sig).name}{why}", "output": tail}
    code = os.WEXITSTATUS(status) if status is not None else None
    lines = [ln for ln in raw.split(b"\n") if ln.strip()]
    if not lines and code in (125, 126, 127):  # _exec_runner's own failures, before any model code
        return {"test": name, "outcome": "unstartable",
                "message": f"the sandbox could not start the test process (status {code}: "
                           f"{ {125: 'capset', 126: 'no_new_privs', 127: 'exec'}[code]} failed)",
                "output": tail}
    if len(lines) != 1:
        why = "no result" if not lines else f"{len(lines)} result records (tampering?)"
        return {"test": name, "outcome": "error",
                "message": f"{why}; the test process exited with status {code}", "output": tail}
    try:
        rec = json.loads(lines[0])
    except ValueError:
        return {"test": name, "outcome": "error", "message": "an unreadable result record",
                "output": tail}
    if not isinstance(rec, dict) or rec.get("nonce") != nonce or rec.get("test") != name:
        return {"test": name, "outcome": "error",
                "message": "a result record without this test's nonce (forged?)", "output": tail}
    outcome = rec.get("outcome")
    if outcome not in ("passed", "failed", "error"):
        outcome = "error"
    if outcome == "passed" and code != 0:
        outcome = "error"
    return {"test": name, "outcome": outcome, "message": str(rec.get("message", ""))[:2000],
            "output": tail}


if __name__ == "__main__":
    sys.exit(launcher())
