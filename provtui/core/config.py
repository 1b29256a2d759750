"""Config: TOML file, built-in provider presets, paths, keys from the environment.

Per-provider wire differences are *data* here (``max_tokens_field``, ``stream_options``,
``tool_schema_drop`` ...), so the request code has no ``if provider == ...`` branches.
Keys are read from environment variables at the moment a request is built and are never
stored in any object that gets written anywhere.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from provtui.core.config_schema import (
    MCP_SCHEMA,
    PROVIDER_SCHEMA,
    RETRY_SCHEMA,
    TARGET_SCHEMA,
    TOP_SCHEMA,
    UI_SCHEMA,
    check_table,
    safe_url,
)

__all__ = [
    "ConfigError",
    "ProviderConfig",
    "TargetConfig",
    "McpServerConfig",
    "RetryPolicy",
    "Config",
    "PRESETS",
    "config_path",
    "data_dir",
    "sessions_dir",
    "user_themes_dir",
    "load_config",
    "resolve_target",
    "api_key_for",
    "missing_key_vars",
    "starter_config",
    "write_config",
    "import_mcp_servers_json",
    "secret_values",
    "safe_url",
]


class ConfigError(Exception):
    """A problem the user must fix; the message names it and the fix."""


# ---------------------------------------------------------------------------- dataclasses


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 0
    """Extra attempts after the first (0 = retries off, the default: a comparison must see
    failures as they are)."""
    backoff_s: float = 1.0
    max_backoff_s: float = 30.0
    honour_retry_after: bool = True
    on: tuple[str, ...] = ("rate_limited", "server_error", "network", "timeout")


@dataclass(frozen=True)
class ProviderConfig:
    name: str
    base_url: str
    api_key_env: str | None = None
    api_key_optional: bool = False
    """Local servers: send the key when the variable is set, run without it otherwise."""
    headers: dict[str, str] = field(default_factory=dict)
    extra_body: dict[str, Any] = field(default_factory=dict)
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 120.0
    """Most seconds between two received bytes (comment lines count as life)."""
    run_timeout_s: float = 1800.0
    """Most seconds for a whole run, tool execution included."""
    context_window: int | None = None
    max_tokens_field: str = "max_tokens"
    """Name the provider wants for the output-token limit (``max_completion_tokens`` for OpenAI)."""
    stream_options: bool = True
    """Send ``stream_options: {"include_usage": true}``; some servers reject it."""
    parallel_tool_calls: bool | None = None
    """When not None, send ``parallel_tool_calls`` with this value."""
    tool_schema_drop: tuple[str, ...] = ()
    """JSON-Schema keywords removed from tool definitions before sending."""
    tool_id_style: str | None = None
    """``mistral9``: ids must be exactly 9 alphanumerics."""
    max_concurrency: int | None = None
    min_interval_s: float = 0.0
    """Pacing: least seconds between two request starts to this provider."""
    retries: RetryPolicy = field(default_factory=RetryPolicy)
    raw_capture_bytes: int = 262_144
    """Raw response bytes kept per turn for the inspector."""
    models_path: str = "/models"
    price_in_per_mtok: float | None = None
    """USD per million prompt tokens (suite cost when the provider sends no usage.cost)."""
    price_out_per_mtok: float | None = None
    """USD per million completion tokens."""

    def __post_init__(self) -> None:
        # however the provider was made (config file, preset, sweep, code): a key in the URL
        # would be sent as Basic auth and printed wherever the URL is
        problem = _url_secret_problem(self.base_url)
        if problem:
            raise ConfigError(f"provider {self.name!r}: base_url {problem}")


def _url_secret_problem(url: Any) -> str | None:
    if not isinstance(url, str) or ("@" not in url and "?" not in url):
        return None  # the fast path: presets and nearly every config
    from provtui.core.config_schema import check_url

    problem = check_url(url)
    return problem if problem and ("credentials" in problem or "query" in problem) else None


@dataclass(frozen=True)
class TargetConfig:
    name: str
    """As given by the user: a config table name or ``PROVIDER:MODEL``."""
    provider: ProviderConfig
    model: str
    params: dict[str, Any] = field(default_factory=dict)
    extra_body: dict[str, Any] = field(default_factory=dict)
    price_in_per_mtok: float | None = None
    """Overrides the provider's price (USD per million prompt tokens)."""
    price_out_per_mtok: float | None = None


@dataclass(frozen=True)
class McpServerConfig:
    name: str
    command: str | None = None
    args: tuple[str, ...] = ()
    env: dict[str, str] = field(default_factory=dict)
    cwd: str | None = None
    url: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    transport: str = "stdio"
    """stdio | http (streamable HTTP) | sse"""
    share: bool = False
    """One connection shared by every target instead of one per target."""
    call_timeout_s: float = 60.0
    startup_timeout_s: float = 30.0
    result_max_chars: int = 20_000
    """What is sent back to the model; the session keeps the full result."""


@dataclass
class Config:
    path: Path | None
    providers: dict[str, ProviderConfig]
    targets: dict[str, dict[str, Any]]
    mcp_servers: dict[str, McpServerConfig]
    ui: dict[str, Any] = field(default_factory=dict)
    checks: list[dict[str, Any]] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)
    exists: bool = True
    warnings: list[str] = field(default_factory=list)
    """Fields provtui does not use (a typo?): said once on stderr at load."""


# ---------------------------------------------------------------------------- presets


def _p(name: str, base_url: str, key: str | None, **kw: Any) -> ProviderConfig:
    return ProviderConfig(name=name, base_url=base_url, api_key_env=key, **kw)


PRESETS: dict[str, ProviderConfig] = {
    p.name: p
    for p in (
        _p("openrouter", "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY",
           headers={"X-Title": "provtui"}),
        _p("deepinfra", "https://api.deepinfra.com/v1/openai", "DEEPINFRA_API_KEY"),
        _p("nim", "https://integrate.api.nvidia.com/v1", "NVIDIA_API_KEY"),
        _p("ollama", "http://127.0.0.1:11434/v1", "OLLAMA_API_KEY", api_key_optional=True,
           max_concurrency=1),
        _p("openai", "https://api.openai.com/v1", "OPENAI_API_KEY",
           max_tokens_field="max_completion_tokens"),
        _p("groq", "https://api.groq.com/openai/v1", "GROQ_API_KEY"),
        _p("together", "https://api.together.xyz/v1", "TOGETHER_API_KEY"),
        _p("fireworks", "https://api.fireworks.ai/inference/v1", "FIREWORKS_API_KEY"),
        _p("cerebras", "https://api.cerebras.ai/v1", "CEREBRAS_API_KEY",
           tool_schema_drop=("format", "pattern", "minLength", "maxLength")),
        _p("mistral", "https://api.mistral.ai/v1", "MISTRAL_API_KEY", stream_options=False,
           tool_id_style="mistral9"),
        _p("vllm", "http://127.0.0.1:8000/v1", "VLLM_API_KEY", api_key_optional=True),
        _p("llamacpp", "http://127.0.0.1:8080/v1", "LLAMACPP_API_KEY", api_key_optional=True,
           max_concurrency=1),
        _p("lmstudio", "http://127.0.0.1:1234/v1", "LMSTUDIO_API_KEY", api_key_optional=True,
           max_concurrency=1),
    )
}


# ---------------------------------------------------------------------------- paths


def config_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("PROVTUI_CONFIG")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_config_path("provtui") / "config.toml"


def data_dir() -> Path:
    """Sessions and journals.  Not created here: writers create it on first use."""
    env = os.environ.get("PROVTUI_DATA_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_data_path("provtui")


def sessions_dir() -> Path:
    return data_dir() / "sessions"


def user_themes_dir(cfg_path: Path | None = None) -> Path:
    return (cfg_path or config_path()).parent / "themes"


# ---------------------------------------------------------------------------- loading


_PROVIDER_DATACLASS = {f.name for f in fields(ProviderConfig)} - {"name"}
# the schema may know fields another part of provtui adds to the dataclass (prices ...):
# they are validated now and passed on once the dataclass has them
_PROVIDER_FIELDS = _PROVIDER_DATACLASS | set(PROVIDER_SCHEMA)
_MCP_FIELDS = {f.name for f in fields(McpServerConfig)} - {"name"}
_TARGET_FIELDS = {"provider", "model", "params", "extra_body"} | set(TARGET_SCHEMA)


def _check(values: dict[str, Any], schema: dict[str, Any], where: str) -> None:
    try:
        check_table(values, schema, where, "")
    except ValueError as exc:
        # the message quotes the wrong value: a key pasted into the wrong field stays unsaid
        from provtui.core.redaction import known_secrets, redact_text

        raise ConfigError(redact_text(str(exc), tuple(known_secrets()))) from None


def _line_of(text: str, pattern: str) -> int | None:
    for no, line in enumerate(text.splitlines(), 1):
        if re.match(pattern, line.strip()):
            return no
    return None


def _where(path: Path | None, text: str, table: str, name: str) -> str:
    if path is None:
        return f"[{table}.{name}]"
    line = _line_of(text, rf"\[\s*{re.escape(table)}\s*\.\s*\"?{re.escape(name)}\"?\s*\]")
    return f"{path}:{line} [{table}.{name}]" if line else f"{path} [{table}.{name}]"


def _provider_from_table(name: str, table: dict[str, Any], where: str) -> ProviderConfig:
    unknown = set(table) - _PROVIDER_FIELDS
    if unknown:
        raise ConfigError(
            f"{where}: unknown provider field(s) {', '.join(sorted(unknown))}; "
            f"known fields: {', '.join(sorted(_PROVIDER_FIELDS))}"
        )
    _check(table, PROVIDER_SCHEMA, where)
    base = PRESETS.get(name)
    kw = {k: v for k, v in table.items() if k in _PROVIDER_DATACLASS}
    if "retries" in kw:
        r = kw["retries"]
        if isinstance(r, int):
            kw["retries"] = RetryPolicy(attempts=r)
        else:
            unknown = set(r) - set(RETRY_SCHEMA)
            if unknown:
                raise ConfigError(f"{where}: unknown retries field(s) "
                                  f"{', '.join(sorted(unknown))}; known: "
                                  f"{', '.join(RETRY_SCHEMA)}")
            _check(r, RETRY_SCHEMA, f"{where} retries")
            if "on" in r:
                r = {**r, "on": tuple(r["on"])}
            kw["retries"] = RetryPolicy(**r)
    for key in ("tool_schema_drop",):
        if key in kw:
            kw[key] = tuple(kw[key])
    if base is None and "base_url" not in kw:
        raise ConfigError(
            f"{where}: provider {name!r} is not a built-in preset, so it needs base_url "
            f'(e.g. base_url = "https://host/v1"); presets: {", ".join(PRESETS)}'
        )
    try:
        if base is not None:
            return replace(base, **kw)
        return ProviderConfig(name=name, **kw)
    except TypeError as exc:
        raise ConfigError(f"{where}: {exc}") from None


def _mcp_from_table(name: str, table: dict[str, Any], where: str) -> McpServerConfig:
    table = dict(table)
    table.pop("type", None) if table.get("type") in ("stdio",) else None
    if "type" in table:  # mcpServers JSON style: "type": "http" | "sse" | "streamable-http"
        t = str(table.pop("type")).lower()
        table.setdefault("transport", "sse" if t == "sse" else "http")
    unknown = set(table) - _MCP_FIELDS
    if unknown:
        raise ConfigError(
            f"{where}: unknown MCP server field(s) {', '.join(sorted(unknown))}; "
            f"known fields: {', '.join(sorted(_MCP_FIELDS))}"
        )
    _check(table, MCP_SCHEMA, where)
    if not table.get("command") and not table.get("url"):
        raise ConfigError(f'{where}: an MCP server needs command = "..." or url = "http://..."')
    if table.get("url") and "transport" not in table:
        from urllib.parse import urlsplit

        path = urlsplit(str(table["url"])).path  # a ?token=... must not hide the /sse
        table["transport"] = "sse" if path.rstrip("/").endswith("/sse") else "http"
    if "args" in table:
        table["args"] = tuple(table["args"])
    try:
        return McpServerConfig(name=name, **table)
    except TypeError as exc:
        raise ConfigError(f"{where}: {exc}") from None


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Load the config file (a missing default file is an empty config; a missing explicit
    file is an error).  Raises ConfigError with the file and line on any problem."""
    p = config_path(path)
    explicit = bool(path) or bool(os.environ.get("PROVTUI_CONFIG"))
    if not p.exists():
        if explicit:
            raise ConfigError(f"config file {p} does not exist; create it with "
                              f"`provtui config init --config {p}` or fix the path")
        return Config(path=p, providers=dict(PRESETS), targets={}, mcp_servers={}, exists=False)
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{p}: not UTF-8 text ({exc}); save it as UTF-8") from None
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read ({exc.strerror})") from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = re.search(r"line (\d+)", msg)
        loc = f"{p}:{m.group(1)}" if m else str(p)
        raise ConfigError(f"{loc}: invalid TOML: {msg}. Fix that line "
                          "(strings need quotes; tables look like [targets.name])") from None
    config = config_from_dict(raw, p, text)
    for warning in config.warnings:
        import sys

        sys.stderr.write(f"provtui: warning: {warning}\n")
    return config


def config_from_dict(raw: dict[str, Any], path: Path | None = None, text: str = "") -> Config:
    known_top = set(TOP_SCHEMA)
    unknown = set(raw) - known_top
    if unknown:
        raise ConfigError(f"{path or 'config'}: unknown top-level key(s) "
                          f"{', '.join(sorted(unknown))}; known: {', '.join(sorted(known_top))}")
    for key, value in raw.items():
        line = _line_of(text, rf"(\[\[?\s*)?{re.escape(key)}\b") if text else None
        _check({key: value}, TOP_SCHEMA, f"{path or 'config'}" + (f":{line}" if line else ""))
    warnings: list[str] = []
    ui = dict(raw.get("ui") or {})
    ui_line = _line_of(text, r"\[\s*ui\s*\]") if text else None
    _check(ui, UI_SCHEMA, f"{path or 'config'}" + (f":{ui_line}" if ui_line else "") + " [ui]")
    for key in sorted(set(ui) - set(UI_SCHEMA)):
        warnings.append(f"{path or 'config'} [ui]: {key} is not a provtui setting and is "
                        f"ignored; known: {', '.join(UI_SCHEMA)}")
    providers = dict(PRESETS)
    for name, table in (raw.get("providers") or {}).items():
        where = _where(path, text, "providers", name)
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: providers.{name} must be a table")
        providers[name] = _provider_from_table(name, table, where)
    targets: dict[str, dict[str, Any]] = {}
    for name, table in (raw.get("targets") or {}).items():
        where = _where(path, text, "targets", name)
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: targets.{name} must be a table")
        unknown = set(table) - _TARGET_FIELDS
        if unknown:
            raise ConfigError(f"{where}: unknown target field(s) {', '.join(sorted(unknown))}; "
                              f"known fields: {', '.join(sorted(_TARGET_FIELDS))}")
        _check(table, TARGET_SCHEMA, where)
        for req in ("provider", "model"):
            if not isinstance(table.get(req), str) or not table.get(req):
                raise ConfigError(f'{where}: target {name!r} needs {req} = "..."')
        if table["provider"] not in providers:
            raise ConfigError(f"{where}: target {name!r} uses unknown provider "
                              f"{table['provider']!r}; add [providers.{table['provider']}] with "
                              f"base_url, or use one of: {', '.join(sorted(providers))}")
        targets[name] = dict(table)
    servers: dict[str, McpServerConfig] = {}
    for key in ("mcp_servers", "mcpServers"):
        for name, table in (raw.get(key) or {}).items():
            where = _where(path, text, key, name)
            if not isinstance(table, dict):
                raise ConfigError(f"{where}: {key}.{name} must be a table")
            servers[name] = _mcp_from_table(name, table, where)
    checks = raw.get("checks") or []
    _KEY_VARS_SEEN.update(p.api_key_env for p in providers.values() if p.api_key_env)
    # credentials written into the config itself: provider and MCP headers, MCP env values
    for table in ([p.headers for p in providers.values()]
                  + [t for s in servers.values() for t in (s.headers, s.env)]):
        _HEADER_SECRETS_SEEN.update(header_secrets(table))
    return Config(path=path, providers=providers, targets=targets, mcp_servers=servers,
                  ui=ui, checks=list(checks), raw=raw, warnings=warnings)


def import_mcp_servers_json(path: str | os.PathLike[str]) -> dict[str, McpServerConfig]:
    """Read a desktop-client ``{"mcpServers": {...}}`` file (or a bare mapping)."""
    p = Path(path).expanduser()
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"MCP config {p} does not exist; check the --mcp-config path") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{p}:{exc.lineno}: invalid JSON ({exc.msg}); fix that line") from None
    servers = data.get("mcpServers", data) if isinstance(data, dict) else None
    if not isinstance(servers, dict):
        raise ConfigError(f'{p}: expected {{"mcpServers": {{"name": {{...}}}}}}')
    out: dict[str, McpServerConfig] = {}
    for name, entry in servers.items():
        if not isinstance(entry, dict):
            raise ConfigError(f"{p}: mcpServers.{name} must be an object")
        entry = {k: v for k, v in entry.items() if k not in ("disabled", "autoApprove", "alwaysAllow")}
        out[name] = _mcp_from_table(name, entry, f"{p} mcpServers.{name}")
    return out


# ---------------------------------------------------------------------------- targets & keys


def resolve_target(spec: str, config: Config) -> TargetConfig:
    """A config target name, else ``PROVIDER:MODEL`` split at the first ``:``."""
    if spec in config.targets:
        t = config.targets[spec]
        prov = config.providers[t["provider"]]
        return TargetConfig(name=spec, provider=prov, model=t["model"],
                            params=dict(t.get("params") or {}),
                            extra_body=dict(t.get("extra_body") or {}),
                            price_in_per_mtok=t.get("price_in_per_mtok"),
                            price_out_per_mtok=t.get("price_out_per_mtok"))
    if ":" not in spec:
        known = ", ".join(sorted(config.targets)) or "none defined"
        raise ConfigError(
            f"unknown target {spec!r}: not a [targets.NAME] in the config (known: {known}) and "
            f"not PROVIDER:MODEL; use e.g. -t openrouter:nvidia/nemotron-3-nano-30b-a3b"
        )
    provider, model = spec.split(":", 1)
    if provider not in config.providers:
        raise ConfigError(
            f"unknown provider {provider!r} in target {spec!r}; use one of "
            f"{', '.join(sorted(config.providers))}, or add [providers.{provider}] with base_url "
            "to the config"
        )
    if not model:
        raise ConfigError(f"target {spec!r} names no model; write PROVIDER:MODEL")
    return TargetConfig(name=spec, provider=config.providers[provider], model=model)


def api_key_for(provider: ProviderConfig) -> str | None:
    """The key from the environment, or None when the provider needs none / it is optional
    and unset.  Raises ConfigError naming the variable when a required key is missing."""
    if not provider.api_key_env:
        return None
    _KEY_VARS_SEEN.add(provider.api_key_env)
    value = os.environ.get(provider.api_key_env)
    if value:
        return value
    if provider.api_key_optional:
        return None
    raise ConfigError(
        f"provider {provider.name!r} needs an API key: set the environment variable "
        f"{provider.api_key_env} (e.g. export {provider.api_key_env}=...), or pick another target"
    )


def missing_key_vars(targets: list[TargetConfig]) -> dict[str, str]:
    """target name -> missing variable, for the targets whose required key is unset."""
    out = {}
    for t in targets:
        p = t.provider
        if p.api_key_env and not p.api_key_optional and not os.environ.get(p.api_key_env):
            out[t.name] = p.api_key_env
    return out


_KEY_VARS_SEEN: set[str] = set()
"""Key variables named by any config loaded or key read in this process: a custom provider's
``api_key_env`` (``ACME_CRED``) must be scrubbed as surely as a preset's, and the session
writers, created before the first request, only call :func:`secret_values` without a config."""


_HEADER_SECRETS_SEEN: set[str] = set()
"""Credentials written straight into a config (``headers = { Authorization = "Bearer
sk-..." }``, an MCP server's ``env = { GITHUB_TOKEN = "..." }``): scrubbed like a key
variable's value, since a provider or a tool echoes them the same way."""

_CREDENTIAL_HEADER = re.compile(r"auth|key|token|secret|passw|cookie|credential|session",
                                re.I)


def header_secrets(headers: dict[str, Any]) -> set[str]:
    """The credential values in a headers (or env) table: the value of every credential-named
    entry and, for ``Bearer xyz`` / ``Basic xyz`` / ``Token xyz``, the part after the scheme."""
    out: set[str] = set()
    for name, value in (headers or {}).items():
        if not isinstance(value, str) or not _CREDENTIAL_HEADER.search(str(name)):
            continue
        value = value.strip()
        out.add(value)
        scheme, _, rest = value.partition(" ")
        if rest.strip() and scheme.lower() in ("bearer", "basic", "token", "key", "apikey"):
            out.add(rest.strip())
    return {v for v in out if len(v) >= 8}


def secret_values(config: Config | None = None) -> list[str]:
    """Every key value reachable from the config's and presets' key variables, and every
    credential written into a config's headers (for scrubbing)."""
    providers = (config.providers if config else PRESETS).values()
    names = {p.api_key_env for p in providers if p.api_key_env} | _KEY_VARS_SEEN
    values = [v for n in sorted(names) if (v := os.environ.get(n)) and len(v) >= 4]
    found = set(_HEADER_SECRETS_SEEN)
    for p in providers:
        found |= header_secrets(p.headers)
    if config is not None:
        for s in config.mcp_servers.values():
            found |= header_secrets(s.headers) | header_secrets(s.env)
    return values + sorted(found)


# ---------------------------------------------------------------------------- writing


def starter_config() -> dict[str, Any]:
    return {
        "providers": {
            "openrouter": {"extra_body": {"provider": {"allow_fallbacks": False}}},
        },
        "targets": {
            "nano30b-openrouter": {"provider": "openrouter",
                                   "model": "nvidia/nemotron-3-nano-30b-a3b",
                                   "params": {"temperature": 0.6, "max_tokens": 4096}},
            "nano30b-deepinfra": {"provider": "deepinfra",
                                  "model": "nvidia/Nemotron-3-Nano-30B-A3B",
                                  "params": {"temperature": 0.6, "max_tokens": 4096}},
            "nano30b-nim": {"provider": "nim", "model": "nvidia/nemotron-3-nano-30b-a3b",
                            "params": {"temperature": 0.6, "max_tokens": 4096}},
            "local-ollama": {"provider": "ollama", "model": "nemotron-3-nano:30b"},
        },
        "mcp_servers": {
            "ev": {"command": "python", "args": ["-m", "provtui.demo.ev_server"]},
        },
        "ui": {"theme": "provtui-dark"},
    }


def write_config(path: Path, data: dict[str, Any]) -> None:
    """Write TOML with tomli-w, atomically, mode 0600 (it may name key variables)."""
    import tomli_w

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        tomli_w.dump(data, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
