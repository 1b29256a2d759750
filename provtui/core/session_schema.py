"""The shape every session reader may rely on, enforced on whatever JSON a file holds.

A session file is input from anywhere (the README invites opening files others send), so after
parsing, :func:`normalise_session` makes every field a reader touches the type CONTRACT §3 gives
it: a wrong type is replaced by the field's empty value (``metrics: "x"`` -> ``{}``,
``repeat_index: "3"`` -> ``0``, ``text: 5`` -> ``""``), a list item of the wrong type is
dropped (``checks: ["x"]``), and each repair is listed (first 20) in ``session["load_repairs"]``
so nothing is changed silently.  Values with no fixed shape (request bodies, params, usage,
unknown fields) are kept as they are once they are known to nest at most ``MAX_DEPTH`` deep,
so recursive code downstream (scrubbing, exports) cannot overflow the stack.  The only
exception raised is :class:`SessionError`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from provtui.core.session_format import _ID_OK, SessionError

__all__ = ["normalise_session", "MAX_DEPTH", "valid_id"]

MAX_DEPTH = 64
MAX_REPAIRS_LISTED = 20
_BIG = 10 ** 15  # larger numbers are no timing, count or offset provtui ever wrote

Coerce = Callable[[Any, str, "_Repairs"], Any]
_DROP = object()


class _Repairs:
    def __init__(self) -> None:
        self.listed: list[str] = []
        self.count = 0

    def add(self, path: str, want: str, value: Any) -> None:
        self.count += 1
        if len(self.listed) < MAX_REPAIRS_LISTED:
            self.listed.append(f"{path}: expected {want}, found {type(value).__name__}")


def valid_id(value: Any) -> bool:
    """A session id that is safe as one file-name component."""
    return isinstance(value, str) and bool(_ID_OK.match(value)) and ".." not in value \
        and len(value) <= 200


def _depth_ok(value: Any, path: str) -> Any:
    """``value`` itself, or SessionError when it nests deeper than MAX_DEPTH (iterative)."""
    if not isinstance(value, (dict, list)):
        return value
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise SessionError(f"{path} nests more than {MAX_DEPTH} levels deep; the file is "
                               "damaged or hostile", f"{path} nests more than {MAX_DEPTH} levels")
        children = node.values() if isinstance(node, dict) else node
        for child in children:
            if isinstance(child, (dict, list)):
                stack.append((child, depth + 1))
    return value


def free(v: Any, path: str, rep: _Repairs) -> Any:
    return _depth_ok(v, path)


def string(default: str | None = "") -> Coerce:
    def f(v: Any, path: str, rep: _Repairs) -> Any:
        if isinstance(v, str) or (v is None and default is None):
            return v
        rep.add(path, "a string" if default is not None else "a string or null", v)
        return default
    return f


def number(v: Any, path: str, rep: _Repairs) -> Any:
    if v is None:
        return None
    if isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) \
            and abs(v) < _BIG:
        return v
    rep.add(path, "a finite number or null", v)
    return None


def integer(default: int | None, lo: int = 0) -> Coerce:
    def f(v: Any, path: str, rep: _Repairs) -> Any:
        if v is None and default is None:
            return None
        if isinstance(v, int) and not isinstance(v, bool) and lo <= v < _BIG:
            return v
        rep.add(path, f"an integer >= {lo}", v)
        return default
    return f


def boolean(default: bool | None = False) -> Coerce:
    def f(v: Any, path: str, rep: _Repairs) -> Any:
        if isinstance(v, bool) or (v is None and default is None):
            return v
        rep.add(path, "true or false", v)
        return default
    return f


def obj(fields: dict[str, Coerce], *, nullable: bool = False) -> Coerce:
    """A dict whose known fields are coerced and whose other fields are kept (depth-checked)."""
    def f(v: Any, path: str, rep: _Repairs) -> Any:
        if v is None and nullable:
            return None
        if not isinstance(v, dict):
            rep.add(path, "an object" + (" or null" if nullable else ""), v)
            return None if nullable else {}
        out = {}
        for key, value in v.items():
            coerce = fields.get(key)
            out[key] = coerce(value, f"{path}.{key}", rep) if coerce else \
                _depth_ok(value, f"{path}.{key}")
        return out
    return f


def array(item: Coerce) -> Coerce:
    def f(v: Any, path: str, rep: _Repairs) -> Any:
        if not isinstance(v, list):
            rep.add(path, "a list", v)
            return []
        out = []
        for i, x in enumerate(v):
            y = item(x, f"{path}[{i}]", rep)
            if y is not _DROP:
                out.append(y)
        return out
    return f


def item_obj(fields: dict[str, Coerce]) -> Coerce:
    inner = obj(fields)

    def f(v: Any, path: str, rep: _Repairs) -> Any:
        if not isinstance(v, dict):
            rep.add(path, "an object", v)
            return _DROP
        return inner(v, path, rep)
    return f


def item_str(v: Any, path: str, rep: _Repairs) -> Any:
    if isinstance(v, str):
        return v
    rep.add(path, "a string", v)
    return _DROP


def timeline(v: Any, path: str, rep: _Repairs) -> Any:
    """``[[offset_s, "r"|"c"|"t", chars], ...]``: malformed entries dropped."""
    if not isinstance(v, list):
        rep.add(path, "a list", v)
        return []
    ok = [e for e in v if type(e) is list and len(e) == 3
          and type(e[0]) in (int, float) and isinstance(e[1], str)
          and type(e[2]) is int and math.isfinite(e[0])]
    if len(ok) != len(v):
        rep.add(path, "entries [seconds, channel, chars]", v)
    return ok


_ERROR = obj({"kind": string("protocol"), "message": string(""),
              "http_status": integer(None), "retry_after_s": number,
              "context_limit": integer(None)}, nullable=True)
_METRICS = obj({"ttft_s": number, "total_s": number, "output_tokens": integer(None),
                "output_tokens_estimated": boolean(False), "tokens_per_s": number})
_TOOL_CALL = item_obj({"id": string(""), "name": string(""), "arguments": free,
                       "arguments_valid": boolean(None), "result": string(None),
                       "is_error": boolean(False), "duration_s": number})
_TURN = item_obj({
    "content": string(""), "reasoning": string(""), "tool_call_ids": array(item_str),
    "finish_reason": string(None), "finish_reasons": array(item_str),
    "usage": obj({}, nullable=True), "ttft_s": number, "duration_s": number,
    "served_by": string(None), "response_model": string(None),
    "system_fingerprint": string(None), "request": obj({}, nullable=True),
    "response_headers": obj({}, nullable=True), "url": string(None),
    "http_status": integer(None), "raw_stream": string(None), "extra": obj({}, nullable=True),
})
_FINDING = item_obj({"kind": string("unknown"), "start": integer(0), "end": integer(0),
                     "text": string(""), "suggestion": string(None)})
_CHECK = item_obj({"name": string(""), "kind": string(None), "passed": boolean(None),
                   "score": number, "detail": string(""), "error": string(None),
                   "reasons": free, "cost_usd": number})
_RUN = item_obj({
    "target": string("?"), "provider": string(None), "model": string(None),
    "repeat_index": integer(0), "status": string("error"), "error": _ERROR,
    "text": string(""), "reasoning": string(""), "tool_calls": array(_TOOL_CALL),
    "turns": array(_TURN), "metrics": _METRICS, "timeline": timeline,
    "words": integer(None), "findings": array(_FINDING), "checks": array(_CHECK),
    "attempts": array(free), "notices": array(free), "asked_user": boolean(False),
})
_SESSION = obj({
    "created_at": string(None), "prompt": string(""), "system": string(None),
    "mcp_servers": array(item_str), "params": obj({}), "runs": array(_RUN),
    "recovered": boolean(False), "simulated": boolean(False), "in_progress": boolean(False),
    "recovery": obj({}, nullable=True),
})


def normalise_session(data: dict[str, Any], where: str, fallback_id: str | None) -> dict:
    """``data`` (a parsed, version-checked session) with every reader-facing field of the type
    CONTRACT §3 gives it.  ``fallback_id`` replaces an id that is no safe file name (the file's
    own name, or None for "session")."""
    rep = _Repairs()
    sid = data.get("id")
    out = _SESSION(data, "session", rep)
    if not valid_id(sid):
        if sid is not None:
            rep.add("session.id", "letters, digits, '-', '_' and '.'", sid)
        out["id"] = fallback_id if valid_id(fallback_id) else "session"
    if rep.count:
        out["load_repairs"] = rep.listed + (
            [f"... {rep.count - len(rep.listed)} more"] if rep.count > len(rep.listed) else [])
    return out
