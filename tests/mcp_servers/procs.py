"""Find MCP server processes a test left behind, by reading /proc (psutil is not installed).

Every server a test starts gets ``PROVTUI_TEST_OWNER=<pid of the test process>`` in its
environment, so even a server that was re-parented to init after its parent died is found.
"""

from __future__ import annotations

import os
from pathlib import Path

OWNER_VAR = "PROVTUI_TEST_OWNER"


def owner_env() -> dict[str, str]:
    return {OWNER_VAR: str(os.getpid())}


def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name may contain spaces and parentheses; fields resume after the last ')'.
        fields = stat[stat.rfind(")") + 2:].split()
        state, ppid = fields[0], int(fields[1])
        if state == "Z":
            continue  # exited; its parent has yet to collect the status
        kids.setdefault(ppid, []).append(int(entry.name))
    return kids


def descendants(pid: int | None = None) -> list[int]:
    """This process's descendants, but the spell checkers of the glued-word check
    (provtui/core/spelling.py): one hunspell per language, kept for the process's life by
    design, as the analysis worker is."""
    root = pid or os.getpid()
    kids = _children_map()
    out, todo = [], list(kids.get(root, []))
    while todo:
        p = todo.pop()
        if _is_spell_checker(p):
            continue
        out.append(p)
        todo.extend(kids.get(p, []))
    return out


def _is_spell_checker(pid: int) -> bool:
    from provtui.core.spelling import CHECKER_MARK

    return _marked(pid, CHECKER_MARK)


def _marked(pid: int, var: str) -> bool:
    """True when ``var=1`` is in the environment of process ``pid``."""
    try:
        env = Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return False
    return f"{var}=1".encode() in env.split(b"\0")


def open_fds() -> set[str]:
    """This process's open file descriptors, but the spell checkers' (see ``descendants``)."""
    from provtui.core.spelling import held_fds

    return set(os.listdir("/proc/self/fd")) - {str(fd) for fd in held_fds()}


def owned_processes() -> list[tuple[int, str]]:
    """Live processes whose environment names this test process as owner."""
    marker = f"{OWNER_VAR}={os.getpid()}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            env = (entry / "environ").read_bytes()
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if stat[stat.rfind(")") + 2] == "Z":
            continue
        if marker in env.split(b"\0"):
            cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            found.append((int(entry.name), cmd.strip()))
    return found


FIXTURE_VAR = "PROVTUI_SESSION_FIXTURE"
"""Set in the environment of servers that live for the whole test session on purpose (the
llama.cpp server): they are not leftovers of any one test."""


def _is_session_fixture(pid: int) -> bool:
    return _marked(pid, FIXTURE_VAR)


def leftover_servers() -> list[str]:
    """Descriptions of server processes still alive: descendants of this process and anything
    carrying this process's owner marker (session-long fixtures excepted)."""
    out = {pid: cmd for pid, cmd in owned_processes()}
    for pid in descendants():
        if pid in out or _is_session_fixture(pid):
            continue
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(
                errors="replace").strip()
        except OSError:
            continue
        if "from multiprocessing." in cmd:
            # the TUI's analysis worker (core/analysis_worker.py, shared by every app in
            # the process, tested on its own) and multiprocessing's resource tracker: they
            # live as long as this process, not a test
            continue
        out[pid] = cmd
    return [f"{pid}: {cmd}" for pid, cmd in sorted(out.items())]


def alive(pid: int | str) -> bool:
    """True while the process exists and is not a zombie."""
    try:
        stat = Path(f"/proc/{int(pid)}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rfind(")") + 2] != "Z"
