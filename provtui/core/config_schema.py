"""What each config table may hold: one declarative table of field -> expected type.

Every field of every table is checked when the config is loaded, so a wrong type is one line
naming the file, the table, the field and what it should be (exit 2), never a traceback or an
"internal error" halfway through a run.  Adding a field is adding a row here.

Also refused here, because they would leak or misroute a key: a ``base_url`` with credentials
(``user:pass@``) or a query string (``?api_key=``), a scheme other than http(s), and header
names or values with control characters (a newline would inject a header of its own).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Callable
from urllib.parse import urlsplit

__all__ = ["Field", "PROVIDER_SCHEMA", "TARGET_SCHEMA", "MCP_SCHEMA", "RETRY_SCHEMA",
           "UI_SCHEMA", "TOP_SCHEMA", "check_table", "check_url", "show_value", "safe_url"]


@dataclass(frozen=True)
class Field:
    """``check(value)`` returns None when the value is fine, else what is wrong with it
    (default: "must be <expected>")."""

    expected: str
    check: Callable[[Any], str | None]
    example: str = ""


def show_value(value: Any) -> str:
    """A value as the user wrote it, short (TOML-ish: strings quoted, tables as {...})."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = repr(value)
    elif isinstance(value, dict):
        text = "a table {" + ", ".join(list(map(str, value))[:4]) + "}"
    elif isinstance(value, list):
        text = "an array " + repr(value)
    else:
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _is(pred: Callable[[Any], bool]) -> Callable[[Any], str | None]:
    return lambda v: None if pred(v) else ""


def _number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def string(example: str = "") -> Field:
    return Field("a string", _is(lambda v: isinstance(v, str)), example)


def nonempty_string(example: str = "") -> Field:
    return Field("a non-empty string", _is(lambda v: isinstance(v, str) and v.strip() != ""),
                 example)


def boolean(example: str = "") -> Field:
    return Field("true or false", _is(lambda v: isinstance(v, bool)), example)


def number(minimum: float = 0.0, *, strict: bool = False, example: str = "") -> Field:
    word = "greater than" if strict else "at least"
    return Field(f"a finite number {word} {minimum:g}",
                 _is(lambda v: _number(v) and (v > minimum if strict else v >= minimum)),
                 example)


def integer(minimum: int = 0, example: str = "") -> Field:
    return Field(f"a whole number of at least {minimum}",
                 _is(lambda v: _int(v) and v >= minimum), example)


def table(example: str = "") -> Field:
    return Field("a table", _is(lambda v: isinstance(v, dict)), example)


def string_list(example: str = "") -> Field:
    return Field("an array of strings",
                 _is(lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v)),
                 example)


def one_of(*choices: str, example: str = "") -> Field:
    return Field("one of " + ", ".join(repr(c) for c in choices),
                 _is(lambda v: isinstance(v, str) and v in choices), example)


# ---------------------------------------------------------------------------- special values

_TOKEN = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")  # RFC 9110 field-name
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _headers(v: Any) -> str | None:
    if not isinstance(v, dict):
        return ""
    for name, value in v.items():
        if not _TOKEN.match(name):
            return (f"has the header name {show_value(name)}, which is not a valid HTTP "
                    "field name (letters, digits and -_.!#$%&'*+^`|~ only)")
        if not isinstance(value, str):
            return f"has {name} = {show_value(value)}; header values must be strings"
        if _CONTROL.search(value):
            return (f"has a control character (newline, CR, ...) in the value of {name}; "
                    "it would end the header early and inject whatever follows")
    return None


def check_url(value: Any, *, what: str = "base_url", strict: bool = True) -> str | None:
    """None for an http(s) URL without credentials, query or fragment; else the problem.
    ``strict=False`` (an MCP server's URL, where a token in the query is sometimes the only
    way in) checks the scheme, the host and control characters only; such a URL is printed
    through :func:`safe_url`."""
    if not isinstance(value, str):
        return ""
    if _CONTROL.search(value) or " " in value.strip():
        return "contains a control character or a space"
    try:
        parts = urlsplit(value.strip())
        parts.port  # noqa: B018  (raises on a port that is not a number)
    except ValueError as exc:
        return f"is not a valid URL ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        scheme = f"{parts.scheme}://" if parts.scheme else "no scheme"
        return (f"uses {scheme}; only http:// and https:// are supported "
                f'(e.g. {what} = "https://host/v1")')
    if not parts.hostname:
        return f'names no host (e.g. {what} = "https://host/v1")'
    if not strict:
        return None
    if parts.username is not None or parts.password is not None:
        return ("carries credentials (user:password@); they would be sent as Basic auth and "
                "printed wherever the URL is: put the key in an environment variable named by "
                "api_key_env, or in headers")
    if parts.query or value.strip().endswith("?"):
        return ("has a query string; a key there would be printed wherever the URL is and the "
                "query breaks the request path: name the key's variable with api_key_env, or "
                "send it in headers")
    if parts.fragment:
        return "has a #fragment; remove it"
    return None


def safe_url(value: Any) -> str:
    """A URL as it may be printed: credentials, query and fragment removed (a config that
    slipped past validation, an MCP server URL from a JSON file)."""
    text = str(value)
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "(an invalid URL)"
    if not parts.scheme or not host:
        return text.split("?", 1)[0].split("#", 1)[0].rsplit("@", 1)[-1]
    if ":" in host:
        host = f"[{host}]"
    tail = "?…" if parts.query else ""
    return f"{parts.scheme}://{host}{port}{parts.path}{tail}"


def _url(what: str, strict: bool = True) -> Callable[[Any], str | None]:
    return lambda v: check_url(v, what=what, strict=strict)


def _env_name(v: Any) -> str | None:
    if not isinstance(v, str):
        return ""
    if not _ENV_NAME.match(v):
        return ("must be the NAME of an environment variable (letters, digits, _), not its "
                "value: keys are read from the environment, never from the config")
    return None


def _retries(v: Any) -> str | None:
    if _int(v) and v >= 0:
        return None
    if isinstance(v, dict):
        return None  # the table's own fields are checked with RETRY_SCHEMA
    return ""


def _checks(v: Any) -> str | None:
    if not isinstance(v, list):
        return ""
    for i, item in enumerate(v):
        if not isinstance(item, dict):
            return (f"has checks[{i}] = {show_value(item)}; each check is a table "
                    '([[checks]] with kind = "...")')
    return None


def _string_table(v: Any) -> str | None:
    if not isinstance(v, dict):
        return ""
    for k, x in v.items():
        if not isinstance(x, str):
            return f"has {k} = {show_value(x)}; values must be strings"
    return None


def _tables_of_tables(kind: str) -> Callable[[Any], str | None]:
    def check(v: Any) -> str | None:
        if not isinstance(v, dict):
            return ""
        for name, item in v.items():
            if not isinstance(item, dict):
                return (f"has {name} = {show_value(item)}; each entry is a table "
                        f"([{kind}.{name}])")
        return None
    return check


# ---------------------------------------------------------------------------- the schemas

_PRICE = number(0.0, example="price_in_per_mtok = 0.25")

PROVIDER_SCHEMA: dict[str, Field] = {
    "base_url": Field("an http(s) URL", _url("base_url"), 'base_url = "https://host/v1"'),
    "api_key_env": Field("an environment variable name", _env_name,
                         'api_key_env = "ACME_API_KEY"'),
    "api_key_optional": boolean("api_key_optional = true"),
    "headers": Field("a table of header name = string value", _headers,
                     'headers = { "X-Title" = "provtui" }'),
    "extra_body": table("extra_body = { provider = { allow_fallbacks = false } }"),
    "connect_timeout_s": number(0.0, strict=True, example="connect_timeout_s = 10"),
    "read_timeout_s": number(0.0, strict=True, example="read_timeout_s = 120"),
    "run_timeout_s": number(0.0, strict=True, example="run_timeout_s = 1800"),
    "context_window": integer(1, "context_window = 32768"),
    "max_tokens_field": nonempty_string('max_tokens_field = "max_completion_tokens"'),
    "stream_options": boolean("stream_options = false"),
    "parallel_tool_calls": boolean("parallel_tool_calls = false"),
    "tool_schema_drop": string_list('tool_schema_drop = ["format", "pattern"]'),
    "tool_id_style": one_of("mistral9", example='tool_id_style = "mistral9"'),
    "max_concurrency": integer(1, "max_concurrency = 2"),
    "min_interval_s": number(0.0, example="min_interval_s = 0.5"),
    "retries": Field("a whole number of at least 0 or a table", _retries,
                     "retries = { attempts = 2, backoff_s = 1.0 }"),
    "raw_capture_bytes": integer(0, "raw_capture_bytes = 262144"),
    "models_path": Field('a path starting with "/"',
                         _is(lambda v: isinstance(v, str) and v.startswith("/")
                             and "?" not in v and not _CONTROL.search(v)),
                         'models_path = "/models"'),
    "price_in_per_mtok": _PRICE,
    "price_out_per_mtok": _PRICE,
}

RETRY_SCHEMA: dict[str, Field] = {
    "attempts": integer(0, "attempts = 2"),
    "backoff_s": number(0.0, example="backoff_s = 1.0"),
    "max_backoff_s": number(0.0, example="max_backoff_s = 30"),
    "honour_retry_after": boolean("honour_retry_after = true"),
    "on": string_list('on = ["rate_limited", "server_error"]'),
}

TARGET_SCHEMA: dict[str, Field] = {
    "provider": nonempty_string('provider = "openrouter"'),
    "model": nonempty_string('model = "nvidia/nemotron-3-nano-30b-a3b"'),
    "params": table("params = { temperature = 0.6, max_tokens = 4096 }"),
    "extra_body": table("extra_body = { }"),
    "price_in_per_mtok": _PRICE,
    "price_out_per_mtok": _PRICE,
    "advertised": table("advertised = { context_window = 131072 }"),
}

MCP_SCHEMA: dict[str, Field] = {
    "command": nonempty_string('command = "python"'),
    "args": string_list('args = ["-m", "provtui.demo.ev_server"]'),
    "env": Field("a table of NAME = string value", _string_table, 'env = { DEBUG = "1" }'),
    "cwd": nonempty_string('cwd = "/path/to/dir"'),
    "url": Field("an http(s) URL", _url("url", strict=False), 'url = "http://127.0.0.1:8931/mcp"'),
    "headers": Field("a table of header name = string value", _headers,
                     'headers = { "X-Team" = "lab" }'),
    "transport": one_of("stdio", "http", "sse", example='transport = "http"'),
    "share": boolean("share = true"),
    "call_timeout_s": number(0.0, strict=True, example="call_timeout_s = 60"),
    "startup_timeout_s": number(0.0, strict=True, example="startup_timeout_s = 30"),
    "result_max_chars": integer(1, "result_max_chars = 20000"),
}

UI_SCHEMA: dict[str, Field] = {
    "theme": nonempty_string('theme = "provtui-dark"'),
    "history": string_list('history = ["first prompt"]'),
    "answer_view": one_of("raw", "markdown", example='answer_view = "markdown"'),
    "keymap": Field("a table of binding id = key", _string_table,
                    'keymap = { "app.send" = "ctrl+s" }'),
}

TOP_SCHEMA: dict[str, Field] = {
    "providers": Field("a table of [providers.NAME] tables", _tables_of_tables("providers"),
                       '[providers.acme] with base_url = "https://host/v1"'),
    "targets": Field("a table of [targets.NAME] tables", _tables_of_tables("targets"),
                     '[targets.fast] with provider = "..." and model = "..."'),
    "mcp_servers": Field("a table of [mcp_servers.NAME] tables",
                         _tables_of_tables("mcp_servers"), '[mcp_servers.ev] with command'),
    "mcpServers": Field("a table of [mcpServers.NAME] tables", _tables_of_tables("mcpServers"),
                        '[mcpServers.ev] with command'),
    "ui": table('[ui] with theme = "provtui-dark"'),
    "checks": Field("an array of tables", _checks, '[[checks]] with kind = "..."'),
    "defaults": table("[defaults]"),
}


def check_table(values: dict[str, Any], schema: dict[str, Field], where: str,
                table_name: str) -> None:
    """Raise ValueError naming ``where``, the table, the first bad field and the expected
    type.  Fields not in ``schema`` are left to the caller (unknown-field handling)."""
    for name, value in values.items():
        f = schema.get(name)
        if f is None:
            continue
        problem = f.check(value)
        if problem is None:
            continue
        label = f"[{table_name}] {name}" if table_name else name
        if problem:
            msg = f"{where}: {label} {problem}"
        else:
            msg = f"{where}: {label} must be {f.expected}, not {show_value(value)}"
        if f.example and f.example not in msg:
            msg += f"; e.g. {f.example}"
        raise ValueError(msg)
