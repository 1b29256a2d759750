"""Where timestamps are taken: with 8 streams in parallel, every delta's ``t`` and each turn's
ttft/duration must match the server's own record of when it wrote those bytes (same monotonic
clock, same process) to within 5 ms.  This checks *where* the stamps are taken (at the socket
read, not after processing); it compares against the server's recorded send times, not sleep
durations, so a loaded machine slows both sides alike."""

from __future__ import annotations

import asyncio
import json
import random
import sys
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))

from provtui.core.chat import build_request_body, stream_chat  # noqa: E402
from provtui.core.config import ProviderConfig, TargetConfig  # noqa: E402
from provtui.core.events import TextDelta, TurnFinished  # noqa: E402
from transcript_server import Reply, Sleep, TranscriptServer  # noqa: E402

BOUND_S = 0.005
STREAMS = 8


def chunk(delta: dict, finish: str | None = None) -> bytes:
    obj = {"choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return f"data: {json.dumps(obj)}\n\n".encode()


def scripted_reply(rng: random.Random) -> Reply:
    steps: list = [chunk({"role": "assistant", "content": ""})]  # not a token: ttft ignores it
    for word in ("alpha", " beta", " gamma"):
        steps += [Sleep(rng.uniform(0.1, 0.3)), chunk({"content": word})]
    steps += [Sleep(rng.uniform(0.1, 0.2)), chunk({}, "stop"), b"data: [DONE]\n\n"]
    return Reply(steps=steps)


async def run_parallel(seed: int) -> list[tuple]:
    rng = random.Random(seed)
    async with TranscriptServer() as srv:
        routes = [srv.route(scripted_reply(rng)) for _ in range(STREAMS)]
        # One shared client, as the app uses: creating a client loads TLS certificates (tens of
        # ms of CPU) and would delay the other streams' sends.
        async with httpx.AsyncClient() as client:

            async def one(route, run):
                provider = ProviderConfig(name="timing", base_url=route.base_url)
                target = TargetConfig(name="timing:m", provider=provider, model="m")
                body = build_request_body(target, [{"role": "user", "content": "go"}], None,
                                          {})
                return [e async for e in stream_chat(client, target, body, run=run, turn=0,
                                                     api_key=None)]

            results = await asyncio.gather(*(one(r, i) for i, r in enumerate(routes)))
    return list(zip(routes, results))


def violations(pairs) -> list[str]:
    """Every stamp further than BOUND_S from the server's record (structure is asserted)."""
    out = []
    for route, events in pairs:
        final = events[-1]
        assert isinstance(final, TurnFinished), final
        assert final.content == "alpha beta gamma"
        served = route.served[0]
        writes = served.writes
        content_writes = [t for t, data in writes if b'"content": "' in data
                          and b'"content": ""' not in data]
        deltas = [e for e in events if isinstance(e, TextDelta)]
        assert len(deltas) == len(content_writes) == 3
        # the stamps are not trivially the sleeps: the first token came after >= 100 ms
        assert final.ttft_s >= 0.1
        for delta, t_write in zip(deltas, content_writes):
            if abs(delta.t - t_write) >= BOUND_S:
                out.append(f"run {final.run} delta t off by {1000 * (delta.t - t_write):.1f} ms")
        true_ttft = content_writes[0] - served.request.t
        if abs(final.ttft_s - true_ttft) >= BOUND_S:
            out.append(f"run {final.run} ttft off by {1000 * (final.ttft_s - true_ttft):.1f} ms")
        true_total = writes[-1][0] - served.request.t  # the [DONE] write ends the turn
        if abs(final.duration_s - true_total) >= BOUND_S:
            out.append(f"run {final.run} duration off by "
                       f"{1000 * (final.duration_s - true_total):.1f} ms")
    return out


async def test_stamps_match_server_writes_with_8_parallel_streams():
    # The box has 2 shared cores: a scheduling hiccup from someone else's process can push one
    # stamp past 5 ms.  A stamp taken in the wrong place is off on every attempt, so up to
    # three attempts are allowed and all their findings are reported.
    report = []
    for attempt in range(3):
        bad = violations(await run_parallel(seed=7 + attempt))
        if not bad:
            return
        report.append(f"attempt {attempt}: " + "; ".join(bad))
    raise AssertionError("timestamps off by more than 5 ms:\n" + "\n".join(report))
