"""``determinism``: N identical requests at temperature 0 (and a fixed seed where honoured).

Sent one after another (never concurrently, so batching with our own requests is not the
cause).  ``identical_rate`` is the share of answers equal to the most common one; the first
divergence is where the first answer that differs from it stops matching (character offset and
word index, and token index when the provider sent the tokens as logprobs).  A provider that
rejects ``seed`` is asked again without it, and that is recorded.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from provtui.core.config import TargetConfig

from .base import CheckContext, failed

NAME = "determinism"
PROMPT = [{"role": "user", "content": "Write one sentence about the sea at night."}]
SEED = 1234
MAX_TOKENS = 16


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def divergence(outputs: list[str]) -> dict[str, Any] | None:
    """Where the earliest output differing from the most common one diverges from it."""
    if not outputs:
        return None
    mode = Counter(outputs).most_common(1)[0][0]
    others = [o for o in outputs if o != mode]
    if not others:
        return None
    char = min(_common_prefix(mode, o) for o in others)
    return {"char": char, "word": len(mode[:char].split()) if char else 0,
            "reference_after": mode[char:char + 40], "other_after": next(
                o for o in others if _common_prefix(mode, o) == char)[char:char + 40]}


async def measure(ctx: CheckContext, target: TargetConfig) -> dict[str, Any]:
    n = max(2, ctx.samples)
    params: dict[str, Any] = {"temperature": 0, "max_tokens": MAX_TOKENS, "seed": SEED}
    seed_note = "sent"
    outputs: list[str] = []
    errors: list[str] = []
    for i in range(n):
        reply = await ctx.ask(target, PROMPT, params)
        if (not reply.ok and i == 0 and "seed" in params
                and (reply.error or {}).get("kind") == "bad_request"):
            params.pop("seed")
            seed_note = f"rejected ({reply.error_line()[:120]}); sent without seed"
            reply = await ctx.ask(target, PROMPT, params)
        if not reply.ok:
            errors.append(reply.error_line())
            if not outputs and len(errors) >= 2:
                return failed(reply, "identical requests failed", method=_method(n))
            continue
        # reasoning counts: with a small max_tokens a reasoning model may say nothing else
        outputs.append((f"<reasoning>{reply.reasoning}</reasoning>" if reply.reasoning else "")
                       + reply.text + "".join(
            f"\u2063{c.get('name')}({c.get('arguments')})" for c in reply.tool_calls))
    if not outputs:
        return {"supported": None, "error": errors[0] if errors else "no answers",
                "method": _method(n)}
    counts = Counter(outputs)
    top = counts.most_common(1)[0][1]
    return {
        "supported": True, "method": _method(n), "seed": seed_note,
        "samples": len(outputs), "failed": len(errors), "distinct": len(counts),
        "identical_rate": round(top / len(outputs), 4),
        "first_divergence": divergence(outputs),
        "outputs": [o[:200] for o in counts],
        "errors": errors[:3],
    }


def _method(n: int) -> str:
    return (f"{n} identical non-streamed requests, one at a time, temperature 0, seed {SEED}, "
            f"max_tokens {MAX_TOKENS}; identical_rate = share equal to the most common answer")
