"""``broken_code``: a fenced block in a named language that does not parse.

A provider that damages a stream (a dropped newline, indentation lost between chunks, a cut
bracket) leaves code that no longer parses; this checks the fenced blocks whose info string
names a language a parser in the standard library reads:

- ``python`` / ``py`` / ``python3``: ``ast.parse`` (never compiled, never run), after removing
  the common indentation (a snippet cut from a class body is not broken).  REPL transcripts
  (``>>>``), notebook magics (``%pip``, ``!ls``) and blocks with placeholder lines are skipped.
- ``json``: ``json.loads``; a block of one JSON value per line (JSON Lines) also passes, and a
  block with comments or ``...`` placeholders is skipped (people write them on purpose).
- ``toml``: ``tomllib.loads``.

YAML is not checked (no YAML parser is a dependency).  Blocks larger than ``MAX_BLOCK_CHARS``
or nested deeper than ``MAX_DEPTH`` brackets or indentation levels are not parsed: a hostile
"((((…" must cost nothing and never reach the recursion limit.  An unclosed fence (the answer
stopped inside it) is not judged: ``truncated`` says that.
"""

from __future__ import annotations

import re

from provtui.core.summary_text import clean

__all__ = ["LANGUAGES", "CodeBlockTracker", "parse_error"]

LANGUAGES = {"python": "python", "py": "python", "python3": "python", "json": "json", "toml": "toml"}
MAX_BLOCK_CHARS = 100_000
MAX_DEPTH = 100

_FENCE_LINE_RE = re.compile(r" {0,3}(`{3,}|~{3,})[ \t]*([^\s`]*)(.*)")
_PY_SKIP_RE = re.compile(r"^\s*(?:>>>|\.\.\.\s|[%!]\w|\$ )|<[A-Za-z_ ]+>|\[\.\.\.\]|^\s*…", re.M)
_JSON_SKIP_RE = re.compile(r"^\s*(?://|#)|/\*|\.\.\.|…", re.M)
_BRACKETS_RE = re.compile(r"[()\[\]{}]")


def _too_deep(body: str) -> bool:
    depth = peak = 0
    for m in _BRACKETS_RE.finditer(body):
        depth += 1 if m.group() in "([{" else -1
        if depth > peak:
            peak = depth
            if peak > MAX_DEPTH:
                return True
    return False


def parse_error(lang: str, body: str) -> str | None:
    """The parser's message (one clean line) when ``body`` in ``lang`` does not parse, else None.

    None also when the block is not judged (too large, too deep, a transcript or placeholder).
    """
    if not body.strip() or len(body) > MAX_BLOCK_CHARS or _too_deep(body):
        return None
    kind = LANGUAGES.get(lang)
    try:
        if kind == "python":
            if _PY_SKIP_RE.search(body):
                return None
            import ast
            import textwrap

            src = textwrap.dedent(body)
            if max((len(ln) - len(ln.lstrip()) for ln in src.splitlines() if ln.strip()), default=0) > 4 * MAX_DEPTH:
                return None
            ast.parse(src)
        elif kind == "json":
            if _JSON_SKIP_RE.search(body):
                return None
            import json

            try:
                json.loads(body)
            except ValueError as whole:
                lines = [ln for ln in body.splitlines() if ln.strip()]
                try:
                    if len(lines) < 2:
                        raise
                    for ln in lines:  # JSON Lines
                        json.loads(ln)
                except ValueError:
                    raise whole from None
        elif kind == "toml":
            import tomllib

            tomllib.loads(body)
        else:
            return None
    except SyntaxError as exc:
        where = f"line {exc.lineno}: " if exc.lineno else ""
        return clean(f"{kind}: {where}{exc.msg}", 200)
    except ValueError as exc:  # json.JSONDecodeError, tomllib.TOMLDecodeError
        return clean(f"{kind}: {exc}", 200)
    except (RecursionError, MemoryError):
        return None
    return None


class CodeBlockTracker:
    """Fed the answer line by line (``feed(line, offset)``), returns ``broken_code`` findings
    for each fenced block in a checked language when its closing fence arrives."""

    __slots__ = ("_at_line_start", "_fence", "_lang", "_lines", "_size", "_start")

    def __init__(self) -> None:
        self._at_line_start = True
        self._fence: str | None = None
        self._lang: str | None = None
        self._lines: list[str] = []
        self._size = 0
        self._start = 0

    def feed(self, block: str, offset: int, *, prose: bool = True) -> list[dict]:
        """``block``: the next piece of the text (a line, or part of a very long one) at
        ``offset``; ``prose`` False inside ``<think>`` or a leaked tool call (no fence there)."""
        found: list[dict] = []
        line_start, self._at_line_start = self._at_line_start, block.endswith("\n")
        m = _FENCE_LINE_RE.match(block) if line_start and (prose or self._fence) else None
        if m is not None:
            marker = m.group(1)
            if self._fence is None:
                self._fence = marker
                lang = m.group(2).lower()
                self._lang = lang if lang in LANGUAGES and not m.group(3).strip(" \t\n{}.:=") else None
                self._lines, self._size, self._start = [], 0, offset + len(block)
                return found
            if marker[0] == self._fence[0] and len(marker) >= len(self._fence) and not (m.group(2) + m.group(3)).strip():
                if self._lang is not None and self._size <= MAX_BLOCK_CHARS:
                    f = self._judge(offset)
                    if f is not None:
                        found.append(f)
                self._fence, self._lang, self._lines, self._size = None, None, [], 0
                return found
        if self._fence is not None and self._lang is not None:
            self._size += len(block)
            if self._size <= MAX_BLOCK_CHARS:
                self._lines.append(block)
            else:
                self._lines = []
        return found

    def peek_end(self, tail: str, offset: int) -> list[dict]:
        """Findings if the text ended now with ``tail`` (an unfinished last line), without
        changing the tracker: an answer often ends on a closing fence with no newline."""
        if self._fence is None or self._lang is None or not self._at_line_start:
            return []
        m = _FENCE_LINE_RE.match(tail)
        if m and m.group(1)[0] == self._fence[0] and len(m.group(1)) >= len(self._fence) \
                and not (m.group(2) + m.group(3)).strip() and self._size <= MAX_BLOCK_CHARS:
            f = self._judge(offset)
            return [f] if f is not None else []
        return []

    def _judge(self, end: int) -> dict | None:
        body = "".join(self._lines)
        message = parse_error(self._lang or "", body)
        if message is None:
            return None
        return {"kind": "broken_code", "start": self._start, "end": end, "text": body,
                "suggestion": message}
