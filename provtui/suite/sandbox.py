"""Run model-written Python against hidden tests in a sandbox (work in progress)."""

from __future__ import annotations


async def code_check(spec, visible, ctx, *, make_result):
    return make_result(spec, False, 0.0, "", error="the code check is not available in this build yet")
