"""An aggregator's per-model endpoints listing: the client and a defensive parser.

``GET {base_url}/models/{MODEL}/endpoints`` (OpenRouter's shape: ``{"data": {"id", "name",
"endpoints": [{"provider_name", "tag", "quantization", "context_length",
"max_completion_tokens", "max_prompt_tokens", "pricing": {"prompt": "0.0000002", ...},
"supported_parameters": [...], "status", "uptime_last_30m", "latency_last_30m": {"p50"...},
"throughput_last_30m": {"p50"...}}]}}``).

The listing is provider text: every string is cleaned (provtui.core.summary_text.clean), every
number checked for type and range, a tag must be a safe target-name part, and the read is
bounded (bytes, endpoints, seconds).  Anything that fails is a :class:`ListingError`: one line
naming the URL, and nothing is sent to any chat endpoint.
"""

from __future__ import annotations

import json
import math
import re
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from provtui.core.config import ConfigError, ProviderConfig, api_key_for
from provtui.core.summary_text import clean

__all__ = [
    "Endpoint",
    "ListingError",
    "MAX_LISTING_BYTES",
    "MAX_ENDPOINTS",
    "LISTING_TIMEOUT_S",
    "listing_url",
    "fetch_listing",
    "parse_listing",
    "safe_tag",
    "slug",
]

MAX_LISTING_BYTES = 4 * 1024 * 1024
MAX_ENDPOINTS = 64
"""More endpoints than this for one model is not a listing a person can compare; the rest are
dropped with a note."""
LISTING_TIMEOUT_S = 15.0
MAX_SCANNED = 5_000
"""Entries looked at before the cap: a 4 MB list of a million empty objects is not parsed."""

_DECIMAL = re.compile(r"-?\d{1,20}(?:\.\d{1,20})?(?:[eE][-+]?\d{1,3})?")
_TAG = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]|/(?!/)){0,63}")


class ListingError(ConfigError):
    """The listing could not be used.  The message is one line naming the URL."""


def safe_tag(value: object) -> str | None:
    """``value`` when it can be part of a target name and a routing slug (letters, digits,
    ``. _ - /``, no ``..``, at most 64 characters), else None."""
    if not isinstance(value, str) or not _TAG.fullmatch(value) or ".." in value \
            or value.endswith("/"):
        return None
    return value


def slug(name: str) -> str:
    """``"Google AI Studio"`` -> ``"google-ai-studio"`` (how the aggregator spells providers)."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:64].strip("-")


@dataclass(frozen=True)
class Endpoint:
    """One upstream that serves the model, as the listing advertised it (cleaned)."""

    tag: str
    """The routing slug sent in ``provider.only`` and used in the target name."""
    provider_name: str | None = None
    listed_tag: str | None = None
    """The listing's own ``tag`` (None when absent or unsafe)."""
    quantization: str | None = None
    context_length: int | None = None
    max_completion_tokens: int | None = None
    max_prompt_tokens: int | None = None
    pricing: dict[str, str] = field(default_factory=dict)
    supported_parameters: tuple[str, ...] | None = None
    status: int | None = None
    uptime_last_30m: float | None = None
    latency_p50_ms: float | None = None
    throughput_p50: float | None = None

    @property
    def price_in_per_mtok(self) -> float | None:
        return _per_mtok(self.pricing.get("prompt"))

    @property
    def price_out_per_mtok(self) -> float | None:
        return _per_mtok(self.pricing.get("completion"))

    def summary(self) -> str:
        """One line for a picker: provider · quantization · context · price · uptime ·
        throughput · latency (what the listing carries; ``?`` where it said nothing)."""
        parts = [self.provider_name or self.tag, self.quantization or "quant ?",
                 f"{self.context_length:,} ctx" if self.context_length else "ctx ?"]
        p_in, p_out = self.price_in_per_mtok, self.price_out_per_mtok
        if p_in is not None or p_out is not None:
            parts.append(f"${p_in if p_in is not None else '?':g}/"
                         f"${p_out if p_out is not None else '?':g} per Mtok"
                         if p_in is not None and p_out is not None else "price ?")
        else:
            parts.append("price ?")
        if self.uptime_last_30m is not None:
            parts.append(f"up {self.uptime_last_30m:g}%")
        if self.throughput_p50 is not None:
            parts.append(f"{self.throughput_p50:g} tok/s")
        if self.latency_p50_ms is not None:
            parts.append(f"p50 {self.latency_p50_ms:g} ms")
        return " · ".join(parts)

    def advertised(self) -> dict[str, Any]:
        """CONTRACT §8 ``runs[].advertised`` (absent fields are null)."""
        return {
            "provider_name": self.provider_name,
            "tag": self.listed_tag,
            "quantization": self.quantization,
            "context_length": self.context_length,
            "max_completion_tokens": self.max_completion_tokens,
            "pricing": dict(self.pricing) if self.pricing else None,
            "supported_parameters": (list(self.supported_parameters)
                                     if self.supported_parameters is not None else None),
        }


# ---------------------------------------------------------------------------- parsing


def _per_mtok(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        per_token = float(value)
    except ValueError:
        return None
    if not math.isfinite(per_token) or per_token < 0:
        return None  # OpenRouter writes "-1" for "varies": no price rather than a wrong one
    return round(per_token * 1_000_000, 6)


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) < 12:
        value = int(value.strip())
    if isinstance(value, int) and 0 < value < 10**9:
        return value
    return None


def _num(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    value = float(value)
    return round(value, 3) if math.isfinite(value) and value >= 0 else None


def _text(value: object, limit: int) -> str | None:
    if not isinstance(value, str):
        return None
    s = clean(value[: limit * 4], limit).strip()  # a 3 MB name is not cleaned in full
    return s or None


def _p50(value: object) -> float | None:
    if isinstance(value, dict):
        return _num(value.get("p50"))
    return _num(value)


def _pricing(value: object) -> dict[str, str]:
    out: dict[str, str] = {}
    if not isinstance(value, dict):
        return out
    for k, v in list(value.items())[:32]:
        if not isinstance(k, str) or not re.fullmatch(r"[a-z_]{1,40}", k):
            continue
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            v = repr(v)
        # a decimal number as text ("-1" is OpenRouter's "varies"; NaN, inf, words are not)
        if isinstance(v, str) and _DECIMAL.fullmatch(v.strip()):
            out[k] = v.strip()
    return out


def _params(value: object) -> tuple[str, ...] | None:
    if not isinstance(value, list):
        return None
    out: list[str] = []
    for item in value[:200]:  # a parameter name as sent in a request body, or nothing
        if isinstance(item, str) and re.fullmatch(r"[A-Za-z0-9_.-]{1,64}", item) \
                and item not in out:
            out.append(item)
    return tuple(out)


def _endpoint(raw: dict[str, Any]) -> Endpoint | None:
    name = _text(raw.get("provider_name"), 80)
    listed = safe_tag(raw.get("tag"))
    tag = listed or (safe_tag(slug(name)) if name else None)
    if tag is None:
        return None
    return Endpoint(
        tag=tag, provider_name=name, listed_tag=listed,
        quantization=_text(raw.get("quantization"), 24),
        context_length=_int(raw.get("context_length")),
        max_completion_tokens=_int(raw.get("max_completion_tokens")),
        max_prompt_tokens=_int(raw.get("max_prompt_tokens")),
        pricing=_pricing(raw.get("pricing")),
        supported_parameters=_params(raw.get("supported_parameters")),
        status=raw.get("status") if isinstance(raw.get("status"), int)
        and not isinstance(raw.get("status"), bool) else None,
        uptime_last_30m=_num(raw.get("uptime_last_30m")),
        latency_p50_ms=_p50(raw.get("latency_last_30m")),
        throughput_p50=_p50(raw.get("throughput_last_30m")),
    )


def parse_listing(data: bytes, url: str) -> tuple[list[Endpoint], list[str]]:
    """(endpoints, notes) from the response body.  Raises ListingError when there is no
    usable endpoint.  Notes say what was dropped (unsafe tags, duplicates, the cap)."""
    try:
        obj = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):  # bad UTF-8, bad JSON, a 5,000-digit integer
        raise ListingError(f"endpoints listing {url}: the response is not JSON; check the "
                           "base_url and the model id") from None
    inner = obj.get("data") if isinstance(obj, dict) else None
    entries = inner.get("endpoints") if isinstance(inner, dict) else None
    if not isinstance(entries, list):
        raise ListingError(f"endpoints listing {url}: no data.endpoints list in the response; "
                           "is base_url an aggregator (e.g. https://openrouter.ai/api/v1)?")
    if not entries:
        raise ListingError(f"endpoints listing {url}: the model has no endpoints (an empty "
                           "list); check the model id")
    notes: list[str] = []
    out: list[Endpoint] = []
    seen: set[str] = set()
    dropped = duplicates = 0
    if len(entries) > MAX_SCANNED:
        notes.append(f"{url}: {len(entries)} entries listed; read the first {MAX_SCANNED}")
    for i, raw in enumerate(entries[:MAX_SCANNED]):
        if len(out) == MAX_ENDPOINTS:  # enough to compare; the rest are only counted
            notes.append(f"{url}: {len(entries)} entries listed; kept the first "
                         f"{MAX_ENDPOINTS} endpoints (to entry {i})")
            break
        ep = _endpoint(raw) if isinstance(raw, dict) else None
        if ep is None:
            dropped += 1
            continue
        if ep.tag.lower() in seen:
            duplicates += 1
            continue
        seen.add(ep.tag.lower())
        out.append(ep)
    if dropped:
        notes.append(f"{url}: skipped {dropped} endpoint(s) with no usable tag or provider name")
    if duplicates:
        notes.append(f"{url}: skipped {duplicates} endpoint(s) listed twice under one tag")
    if not out:
        raise ListingError(f"endpoints listing {url}: none of the {len(entries)} listed "
                           "endpoints has a usable tag or provider name")
    return out, notes


# ---------------------------------------------------------------------------- the request


def listing_url(provider: ProviderConfig, model: str) -> str:
    """``{base_url}/models/{MODEL}/endpoints`` with each path segment of MODEL escaped."""
    segments = model.split("/")
    if not model or any(s in ("", ".", "..") for s in segments):
        raise ListingError(f"model {model!r} is not a model id an endpoints listing can name "
                           "(write author/slug, e.g. nvidia/nemotron-3-nano-30b-a3b)")
    path = "/".join(quote(s, safe=":") for s in segments)
    return provider.base_url.rstrip("/") + provider.endpoints_path.replace("{model}", path)


def fetch_listing(provider: ProviderConfig, model: str, *, timeout_s: float = LISTING_TIMEOUT_S,
                  max_bytes: int = MAX_LISTING_BYTES) -> tuple[list[Endpoint], list[str]]:
    """GET the listing (the key as Bearer, the provider's headers) and parse it.  Bounded:
    ``timeout_s`` for the whole exchange (checked between reads), ``max_bytes`` of body, no
    redirects followed.  Raises ListingError (one line naming the URL)."""
    import httpx

    from provtui.core.redaction import known_secrets, redact_text

    url = listing_url(provider, model)
    try:
        key = api_key_for(provider)
    except ConfigError:
        raise ListingError(f"endpoints listing {url} needs the key: set "
                           f"{provider.api_key_env} (nothing was sent)") from None
    headers = {"Accept": "application/json", **provider.headers}
    if key:
        headers["Authorization"] = f"Bearer {key}"
    secrets = known_secrets([key] if key else [])
    deadline = time.monotonic() + timeout_s
    try:
        with httpx.Client(timeout=httpx.Timeout(timeout_s), follow_redirects=False) as client:
            with client.stream("GET", url, headers=headers) as resp:
                body = bytearray()
                for piece in resp.iter_bytes():
                    body += piece
                    if len(body) > max_bytes:
                        raise ListingError(f"endpoints listing {url}: the response is larger "
                                           f"than {max_bytes // (1024 * 1024)} MB; refusing it")
                    if time.monotonic() > deadline:
                        raise ListingError(f"endpoints listing {url}: no complete answer "
                                           f"within {timeout_s:g} s")
                status = resp.status_code
    except httpx.TimeoutException:
        raise ListingError(f"endpoints listing {url}: no answer within {timeout_s:g} s") from None
    except httpx.HTTPError as exc:
        why = clean(redact_text(str(exc) or type(exc).__name__, secrets), 120)
        raise ListingError(f"endpoints listing {url}: cannot connect ({why})") from None
    if status != 200:
        hint = {401: "the key was refused; check " + str(provider.api_key_env),
                403: "the key may not list endpoints",
                404: "the aggregator does not know this model; check the model id"}.get(
            status, "the aggregator refused the listing")
        detail = clean(redact_text(bytes(body[:400]).decode("utf-8", "replace"), secrets), 100)
        raise ListingError(f"endpoints listing {url}: HTTP {status} ({hint})"
                           + (f": {detail}" if detail else ""))
    return parse_listing(bytes(body), url)
