"""What the TUI remembers between starts (the theme chosen with f9) lives in the data
directory (``ui-state.toml``), never in the config: provtui does not create or edit a config
the user did not ask for (``provtui config init`` would then refuse to write the starter).
A ``[ui] theme`` in the config is the default until a theme is chosen in the TUI."""

from __future__ import annotations

import contextlib
import os
import tomllib
from pathlib import Path
from typing import Any

__all__ = ["state_path", "load_ui_state", "save_ui_state"]


def state_path() -> Path:
    from provtui.core.config import data_dir

    return data_dir() / "ui-state.toml"


def load_ui_state() -> dict[str, Any]:
    """The remembered state; {} when missing or unreadable (it is only a convenience)."""
    path = state_path()
    try:
        if not path.is_file() or path.stat().st_size > 64 * 1024:
            return {}
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_ui_state(**changes: Any) -> Path:
    """Merge ``changes`` into the state file (atomically). Raises OSError."""
    import tomli_w

    path = state_path()
    state = load_ui_state()
    state.update({k: v for k, v in changes.items() if v is not None})
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(tomli_w.dumps(state), encoding="utf-8")
    with contextlib.suppress(OSError):
        os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    return path
