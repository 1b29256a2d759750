"""Regular expressions from suite files, searched in provider answers without hanging provtui.

Python's ``re`` backtracks: ``(a+)+$`` on forty "a"s and a "b" takes longer than the universe,
``.*.*.*=`` on a long answer is polynomial but still hours.  The search cannot be interrupted
(it holds the GIL; a thread with a deadline would keep running), so:

1. At load, ``exponential_part`` rejects the classic exponential shape: a repeat whose body is
   itself an unbounded repeat plus only optional items (``(a+)+``, ``(\\w+\\s?)*``,
   ``(?:x*)*``).  The suite author gets one clear line instead of a stuck cell.
2. Every search runs in a child interpreter (``python -I -S``, empty environment) killed after
   a wall-clock limit.  A pattern that still backtracks too long on some answer is a check
   error for that run ("did not finish within 10 s"), and the suite goes on.

The child costs about 20 ms per regex check; answers are sent on its stdin, never argv.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import sys
from dataclasses import dataclass

try:  # Python 3.11+: the parser behind ``re``
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - older layout
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

__all__ = ["flag_bits", "exponential_part", "schema_problem", "search", "SearchOutcome"]

_FLAGS = {"i": re.I, "m": re.M, "s": re.S}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT}
_MAXREPEAT = _c.MAXREPEAT


def flag_bits(flags: str) -> int:
    bits = 0
    for ch in flags or "":
        if ch not in _FLAGS:
            raise ValueError(f"unknown regex flag {ch!r}; use any of i, m, s")
        bits |= _FLAGS[ch]
    return bits


def _unwrap(items: list) -> list:
    """A body that is one capturing or non-capturing group: its contents."""
    while len(items) == 1 and items[0][0] == _c.SUBPATTERN:
        items = list(items[0][1][-1])
    return items


def _children(op, av) -> list:
    if op in _REPEATS or op == getattr(_c, "POSSESSIVE_REPEAT", None):
        return [av[2]]
    if op == _c.SUBPATTERN:
        return [av[-1]]
    if op == _c.BRANCH:
        return list(av[1])
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return [av[1]]
    if op == _c.GROUPREF_EXISTS:
        return [b for b in av[1:] if b is not None]
    if op == getattr(_c, "ATOMIC_GROUP", None):
        return [av]
    return []


def _exponential(items) -> bool:
    stack = [list(items)]
    while stack:
        for op, av in stack.pop():
            if op in _REPEATS and (av[1] == _MAXREPEAT or av[1] > 1):
                body = _unwrap(list(av[2]))
                unbounded = [x for x in body if x[0] in _REPEATS and x[1][1] == _MAXREPEAT]
                optional = [x for x in body if x[0] in _REPEATS and x[1][0] == 0]
                if unbounded and all(x in unbounded or x in optional for x in body):
                    return True
            if op == getattr(_c, "ATOMIC_GROUP", None) or op == getattr(_c, "POSSESSIVE_REPEAT", None):
                continue  # no backtracking into these
            stack.extend(list(c) for c in _children(op, av))
    return False


def exponential_part(pattern: str, flags: str = "") -> str | None:
    """A description of the exponential part of ``pattern``, or None when none is seen."""
    try:
        parsed = _parser.parse(pattern, flag_bits(flags))
    except (re.error, ValueError, RecursionError, OverflowError):
        return None  # compile() reports it
    if _exponential(list(parsed)):
        return "a repeat directly inside a repeat (like (a+)+)"
    return None


def schema_problem(schema) -> str | None:
    """A ``pattern`` / ``patternProperties`` regex in a JSON Schema with the exponential shape
    (the schema validator runs ``re`` on model-written strings)."""
    stack = [schema]
    seen = 0
    while stack:
        node = stack.pop()
        seen += 1
        if seen > 100_000:
            return "too large to check (more than 100,000 nodes)"
        if isinstance(node, dict):
            pats = []
            if isinstance(node.get("pattern"), str):
                pats.append(node["pattern"])
            if isinstance(node.get("patternProperties"), dict):
                pats.extend(k for k in node["patternProperties"] if isinstance(k, str))
            for p in pats:
                if exponential_part(p):
                    return (f"the pattern {p!r} has a repeat directly inside a repeat and can take "
                            "exponential time; rewrite it (e.g. (a+)+ -> a+)")
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return None


@dataclass(frozen=True)
class SearchOutcome:
    start: int | None = None
    match: str = ""
    error: str | None = None


_CHILD = r"""
import json, re, sys
job = json.loads(sys.stdin.buffer.read().decode("utf-8"))
m = re.compile(job["pattern"], job["flags"]).search(job["text"])
out = {"start": None} if m is None else {"start": m.start(), "match": m.group()[:80]}
sys.stdout.write(json.dumps(out))
"""


async def search(pattern: str, flags: str, text: str, *, timeout_s: float) -> SearchOutcome:
    """``re.search`` in a child interpreter killed after ``timeout_s`` seconds."""
    payload = json.dumps({"pattern": pattern, "flags": flag_bits(flags), "text": text},
                         ensure_ascii=True).encode("ascii")
    env = {"LC_ALL": "C.UTF-8"} if sys.platform != "win32" else dict(os.environ)
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-I", "-S", "-c", _CHILD,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE, env=env)
    try:
        out, err = await asyncio.wait_for(proc.communicate(payload), timeout_s)
    except asyncio.TimeoutError:
        return SearchOutcome(error=f"the pattern did not finish within {timeout_s:g} s on this "
                                   "answer (catastrophic backtracking?); simplify it")
    finally:
        if proc.returncode is None:
            try:
                proc.kill()
            except ProcessLookupError:
                pass
            await proc.wait()
    if proc.returncode != 0:
        last = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
        return SearchOutcome(error=f"the regex search failed: {last[0][:200]}")
    try:
        res = json.loads(out)
    except ValueError:
        return SearchOutcome(error="the regex search returned nothing readable")
    if res.get("start") is None:
        return SearchOutcome()
    return SearchOutcome(start=int(res["start"]), match=str(res.get("match", "")))
