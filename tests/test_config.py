from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from provtui.core.config import (
    PRESETS,
    ConfigError,
    api_key_for,
    config_path,
    data_dir,
    import_mcp_servers_json,
    load_config,
    resolve_target,
    write_config,
    starter_config,
)

CONTRACT_PRESETS = {"openrouter", "deepinfra", "nim", "ollama", "openai", "groq", "together",
                    "fireworks", "cerebras", "mistral", "vllm", "llamacpp", "lmstudio"}


def test_every_contract_preset_exists() -> None:
    assert CONTRACT_PRESETS <= set(PRESETS)
    assert PRESETS["vllm"].base_url.startswith("http://127.0.0.1:8000")
    assert PRESETS["llamacpp"].base_url.startswith("http://127.0.0.1:8080")
    assert PRESETS["lmstudio"].base_url.startswith("http://127.0.0.1:1234")


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "config.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_contract_example_loads(tmp_path: Path) -> None:
    p = _write(tmp_path, '''
[providers.openrouter]
base_url = "https://openrouter.ai/api/v1"
api_key_env = "OPENROUTER_API_KEY"
headers = { "X-Title" = "provtui" }
extra_body = { provider = { only = ["deepinfra"], allow_fallbacks = false } }
connect_timeout_s = 10
read_timeout_s = 120
context_window = 32768

[targets.nano30b-nim]
provider = "nim"
model = "nvidia/nemotron-3-nano-30b-a3b"
params = { temperature = 0.6, max_tokens = 4096 }
extra_body = { }

[mcp_servers.ev]
command = "python"
args = ["-m", "provtui.demo.ev_server"]
env = { }
''')
    cfg = load_config(p)
    assert cfg.providers["openrouter"].extra_body["provider"]["only"] == ["deepinfra"]
    assert cfg.providers["openrouter"].context_window == 32768
    t = resolve_target("nano30b-nim", cfg)
    assert t.provider.name == "nim" and t.params["max_tokens"] == 4096
    assert cfg.mcp_servers["ev"].args == ("-m", "provtui.demo.ev_server")


def test_table_overrides_preset_fields_only(tmp_path: Path) -> None:
    cfg = load_config(_write(tmp_path, '[providers.groq]\nread_timeout_s = 5\n'))
    assert cfg.providers["groq"].read_timeout_s == 5
    assert cfg.providers["groq"].base_url == PRESETS["groq"].base_url


def test_provider_model_split_at_first_colon() -> None:
    cfg = load_config(None)
    t = resolve_target("ollama:nemotron-3-nano:30b", cfg)
    assert t.provider.name == "ollama" and t.model == "nemotron-3-nano:30b"
    t = resolve_target("openrouter:nvidia/nemotron:free", cfg)
    assert t.model == "nvidia/nemotron:free" and t.name == "openrouter:nvidia/nemotron:free"


@pytest.mark.parametrize("spec, words", [
    ("nosuch:model", ["unknown provider", "nosuch"]),
    ("justaname", ["unknown target", "justaname", "PROVIDER:MODEL"]),
])
def test_bad_targets_name_the_problem(spec: str, words: list[str]) -> None:
    with pytest.raises(ConfigError) as exc:
        resolve_target(spec, load_config(None))
    for w in words:
        assert w in str(exc.value)


def test_malformed_toml_names_file_and_line(tmp_path: Path) -> None:
    p = _write(tmp_path, '[targets.a]\nprovider = "nim"\nmodel = oops\n')
    with pytest.raises(ConfigError) as exc:
        load_config(p)
    assert f"{p}:3" in str(exc.value)


def test_unknown_field_names_the_table_line(tmp_path: Path) -> None:
    p = _write(tmp_path, '\n\n[providers.nim]\nbase_urll = "x"\n')
    with pytest.raises(ConfigError) as exc:
        load_config(p)
    assert f"{p}:3" in str(exc.value) and "base_urll" in str(exc.value)


def test_target_with_unknown_provider(tmp_path: Path) -> None:
    p = _write(tmp_path, '[targets.x]\nprovider = "nope"\nmodel = "m"\n')
    with pytest.raises(ConfigError, match="unknown provider 'nope'"):
        load_config(p)


def test_missing_key_names_variable_never_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DEEPINFRA_API_KEY", raising=False)
    with pytest.raises(ConfigError) as exc:
        api_key_for(PRESETS["deepinfra"])
    assert "DEEPINFRA_API_KEY" in str(exc.value)
    monkeypatch.setenv("DEEPINFRA_API_KEY", "sk-secret-value-123")
    assert api_key_for(PRESETS["deepinfra"]) == "sk-secret-value-123"
    monkeypatch.delenv("OLLAMA_API_KEY", raising=False)
    assert api_key_for(PRESETS["ollama"]) is None  # optional for a local server


def test_paths_follow_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PROVTUI_CONFIG", str(tmp_path / "c.toml"))
    monkeypatch.setenv("PROVTUI_DATA_DIR", str(tmp_path / "d"))
    assert config_path() == tmp_path / "c.toml"
    assert data_dir() == tmp_path / "d"
    assert not (tmp_path / "d").exists()  # created on first use, never at import or lookup


def test_explicit_missing_config_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config init"):
        load_config(tmp_path / "nope.toml")


def test_write_config_is_0600_and_round_trips(tmp_path: Path) -> None:
    p = tmp_path / "sub" / "config.toml"
    write_config(p, starter_config())
    assert stat.S_IMODE(p.stat().st_mode) == 0o600
    cfg = load_config(p)
    assert "nano30b-nim" in cfg.targets and "ev" in cfg.mcp_servers


def test_import_mcp_servers_json(tmp_path: Path) -> None:
    p = tmp_path / "claude.json"
    p.write_text(json.dumps({"mcpServers": {
        "time": {"command": "uvx", "args": ["mcp-server-time"], "env": {"TZ": "UTC"}},
        "remote": {"type": "http", "url": "http://127.0.0.1:9/mcp", "headers": {"X": "1"}},
        "old": {"url": "http://127.0.0.1:9/sse"},
    }}))
    servers = import_mcp_servers_json(p)
    assert servers["time"].transport == "stdio" and servers["time"].env == {"TZ": "UTC"}
    assert servers["remote"].transport == "http"
    assert servers["old"].transport == "sse"
    bad = tmp_path / "bad.json"
    bad.write_text('{"mcpServers": {\n "x": }')
    with pytest.raises(ConfigError, match=r"bad.json:2"):
        import_mcp_servers_json(bad)


def _cli(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "provtui", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, input=stdin, timeout=120)


def test_cli_config_init_path_show(tmp_path: Path) -> None:
    cfg = tmp_path / "c" / "config.toml"
    r = _cli("config", "init", "--config", str(cfg))
    assert r.returncode == 0, r.stderr
    assert stat.S_IMODE(cfg.stat().st_mode) == 0o600
    r = _cli("config", "init", "--config", str(cfg))
    assert r.returncode == 2 and "--force" in r.stderr
    r = _cli("config", "path", env={"PROVTUI_CONFIG": str(cfg)})
    assert r.stdout.strip() == str(cfg)
    r = _cli("config", "show", "--config", str(cfg), env={"NVIDIA_API_KEY": "nvapi-SECRET-42"})
    assert r.returncode == 0 and "nano30b-nim" in r.stdout
    assert "NVIDIA_API_KEY is set" in r.stdout and "nvapi-SECRET-42" not in r.stdout


@pytest.mark.parametrize("args, needle", [
    (["run", "-t", "nosuch:m", "hi"], "unknown provider 'nosuch'"),
    (["run", "-t", "undefined-name", "hi"], "unknown target 'undefined-name'"),
    (["run", "hi"], "no target given"),
    (["run", "-t", "deepinfra:m", "hi"], "DEEPINFRA_API_KEY"),
    (["run", "-t", "ollama:m", "--mcp", "nope", "hi"], "unknown MCP server 'nope'"),
    (["run", "-t", "ollama:m", "--param", "oops", "hi"], "KEY=VALUE"),
])
def test_cli_usage_errors_exit_2_and_write_nothing(args: list[str], needle: str,
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    env = {"PROVTUI_DATA_DIR": str(data)}
    monkeypatch.delenv("DEEPINFRA_API_KEY", raising=False)
    r = _cli(*args, env=env)
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert needle in r.stderr
    assert "Traceback" not in r.stderr
    assert not data.exists() or not any(data.rglob("*.json"))


def test_cli_malformed_config_exit_2_with_line(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text("[targets.a]\nprovider = \n")
    r = _cli("run", "--config", str(cfg), "-t", "a", "hi")
    assert r.returncode == 2 and f"{cfg}:2" in r.stderr
