"""`provtui doctor` and `provtui config show`: a verdict per line, never a key value.

Every line either prints goes through :func:`printable`: the one scrubber (key values, as
sent or JSON-escaped, of every key variable known) and the one cleaner for provider text (no
escape sequence, C0/C1 control or bidi override reaches the terminal).  An endpoint's error
body is provider text: a 401 that quotes the key back is the usual case, not the odd one.
"""

from __future__ import annotations

import asyncio
import os
import stat
from typing import Any, Iterable, TextIO

from provtui.core.config import Config, ConfigError, resolve_target, safe_url, secret_values
from provtui.core.redaction import known_secrets, redact_text
from provtui.core.summary_text import clean


def printable(line: str, secrets: Iterable[str]) -> str:
    """``line`` as doctor, probe and config show may print it: keys scrubbed, one clean line."""
    return clean(redact_text(str(line), tuple(secrets)))


def _secrets_for(config: Config) -> list[str]:
    return known_secrets(secret_values(config))


def _key_state(provider: Any) -> tuple[str, str]:
    if not provider.api_key_env:
        return "ok", "no key needed"
    if os.environ.get(provider.api_key_env):
        return "ok", f"{provider.api_key_env} is set"
    if provider.api_key_optional:
        return "ok", f"{provider.api_key_env} not set (optional for a local server)"
    return "FAIL", f"{provider.api_key_env} is not set: export {provider.api_key_env}=..."


def config_mode_warning(config: Config) -> str | None:
    if not config.path or not config.exists:
        return None
    try:
        mode = config.path.stat().st_mode
    except OSError:
        return None
    if mode & (stat.S_IRGRP | stat.S_IROTH | stat.S_IWGRP | stat.S_IWOTH):
        return (f"{config.path} is readable by other users (mode {stat.S_IMODE(mode):o}); "
                f"run: chmod 600 {config.path}")
    return None


def describe_config(config: Config) -> str:
    """The effective config as a person reads it.  Key variables are named, values never."""
    lines = [f"config: {config.path}" + ("" if config.exists else " (not created yet: "
                                          "`provtui config init` writes a starter)")]
    used = {t["provider"] for t in config.targets.values()}
    lines.append("providers:")
    for name, p in sorted(config.providers.items()):
        if name not in used and name not in (config.raw.get("providers") or {}):
            continue
        verdict, detail = _key_state(p)
        lines.append(f"  {name}: {safe_url(p.base_url)}  key: {detail}"
                     + (f"  context_window: {p.context_window}" if p.context_window else ""))
    lines.append(f"  (built-in presets: {', '.join(sorted(config.providers))})")
    lines.append("targets:" if config.targets else "targets: none (add [targets.NAME] tables)")
    for name, t in config.targets.items():
        params = t.get("params") or {}
        lines.append(f"  {name}: {t['provider']}:{t['model']}" + (f"  params {params}" if params else ""))
    lines.append("mcp_servers:" if config.mcp_servers else "mcp_servers: none")
    for name, s in config.mcp_servers.items():
        where = safe_url(s.url) if s.url else " ".join([s.command or "", *s.args]).strip()
        lines.append(f"  {name}: {s.transport} {where}" + ("  (shared)" if s.share else ""))
    warn = config_mode_warning(config)
    if warn:
        lines.append(f"warning: {warn}")
    secrets = _secrets_for(config)
    return "\n".join(printable(line, secrets) for line in lines)


async def _check_endpoints(config: Config) -> list[tuple[str, str]]:
    import httpx

    from provtui.core.chat import fetch_models

    results: list[tuple[str, str]] = []
    providers = {}
    for name in config.targets:
        try:
            t = resolve_target(name, config)
        except ConfigError as exc:
            results.append(("FAIL", f"target {name}: {exc}"))
            continue
        providers[t.provider.name] = t.provider
    async with httpx.AsyncClient() as client:
        async def one(p: Any) -> tuple[str, str]:
            key = os.environ.get(p.api_key_env) if p.api_key_env else None
            limit = p.connect_timeout_s + min(p.read_timeout_s, 30.0)
            url = safe_url(p.base_url.rstrip("/") + p.models_path)
            try:
                ok, detail = await asyncio.wait_for(fetch_models(client, p, key), limit)
            except TimeoutError:
                ok, detail = False, (f"GET {url} got no complete answer within {limit:g}s "
                                     "(connect_timeout_s + read_timeout_s, at most 30s of "
                                     "reading); is the server up and answering?")
            except Exception as exc:  # the verdict line says what happened
                ok, detail = False, f"GET {url}: {type(exc).__name__}: {exc or 'no detail'}"
            return ("ok" if ok else "FAIL"), f"provider {p.name} {safe_url(p.base_url)}: {detail}"

        results += await asyncio.gather(*(one(p) for p in providers.values()))
    return results


async def _check_mcp(config: Config) -> list[tuple[str, str]]:
    from provtui.core.mcp import McpError, McpHub

    results = []
    for name, server in config.mcp_servers.items():
        try:
            async with McpHub([server]) as hub:
                tools = await hub.tools_for("doctor")
                names = [t.name for t in tools.tools]
                results.append(("ok", f"mcp {name}: started, {len(names)} tools: "
                                      + ", ".join(names[:12]) + (" ..." if len(names) > 12 else "")))
        except McpError as exc:
            results.append(("FAIL", f"mcp {name}: {exc}"))
        except TimeoutError:
            results.append(("FAIL", f"mcp {name}: no answer within startup_timeout_s = "
                                    f"{server.startup_timeout_s:g}s (starting it and listing "
                                    "its tools)"))
        except Exception as exc:
            results.append(("FAIL", f"mcp {name}: {type(exc).__name__}: "
                                    f"{exc or 'no detail'}"))
    return results


def _spelling_lines() -> list[tuple[str, str]]:
    """The spell-check dictionaries behind the glued-word check: an "info" line (not a
    problem: without one a language is judged by its word lists alone)."""
    from provtui.core import spelling, system_words

    have, missing = [], []
    for lang, state in spelling.status().items():
        (have if state.startswith(("hunspell:", "spylls:")) else missing).append((lang, state))
    lines = []
    if have:
        lines.append(("ok", "glued-word check, spell-check dictionaries: "
                            + "; ".join(f"{lang} {state.removeprefix('hunspell: ').replace('spylls: ', '(spylls) ')}"
                                        for lang, state in have)))
    reasons: dict[str, list[str]] = {}
    for lang, state in missing:
        reasons.setdefault(state, []).append(lang)
    for state, langs in reasons.items():
        lines.append(("info", f"glued-word check without a spell-check dictionary for {', '.join(langs)}: "
                              f"{state}; a rare real word made of two common ones can be reported as "
                              "glued there"))
    words = system_words.status()
    lines.append(("ok" if words.startswith("word lists:") else "info",
                  f"glued-word check, English closed compounds: {words}"))
    return lines


def run_doctor(config: Config, out: TextIO) -> int:
    lines: list[tuple[str, str]] = []
    if config.exists:
        lines.append(("ok", f"config {config.path} parsed"))
    else:
        lines.append(("warn", f"no config at {config.path}; `provtui config init` writes a "
                              "starter, `provtui demo` needs none"))
    warn = config_mode_warning(config)
    if warn:
        lines.append(("warn", warn))
    for name, t in config.targets.items():
        verdict, detail = _key_state(config.providers[t["provider"]])
        lines.append((verdict, f"target {name}: {detail}"))
    lines += asyncio.run(_check_endpoints(config))
    lines += asyncio.run(_check_mcp(config))
    lines += _spelling_lines()
    width = max(len(v) for v, _ in lines)
    secrets = _secrets_for(config)
    for verdict, detail in lines:
        out.write(f"{verdict.ljust(width)}  {printable(detail, secrets)}\n")
    failed = sum(1 for v, _ in lines if v == "FAIL")
    warned = sum(1 for v, _ in lines if v == "warn")
    if failed:
        out.write(f"{failed} problem(s)\n")
    elif not config.exists and not config.targets:
        out.write("nothing checked beyond the presets: there is no config file with targets "
                  "yet (`provtui config init` writes a starter)\n")
    elif warned:
        out.write(f"no problems; {warned} warning(s) above\n")
    else:
        out.write("all good\n")
    return 1 if failed else 0
