"""The request side of a chat completion: URL, body shaped from provider data, headers safe
to record, and the rough token estimate used before a request is sent."""

from __future__ import annotations

import copy
import math
from collections.abc import Mapping
from typing import Any

from .config import ProviderConfig, TargetConfig, secret_values


def chat_url(provider: ProviderConfig) -> str:
    return provider.base_url.rstrip("/") + "/chat/completions"


_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_ONE = ("items", "additionalProperties", "not", "if", "then", "else", "contains",
               "propertyNames", "additionalItems", "unevaluatedItems", "unevaluatedProperties")
_SCHEMA_MANY = ("anyOf", "allOf", "oneOf", "prefixItems")


def _drop_schema_keywords(schema: Any, drop: frozenset[str]) -> Any:
    """Remove JSON-Schema keywords in ``drop`` at every level, but never a *property* that
    happens to be called ``format`` or ``pattern``: names under ``properties`` are data."""
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in drop:
            continue
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: _drop_schema_keywords(sub, drop) for name, sub in value.items()}
        elif key in _SCHEMA_ONE and isinstance(value, dict):
            out[key] = _drop_schema_keywords(value, drop)
        elif key in _SCHEMA_MANY + ("items",) and isinstance(value, list):
            out[key] = [_drop_schema_keywords(sub, drop) for sub in value]
        else:
            out[key] = copy.deepcopy(value)
    return out


def _deep_merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(base.get(key), dict):
            _deep_merge(base[key], value)
        else:
            base[key] = copy.deepcopy(value)
    return base


def build_request_body(target: TargetConfig, messages: list[dict], tools: list[dict] | None,
                       params: dict) -> dict:
    """The JSON body for one streamed chat completion, shaped by the provider's data.

    Order of precedence (later wins): target.params, session ``params``, the core fields
    (model, messages, stream), then provider.extra_body and target.extra_body deep-merged.
    ``max_tokens``/``max_completion_tokens`` are renamed to ``provider.max_tokens_field``.
    ``parallel_tool_calls`` is only sent with tools (OpenAI rejects it without them).
    The inputs are copied, so later changes to ``messages`` do not alter a recorded request.
    """
    provider = target.provider
    body: dict[str, Any] = {}
    body.update(copy.deepcopy(dict(target.params)))
    body.update(copy.deepcopy(dict(params or {})))
    field = provider.max_tokens_field
    for name in ("max_tokens", "max_completion_tokens"):
        if name != field and name in body:
            value = body.pop(name)
            body.setdefault(field, value)
    body["model"] = target.model
    body["messages"] = copy.deepcopy(list(messages))
    body["stream"] = True
    if tools:
        drop = frozenset(provider.tool_schema_drop)
        shaped = []
        for tool in tools:
            tool = copy.deepcopy(tool)
            fn = tool.get("function") if isinstance(tool, dict) else None
            if drop and isinstance(fn, dict) and isinstance(fn.get("parameters"), dict):
                fn["parameters"] = _drop_schema_keywords(fn["parameters"], drop)
            shaped.append(tool)
        body["tools"] = shaped
        if provider.parallel_tool_calls is not None:
            body["parallel_tool_calls"] = provider.parallel_tool_calls
    else:
        body.pop("tools", None)
        body.pop("tool_choice", None)
    if provider.stream_options:
        opts = body.get("stream_options") if isinstance(body.get("stream_options"), dict) else {}
        body["stream_options"] = {**opts, "include_usage": True}
    _deep_merge(body, provider.extra_body)
    _deep_merge(body, target.extra_body)
    return body


def estimate_tokens(text: str) -> int:
    """Rough token count: UTF-8 bytes / 4, rounded up.

    About 4 characters per token for English with BPE tokenizers; a CJK character (3 bytes)
    counts as ~0.75 token, close to what those tokenizers do.  Only for pre-flight warnings and
    for ``output_tokens`` when a provider sent no usage (marked as estimated)."""
    if not text:
        return 0
    return math.ceil(len(text.encode("utf-8", "replace")) / 4)


# ---------------------------------------------------------------------------- headers


_SECRET_HEADERS = frozenset({"authorization", "api-key", "x-api-key", "cookie", "set-cookie",
                             "proxy-authorization", "x-goog-api-key"})


def sanitize_headers(headers: Any) -> dict[str, str]:
    """Headers safe to record: credentials and cookies dropped, and any header whose value
    contains a configured key value dropped too (some proxies echo the key back)."""
    if headers is None:
        return {}
    if hasattr(headers, "multi_items"):
        items = headers.multi_items()
    elif isinstance(headers, Mapping):
        items = list(headers.items())
    else:
        items = list(headers)
    secrets_now = secret_values()
    out: dict[str, str] = {}
    for name, value in items:
        name = str(name).lower()
        value = str(value)
        if name in _SECRET_HEADERS or any(s in value for s in secrets_now):
            continue
        out[name] = f"{out[name]}, {value}" if name in out else value
    return out
