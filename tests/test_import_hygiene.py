"""The core runs without a terminal: no provtui.core module may import textual or rich
(harlequin's import-hygiene test does the same).

httpx itself imports rich when it is installed (for its optional command-line tool, inside a
try/except ImportError), so "rich is in sys.modules" would blame the core for httpx.  Instead,
in a fresh interpreter, textual and rich are made unimportable and every core module must
import cleanly; any attempt to import them is recorded with the importing file, and none may
come from provtui itself.
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import provtui.core

CORE_DIR = Path(provtui.core.__file__).parent


def _core_modules() -> list[str]:
    return sorted(f"provtui.core.{m.name}" for m in pkgutil.iter_modules(provtui.core.__path__))


def test_there_are_core_modules_to_check() -> None:
    mods = _core_modules()
    assert {"provtui.core.events", "provtui.core.config", "provtui.core.loop",
            "provtui.core.fanout"} <= set(mods)


BLOCKER = r'''
import importlib, importlib.abc, sys, traceback
attempts = []
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split(".")[0] in ("textual", "rich"):
            frames = [f.filename for f in traceback.extract_stack()
                      if "importlib" not in f.filename and "<frozen" not in f.filename]
            attempts.append((name, frames[-1] if frames else "?"))
            raise ImportError(f"{name} is blocked in the import-hygiene test")
        return None
sys.meta_path.insert(0, Block())
failed = {}
for m in MODS:
    try:
        importlib.import_module(m)
    except Exception as exc:
        failed[m] = f"{type(exc).__name__}: {exc}"
from_provtui = [a for a in attempts if "/provtui/" in a[1].replace("\\", "/")]
print(repr((failed, from_provtui)))
'''


def test_core_imports_without_textual_or_rich() -> None:
    code = BLOCKER.replace("MODS", repr(_core_modules()))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    failed, from_provtui = eval(out.stdout.strip().splitlines()[-1])  # our own repr() output
    assert not failed, f"core modules failed to import without textual/rich: {failed}"
    assert not from_provtui, f"provtui code tried to import the UI libraries: {from_provtui}"


def test_core_source_names_no_ui_library() -> None:
    offenders = []
    for path in CORE_DIR.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in ("textual", "rich"):
                    offenders.append(f"{path.name}:{node.lineno} imports {name}")
    assert not offenders, offenders


def test_version_imports_nothing_heavy() -> None:
    code = ("import sys\nfrom provtui.cli import main\n"
            "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(k for k in sys.modules if k.split('.')[0] in "
            "('textual','rich','httpx','mcp','wordfreq')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip().endswith("[]"), out.stdout + out.stderr
