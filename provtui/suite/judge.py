"""Score an answer with a judge model (work in progress)."""

from __future__ import annotations


async def judge_check(spec, visible, run, ctx, *, make_result):
    return make_result(spec, False, 0.0, "", error="the judge check is not available in this build yet")
