"""Themes are data: TOML files loaded into ``textual.theme.Theme``.

Built-in themes live in the repository's ``themes/`` folder; a copy ships inside the package
(``provtui/ui/themes/``) so a non-editable install finds them too.  The user's theme folder
(``provtui.core.config.user_themes_dir()``) is read after them, so a user file of the same
name wins.  A broken file is reported, never raised: the app shows one notification.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

from textual.color import Color, ColorParseError
from textual.theme import Theme

__all__ = ["ThemeProblem", "builtin_theme_dirs", "load_theme_file", "load_themes",
           "DEFAULT_THEME"]

DEFAULT_THEME = "provtui-dark"
_THEME_FIELDS = {f.name for f in fields(Theme)}
_COLOR_FIELDS = {"primary", "secondary", "warning", "error", "success", "accent", "foreground",
                 "background", "surface", "panel", "boost"}


@dataclass(frozen=True)
class ThemeProblem:
    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def builtin_theme_dirs() -> list[Path]:
    """The packaged copy, then the repository folder when running from a checkout."""
    here = Path(__file__).resolve().parent
    dirs = [here / "themes"]
    repo = here.parent.parent / "themes"
    if repo.is_dir():
        dirs.append(repo)
    return dirs


def load_theme_file(path: Path) -> Theme:
    """One theme; raises ValueError with a message that names the fix."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"invalid TOML ({exc}); fix that line") from None
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text; save it as UTF-8") from None
    data.setdefault("name", path.stem)
    unknown = set(data) - _THEME_FIELDS
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(sorted(unknown))}; "
                         f"known: {', '.join(sorted(_THEME_FIELDS))}")
    if "primary" not in data:
        raise ValueError('a theme needs at least primary = "#RRGGBB"')
    for key in _COLOR_FIELDS & set(data):
        try:
            Color.parse(data[key])
        except (ColorParseError, TypeError):
            raise ValueError(f"{key} = {data[key]!r} is not a colour; "
                             'use e.g. "#4FA3E0" or "rgb(79,163,224)"') from None
    if "variables" in data and not isinstance(data["variables"], dict):
        raise ValueError("[variables] must be a table of name = value")
    try:
        return Theme(**data)
    except (TypeError, ValueError) as exc:
        raise ValueError(str(exc)) from None


def load_themes(dirs: list[Path]) -> tuple[dict[str, Theme], list[ThemeProblem]]:
    """Every ``*.toml`` in ``dirs`` (later folders override earlier ones by theme name)."""
    themes: dict[str, Theme] = {}
    problems: list[ThemeProblem] = []
    for folder in dirs:
        try:
            files = sorted(folder.glob("*.toml")) if folder.is_dir() else []
        except OSError as exc:
            problems.append(ThemeProblem(folder, f"cannot read the folder ({exc.strerror})"))
            continue
        for path in files:
            try:
                theme = load_theme_file(path)
            except (ValueError, OSError) as exc:
                problems.append(ThemeProblem(path, str(exc)))
                continue
            themes[theme.name] = theme
    return themes, problems
