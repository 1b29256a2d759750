"""``routing``: who answered.  Every response of the whole diagnosis is looked at (OpenRouter's
``provider`` field as ``served_by``, the ``model`` returned, ``system_fingerprint``); several
values for one target mean its requests were not all served the same way (a fallback, load
balancing, a model swap).  For an aggregator (``kind = "aggregator"``: the openrouter preset,
or any provider configured so) with a key, up to three generation ids are also looked up at ``GET
/generation?id=`` (the upstream name and how many attempts it took).
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from typing import Any

from provtui.core.chat import MAX_ERROR_BODY_BYTES, read_capped
from provtui.core.config import ConfigError, TargetConfig, api_key_for
from provtui.core.summary_text import clean

from .base import CheckContext, failed

NAME = "routing"
METHOD = ("the provider, model and system_fingerprint fields of every response this "
          "diagnosis received for the target")


def _values(counter: Counter) -> list[dict[str, Any]]:
    return [{"value": v, "responses": n} for v, n in counter.most_common()]


async def measure(ctx: CheckContext, target: TargetConfig) -> dict[str, Any]:
    obs = [o for o in ctx.asker.observations if o.target == target.name]
    if not obs:  # routing alone (--only routing): two tiny requests of its own
        last = None
        for _ in range(2):
            reply = await ctx.ask(target, [{"role": "user", "content": "Say OK."}],
                                  {"max_tokens": 2, "temperature": 0})
            if not reply.ok and not obs:
                last = reply
        obs = [o for o in ctx.asker.observations if o.target == target.name]
        if not obs:
            if last is None:
                return {"supported": None, "error": "no response to look at", "method": METHOD}
            return failed(last, "no response to look at", method=METHOD)
    served = Counter(o.served_by for o in obs if o.served_by)
    models = Counter(o.response_model for o in obs if o.response_model)
    prints = Counter(o.system_fingerprint for o in obs if o.system_fingerprint)
    out: dict[str, Any] = {
        "supported": True, "method": METHOD, "responses": len(obs),
        "served_by": _values(served), "response_model": _values(models),
        "system_fingerprint": _values(prints),
        "distinct": {"served_by": len(served), "response_model": len(models),
                     "system_fingerprint": len(prints)},
    }
    if not served:
        out["served_by_note"] = "no response named who served it (only aggregators do)"
    gens = [o.generation_id for o in obs if o.generation_id]
    if gens and target.provider.kind == "aggregator":  # (the openrouter preset is one)
        out["generations"] = await _generations(ctx, target, gens[:3])
    return out


async def _generations(ctx: CheckContext, target: TargetConfig,
                       ids: list[str]) -> list[dict[str, Any]] | dict[str, Any]:
    try:
        key = api_key_for(target.provider)
    except ConfigError:
        key = None
    if not key:
        return {"checked": False, "reason": "no API key: the generation endpoint needs one"}
    await asyncio.sleep(2.0)  # OpenRouter fills the record a moment after the answer
    url = target.provider.base_url.rstrip("/") + "/generation"
    headers = {**target.provider.headers, "Authorization": f"Bearer {key}"}
    out: list[dict[str, Any]] = []
    for gid in ids:
        try:
            # (a record is a few kB: read at most 1 MiB of whatever the aggregator sends)
            async with ctx.asker.client.stream("GET", url, params={"id": gid}, timeout=15.0,
                                               headers=headers) as r:
                body, longer = await read_capped(r, MAX_ERROR_BODY_BYTES)
            if r.status_code != 200:
                out.append({"id": gid, "error": f"HTTP {r.status_code}"})
                continue
            record = json.loads(body) if not longer else None
        except (ValueError, RecursionError):
            record = None
        except Exception as exc:  # noqa: BLE001 - optional extra evidence only
            out.append({"id": gid, "error": f"{type(exc).__name__}"})
            continue
        data = record.get("data") if isinstance(record, dict) else None
        if not isinstance(data, dict):
            out.append({"id": gid, "error": "HTTP 200 but no generation record in the body"})
            continue
        attempts = data.get("provider_responses") or data.get("providerResponses")
        name = data.get("provider_name") or data.get("providerName")
        out.append({"id": gid, "provider_name": clean(name, 120) if isinstance(name, str) else None,
                    "attempts": len(attempts) if isinstance(attempts, list) else None})
    return out
