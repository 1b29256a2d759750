"""The four simulated providers' personalities: how fast, how big a context, and which wire
habits each one has (docs WIRE.md).  What each one *answers* is in ``answers`` (the decision)
and ``ev_answers`` (the EV tool task); the HTTP server that streams it is ``sim``.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MODEL_ID", "PERSONALITIES", "Personality"]

MODEL_ID = "nemotron-nano-30b (simulated)"

# ---------------------------------------------------------------------------- personalities


@dataclass(frozen=True)
class Personality:
    name: str
    like: str
    """The provider of the seed study this one behaves like."""
    ttft_s: float
    tokens_per_s: float
    context_window: int
    reasoning_field: str | None
    """``reasoning_content`` | ``reasoning`` | None (no reasoning stream)."""
    line_end: str = "\n"
    data_prefix: str = "data: "
    tool_call_style: str = "canonical"
    """canonical (id+name first, then argument slices) | whole (one chunk per call) |
    repeat (id and name repeated in every argument chunk)."""
    usage_style: str = "final_chunk"
    """final_chunk (``choices: []`` chunk when stream_options.include_usage) | always (an
    extra chunk that repeats finish_reason, OpenRouter) | none."""
    role_every_chunk: bool = False
    served_by: str | None = None
    """Sent as the OpenRouter-style ``provider`` field in every chunk."""
    processing_comment: str | None = None
    """SSE comment line sent at once and then every 0.5 s until the first token."""
    split_writes: bool = False
    """Write each SSE event in two or three pieces, cut anywhere (mid-UTF-8 character too)."""
    tool_id_style: str = "openai"
    system_fingerprint: str | None = None
    prefill_role_chunk: bool = False
    """Send the role-only chunk at once, before the first token (vLLM does)."""
    price_in_per_mtok: float | None = None
    """What the host charges, USD per million prompt tokens (None: free or unknown)."""
    price_out_per_mtok: float | None = None
    sends_cost: bool = False
    """Puts what the request cost in ``usage.cost`` (OpenRouter does)."""


PERSONALITIES: dict[str, Personality] = {
    p.name: p
    for p in (
        Personality(
            name="explorer", like="Ollama (local)", ttft_s=0.25, tokens_per_s=150.0,
            context_window=131_072, reasoning_field=None, tool_call_style="whole",
            usage_style="final_chunk", role_every_chunk=True, tool_id_style="ollama",
            system_fingerprint="fp_ollama",
        ),
        Personality(
            name="methodical", like="NVIDIA NIM", ttft_s=0.55, tokens_per_s=135.0,
            context_window=131_072, reasoning_field="reasoning_content",
            tool_call_style="repeat", usage_style="final_chunk", tool_id_style="vllm",
            prefill_role_chunk=True, price_in_per_mtok=0.06, price_out_per_mtok=0.24,
        ),
        Personality(
            name="asker", like="OpenRouter", ttft_s=1.45, tokens_per_s=32.0,
            context_window=131_072, reasoning_field="reasoning", tool_call_style="canonical",
            usage_style="always", served_by="Nvidia", processing_comment=": OPENROUTER PROCESSING",
            split_writes=True, tool_id_style="openai", price_in_per_mtok=0.05,
            price_out_per_mtok=0.20, sends_cost=True,
        ),
        Personality(
            name="small", like="DeepInfra", ttft_s=0.40, tokens_per_s=60.0,
            context_window=34_000, reasoning_field=None, line_end="\r\n", data_prefix="data:",
            tool_call_style="canonical", usage_style="none", role_every_chunk=True,
            tool_id_style="openai", price_in_per_mtok=0.04, price_out_per_mtok=0.16,
        ),
    )
}
