"""The one way provtui makes the HTTP client that talks to providers.

Redirects are followed (some gateways answer 307 to a regional host), and httpx then drops
``Authorization`` when the redirect leaves the origin.  A key can also travel in a custom header
(``X-Api-Key``, ``api-key``, anything a config's ``headers`` sets): those would follow the
redirect to the other host.  A request hook remembers each request's first origin (the
redirect requests share the first request's ``extensions`` dict) and, on any hop to another
origin, removes every header whose name looks like a credential or whose value holds a known
key value.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = ["make_async_client", "strip_credentials_across_origins"]

_ORIGIN = "provtui_first_origin"


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port)


async def strip_credentials_across_origins(request: httpx.Request) -> None:
    first = request.extensions.get(_ORIGIN)
    if first is None:
        request.extensions[_ORIGIN] = _origin(request.url)
        return
    if first == _origin(request.url):
        return
    from provtui.core.redaction import _is_sensitive_name, known_secrets

    secrets = known_secrets()
    for name in list(request.headers.keys()):
        value = request.headers.get(name, "")
        low = name.lower()
        if _is_sensitive_name(name) or "token" in low or "key" in low or any(
                s and s in value for s in secrets):
            del request.headers[name]


def make_async_client(**kwargs: Any) -> httpx.AsyncClient:
    """``httpx.AsyncClient`` following redirects, never carrying a credential to another
    origin."""
    hooks = dict(kwargs.pop("event_hooks", None) or {})
    hooks["request"] = [strip_credentials_across_origins, *hooks.get("request", [])]
    kwargs.setdefault("follow_redirects", True)
    return httpx.AsyncClient(event_hooks=hooks, **kwargs)
