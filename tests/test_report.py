"""The summary for people: rich table, Markdown and plain text, with untrusted target names."""

from __future__ import annotations

import io

import pytest
from rich.cells import cell_len
from rich.console import Console

from provtui.report import (
    abbreviate_chain,
    clean,
    interval_bar,
    render_summary,
    summary_markdown,
    summary_plain,
)
from test_stats import make_run

TOOLS = ["list_vehicles", "get_battery", "get_battery", "get_battery", "plan_route", "book_charger"]


def session_of(targets_and_passes, n=8, **run_kw):
    runs = []
    for i in range(n):
        for target, passes in targets_and_passes:
            runs.append(make_run(target, i < passes, repeat_index=i, **run_kw))
    return {"format": "provtui-session", "version": 1, "id": "s1", "runs": runs}


def render(session, width=120) -> str:
    console = Console(file=io.StringIO(), width=width, record=True, color_system=None)
    render_summary(session, console)
    return console.export_text(styles=False)


def test_render_shows_targets_rates_intervals_and_verdicts():
    session = session_of([("nano30b-nim", 8), ("openrouter:nvidia/nano", 1)], tools=TOOLS)
    out = render(session, width=200)
    assert "nano30b-nim" in out and "openrouter:nvidia/nano" in out
    # 8/8 -> Wilson [0.676, 1]; 1/8 -> [0.022, 0.471]
    assert "8/8 100% [68–100%]" in out
    assert "1/8 12% [2–47%]" in out
    assert "········━━━●" in out and "━●━━━━······" in out
    assert "likely different" in out and "favours nano30b-nim" in out
    # Most common chain, its share of runs first, repeats folded.
    assert "8/8 list_vehicles→get_battery×3→plan_route→book_charger" in out


def test_markup_in_a_target_name_is_shown_not_interpreted():
    # If "[bold]x[/bold]" were parsed as markup the table would show just "x"; "[/oops]" would
    # even raise a MarkupError.
    session = session_of([("[bold]x[/bold]", 5), ("[/oops] y", 4)],
                         tools=["[red]tool[/red]"])
    out = render(session)
    assert "[bold]x[/bold]" in out
    assert "[/oops] y" in out
    assert "[red]tool[/red]" in out
    assert "could be noise" in out


def test_control_sequences_in_provider_text_never_reach_the_terminal():
    evil = "evil\x1b[2J\x1b]0;pwned\x07\u202ename\nx\x00"
    session = session_of([(evil, 8), ("b", 0)], tools=["tool\x1b[31m"])
    console = Console(file=io.StringIO(), width=120, force_terminal=True, color_system="truecolor")
    render_summary(session, console)
    raw = console.file.getvalue()
    assert "\x1b[2J" not in raw and "pwned" not in raw and "\x07" not in raw
    assert "\u202e" not in raw and "\x00" not in raw
    assert "evilname x" in raw
    for text in (summary_markdown(session), summary_plain(session)):
        assert "\x1b" not in text and "\x07" not in text and "evilname x" in text


@pytest.mark.parametrize("width", [80, 100, 140])
def test_table_fits_the_terminal_and_never_cuts_the_numbers(width):
    session = session_of([("nano30b-nim", 8),
                          ("openrouter:nvidia/nemotron-3-nano-30b-a3b:free", 1)], tools=TOOLS)
    out = render(session, width=width)
    table_lines = out.split("\n")[: 6]
    assert all(cell_len(line) <= width for line in table_lines), out
    assert "8/8 100% [68–100%]" in out and "1/8 12% [2–47%]" in out
    assert "0.30/0.30 s" in out and "90.0" in out
    # The tool chain is always somewhere: in the table when it fits, else on its own line.
    assert "8/8 list_vehic" in out


def test_single_runs_say_there_is_not_enough_data_once():
    out = render(session_of([("a", 1), ("b", 0)], n=1))
    assert "No verdicts yet" in out and "--repeat" in out
    assert out.count("not enough data") == 0


def test_no_checks_and_no_runs():
    out = render(session_of([("a", 1), ("b", 1)], checks=False))
    assert "no checks" in out
    assert "nothing to summarise" in render({"runs": []})
    assert summary_markdown({"runs": []}).startswith("_No runs")
    assert "nothing to summarise" in summary_plain({})


def test_a_stale_summary_in_the_file_is_not_trusted():
    session = session_of([("a", 8), ("b", 1)])
    session["summary"] = [{"target": "forged", "runs": 99}]
    out = render(session)
    assert "forged" not in out and "8/8 100%" in out


def test_markdown_table_escapes_provider_text():
    session = session_of([("a|b <script>alert(1)</script>", 8), ("*c*_[d](http://e)", 1)])
    md = summary_markdown(session)
    lines = md.splitlines()
    assert lines[0].startswith("| target | ok/runs | pass rate |")
    assert lines[1].startswith("|---|---:|")
    # Each table row keeps exactly 8 unescaped pipes (7 columns) despite the "|" in a name.
    rows = lines[2:4]
    for row in rows:
        assert row.replace("\\|", "").count("|") == 8
    assert "&lt;script&gt;" in md and "<script>" not in md
    assert "\\*c\\*\\_\\[d\\](http://e)" in md
    assert "**likely different**" in md
    assert "`········━━━●`" in md


def test_plain_text_is_aligned_columns_then_verdicts():
    plain = summary_plain(session_of([("nano30b-nim", 8), ("b", 1)], tools=["list_vehicles"]))
    lines = plain.splitlines()
    assert lines[0].split() == ["target", "ok/runs", "pass", "rate", "interval", "ttft",
                                "p50/p90", "tok/s", "tool", "chain"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert lines[2].startswith("nano30b-nim") and "8/8 100% [68–100%]" in lines[2]
    assert "nano30b-nim vs b" in lines
    assert any(line.strip().startswith("pass rate") and "likely different" in line
               for line in lines)


def test_clean():
    assert clean("a\x1b[1;31mb\x1b[0m") == "ab"
    assert clean("a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\") == "alink"
    assert clean("line\nbreak\ttab") == "line break tab"
    assert clean("\u202egnp.exe") == "gnp.exe"
    assert clean("a\x9b31mb") == "ab"
    assert clean("abcdefgh", limit=5) == "abcd…"
    assert clean("👩‍💻 ok") == "👩‍💻 ok"  # the zero-width joiner in emoji stays


def test_interval_bar():
    # 8/8 -> [0.6756, 1]: interval cells 8..11, rate cell 11.
    assert interval_bar(1.0, [0.6756, 1.0]) == "········━━━●"
    # 1/8 -> [0.0224, 0.4709]: interval cells 0..5, rate 0.125 in cell 1.
    assert interval_bar(0.125, [0.0224, 0.4709]) == "━●━━━━······"
    # 0/8 -> [0, 0.3244] on 10 cells: interval cells 0..3, rate in cell 0.
    assert interval_bar(0.0, [0.0, 0.3244], width=10) == "●━━━······"
    assert interval_bar(None, None) == ""


def test_abbreviate_chain():
    assert abbreviate_chain([]) == "no tools"
    assert abbreviate_chain(["a", "b"]) == "a→b"
    assert abbreviate_chain(["a", "b", "b", "b", "c"]) == "a→b×3→c"
    assert abbreviate_chain(["a", "b", "c", "d", "e"]) == "a→b→…→e"
    assert abbreviate_chain(["x" * 40]) == "x" * 23 + "…"
