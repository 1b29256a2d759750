"""`provtui diagnose` on the real lab: two llama-cpp-python servers with the same weights served
the way two providers might (Q4_K_M + gemma template + n_ctx 2048 versus Q4_0 + chatml +
n_ctx 3072; see tests/llama_lab.py).  The diagnosis must find what differs: both context windows
within 5%, different billed prompt tokens, determinism at T=0 on each, logprob disagreement
between them; and report the tools and routing checks."""

from __future__ import annotations

import dataclasses

import pytest

from llama_lab import lab_servers
from provtui.core.config import PRESETS, TargetConfig
from provtui.diagnose.runner import CHECKS, run_diagnosis
from provtui.diagnose.table import format_diagnosis

pytestmark = pytest.mark.llama


def _target(name: str, info: dict) -> TargetConfig:
    # no declared window on purpose: the search must find it, not read it back
    provider = dataclasses.replace(PRESETS["llamacpp"], name=name, base_url=info["url"],
                                   read_timeout_s=240)
    return TargetConfig(name=name, provider=provider, model="gemma")


@pytest.mark.timeout(900)  # ~2-3 min on two idle cores; a shared, loaded box is far slower
async def test_the_lab_tells_two_servings_of_the_same_weights_apart(tmp_path) -> None:
    with lab_servers(tmp_path) as lab:
        targets = [_target(name, info) for name, info in lab.items()]
        # a base 270M model rambles to the budget when it does not call: 64 tokens is enough
        # for the longest arguments of the battery and keeps the lab cheap
        d = await run_diagnosis(targets, samples=3, context_max_tokens=4096,
                                request_timeout_s=240, tools_max_tokens=64)
    print(format_diagnosis(d))
    a, b = (t.name for t in targets)
    c = d["checks"]
    for name, info in lab.items():
        ctx = c["context"][name]
        assert ctx["behaviour"] == "error" and ctx["tokens_billed"] is True, ctx
        window = info["n_ctx"]
        assert abs(ctx["accepted_tokens"] - window) <= 0.05 * window, ctx
        assert ctx["limit_in_error"] == window
        det = c["determinism"][name]
        assert det["supported"] and det["identical_rate"] == 1.0 and det["distinct"] == 1, det
        assert c["logprobs"][name]["supported"] is True
        tools = c["tools"][name]
        assert tools["supported"] is True and tools["answered"] == 6
        assert tools["called_when_expected"] is not None and tools["calls"] >= 1
        routing = c["routing"][name]
        assert routing["supported"] and routing["responses"] >= 20
        assert routing["distinct"]["response_model"] >= 1
    pa, pb = c["prompt_tokens"][a], c["prompt_tokens"][b]
    assert pa["base"] != pb["base"] and pa["stable"] and pb["stable"]
    lb = c["logprobs"][b]
    assert lb["against"] == a
    floor = max(c["logprobs"][n]["noise_floor"]["mean_abs_delta"] for n in (a, b))
    assert lb["mean_abs_delta"] > floor or lb["top1_agreement"] < 1.0, (lb, floor)
    causes = {x["check"] for x in d["summary"][0]["likely_causes"]}
    assert {"context", "prompt_tokens", "logprobs"} <= causes
    assert list(c) == list(CHECKS)
