"""Every test runs with its own data and config directories, so no test reads or writes the
user's real sessions or config, and no test depends on another's files."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # tests import the transcript server as a module


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    base = tmp_path_factory.mktemp("provtui-home")
    monkeypatch.setenv("PROVTUI_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "xdg-data"))
    monkeypatch.delenv("PROVTUI_CONFIG", raising=False)
    yield base
    # a TUI starts a spare network process for its next prompt (core/netproc.py): a test's
    # app is gone, so is its spare (the tests that count leftover processes see none)
    netproc = sys.modules.get("provtui.core.netproc")
    if netproc is not None:
        netproc.discard_spare()


def pytest_report_header(config: pytest.Config) -> list[str]:
    llama = os.environ.get("PROVTUI_LLAMA_PYTHON")
    state = f"PROVTUI_LLAMA_PYTHON={llama}" if llama else (
        'NOT configured: run eval "$(bash tests/setup_llama.sh)" first')
    return [f"llama.cpp integration: {state}"]


@pytest.fixture(scope="session")
def llama_url(tmp_path_factory: pytest.TempPathFactory):
    """Base URL (…/v1) of one real llama.cpp server shared by every test that needs it."""
    from llama_server import run_llama_server

    yield from run_llama_server(tmp_path_factory)
