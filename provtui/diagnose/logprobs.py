"""``logprobs``: whether each target returns token log-probabilities, and how far its chosen
tokens' logprobs sit from the first target's, next to how far two calls of one target sit from
each other (the noise floor).

Each fixed prompt is sent twice per target at temperature 0 with ``logprobs: true,
top_logprobs: 5``.  Tokens are compared position by position up to and including the first
position where the chosen tokens differ (after it the two continuations have different
contexts).  ``top1_agreement`` = equal chosen tokens / compared positions; ``mean_abs_delta`` =
mean |logprob difference| over the positions where the tokens are equal.  Only meaningful
between targets that share a tokenizer (the same weights served differently).
"""

from __future__ import annotations

from typing import Any

from provtui.core.config import TargetConfig

from .base import CheckContext, failed, unsupported

NAME = "logprobs"
PROMPTS = [
    "What is the capital of France?",
    "Complete the sentence: The quick brown fox",
    "Name three primary colours.",
]
TOP = 5
MAX_TOKENS = 4
METHOD = (f"{len(PROMPTS)} fixed prompts, each sent twice per target, temperature 0, "
          f"logprobs true, top_logprobs {TOP}, max_tokens {MAX_TOKENS}; tokens compared up to "
          "the first differing chosen token")


def compare_tokens(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> dict[str, Any]:
    compared = agree = 0
    deltas: list[float] = []
    for x, y in zip(a, b):
        compared += 1
        if x["token"] != y["token"]:
            break
        agree += 1
        deltas.append(abs(x["logprob"] - y["logprob"]))
    return {"compared": compared, "agree": agree, "deltas": deltas}


def aggregate(pairs: list[dict[str, Any]]) -> dict[str, Any] | None:
    compared = sum(p["compared"] for p in pairs)
    if not compared:
        return None
    deltas = [d for p in pairs for d in p["deltas"]]
    return {"top1_agreement": round(sum(p["agree"] for p in pairs) / compared, 4),
            "mean_abs_delta": round(sum(deltas) / len(deltas), 6) if deltas else None,
            "positions": compared}


async def measure(ctx: CheckContext, target: TargetConfig) -> dict[str, Any]:
    params = {"temperature": 0, "max_tokens": MAX_TOKENS, "logprobs": True,
              "top_logprobs": TOP}
    runs: list[list[list[dict[str, Any]]]] = []
    shape: dict[str, Any] | None = None
    for prompt in PROMPTS:
        messages = [{"role": "user", "content": prompt}]
        pair = []
        for _ in range(2):
            reply = await ctx.ask(target, messages, params)
            if not reply.ok:
                kind = (reply.error or {}).get("kind")
                if kind in ("bad_request",) and not runs:
                    return unsupported(f"logprobs request rejected: {reply.error_line()[:200]}",
                                       method=METHOD)
                return failed(reply, "a logprobs request failed", method=METHOD)
            if not reply.logprobs:
                why = ("logprobs: null in the response (parameter ignored)"
                       if not reply.logprobs_present else
                       "a logprobs object without per-token entries")
                return unsupported(why, method=METHOD)
            if shape is None:
                tops = [len(t["top"]) for t in reply.logprobs]
                shape = {"field": "choices[0].logprobs.content[]",
                         "top_logprobs_returned": max(tops) if tops else 0,
                         "tokens": len(reply.logprobs)}
            pair.append(reply.logprobs)
        runs.append(pair)
    noise = aggregate([compare_tokens(p[0], p[1]) for p in runs])
    return {"supported": True, "method": METHOD, "shape": shape, "noise_floor": noise,
            "tokens": [[[t["token"], round(t["logprob"], 5)] for t in p[0]] for p in runs],
            "_runs": runs}


def compare(ctx: CheckContext, results: dict[str, dict[str, Any]]) -> None:
    """Fill ``top1_agreement`` / ``mean_abs_delta`` against the first target that has them."""
    names = [t.name for t in ctx.targets]
    ref_name = next((n for n in names if results.get(n, {}).get("supported")
                     and results[n].get("_runs")), None)
    for name in names:
        res = results.get(name)
        if not res or not res.get("supported"):
            continue
        if name == ref_name:
            res["reference"] = True
            res["top1_agreement"] = res["mean_abs_delta"] = None
            continue
        ref_runs = results[ref_name]["_runs"] if ref_name else []
        vs = aggregate([compare_tokens(r[0], o[0])
                        for r, o in zip(ref_runs, res.get("_runs") or [])])
        res["reference"] = False
        res["against"] = ref_name
        res["top1_agreement"] = vs["top1_agreement"] if vs else None
        res["mean_abs_delta"] = vs["mean_abs_delta"] if vs else None
    for res in results.values():
        if isinstance(res, dict):
            res.pop("_runs", None)
