"""Every config field is checked at load (issue 14 items 4, 9, 10): a wrong type, a URL with
credentials or a query, a non-http scheme, a control character in a header is one line on
stderr naming the file, the table, the field and what it should be; exit 2; no traceback.

Each case runs the real CLI (``python -m provtui run|doctor|config show --config bad.toml``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from provtui.core.config import ConfigError, load_config
from provtui.core.config_schema import safe_url

GOOD_PROVIDER = '[providers.acme]\nbase_url = "http://127.0.0.1:9/v1"\n'
TARGET = '[targets.t]\nprovider = "acme"\nmodel = "m"\n'
SECRET = "sk-config-PASTED-0123456789abcdef"

# (name, config text, what the one line must say)
CASES = [
    ("api_key_env=5", GOOD_PROVIDER + "api_key_env = 5\n",
     ["[providers.acme]", "api_key_env", "environment variable name", "not 5"]),
    ("api_key_env=value", GOOD_PROVIDER + f'api_key_env = "{SECRET}"\n',
     ["[providers.acme]", "api_key_env", "NAME of an environment variable"]),
    ("providers=5", "providers = 5\n", ["providers", "table", "not 5"]),
    ("targets=[1,2]", "targets = [1, 2]\n", ["targets", "table", "[1, 2]"]),
    ("ui=[1]", "ui = [1]\n", ["ui", "must be a table"]),
    ("tool_schema_drop=5", GOOD_PROVIDER + "tool_schema_drop = 5\n",
     ["[providers.acme]", "tool_schema_drop", "array of strings"]),
    ("checks=[1,x]", 'checks = [1, "x"]\n', ["checks", "checks[0]", "table"]),
    ("params=hot", GOOD_PROVIDER + TARGET + 'params = "hot"\n',
     ["[targets.t]", "params", "a table", "'hot'"]),
    ("extra_body=[1]", GOOD_PROVIDER + "extra_body = [1]\n",
     ["[providers.acme]", "extra_body", "a table"]),
    ("target extra_body=[1]", GOOD_PROVIDER + TARGET + "extra_body = [1]\n",
     ["[targets.t]", "extra_body", "a table"]),
    ("base_url=5", "[providers.acme]\nbase_url = 5\n", ["[providers.acme]", "base_url", "URL"]),
    ("context_window=big", GOOD_PROVIDER + 'context_window = "big"\n',
     ["[providers.acme]", "context_window", "whole number"]),
    ("max_concurrency=two", GOOD_PROVIDER + 'max_concurrency = "two"\n',
     ["max_concurrency", "whole number of at least 1"]),
    ("max_concurrency=-1", GOOD_PROVIDER + "max_concurrency = -1\n",
     ["max_concurrency", "whole number of at least 1", "not -1"]),
    ("raw_capture_bytes=x", GOOD_PROVIDER + 'raw_capture_bytes = "x"\n',
     ["raw_capture_bytes", "whole number"]),
    ("run_timeout_s=nan", GOOD_PROVIDER + "run_timeout_s = nan\n",
     ["run_timeout_s", "finite number", "nan"]),
    ("price=-1", GOOD_PROVIDER + "price_in_per_mtok = -1.5\n",
     ["price_in_per_mtok", "finite number at least 0"]),
    ("target price=inf", GOOD_PROVIDER + TARGET + "price_out_per_mtok = inf\n",
     ["[targets.t]", "price_out_per_mtok", "finite number"]),
    ("retries.on=5", GOOD_PROVIDER + "retries = { attempts = 1, on = 5 }\n",
     ["retries", "on", "array of strings"]),
    ("mcp args=5", '[mcp_servers.m]\ncommand = "python"\nargs = 5\n',
     ["[mcp_servers.m]", "args", "array of strings"]),
    # item 4: credentials or a query in base_url
    ("base_url user:pass", '[providers.acme]\nbase_url = "http://user:hunter2@h.test/v1"\n',
     ["[providers.acme]", "base_url", "credentials", "api_key_env", "headers"]),
    ("base_url ?api_key", f'[providers.acme]\nbase_url = "https://h.test/v1?api_key={SECRET}"\n',
     ["[providers.acme]", "base_url", "query string", "api_key_env", "headers"]),
    # item 10: schemes and header injection
    ("file://", '[providers.acme]\nbase_url = "file:///etc/passwd"\n',
     ["base_url", "file://", "http:// and https://"]),
    ("unix://", '[providers.acme]\nbase_url = "unix:///run/x.sock"\n',
     ["base_url", "unix://", "http:// and https://"]),
    ("newline in header value", GOOD_PROVIDER + 'headers = { "X-A" = "a\\r\\nX-Evil: 1" }\n',
     ["[providers.acme]", "headers", "control character", "X-A"]),
    ("control in header name", GOOD_PROVIDER + 'headers = { "X-\\u0001A" = "a" }\n',
     ["[providers.acme]", "headers", "header name"]),
    ("newline in header name", GOOD_PROVIDER + 'headers = { "X-A\\nX-Evil" = "1" }\n',
     ["[providers.acme]", "headers", "header name"]),
    ("newline in mcp header", '[mcp_servers.m]\nurl = "http://127.0.0.1:9/mcp"\n'
     'headers = { "X-A" = "a\\nb" }\n', ["[mcp_servers.m]", "headers", "control character"]),
]
# (command words, words after --config PATH)
COMMANDS = [(["run"], ["-t", "acme:m", "hi"]), (["doctor"], []), (["config", "show"], [])]


@pytest.mark.parametrize("name,text,expect", CASES, ids=[c[0] for c in CASES])
def test_a_bad_field_is_one_line_exit_2(tmp_path: Path, name: str, text: str,
                                        expect: list[str]) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text(text)
    cfg.chmod(0o600)
    words, after = COMMANDS[CASES.index((name, text, expect)) % len(COMMANDS)]
    command = [*words, "--config", str(cfg), *after]
    r = subprocess.run([sys.executable, "-m", "provtui", *command],
                       capture_output=True, text=True, timeout=60,
                       env={**os.environ, "PROVTUI_DATA_DIR": str(tmp_path / "data")})
    assert r.returncode == 2, (command, r.returncode, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    line = lines[0]
    assert str(cfg) in line, line
    for part in expect:
        assert part in line, (part, line)
    # the refused URL's secret parts are never printed, here or on stdout
    for secret in (SECRET, "hunter2"):
        assert secret not in r.stderr and secret not in r.stdout


def test_a_valid_config_with_every_field_still_loads(tmp_path: Path) -> None:
    cfg = tmp_path / "ok.toml"
    cfg.write_text(
        '[providers.acme]\nbase_url = "https://h.test/v1"\napi_key_env = "ACME_KEY"\n'
        'api_key_optional = true\nheaders = { "X-Title" = "provtui" }\nextra_body = { a = 1 }\n'
        "connect_timeout_s = 5\nread_timeout_s = 60.5\nrun_timeout_s = 100\n"
        'context_window = 8192\nmax_tokens_field = "max_completion_tokens"\n'
        "stream_options = false\nparallel_tool_calls = true\n"
        'tool_schema_drop = ["format"]\ntool_id_style = "mistral9"\nmax_concurrency = 2\n'
        'min_interval_s = 0\nretries = { attempts = 2, backoff_s = 0.5, on = ["timeout"] }\n'
        'raw_capture_bytes = 0\nmodels_path = "/models"\nprice_in_per_mtok = 0.2\n'
        "price_out_per_mtok = 0\n"
        '[targets.t]\nprovider = "acme"\nmodel = "m"\nparams = { temperature = 0.5 }\n'
        "extra_body = {}\nprice_in_per_mtok = 1\nadvertised = { context_window = 8192 }\n"
        '[mcp_servers.m]\nurl = "https://mcp.test/sse?token=abc"\n'
        '[ui]\ntheme = "provtui-dark"\nanswer_view = "markdown"\n'
        '[[checks]]\nkind = "contains"\n')
    config = load_config(cfg)
    p = config.providers["acme"]
    assert p.max_concurrency == 2 and p.retries.attempts == 2 and p.retries.on == ("timeout",)
    assert config.mcp_servers["m"].transport == "sse"


def test_unknown_ui_settings_warn_instead_of_vanishing(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[ui]\nthem = "provtui-light"\n')
    r = subprocess.run([sys.executable, "-m", "provtui", "config", "show", "--config", str(cfg)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "warning" in r.stderr and "them" in r.stderr and "theme" in r.stderr


def test_safe_url_never_prints_credentials_or_a_query() -> None:
    assert safe_url("https://u:p@h.test:8443/v1?api_key=zz#f") == "https://h.test:8443/v1?…"
    assert safe_url("http://h.test/v1") == "http://h.test/v1"


def test_config_error_message_never_quotes_a_pasted_key(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ACME_API_KEY", SECRET)
    cfg = tmp_path / "c.toml"
    cfg.write_text(GOOD_PROVIDER + f'extra_body = "{SECRET}"\n')
    with pytest.raises(ConfigError) as info:
        load_config(cfg)
    assert SECRET not in str(info.value) and "extra_body" in str(info.value)


def test_a_provider_made_in_code_refuses_a_key_in_its_url_too() -> None:
    from provtui.core.config import PRESETS, ProviderConfig
    import dataclasses

    with pytest.raises(ConfigError, match="credentials"):
        ProviderConfig(name="x", base_url="https://u:p@h.test/v1")
    with pytest.raises(ConfigError, match="query"):
        dataclasses.replace(PRESETS["openai"], base_url="https://h.test/v1?key=sk-x")
