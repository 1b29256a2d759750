"""Instruction-following checks on an answer: words, sentences, regex, json, tools, steps."""

from __future__ import annotations

import json
import re
from typing import Sequence

from provtui.core.text_words import count_sentences, count_words, strip_think

__all__ = ["validate_check_specs", "run_checks", "tool_coverage"]

_CHECK_NAMES = ("words", "sentences", "regex", "json", "tools", "max_tool_steps")


def validate_check_specs(specs: Sequence[dict]) -> None:
    """Raise ValueError naming the first bad check spec and how to write it."""
    for k, spec in enumerate(specs):
        where = f"check #{k + 1}"
        if not isinstance(spec, dict) or "name" not in spec:
            raise ValueError(f"{where}: a check is a dict with a 'name', one of {', '.join(_CHECK_NAMES)}")
        name = spec["name"]
        where = f"check #{k + 1} ({spec.get('label', name)!r})"
        if name not in _CHECK_NAMES:
            raise ValueError(f"{where}: unknown check {name!r}; use one of {', '.join(_CHECK_NAMES)}")
        if name in ("words", "sentences"):
            bounds = [spec.get(b) for b in ("exact", "min", "max")]
            if all(b is None for b in bounds):
                raise ValueError(f"{where}: give 'exact', or 'min' and/or 'max' (e.g. {{'name': '{name}', 'exact': 12}})")
            if any(b is not None and (not isinstance(b, int) or isinstance(b, bool) or b < 0) for b in bounds):
                raise ValueError(f"{where}: 'exact', 'min' and 'max' must be whole numbers >= 0")
        elif name == "regex":
            if not isinstance(spec.get("pattern"), str):
                raise ValueError(f"{where}: give the regular expression as 'pattern'")
            try:
                re.compile(spec["pattern"], _regex_flags(spec.get("flags", "")))
            except (re.error, ValueError) as exc:
                raise ValueError(f"{where}: bad regular expression {spec['pattern']!r}: {exc}") from None
        elif name == "json" and spec.get("schema") is not None:
            import jsonschema

            try:
                jsonschema.validators.validator_for(spec["schema"]).check_schema(spec["schema"])
            except jsonschema.SchemaError as exc:
                raise ValueError(f"{where}: the JSON Schema is not valid: {exc.message}") from None
        elif name == "tools" and spec.get("groups") is not None:
            groups = spec["groups"]
            if (not isinstance(groups, (list, tuple)) or not groups
                    or not all(isinstance(g, (list, tuple)) and g and all(isinstance(t, str) and t for t in g)
                               for g in groups)):
                raise ValueError(f"{where}: give 'groups' as lists of tool names, e.g. "
                                 "[['list_vehicles'], ['get_battery', 'get_health']]")
        elif name == "tools":
            expect = spec.get("expect")
            if not expect or not isinstance(expect, (list, tuple)) or not all(isinstance(t, str) and t for t in expect):
                raise ValueError(f"{where}: give the expected tool names as 'expect', e.g. ['list_vehicles']")
        elif name == "max_tool_steps":
            mx = spec.get("max")
            if not isinstance(mx, int) or isinstance(mx, bool) or mx < 0:
                raise ValueError(f"{where}: give the most tool calls allowed as 'max' (a whole number)")


def _regex_flags(flags: str) -> int:
    value = 0
    for ch in flags:
        if ch not in "imsx":
            raise ValueError(f"unknown regex flag {ch!r}; use any of i, m, s, x")
        value |= {"i": re.I, "m": re.M, "s": re.S, "x": re.X}[ch]
    return value


def run_checks(text: str, specs: Sequence[dict], *, tool_calls: Sequence[dict] = (),
               turns: Sequence[dict] = ()) -> list[dict]:
    """Score ``text`` (with ``<think>`` blocks left out) against check specs.

    Returns ``[{"name", "passed", "detail"}]`` in spec order; ``name`` is the spec's ``label``
    when given, else its ``name``.  Spec shapes:

    - ``{"name": "words", "exact": 12}`` or ``{"name": "words", "min": 5, "max": 20}``
      (words as ``count_words`` counts them)
    - ``{"name": "sentences", "exact": 1}`` (also ``min``/``max``; see ``count_sentences``)
    - ``{"name": "regex", "pattern": "...", "must": true, "flags": "i"}``: ``must`` (default
      true) says whether the pattern must match (``re.search``) or must not
    - ``{"name": "json"}``: the answer is valid JSON; a single fenced ```json block around it
      is accepted unless ``"strict": true``.  ``{"name": "json", "schema": {...}}`` also
      validates against the JSON Schema.
    - ``{"name": "tools", "expect": ["a", "b"]}``: score = distinct expected tools called /
      expected; detail "5/6" (plus the missing ones); passed when all were called.  Or
      ``"groups": [["a"], ["b", "c"]]``: a group counts when any of its tools was called
    - ``{"name": "max_tool_steps", "max": 10}``: at most this many tool calls in the run

    ``tool_calls`` are the run's tool-call dicts (with ``"name"``); ``turns`` its turns.
    A bad spec raises ValueError (see ``validate_check_specs``).
    """
    validate_check_specs(specs)
    visible = strip_think(text)
    results = []
    for spec in specs:
        name = spec["name"]
        passed, detail = _CHECKS[name](visible, spec, tool_calls, turns)
        results.append({"name": spec.get("label", name), "passed": passed, "detail": detail})
    return results


def _bounds(n: int, spec: dict, unit: str) -> tuple[bool, str]:
    noun = unit if n == 1 else unit + "s"
    exact, lo, hi = spec.get("exact"), spec.get("min"), spec.get("max")
    if exact is not None:
        return n == exact, f"{n} {noun}" if n == exact else f"{n} {noun}, want {exact}"
    ok = (lo is None or n >= lo) and (hi is None or n <= hi)
    if ok:
        return True, f"{n} {noun}"
    if lo is not None and hi is not None:
        want = f"{lo}-{hi}"
    elif lo is not None:
        want = f"at least {lo}"
    else:
        want = f"at most {hi}"
    return False, f"{n} {noun}, want {want}"


def _check_words(visible, spec, tool_calls, turns):
    return _bounds(count_words(visible), spec, "word")


def _check_sentences(visible, spec, tool_calls, turns):
    return _bounds(count_sentences(visible), spec, "sentence")


def _check_regex(visible, spec, tool_calls, turns):
    pattern = spec["pattern"]
    must = spec.get("must", True)
    m = re.search(pattern, visible, _regex_flags(spec.get("flags", "")))
    if must:
        return (True, f"matches /{pattern}/") if m else (False, f"no match for /{pattern}/")
    return (True, f"no match for /{pattern}/") if not m else (False, f"matches /{pattern}/ at {m.start()}: {m.group()[:40]!r}")


_FENCED_JSON_RE = re.compile(r"\A```[ \t]*(?:json|JSON)?[ \t]*\n(.*?)\n?```\Z", re.S)


def _check_json(visible, spec, tool_calls, turns):
    body = visible.strip()
    note = ""
    fenced = _FENCED_JSON_RE.match(body)
    if fenced and not spec.get("strict"):
        body, note = fenced.group(1), " (inside a ``` fence)"
    try:
        value = json.loads(body)
    except ValueError as exc:
        return False, f"not JSON: {exc}"
    except RecursionError:
        return False, "not JSON this parser can read: nested deeper than Python's recursion limit"
    schema = spec.get("schema")
    if schema is not None:
        import jsonschema

        validator = jsonschema.validators.validator_for(schema)(schema)
        error = jsonschema.exceptions.best_match(validator.iter_errors(value))
        if error is not None:
            return False, f"JSON fails the schema at {error.json_path}: {error.message}"
        return True, f"valid JSON matching the schema{note}"
    return True, f"valid JSON{note}"


def tool_coverage(tool_calls: Sequence[dict], *, expect: Sequence[str] | None = None,
                  groups: Sequence[Sequence[str]] | None = None) -> tuple[int, int, str]:
    """(groups covered, groups, detail) of a run's tool calls: the one tools check.

    ``expect`` names tools that must each be called; ``groups`` is a list of lists where a
    group counts when any of its tools was called (``expect`` is ``groups`` of one name
    each).  The detail reads "5/6" plus what is missing ("missing a, b or c").  Used by
    ``--expect-tools``, the config's ``[[checks]]`` and the suites' ``tools`` check.
    """
    if groups is None:
        groups = [[t] for t in dict.fromkeys(expect or ())]
    called = {c.get("name") for c in tool_calls if isinstance(c, dict)}
    missing = [g for g in groups if not called.intersection(g)]
    total = len(groups)
    detail = f"{total - len(missing)}/{total}"
    if missing:
        detail += ", missing " + ", ".join(" or ".join(g) for g in missing)
    return total - len(missing), total, detail


def _check_tools(visible, spec, tool_calls, turns):
    covered, total, detail = tool_coverage(tool_calls, expect=spec.get("expect"),
                                           groups=spec.get("groups"))
    return covered == total, detail


def _check_max_tool_steps(visible, spec, tool_calls, turns):
    n, mx = len(tool_calls), spec["max"]
    noun = "tool call" if n == 1 else "tool calls"
    tool_turns = sum(1 for t in turns if t.get("tool_call_ids"))
    where = f" in {tool_turns} turn{'s' if tool_turns != 1 else ''}" if turns else ""
    return (n <= mx, f"{n} {noun}{where}" + ("" if n <= mx else f", want at most {mx}"))


_CHECKS = {
    "words": _check_words,
    "sentences": _check_sentences,
    "regex": _check_regex,
    "json": _check_json,
    "tools": _check_tools,
    "max_tool_steps": _check_max_tool_steps,
}

