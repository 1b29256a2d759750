"""PROVISIONAL suite checks (suite-engine branch): words, regex, contains, not_contains,
tools, max_time_s only, so the engine can be tested end to end.  The suite-checks branch owns
this module and replaces it wholesale (same interface, every kind of CONTRACT §5); other kinds
are validated for their fields here and run as a check *error* ("not available yet").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

KINDS = frozenset({
    "words", "regex", "contains", "not_contains", "json", "tools", "no_findings", "code",
    "judge", "max_time_s", "lowercase", "uppercase", "no_commas", "sentences", "paragraphs",
    "bullets", "starts_with", "ends_with",
})
_FIELDS: dict[str, set[str]] = {
    "words": {"equals", "min", "max"}, "sentences": {"equals", "min", "max"},
    "paragraphs": {"equals", "min", "max"}, "bullets": {"equals", "min", "max"},
    "regex": {"pattern", "flags"}, "contains": {"text", "all"}, "not_contains": {"text", "all"},
    "json": {"schema"}, "tools": {"expect", "groups"}, "no_findings": {"kinds"},
    "code": {"language", "tests", "timeout_s"}, "judge": {"target", "rubric", "threshold"},
    "max_time_s": {"value"}, "lowercase": set(), "uppercase": set(), "no_commas": set(),
    "starts_with": {"text"}, "ends_with": {"text"},
}


class CheckSpecError(ValueError):
    """A check spec that cannot be used; the message names the field and the fix."""


@dataclass
class CheckContext:
    config: Any
    allow_unsandboxed_code: bool = False
    judge_cache: dict | None = None
    on_judge_cost: Callable[[float | None], None] | None = None


def validate_check(spec: dict) -> dict:
    if not isinstance(spec, dict):
        raise CheckSpecError("a check is a table like { kind = \"words\", equals = 12 }")
    kind = spec.get("kind")
    if kind not in KINDS:
        raise CheckSpecError(f"kind: unknown check kind {kind!r}; use one of "
                             f"{', '.join(sorted(KINDS))}")
    unknown = set(spec) - _FIELDS[kind] - {"kind", "name"}
    if unknown:
        raise CheckSpecError(f"{sorted(unknown)[0]}: unknown field for a {kind} check; its "
                             f"fields are {', '.join(sorted(_FIELDS[kind])) or 'none'}")
    if kind == "regex":
        if not isinstance(spec.get("pattern"), str):
            raise CheckSpecError("pattern: give the regular expression as pattern = \"...\"")
        try:
            re.compile(spec["pattern"], _flags(spec.get("flags", "")))
        except (re.error, ValueError) as exc:
            raise CheckSpecError(f"pattern: does not compile ({exc}); fix the expression") from None
    if kind in ("words", "sentences", "paragraphs", "bullets"):
        if not any(k in spec for k in ("equals", "min", "max")):
            raise CheckSpecError(f"equals: give equals, min or max for a {kind} check")
    return {"name": spec.get("name", kind), **spec}


def _flags(flags: str) -> int:
    out = 0
    for f in flags or "":
        out |= {"i": re.I, "m": re.M, "s": re.S}[f]
    return out


def _result(spec: dict, passed: bool, score: float, detail: str, error: str | None = None) -> dict:
    return {"name": spec.get("name", spec["kind"]), "kind": spec["kind"],
            "passed": bool(passed) and error is None, "score": 0.0 if error else float(score),
            "detail": detail, "error": error, "reasons": [], "cost_usd": None}


async def run_checks(specs: list[dict], run: dict, ctx: CheckContext) -> list[dict]:
    from provtui.core.analysis import count_words, strip_think

    text = strip_think(run.get("text") or "")
    out = []
    for spec in specs:
        kind = spec["kind"]
        if kind == "words":
            n = count_words(text)
            ok = ((spec.get("equals") is None or n == spec["equals"])
                  and (spec.get("min") is None or n >= spec["min"])
                  and (spec.get("max") is None or n <= spec["max"]))
            out.append(_result(spec, ok, 1.0 if ok else 0.0, f"{n} words"))
        elif kind == "regex":
            ok = re.search(spec["pattern"], text, _flags(spec.get("flags", ""))) is not None
            out.append(_result(spec, ok, float(ok), "found" if ok else "not found"))
        elif kind in ("contains", "not_contains"):
            items = spec["text"] if isinstance(spec["text"], list) else [spec["text"]]
            hits = [t for t in items if t in text]
            found = len(hits) == len(items) if spec.get("all") else bool(hits)
            ok = found if kind == "contains" else not hits
            out.append(_result(spec, ok, float(ok), f"found {hits}"))
        elif kind == "tools":
            called = {c.get("name") for c in run.get("tool_calls") or []}
            groups = spec.get("groups") or [[n] for n in spec.get("expect") or []]
            covered = sum(1 for g in groups if called & set(g))
            score = covered / len(groups) if groups else 0.0
            out.append(_result(spec, covered == len(groups), score,
                               f"{covered}/{len(groups)} tool groups"))
        elif kind == "max_time_s":
            t = (run.get("metrics") or {}).get("total_s")
            ok = isinstance(t, (int, float)) and t <= spec["value"]
            out.append(_result(spec, ok, float(ok), f"total {t}s"))
        else:
            out.append(_result(spec, False, 0.0, "", error=f"check kind {kind} is not available "
                               "in this build yet (provisional checks module)"))
    return out
