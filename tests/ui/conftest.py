"""Fixtures for the TUI tests: configs in tmp dirs, targets pointing at loopback servers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from provtui.core.config import Config, McpServerConfig, ProviderConfig, TargetConfig, PRESETS

SIZE = (160, 45)


def loopback_target(name: str, base_url: str, *, provider: str | None = None,
                    **provider_kw: Any) -> TargetConfig:
    prov = ProviderConfig(name=provider or name, base_url=base_url, api_key_env=None,
                          read_timeout_s=10, run_timeout_s=60, **provider_kw)
    return TargetConfig(name=name, provider=prov, model="test-model")


def make_config(path: Path | None, *, targets: dict[str, dict] | None = None,
                ui: dict | None = None, mcp: dict[str, McpServerConfig] | None = None) -> Config:
    return Config(path=path, providers=dict(PRESETS), targets=dict(targets or {}),
                  mcp_servers=dict(mcp or {}), ui=dict(ui or {}), exists=path is not None)


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "config.toml"
