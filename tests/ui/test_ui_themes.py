"""Themes are data: the shipped TOML files load, the packaged copy matches the repository's
themes/ folder, and a bad file is a readable problem, never an exception."""

from __future__ import annotations

from pathlib import Path

import pytest

from provtui.ui.themes import builtin_theme_dirs, load_theme_file, load_themes

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_themes_load_and_the_packaged_copy_matches_the_repository() -> None:
    repo = sorted(p.name for p in (ROOT / "themes").glob("*.toml"))
    packaged = sorted(p.name for p in (ROOT / "provtui/ui/themes").glob("*.toml"))
    assert repo == packaged == ["provtui-dark.toml", "provtui-high-contrast.toml",
                                "provtui-light.toml"]
    for name in repo:
        assert (ROOT / "themes" / name).read_bytes() == (ROOT / "provtui/ui/themes" /
                                                           name).read_bytes(), name
    themes, problems = load_themes(builtin_theme_dirs())
    assert problems == []
    assert {"provtui-dark", "provtui-light", "provtui-high-contrast"} <= set(themes)
    assert themes["provtui-light"].dark is False


@pytest.mark.parametrize("body, expected", [
    ("name = \n", "invalid TOML"),
    ('primary = "#123456"\ncolour = "x"\n', "unknown field(s) colour"),
    ('name = "x"\n', "needs at least primary"),
    ('primary = "nope"\n', "is not a colour"),
    ('primary = "#123456"\nvariables = 3\n', "[variables] must be a table"),
])
def test_bad_theme_files_name_the_problem(tmp_path: Path, body: str, expected: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ValueError, match=None) as info:
        load_theme_file(path)
    assert expected in str(info.value)
    themes, problems = load_themes([tmp_path])
    assert themes == {} and len(problems) == 1 and problems[0].path == path


def test_a_user_theme_overrides_a_shipped_one_and_takes_its_file_name(tmp_path: Path) -> None:
    (tmp_path / "provtui-dark.toml").write_text('name = "provtui-dark"\nprimary = "#FF0000"\n',
                                                encoding="utf-8")
    (tmp_path / "mine.toml").write_text('primary = "#00FF00"\n', encoding="utf-8")
    themes, problems = load_themes([*builtin_theme_dirs(), tmp_path])
    assert not problems
    assert themes["provtui-dark"].primary == "#FF0000"
    assert "mine" in themes
