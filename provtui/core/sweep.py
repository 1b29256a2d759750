"""Provider sweep (CONTRACT §8): pin one upstream of an aggregator, or expand a target into
one target per upstream endpoint.

- ``PROVIDER:MODEL@ENDPOINT`` (split at the last ``@``) pins ENDPOINT by merging
  :func:`pin_body` into the request body.  Only providers marked ``kind = "aggregator"`` in
  their preset or config table route to endpoints; ``@`` on any other provider is a usage
  error.  No provider name is tested here: what an aggregator is, is data.
- :func:`expand_sweep` (``--sweep``) lists the endpoints of every aggregator target's model
  (provtui.core.endpoints) and returns ``PROVIDER:MODEL@TAG`` targets carrying the listing's
  context length, prices and advertised facts.  A listing failure raises ListingError before
  anything is sent.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from provtui.core.config import ConfigError, ProviderConfig, TargetConfig
from provtui.core.endpoints import Endpoint, ListingError, fetch_listing, safe_tag, slug

__all__ = [
    "AGGREGATOR",
    "is_aggregator",
    "split_endpoint",
    "pin_body",
    "pinned_target",
    "pinned_endpoint",
    "endpoint_target",
    "expand_sweep",
    "find_endpoint",
]

AGGREGATOR = "aggregator"

Fetch = Callable[[ProviderConfig, str], tuple[list[Endpoint], list[str]]]


def is_aggregator(provider: ProviderConfig) -> bool:
    return provider.kind == AGGREGATOR


def split_endpoint(model: str) -> tuple[str, str | None]:
    """``"a/b:free@deepinfra/fp4"`` -> ``("a/b:free", "deepinfra/fp4")``; split at the last
    ``@`` (a model id may contain ``/`` and ``:``; a leading ``@`` belongs to the model)."""
    head, sep, tail = model.rpartition("@")
    if not sep or not head.strip("@"):
        return model, None
    return head, tail


def pin_body(endpoint: str) -> dict[str, Any]:
    """The routing object that pins one upstream.  ``require_parameters``: an upstream that
    cannot honour every parameter of the request fails instead of silently dropping them."""
    return {"provider": {"only": [endpoint], "allow_fallbacks": False,
                         "require_parameters": True}}


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def pinned_target(spec: str, provider: ProviderConfig, model: str) -> TargetConfig:
    """The target for ``PROVIDER:MODEL@ENDPOINT`` (``model`` still carries ``@ENDPOINT``)."""
    bare, endpoint = split_endpoint(model)
    if endpoint is None:
        return TargetConfig(name=spec, provider=provider, model=model)
    if not is_aggregator(provider):
        raise ConfigError(
            f"target {spec!r}: @{endpoint} pins an upstream endpoint, but provider "
            f"{provider.name!r} is not an aggregator (only providers with kind = \"aggregator\", "
            "such as openrouter, route to endpoints); drop @..., or for a model id that "
            "contains @ define [targets.NAME] with model = \"...\"")
    if safe_tag(endpoint) is None:
        raise ConfigError(f"target {spec!r}: {endpoint!r} is not an endpoint tag (letters, "
                          "digits, . _ - /, e.g. @deepinfra or @deepinfra/fp4)")
    return TargetConfig(name=spec, provider=provider, model=bare,
                        extra_body=pin_body(endpoint))


def pinned_endpoint(target: TargetConfig) -> str | None:
    """The one upstream this target is pinned to (``provider.only`` with a single entry in the
    target's own extra_body, from ``@ENDPOINT`` or a [targets.NAME] table), else None.  A
    provider-level ``only`` is a default that ``--sweep`` replaces."""
    routing = target.extra_body.get("provider")
    only = routing.get("only") if isinstance(routing, dict) else None
    if isinstance(only, list) and len(only) == 1 and isinstance(only[0], str):
        return only[0]
    return None


def find_endpoint(endpoints: list[Endpoint], pin: str) -> Endpoint | None:
    """The listed endpoint a pin names: its tag, or its provider's slug / name."""
    want = pin.lower()
    for ep in endpoints:
        if ep.tag.lower() == want:
            return ep
    for ep in endpoints:
        if ep.provider_name and want in (ep.provider_name.lower(), slug(ep.provider_name)):
            return ep
    return None


def _with_listing(target: TargetConfig, ep: Endpoint, **kw: Any) -> TargetConfig:
    provider = target.provider
    if ep.context_length:
        provider = replace(provider, context_window=ep.context_length)
    return replace(
        target, provider=provider,
        price_in_per_mtok=(target.price_in_per_mtok if target.price_in_per_mtok is not None
                           else ep.price_in_per_mtok),
        price_out_per_mtok=(target.price_out_per_mtok if target.price_out_per_mtok is not None
                            else ep.price_out_per_mtok),
        advertised=ep.advertised(), **kw)


def endpoint_target(target: TargetConfig, ep: Endpoint) -> TargetConfig:
    """``target`` pinned to ``ep``: named ``PROVIDER:MODEL@TAG``, with the endpoint's context
    length as context_window, its prices and its advertised facts."""
    p = target.provider
    return _with_listing(target, ep, name=f"{p.name}:{target.model}@{ep.tag}",
                         extra_body=_merge(dict(target.extra_body), pin_body(ep.tag)))


def expand_sweep(targets: list[TargetConfig], *, fetch: Fetch = fetch_listing,
                 notes: list[str] | None = None) -> list[TargetConfig]:
    """``--sweep``: every aggregator target becomes one target per listed endpoint; a target
    already pinned keeps its pin and gains the listing's facts.  Other targets pass through.
    One listing per (base_url, model).  Raises ListingError before anything is sent."""
    listings: dict[tuple[str, str], list[Endpoint]] = {}
    out: list[TargetConfig] = []
    names: set[str] = set()
    for target in targets:
        if not is_aggregator(target.provider):
            out.append(target)
            continue
        key = (target.provider.base_url, target.model)
        if key not in listings:
            endpoints, found_notes = fetch(target.provider, target.model)
            listings[key] = endpoints
            if notes is not None:
                notes.extend(found_notes)
        endpoints = listings[key]
        pin = pinned_endpoint(target)
        if pin is not None:
            ep = find_endpoint(endpoints, pin)
            if ep is None:
                listed = ", ".join(e.tag for e in endpoints[:12])
                raise ListingError(f"target {target.name!r} is pinned to {pin!r}, which the "
                                   f"endpoints listing for {target.model} does not name "
                                   f"(listed: {listed})")
            out.append(_with_listing(target, ep))
            continue
        for ep in endpoints:
            t = endpoint_target(target, ep)
            if t.name not in names:  # -t X -t X --sweep: one set of endpoints, not two
                names.add(t.name)
                out.append(t)
    return out
