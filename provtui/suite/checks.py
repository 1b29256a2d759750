"""Suite checks: every check kind of CONTRACT §5, validated at load and scored per run.

Interface (agreed with the suite engine; see /work/coord/COORD.md):

- ``KINDS``: every kind.
- ``validate_check(spec) -> dict``: a normalised copy (``name`` defaults to the kind, optional
  fields get their defaults); raises ``CheckSpecError`` whose message starts with the field
  and says how to fix it ("pattern: does not compile (...); ...").
- ``async run_checks(specs, run, ctx) -> list[dict]``: one result per spec, in order:
  ``{"name", "kind", "passed", "score", "detail", "error", "reasons", "cost_usd"}``.  A check
  that cannot be scored (the judge's reply cannot be read, the sandbox is missing...) has an
  ``error``, scores 0 and never passes.  ``run_checks`` never raises for one bad check.

Every text check applies to the run's ``text`` with inline ``<think>`` blocks left out
(CONTRACT §3).  Details, errors and reasons hold provider text, so they are cleaned of
control characters and escape sequences (``summary_text.clean``) and shortened.

Regular expressions are compiled at load (a pattern that cannot compile, or an obviously
exponential one such as ``(a+)+``, is a spec error).  Python's ``re`` cannot be interrupted
and holds the GIL, so the search itself runs in a short-lived child interpreter with a
wall-clock limit (``REGEX_TIMEOUT_S``); a pattern that backtracks past it on some answer is a
check error for that run, and the suite goes on.
"""

from __future__ import annotations

import ast
import asyncio
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Callable

from provtui.suite import ifeval

__all__ = [
    "KINDS",
    "CheckSpecError",
    "CheckContext",
    "validate_check",
    "run_checks",
    "fenced_blocks",
    "config_problem",
    "FINDING_KINDS_ALL",
]

KINDS = frozenset({
    "words", "regex", "contains", "not_contains", "json", "tools", "no_findings", "code",
    "judge", "max_time_s", "lowercase", "uppercase", "no_commas", "sentences", "paragraphs",
    "bullets", "starts_with", "ends_with",
})

# Field -> default (``_REQUIRED`` when it must be given).
_REQUIRED = object()
_BOUNDS = {"equals": None, "min": None, "max": None}
_FIELDS: dict[str, dict[str, Any]] = {
    "words": _BOUNDS, "sentences": _BOUNDS, "paragraphs": _BOUNDS, "bullets": _BOUNDS,
    "regex": {"pattern": _REQUIRED, "flags": ""},
    "contains": {"text": _REQUIRED, "all": False, "ignore_case": False},
    "not_contains": {"text": _REQUIRED, "all": False, "ignore_case": False},
    "json": {"schema": None},
    "tools": {"expect": None, "groups": None},
    "no_findings": {"kinds": None},
    "code": {"language": "python", "tests": _REQUIRED, "timeout_s": 10},
    "judge": {"target": _REQUIRED, "rubric": _REQUIRED, "threshold": 0.5},
    "max_time_s": {"value": _REQUIRED},
    "lowercase": {}, "uppercase": {}, "no_commas": {},
    "starts_with": {"text": _REQUIRED, "ignore_case": False},
    "ends_with": {"text": _REQUIRED, "ignore_case": False},
}
_EXAMPLES = {
    "words": "{ kind = \"words\", equals = 12 }",
    "sentences": "{ kind = \"sentences\", min = 3, max = 5 }",
    "paragraphs": "{ kind = \"paragraphs\", equals = 3 }",
    "bullets": "{ kind = \"bullets\", equals = 4 }",
    "regex": "{ kind = \"regex\", pattern = '\\bAstana\\b', flags = \"i\" }",
    "contains": "{ kind = \"contains\", text = [\"Astana\", \"Nur-Sultan\"] }",
    "not_contains": "{ kind = \"not_contains\", text = \"As an AI\" }",
    "json": "{ kind = \"json\", schema = { type = \"object\" } }",
    "tools": "{ kind = \"tools\", groups = [[\"list_vehicles\"], [\"get_battery\", \"get_health\"]] }",
    "no_findings": "{ kind = \"no_findings\", kinds = [\"glued_words\"] }",
    "code": "{ kind = \"code\", tests = '''def test_one(): ...''' }",
    "judge": "{ kind = \"judge\", target = \"judge-model\", rubric = \"criterion one\\ncriterion two\" }",
    "max_time_s": "{ kind = \"max_time_s\", value = 60 }",
    "starts_with": "{ kind = \"starts_with\", text = \"Dear reader,\" }",
    "ends_with": "{ kind = \"ends_with\", text = \"Any other questions?\" }",
}

# Every finding kind of CONTRACT §3 (the analysis module may not produce all of them yet).
FINDING_KINDS_ALL = frozenset({
    "glued_words", "split_word", "leaked_token", "leaked_tool_call", "inline_reasoning",
    "replacement_char", "mojibake", "control_char", "empty_output", "truncated", "repetition",
    "broken_code",
})

REGEX_TIMEOUT_S = 10.0
"""Wall-clock limit for one regex search (in a child interpreter; generous for a loaded box)."""
_DETAIL_LIMIT = 1000
_REASON_LIMIT = 400


class CheckSpecError(ValueError):
    """A check spec that cannot be used; the message names the field first, then the fix."""


@dataclass
class CheckContext:
    config: Any
    """The loaded provtui ``Config`` (judge targets are resolved in it)."""
    allow_unsandboxed_code: bool = False
    judge_cache: dict | None = None
    """(rubric, answer, judge target) -> verdict; shared by the cells of one suite run."""
    on_judge_cost: Callable[[float | None], None] | None = None
    """Called once per judge request actually sent, with its cost (None when unknown)."""


# ------------------------------------------------------------------------------ validation


def _err(field: str, message: str) -> CheckSpecError:
    return CheckSpecError(f"{field}: {message}")


def _whole(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def validate_check(spec: dict) -> dict:
    """A normalised copy of ``spec``; raises CheckSpecError naming the field and the fix."""
    if not isinstance(spec, dict):
        raise _err("check", 'a check is a table like { kind = "words", equals = 12 }')
    kind = spec.get("kind")
    if not isinstance(kind, str) or kind not in KINDS:
        shown = f"unknown check kind {kind!r}" if "kind" in spec else "missing"
        raise _err("kind", f"{shown}; use one of {', '.join(sorted(KINDS))}")
    fields = _FIELDS[kind]
    for key in spec:
        if key not in fields and key not in ("kind", "name"):
            known = ", ".join(sorted(fields)) or "none besides kind and name"
            raise _err(str(key), f"unknown field for a {kind} check; its fields are {known}"
                       + (f" (e.g. {_EXAMPLES[kind]})" if kind in _EXAMPLES else ""))
    name = spec.get("name", kind)
    if not isinstance(name, str) or not name.strip():
        raise _err("name", "must be a non-empty string (it labels the check in the tables)")
    out: dict[str, Any] = {"kind": kind, "name": name}
    for key, default in fields.items():
        if key in spec:
            out[key] = spec[key]
        elif default is _REQUIRED:
            raise _err(key, f"a {kind} check needs {key}, e.g. {_EXAMPLES.get(kind, '')}")
        else:
            out[key] = default
    _VALIDATORS.get(kind, lambda s: None)(out)
    return out


def _v_bounds(s: dict) -> None:
    eq, lo, hi = s["equals"], s["min"], s["max"]
    for key in ("equals", "min", "max"):
        v = s[key]
        if v is not None and (not _whole(v) or v < 0):
            raise _err(key, f"must be a whole number >= 0, not {v!r}")
    if eq is None and lo is None and hi is None:
        raise _err("equals", f"give equals, or min and/or max, e.g. {_EXAMPLES[s['kind']]}")
    if eq is not None and (lo is not None or hi is not None):
        raise _err("equals", "give either equals or min/max, not both")
    if lo is not None and hi is not None and lo > hi:
        raise _err("min", f"min ({lo}) is larger than max ({hi})")


def _bool(s: dict, key: str) -> None:
    if not isinstance(s[key], bool):
        raise _err(key, f"must be true or false, not {s[key]!r}")


def _v_regex(s: dict) -> None:
    from provtui.suite import regex_guard

    if not isinstance(s["pattern"], str) or not s["pattern"]:
        raise _err("pattern", "give the regular expression as a non-empty string")
    flags = s["flags"]
    if not isinstance(flags, str) or any(c not in "ims" for c in flags):
        raise _err("flags", f"use any of \"i\", \"m\", \"s\" (e.g. flags = \"im\"), not {flags!r}")
    try:
        re.compile(s["pattern"], regex_guard.flag_bits(flags))
    except (re.error, ValueError, RecursionError, OverflowError) as exc:
        raise _err("pattern", f"does not compile ({exc}); fix the expression") from None
    problem = regex_guard.exponential_part(s["pattern"], flags)
    if problem:
        raise _err("pattern", f"{problem} can take exponential time on some answers; rewrite it "
                   "without a repeat directly inside a repeat (e.g. (a+)+ -> a+)")


def _v_text_list(s: dict) -> None:
    text = s["text"]
    items = [text] if isinstance(text, str) else text
    if not isinstance(items, list) or not items or not all(isinstance(t, str) and t for t in items):
        raise _err("text", "give a non-empty string or a list of them, e.g. text = [\"Astana\", \"Nur-Sultan\"]")
    s["text"] = list(items)
    _bool(s, "all")
    _bool(s, "ignore_case")


def _v_text(s: dict) -> None:
    if not isinstance(s["text"], str) or not s["text"].strip():
        raise _err("text", f"give the text as a non-empty string, e.g. {_EXAMPLES[s['kind']]}")
    _bool(s, "ignore_case")


def _v_json(s: dict) -> None:
    schema = s["schema"]
    if schema is None:
        return
    if not isinstance(schema, (dict, bool)):
        raise _err("schema", "give a JSON Schema as a table, e.g. schema = { type = \"object\" }")
    import jsonschema

    from provtui.suite import regex_guard

    try:
        jsonschema.validators.validator_for(schema).check_schema(schema)
    except jsonschema.SchemaError as exc:
        raise _err("schema", f"not a valid JSON Schema: {exc.message}") from None
    except RecursionError:
        raise _err("schema", "nested too deeply to check") from None
    problem = regex_guard.schema_problem(schema)
    if problem:
        raise _err("schema", problem)


def _v_tools(s: dict) -> None:
    expect, groups = s["expect"], s["groups"]
    if (expect is None) == (groups is None):
        raise _err("expect", "give either expect (tool names) or groups (a list of lists of "
                   f"tool names), not {'both' if expect is not None else 'neither'}; e.g. {_EXAMPLES['tools']}")
    if expect is not None:
        if not isinstance(expect, list) or not expect or not all(isinstance(t, str) and t for t in expect):
            raise _err("expect", "give a non-empty list of tool names, e.g. expect = [\"list_vehicles\"]")
        s["expect"] = list(dict.fromkeys(expect))
    else:
        if (not isinstance(groups, list) or not groups
                or not all(isinstance(g, list) and g and all(isinstance(t, str) and t for t in g) for g in groups)):
            raise _err("groups", "give a non-empty list of non-empty lists of tool names, e.g. "
                       "groups = [[\"list_vehicles\"], [\"get_battery\", \"get_health\"]]")
        s["groups"] = [list(g) for g in groups]


def _v_findings(s: dict) -> None:
    kinds = s["kinds"]
    if kinds is None:
        return
    if isinstance(kinds, str):
        kinds = [kinds]
    if not isinstance(kinds, list) or not kinds or not all(isinstance(k, str) for k in kinds):
        raise _err("kinds", "give a list of finding kinds, e.g. kinds = [\"glued_words\"]")
    bad = [k for k in kinds if k not in FINDING_KINDS_ALL]
    if bad:
        raise _err("kinds", f"unknown finding kind {bad[0]!r}; use any of {', '.join(sorted(FINDING_KINDS_ALL))}")
    s["kinds"] = list(dict.fromkeys(kinds))


def _v_time(s: dict) -> None:
    if not _number(s["value"]) or s["value"] <= 0:
        raise _err("value", f"give the most seconds allowed as a number > 0, not {s['value']!r}")


def _v_code(s: dict) -> None:
    if s["language"] != "python":
        raise _err("language", f"only \"python\" can be run, not {s['language']!r}")
    tests = s["tests"]
    if not isinstance(tests, str) or not tests.strip():
        raise _err("tests", "give Python source with test_* functions that import solution")
    if len(tests) > 200_000:
        raise _err("tests", f"{len(tests):,} characters; keep hidden tests under 200,000")
    names = test_names(tests)
    if isinstance(names, str):
        raise _err("tests", names)
    t = s["timeout_s"]
    if not _number(t) or not 0 < t <= 600:
        raise _err("timeout_s", f"give seconds per test as a number from 0 to 600, not {t!r}")


def test_names(tests: str) -> list[str] | str:
    """The top-level ``test_*`` function names of ``tests`` in order, or why there are none."""
    try:
        tree = ast.parse(tests)
    except SyntaxError as exc:
        return f"not valid Python (line {exc.lineno}: {exc.msg}); fix the tests"
    except (ValueError, RecursionError, MemoryError) as exc:
        return f"not valid Python ({type(exc).__name__}); fix the tests"
    names = [n.name for n in tree.body
             if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name.startswith("test_")]
    if not names:
        return "defines no top-level test_* function; add e.g. def test_basic(): assert solution.f(1) == 1"
    dup = next((n for n in names if names.count(n) > 1), None)
    if dup:
        return f"defines {dup} twice (the second hides the first); rename one"
    if any(isinstance(n, ast.AsyncFunctionDef) for n in tree.body if getattr(n, "name", "") in names):
        return "async test functions are not supported; write plain def test_*"
    return names


test_names.__test__ = False  # not a pytest test, whatever its name


def _v_judge(s: dict) -> None:
    if not isinstance(s["target"], str) or not s["target"].strip():
        raise _err("target", "give the judge as a target spec, e.g. target = \"openrouter:openai/gpt-4o-mini\"")
    rubric = s["rubric"]
    if isinstance(rubric, list) and all(isinstance(r, str) for r in rubric):
        rubric = "\n".join(rubric)
    if not isinstance(rubric, str):
        raise _err("rubric", "give the criteria as a string, one per line")
    criteria = [ln.strip() for ln in rubric.splitlines() if ln.strip()]
    if not criteria:
        raise _err("rubric", "give at least one criterion, one per line")
    if len(criteria) > 50:
        raise _err("rubric", f"{len(criteria)} criteria; use at most 50")
    s["rubric"] = "\n".join(criteria)
    th = s["threshold"]
    if not _number(th) or not 0 <= th <= 1:
        raise _err("threshold", f"give the least mean score to pass, from 0 to 1, not {th!r}")


_VALIDATORS: dict[str, Callable[[dict], None]] = {
    "words": _v_bounds, "sentences": _v_bounds, "paragraphs": _v_bounds, "bullets": _v_bounds,
    "regex": _v_regex, "contains": _v_text_list, "not_contains": _v_text_list, "json": _v_json,
    "tools": _v_tools, "no_findings": _v_findings, "max_time_s": _v_time, "code": _v_code,
    "judge": _v_judge, "starts_with": _v_text, "ends_with": _v_text,
}


def config_problem(spec: dict, config: Any) -> str | None:
    """What in a validated spec the config cannot satisfy (a judge target it does not know),
    as "field: problem; fix", or None.  For the engine to refuse a suite before sending."""
    if spec.get("kind") != "judge":
        return None
    from provtui.core.config import ConfigError, resolve_target

    try:
        resolve_target(spec["target"], config)
    except (ConfigError, KeyError) as exc:
        return f"target: {exc}"
    return None


# ------------------------------------------------------------------------------ results


def _result(spec: dict, passed: bool, score: float, detail: str, error: str | None = None,
            reasons: list | None = None, cost_usd: float | None = None) -> dict:
    from provtui.core.summary_text import clean

    score = float(score) if error is None and _number(score) else 0.0
    return {
        "name": clean(spec.get("name") or spec.get("kind", "check"), 120),
        "kind": spec.get("kind") if spec.get("kind") in KINDS else clean(spec.get("kind"), 60),
        "passed": bool(passed) and error is None,
        "score": min(1.0, max(0.0, score)),
        "detail": clean(detail, _DETAIL_LIMIT),
        "error": None if error is None else clean(error, _DETAIL_LIMIT),
        "reasons": [clean(r, _REASON_LIMIT) for r in (reasons or [])],
        "cost_usd": cost_usd,
    }


def _binary(spec: dict, outcome: tuple[bool, str]) -> dict:
    passed, detail = outcome
    return _result(spec, passed, 1.0 if passed else 0.0, detail)


# ------------------------------------------------------------------------------ running


async def run_checks(specs: list[dict], run: dict, ctx: CheckContext) -> list[dict]:
    """Score one run against ``specs`` (see the module doc); results in spec order."""
    from provtui.core.analysis import strip_think

    text = run.get("text") if isinstance(run, dict) else None
    visible = strip_think(text if isinstance(text, str) else "")

    async def one(spec: Any) -> dict:
        try:
            norm = validate_check(spec)
        except CheckSpecError as exc:
            shown = spec if isinstance(spec, dict) else {"kind": None}
            return _result(shown, False, 0.0, "", error=f"bad check: {exc}")
        try:
            return await _run_one(norm, visible, run, ctx)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - one broken check must not end the suite
            return _result(norm, False, 0.0, "",
                           error=f"internal error in the {norm['kind']} check: "
                                 f"{type(exc).__name__}: {exc}")

    return list(await asyncio.gather(*(one(s) for s in specs)))


async def _run_one(spec: dict, visible: str, run: dict, ctx: CheckContext) -> dict:
    kind = spec["kind"]
    if kind == "words":
        from provtui.core.analysis import count_words

        return _binary(spec, ifeval.bounds(count_words(visible), spec, "word"))
    if kind in ("sentences", "paragraphs", "bullets"):
        return _binary(spec, ifeval.check_count(kind, visible, spec))
    if kind == "lowercase":
        return _binary(spec, ifeval.check_lowercase(visible))
    if kind == "uppercase":
        return _binary(spec, ifeval.check_uppercase(visible))
    if kind == "no_commas":
        return _binary(spec, ifeval.check_no_commas(visible))
    if kind == "starts_with":
        return _binary(spec, ifeval.check_starts_with(visible, spec["text"], spec["ignore_case"]))
    if kind == "ends_with":
        return _binary(spec, ifeval.check_ends_with(visible, spec["text"], spec["ignore_case"]))
    if kind in ("contains", "not_contains"):
        return _binary(spec, _contains(spec, visible))
    if kind == "json":
        return _binary(spec, _json_check(spec, visible))
    if kind == "tools":
        return _tools(spec, run)
    if kind == "no_findings":
        return _binary(spec, _no_findings(spec, run))
    if kind == "max_time_s":
        return _binary(spec, _max_time(spec, run))
    if kind == "regex":
        from provtui.suite import regex_guard

        outcome = await regex_guard.search(spec["pattern"], spec["flags"], visible,
                                           timeout_s=REGEX_TIMEOUT_S)
        if outcome.error:
            return _result(spec, False, 0.0, "", error=outcome.error)
        if outcome.start is None:
            return _result(spec, False, 0.0, f"no match for /{spec['pattern']}/")
        return _result(spec, True, 1.0, f"matches at {outcome.start}: {outcome.match!r}")
    if kind == "code":
        from provtui.suite import sandbox

        return await sandbox.code_check(spec, visible, ctx, make_result=_result)
    if kind == "judge":
        from provtui.suite import judge

        return await judge.judge_check(spec, visible, run, ctx, make_result=_result)
    raise AssertionError(f"unhandled kind {kind}")


def _contains(spec: dict, visible: str) -> tuple[bool, str]:
    ic = spec["ignore_case"]

    def norm(s: str) -> str:
        s = unicodedata.normalize("NFC", s)
        return s.casefold() if ic else s

    hay = norm(visible)
    items = spec["text"]
    hits = [t for t in items if norm(t) in hay]
    missing = [t for t in items if t not in hits]
    found = (not missing) if spec["all"] else bool(hits)
    if spec["kind"] == "contains":
        if found:
            return True, "found " + ", ".join(map(repr, hits))
        want = "all of" if spec["all"] and len(items) > 1 else "any of" if len(items) > 1 else ""
        return False, (f"missing {', '.join(map(repr, missing))}" if spec["all"] or len(items) == 1
                       else f"none of {', '.join(map(repr, items))}") + ("" if not want else f" ({want})")
    if not found:
        return True, ("none of them found" if len(items) > 1 else f"{items[0]!r} not found")
    return False, "found " + ", ".join(map(repr, hits))


_FENCE_RE = re.compile(
    r"^ {0,3}(?P<fence>`{3,}|~{3,})[ \t]*(?P<lang>[^\s`]*)[^\n]*\n(?P<body>.*?)(?:^ {0,3}(?P=fence)[`~]*[ \t]*$|\Z)",
    re.M | re.S)


def fenced_blocks(text: str) -> list[tuple[str, str]]:
    """Fenced code blocks of ``text`` in order: (language tag lowercased, body)."""
    return [(m.group("lang").lower(), m.group("body").rstrip("\n")) for m in _FENCE_RE.finditer(text)]


def _json_check(spec: dict, visible: str) -> tuple[bool, str]:
    body = visible.strip()
    where = ""
    try:
        value = json.loads(body)
    except RecursionError:
        return False, "not JSON this parser can read: nested deeper than Python's recursion limit"
    except ValueError as exc:
        blocks = fenced_blocks(visible)
        if len(blocks) != 1:
            extra = f"; {len(blocks)} fenced blocks, want one" if blocks else ""
            return False, f"not JSON: {exc}{extra}"
        body = blocks[0][1]
        where = " (in its fenced block)"
        try:
            value = json.loads(body)
        except RecursionError:
            return False, "the fenced block is nested deeper than Python's recursion limit"
        except ValueError as exc2:
            return False, f"the fenced block is not JSON: {exc2}"
    schema = spec["schema"]
    if schema is None:
        return True, f"valid JSON{where}"
    import jsonschema

    try:
        validator = jsonschema.validators.validator_for(schema)(schema)
        error = jsonschema.exceptions.best_match(validator.iter_errors(value))
    except RecursionError:
        return False, f"JSON{where} nested too deeply to check against the schema"
    if error is not None:
        return False, f"JSON{where} fails the schema at {error.json_path}: {error.message}"
    return True, f"valid JSON{where} matching the schema"


def _tools(spec: dict, run: dict) -> dict:
    from provtui.core.analysis import tool_coverage

    calls = run.get("tool_calls") if isinstance(run.get("tool_calls"), list) else []
    covered, total, detail = tool_coverage(calls, expect=spec["expect"], groups=spec["groups"])
    unit = " tool groups" if spec["groups"] is not None else " tools"
    head, _, rest = detail.partition(",")
    return _result(spec, covered == total, covered / total if total else 0.0,
                   head + unit + ("," + rest if rest else ""))


def _no_findings(spec: dict, run: dict) -> tuple[bool, str]:
    findings = run.get("findings")
    if not isinstance(findings, list):
        from provtui.core.analysis import find_findings

        text = run.get("text")
        findings = find_findings(text if isinstance(text, str) else "")
    kinds = spec["kinds"]
    hit = [f for f in findings if isinstance(f, dict) and (kinds is None or f.get("kind") in kinds)]
    if not hit:
        return True, "no findings" + (f" of {', '.join(kinds)}" if kinds else "")
    counts: dict[str, int] = {}
    for f in hit:
        counts[str(f.get("kind"))] = counts.get(str(f.get("kind")), 0) + 1
    first = hit[0]
    shown = ", ".join(f"{k} x{n}" for k, n in counts.items())
    return False, f"{shown}; first at {first.get('start')}: {str(first.get('text', ''))[:40]!r}"


def _max_time(spec: dict, run: dict) -> tuple[bool, str]:
    metrics = run.get("metrics") if isinstance(run.get("metrics"), dict) else {}
    t = metrics.get("total_s")
    if not _number(t):
        return False, "no total time recorded for this run"
    limit = spec["value"]
    if t <= limit:
        return True, f"{t:.2f} s (limit {limit:g} s)"
    return False, f"{t:.2f} s, want at most {limit:g} s"

