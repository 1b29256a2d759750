"""Parse throughput: one 50,000-chunk stream (and 8 at once) from the loopback server.

    /root/.venvs/dev/bin/python tests/bench/bench_parse.py [--chunks 50000] [--rounds 5]

Contenders, alternated within every round (the order rotates), each with its own warm client:

- ``httpx lines``: the bare minimum a Python client does: ``aiter_lines``, skip non-data
  lines, ``json.loads`` each data line, append the delta's content;
- ``provtui core``: ``provtui.core.chat.stream_chat`` consuming every event (SSE parsing,
  chunk normalisation, timestamps, the final TurnFinished record);
- ``openai SDK``: ``AsyncOpenAI().chat.completions.create(stream=True)`` iterated to the end;
- ``provtui run path`` (for information): ``Fanout.stream_all`` with the session recorder
  journalling every event, i.e. everything ``provtui run`` does per chunk.

Reported: the median wall time over rounds, the median client CPU time (the server is another
process), and ratios to ``httpx lines``.  Targets: provtui core <= 1.1x httpx lines, and the
openai SDK >= 5x provtui core.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx  # noqa: E402

from common import TOKEN_CHARS, emit_result, median, server, target  # noqa: E402

BODY = {"model": "bench-model", "messages": [{"role": "user", "content": "go"}],
        "stream": True}


async def httpx_lines(client: httpx.AsyncClient, url: str) -> int:
    parts: list[str] = []
    async with client.stream("POST", url + "/chat/completions", json=BODY) as response:
        async for line in response.aiter_lines():
            if not line.startswith("data:"):
                continue
            data = line[5:].strip()
            if data == "[DONE]":
                break
            obj = json.loads(data)
            choices = obj.get("choices")
            if choices:
                content = choices[0].get("delta", {}).get("content")
                if content:
                    parts.append(content)
    return len("".join(parts))


async def provtui_core(client: httpx.AsyncClient, url: str) -> int:
    from provtui.core.chat import stream_chat
    from provtui.core.events import TurnFinished

    t = target(url)
    final = None
    async for event in stream_chat(client, t, BODY, run=0, turn=0, api_key=None):
        final = event
    assert isinstance(final, TurnFinished), final
    return len(final.content)


async def openai_sdk(client, url: str) -> int:
    parts: list[str] = []
    stream = await client.chat.completions.create(
        model="bench-model", messages=[{"role": "user", "content": "go"}], stream=True)
    async for chunk in stream:
        if chunk.choices:
            content = chunk.choices[0].delta.content
            if content:
                parts.append(content)
    return len("".join(parts))


async def provtui_run_path(client: httpx.AsyncClient, urls: list[str], tmp: Path) -> int:
    from provtui.core.fanout import Fanout, SessionPlan
    from provtui.core.session import Journal, SessionRecorder

    plan = SessionPlan(prompt="go", targets=[target(u, name=f"bench{i}")
                                             for i, u in enumerate(urls)])
    fan = Fanout(plan, client=client)
    journal = Journal(tmp / f"{fan.session_id}.journal.jsonl")
    recorder = SessionRecorder(journal=journal)
    async with fan:
        async for event in fan.stream_all():
            recorder.apply(event)
    session = recorder.finish(status="ok")
    journal.close()
    return sum(len(r.get("text") or "") for r in session["runs"])


async def measure(fn, streams: int) -> tuple[float, float, int]:
    cpu0, wall0 = time.process_time(), time.perf_counter()
    sizes = await fn(streams)
    return time.perf_counter() - wall0, time.process_time() - cpu0, sizes


async def bench(chunks: int, rounds: int, streams: int, with_sdk: bool,
                with_run_path: bool) -> dict:
    from openai import AsyncOpenAI

    with server() as srv, tempfile.TemporaryDirectory() as tmpdir:
        url = srv.url(f"bulk/{chunks}")
        limits = httpx.Limits(max_connections=None, max_keepalive_connections=64)
        plain = httpx.AsyncClient(limits=limits, timeout=60)
        core = httpx.AsyncClient(limits=limits, timeout=60)
        runpath = httpx.AsyncClient(limits=limits, timeout=60)
        sdk = AsyncOpenAI(base_url=url, api_key="bench", max_retries=0, timeout=600)

        async def many(one, n):
            return sum(await asyncio.gather(*(one() for _ in range(n))))

        contenders = {
            "httpx lines": lambda n: many(lambda: httpx_lines(plain, url), n),
            "provtui core": lambda n: many(lambda: provtui_core(core, url), n),
        }
        if with_sdk:
            contenders["openai SDK"] = lambda n: many(lambda: openai_sdk(sdk, url), n)
        if with_run_path:
            contenders["provtui run path"] = lambda n: provtui_run_path(
                runpath, [url] * n, Path(tmpdir))
        # warm-up: connections, imports, the server's prebuilt body
        for fn in contenders.values():
            await fn(1)
        names = list(contenders)
        wall: dict[str, list[float]] = {k: [] for k in names}
        cpu: dict[str, list[float]] = {k: [] for k in names}
        for r in range(rounds):
            order = names[r % len(names):] + names[:r % len(names)]
            for name in order:
                w, c, size = await measure(contenders[name], streams)
                expected = chunks * TOKEN_CHARS * streams
                if size != expected:
                    raise AssertionError(f"{name}: {size} characters, expected {expected}")
                wall[name].append(w)
                cpu[name].append(c)
        await plain.aclose()
        await core.aclose()
        await runpath.aclose()
        await sdk.close()
    base_w, base_c = median(wall["httpx lines"]), median(cpu["httpx lines"])
    out = {"chunks": chunks, "streams": streams, "rounds": rounds, "contenders": {}}
    for name in names:
        out["contenders"][name] = {
            "wall_s": median(wall[name]), "cpu_s": median(cpu[name]),
            "wall_ratio": median(wall[name]) / base_w, "cpu_ratio": median(cpu[name]) / base_c,
            "wall_all": wall[name],
        }
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chunks", type=int, default=50_000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--rounds-8", type=int, default=3)
    ap.add_argument("--no-sdk", action="store_true", help="leave out the openai SDK")
    args = ap.parse_args()
    single = asyncio.run(bench(args.chunks, args.rounds, 1, not args.no_sdk, True))
    eight = asyncio.run(bench(args.chunks, args.rounds_8, 8, not args.no_sdk, True))
    for res in (single, eight):
        print(f"\n{res['streams']} stream(s) x {res['chunks']:,} chunks, median of "
              f"{res['rounds']} rounds:")
        for name, c in res["contenders"].items():
            print(f"  {name:18} wall {c['wall_s']:7.3f} s ({c['wall_ratio']:5.2f}x)   "
                  f"cpu {c['cpu_s']:7.3f} s ({c['cpu_ratio']:5.2f}x)")
    emit_result({"single": single, "eight": eight})


if __name__ == "__main__":
    main()
