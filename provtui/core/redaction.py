"""Credentials never reach a file: credential-named fields and known key values are scrubbed."""


from __future__ import annotations

import functools
import json
import os
import re
from typing import Any, Iterable

from provtui.core.session_format import REDACTED

# ---------------------------------------------------------------------------- credentials

_SENSITIVE_NAMES = {"authorization", "proxy-authorization", "api-key", "x-api-key", "cookie",
                    "set-cookie", "x-goog-api-key", "api_key", "apikey"}
_SENSITIVE_PARTS = ("api-key", "api_key", "apikey", "secret", "password", "authorization")
# Variables that look like credentials even when no provider preset names them (a custom
# provider's api_key_env); long enough values only, so "1" or "true" never get scrubbed.
_SECRET_VAR = re.compile(r"(API_?KEY|_KEY|TOKEN|SECRET|PASSWORD)$", re.I)


def _is_sensitive_name(name: str) -> bool:
    low = name.lower()
    return low in _SENSITIVE_NAMES or any(p in low for p in _SENSITIVE_PARTS)


def known_secrets(extra: Iterable[str] = ()) -> list[str]:
    """Key values to scrub: the config module's list, credential-looking environment variables
    and ``extra``; longest first so a key containing another is replaced whole."""
    found: set[str] = {s for s in extra if s and len(s) >= 4}
    try:
        from provtui.core.config import secret_values

        found.update(secret_values())
    except Exception:  # a broken config must not stop a session from being saved
        pass
    for name, value in os.environ.items():
        if value and len(value) >= 8 and _SECRET_VAR.search(name):
            found.add(value)
    return sorted(found, key=len, reverse=True)


@functools.lru_cache(maxsize=64)
def _json_escaped(secret: str) -> str:
    return json.dumps(secret, ensure_ascii=False)[1:-1]


def redact_text(text: str, secrets: Iterable[str]) -> str:
    for s in secrets:
        if s in text:
            text = text.replace(s, REDACTED)
        # the same key as it appears inside a JSON string (escaped quotes or backslashes)
        esc = _json_escaped(s)
        if esc != s and esc in text:
            text = text.replace(esc, REDACTED)
    return text


def redact(value: Any, secrets: Iterable[str] = ()) -> Any:
    """A copy of ``value`` with credential-named keys replaced and secret values scrubbed."""
    secrets = list(secrets)
    if isinstance(value, dict):
        return {k: (REDACTED if isinstance(k, str) and _is_sensitive_name(k) and v
                    else redact(v, secrets)) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [redact(v, secrets) for v in value]
    if isinstance(value, str):
        return redact_text(value, secrets)
    return value


