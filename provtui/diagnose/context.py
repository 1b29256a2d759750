"""``context``: the largest prompt each target accepts, as it counts tokens.

The prompt is a code word (the canary) at the very start, filler words, and a question asking
for the code word at the end; ``max_tokens`` is tiny.  The search grows the filler
exponentially (512, 1024, 2048 ... tokens) until the target refuses or the cap is reached,
then bisects between the last accepted and the first refused size until they are within ~2%.
Sizes are the provider's billed ``usage.prompt_tokens`` when it sends usage, else estimated
(UTF-8 bytes / 4) and said so.  Consecutive prompts share their start, so servers with a
prefix cache (llama.cpp) only evaluate the new tail.

``behaviour``:
- ``error``: a request past the limit gets a clear context error (``limit_in_error`` keeps the
  limit the message names);
- ``truncates``: accepted past the declared window, or the billed prompt tokens stop growing
  while the prompt grows, or the canary (recalled in a short prompt) is lost in a long one;
- ``not_reached``: everything up to the cap was accepted with no sign of truncation;
- ``unclear``: the search stopped on another failure (timeout, 5xx), kept in ``stopped``.

"Do my tools fit": the attached MCP servers' tool definitions are sent with a short
conversation; their billed cost (with-tools minus without) plus that conversation plus the
target's ``max_tokens`` is compared with ``accepted_tokens``.
"""

from __future__ import annotations

from typing import Any

from provtui.core.chat import estimate_tokens
from provtui.core.config import TargetConfig

from .base import CheckContext, user_max_tokens
from .prompt_tokens import CONVERSATION

NAME = "context"
CANARY = "ZEBRA-4471"
MAX_TOKENS = 12
START_TOKENS = 512
DEFAULT_CAP = 32768
PRECISION = 0.02
_WORDS = ("river stone cloud maple lantern harbor meadow copper violet thunder garden pocket "
          "silver candle orbit canyon feather marble willow engine basket comet pepper glacier "
          "ribbon falcon timber velvet prairie anchor").split()
_HEAD = f"The secret code word is {CANARY}. Remember it.\n"
_TAIL = ("\nWhat is the secret code word given at the very start? "
         "Answer with the code word only.")


def prompt_of(words: int) -> str:
    return _HEAD + " ".join(_WORDS[i % len(_WORDS)] for i in range(words)) + _TAIL


def declared_window(target: TargetConfig) -> tuple[int | None, str | None]:
    advertised = getattr(target, "advertised", None)
    if isinstance(advertised, dict) and isinstance(advertised.get("context_length"), int):
        return advertised["context_length"], "advertised (provider listing)"
    if target.provider.context_window:
        return target.provider.context_window, "config/preset context_window"
    return None, None


class _Search:
    def __init__(self, ctx: CheckContext, target: TargetConfig) -> None:
        self.ctx, self.target = ctx, target
        self.accepted: dict[int, int] = {}   # words -> tokens (billed or estimated)
        self.billed = True
        self.canary: dict[int, bool] = {}
        self.refused: tuple[int, dict[str, Any]] | None = None
        self.stopped: str | None = None
        self.requests = 0

    async def probe(self, words: int) -> bool | None:
        """True accepted, False refused with a context error, None another failure."""
        self.requests += 1
        text = prompt_of(words)
        reply = await self.ctx.ask(self.target, [{"role": "user", "content": text}],
                                   {"max_tokens": MAX_TOKENS, "temperature": 0})
        if reply.ok:
            tokens = reply.prompt_tokens
            if tokens is None:
                self.billed = False
                tokens = estimate_tokens(text)
            self.accepted[words] = tokens
            self.canary[words] = CANARY.lower() in reply.text.lower()
            return True
        err = reply.error or {}
        if err.get("kind") == "context_length":
            if self.refused is None or words < self.refused[0]:
                self.refused = (words, err)
            return False
        self.stopped = f"at {words} filler words: {reply.error_line()[:240]}"
        return None

    def tokens_per_word(self) -> tuple[float, float]:
        pts = sorted(self.accepted.items())
        if len(pts) >= 2:
            (w0, t0), (w1, t1) = pts[0], pts[-1]
            if w1 > w0 and t1 > t0:
                rate = (t1 - t0) / (w1 - w0)
                return rate, t0 - rate * w0
        w, t = pts[0]
        return 1.3, max(0.0, t - 1.3 * w)

    def words_for(self, tokens: float) -> int:
        rate, base = self.tokens_per_word()
        return max(1, int((tokens - base) / max(rate, 0.05)))


async def measure(ctx: CheckContext, target: TargetConfig) -> dict[str, Any]:
    declared, declared_source = declared_window(target)
    cap = ctx.context_max_tokens or (2 * declared if declared else DEFAULT_CAP)
    s = _Search(ctx, target)
    first = await s.probe(16)
    if first is not True:
        if first is False:
            return {"supported": None, "error": "even a short prompt was refused as too long: "
                    + str((s.refused or (0, {}))[1].get("message"))}
        return {"supported": None, "error": f"the first probe failed {s.stopped}"}
    lo = 16
    hi: int | None = None
    size = START_TOKENS
    for _ in range(16):  # exponential phase (bounded: a truncating server never refuses)
        words = max(s.words_for(size), lo + 1)
        before = s.accepted[lo]
        got = await s.probe(words)
        if got is True:
            grew = s.accepted[words] > before * 1.2
            lo = words
            if s.accepted[words] >= cap or not grew:
                break
            size = min(cap * 1.01, s.accepted[words] * 2)
            continue
        hi = words if got is False else None
        break
    while hi is not None and s.stopped is None:  # bisection on words
        lo_tokens = s.accepted[lo]
        hi_tokens = s.tokens_per_word()[0] * (hi - lo) + lo_tokens
        if hi - lo <= 1 or (hi_tokens - lo_tokens) <= max(4, PRECISION * lo_tokens):
            break
        mid = (lo + hi) // 2
        got = await s.probe(mid)
        if got is True:
            lo = mid
        elif got is False:
            hi = mid
        else:
            break
    out = _verdict(s, lo, declared, cap)
    out.update({"declared": declared, "declared_source": declared_source,
                "requests": s.requests, "max_tokens": MAX_TOKENS, "cap": int(cap)})
    out["tools_fit"] = await _tools_fit(ctx, target, out.get("accepted_tokens"))
    return out


def _verdict(s: _Search, lo: int, declared: int | None, cap: float) -> dict[str, Any]:
    accepted = s.accepted[lo]
    unit = "billed usage.prompt_tokens" if s.billed else "estimated tokens (UTF-8 bytes / 4; " \
        "the provider sent no usage)"
    method = (f"search on prompt size (canary at the start, filler, question at the end; "
              f"max_tokens {MAX_TOKENS}): exponential from {START_TOKENS} tokens then bisection "
              f"to ~{PRECISION:.0%}; sizes in {unit}")
    evidence: list[str] = []
    pts = sorted(s.accepted.items())
    if s.billed and len(pts) >= 3:
        (w0, t0), (w1, t1) = pts[-2], pts[-1]
        rate = (pts[1][1] - pts[0][1]) / max(1, pts[1][0] - pts[0][0])
        if w1 > w0 and rate > 0 and (t1 - t0) < 0.5 * rate * (w1 - w0):
            evidence.append(f"billed prompt tokens stopped growing: {t0} at {w0} words, "
                            f"{t1} at {w1} words")
    small = s.canary.get(pts[0][0])
    big = s.canary.get(lo)
    if small and big is False:
        evidence.append(f"the canary was recalled in a short prompt and lost at {accepted} "
                        "tokens")
    if declared and accepted > declared * 1.05:
        evidence.append(f"accepted {accepted} tokens, more than the declared {declared}")
    out: dict[str, Any] = {"supported": True, "method": method, "accepted_tokens": accepted,
                           "tokens_billed": s.billed}
    if s.refused is not None:
        words, err = s.refused
        rate, base = s.tokens_per_word()
        out["refused_tokens_est"] = int(base + rate * words)
        out["limit_in_error"] = err.get("context_limit")
        out["error_message"] = str(err.get("message", ""))[:300]
    if evidence:
        out["behaviour"] = "truncates"
    elif s.refused is not None:
        out["behaviour"] = "error"
    elif s.stopped:
        out["behaviour"] = "unclear"
    else:
        out["behaviour"] = "not_reached"
        evidence.append(f"every prompt up to the search cap ({int(cap)} tokens) was accepted")
    if s.stopped:
        out["stopped"] = s.stopped
    out["evidence"] = evidence
    out["canary"] = {"short_prompt": small, "largest_accepted": big}
    return out


async def _tools_fit(ctx: CheckContext, target: TargetConfig,
                     accepted: int | None) -> dict[str, Any] | None:
    if not ctx.mcp_tools:
        return {"checked": False, "reason": "no --mcp servers attached (attach them with "
                "--mcp NAME to see whether their tool definitions fit; the bundled ev server's "
                "cost about 2.3K tokens)"}
    from provtui.core.mcp import estimate_tool_tokens

    params = {"max_tokens": 1, "temperature": 0}
    base = await ctx.ask(target, CONVERSATION, params)
    with_tools = await ctx.ask(target, CONVERSATION, params, tools=ctx.mcp_tools)
    estimated = estimate_tool_tokens(ctx.mcp_tools)
    billed = None
    if base.ok and with_tools.ok and base.prompt_tokens is not None \
            and with_tools.prompt_tokens is not None:
        billed = with_tools.prompt_tokens - base.prompt_tokens
    prompt = base.prompt_tokens if base.prompt_tokens is not None else \
        estimate_tokens(" ".join(m["content"] for m in CONVERSATION))
    max_tokens = user_max_tokens(target, ctx.params)
    cost = billed if billed else estimated
    needed = prompt + cost + (max_tokens or 0)
    out: dict[str, Any] = {
        "checked": True, "servers": list(ctx.mcp_servers), "tools": len(ctx.mcp_tools),
        "tools_tokens_billed": billed, "tools_tokens_estimated": estimated,
        "prompt_tokens": prompt, "max_tokens": max_tokens, "needed_tokens": needed,
        "accepted_tokens": accepted,
        "fits": None if accepted is None else needed <= accepted,
        "method": ("tool cost = billed prompt tokens with the tools minus without"
                   if billed else "tool cost estimated from the tools JSON (3.5 chars/token)")
                  + "; needed = short conversation + tools + max_tokens",
    }
    if not with_tools.ok:
        out["error"] = with_tools.error_line()[:240]
    if billed == 0:
        out["note"] = ("the tools added no billed tokens: the server's chat template may not "
                       "show tool definitions to the model at all")
    if max_tokens is None:
        out["note_max_tokens"] = "no max_tokens set for this target: its default applies"
    return out
