"""The TUI tests import their helpers from ui_helpers (a module name no other test folder
uses), so this folder only makes itself importable."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
