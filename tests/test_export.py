"""Exports (Markdown, HTML, JSON, bundle) and the `provtui sessions ...` command bodies.

A fake key is put where a careless layer might leak it (request body, response headers, an
error message, a tool result, even the model's text) and every byte every export writes is
scanned for it.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from provtui.core import export as X
from provtui.core import session as S
from provtui.core import sessions_cmd as C
from provtui.core.config import sessions_dir
from provtui.core.events import TextDelta, ToolCallFinished
from test_session import FAKE_KEY, T0, realistic_events

TARGETS = ["alpha-or", "beta-di", "gamma-nim", "delta-local"]
EVIL = "<script>alert('x')</script> & <img src=x onerror=alert(1)> ```"


def _session(key: bool = False, evil: bool = False) -> dict:
    events = realistic_events(key=key)
    if evil:  # provider text that would run as HTML or break Markdown fences if not escaped
        events.append(TextDelta(run=3, t=T0 + 0.6, turn=0, text=EVIL))
    if key:
        events.append(TextDelta(run=3, t=T0 + 0.61, turn=0, text=f" echo {FAKE_KEY}"))
        events = [ToolCallFinished(run=e.run, t=e.t, call_id=e.call_id, name=e.name,
                                   result=e.result + f" token={FAKE_KEY}", is_error=e.is_error,
                                   duration_s=e.duration_s, turn=e.turn)
                  if isinstance(e, ToolCallFinished) else e for e in events]
    return S.fold_events(sorted(events, key=lambda e: e.t))


class _Strict(HTMLParser):
    """Collects text, start tags and attributes; checks non-void tags are balanced."""

    VOID = {"meta", "br", "img", "hr", "input", "link", "rect", "path", "polyline"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def test_html_is_self_contained_escaped_and_has_every_target() -> None:
    s = _session(evil=True)
    doc = X.export_html(s)
    p = _Strict()
    p.feed(doc)
    p.close()
    assert p.stack == [], f"unclosed tags: {p.stack}"
    text = "".join(p.text)
    for t in TARGETS:
        assert t in text
    assert "script" not in p.tags and "img" not in p.tags  # the provider's tags stayed text
    assert EVIL in text  # ... and read back exactly
    for name, value in p.attrs:  # nothing fetched from anywhere
        assert name not in ("src", "href") or not value or not value.startswith(("http", "//"))
    assert "<link" not in doc and "@import" not in doc and "url(" not in doc
    assert p.tags.count("svg") >= 4 + 4  # metric charts + a tool chain per run
    assert "weather" in text and "time" in text  # tool chain boxes
    assert "Sunny in Paris, noon now." in text


def test_markdown_has_every_target_tool_chain_and_metrics() -> None:
    s = _session(evil=True)
    md = X.export_markdown(s)
    for t in TARGETS:
        assert t.replace("-", "-") in md
    assert "`weather → time`" in md
    assert "| # | target | provider / model | status | TTFT s |" in md
    assert "Sunny in Paris, noon now." in md
    assert "Need weather and time." in md  # reasoning
    # the provider's ``` cannot close the answer fence early
    body = md.split("#### Answer")[-1]
    assert "````" in body and EVIL in body
    assert "network" in md and "connection reset" in md  # the failed run's error


def test_json_export_is_the_session() -> None:
    s = _session()
    assert json.loads(X.export_json(s)) == json.loads(json.dumps(s))


def test_bundle_per_run_with_curl_and_request(tmp_path: Path) -> None:
    s = _session()
    out = X.export_session(s, "bundle", tmp_path / "b")
    folders = sorted(p for p in out.iterdir() if p.is_dir())
    assert [f.name for f in folders] == ["01-alpha-or-r1", "02-beta-di-r1", "03-gamma-nim-r1",
                                         "04-delta-local-r1"]
    first = folders[0]
    for name in ("README.txt", "curl.sh", "request.json", "response_headers.json", "text.txt",
                 "reasoning.txt", "metrics.json", "tool_calls.json"):
        assert (first / name).is_file(), name
    curl = (first / "curl.sh").read_text()
    assert '-H "Authorization: Bearer $API_KEY"' in curl
    assert "https://openrouter.ai/api/v1/chat/completions" in curl
    assert "--data-binary @request.json" in curl
    assert os.access(first / "curl.sh", os.X_OK)
    req = json.loads((first / "request.json").read_text())
    assert req == s["runs"][0]["turns"][-1]["request"]
    assert (first / "text.txt").read_text() == "Sunny in Paris, noon now."
    assert json.loads((first / "metrics.json").read_text())["metrics"] == s["runs"][0]["metrics"]
    assert (first / "turns" / "turn-1-request.json").is_file()  # multi-turn: every request
    assert (first / "turns" / "turn-1-response_stream.txt").read_bytes() == \
        b'data: {"choices":[]}\n\n'
    assert json.loads((out / "session.json").read_text()) == json.loads(json.dumps(s))
    assert "01-alpha-or-r1/" in (out / "README.txt").read_text()
    # the curl script is valid shell
    subprocess.run(["sh", "-n", str(first / "curl.sh")], check=True)


def test_no_key_in_any_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", FAKE_KEY)
    monkeypatch.setenv("SOME_PROVIDER_TOKEN", "tok-ABCDEFGH-0123456789")
    # the fold scrubs already; build the dict by hand too so the exports are tested on their own
    s = _session(key=True)
    s["runs"][0]["turns"][0]["request"]["api_key"] = FAKE_KEY
    s["runs"][0]["turns"][0]["response_headers"]["Authorization"] = f"Bearer {FAKE_KEY}"
    s["runs"][0]["text"] += " tok-ABCDEFGH-0123456789"
    s["runs"][0]["turns"][-1]["raw_stream"] = f"data: {FAKE_KEY}\n\n"
    for fmt in X.FORMATS:
        X.export_session(s, fmt, tmp_path / f"export.{fmt}")
    S.save_session(s)
    files = [p for p in tmp_path.rglob("*") if p.is_file()] + \
            [p for p in sessions_dir().rglob("*") if p.is_file()]
    assert len(files) > 20
    for p in files:
        data = p.read_bytes()
        assert FAKE_KEY.encode() not in data, p
        assert b"tok-ABCDEFGH-0123456789" not in data, p
        assert FAKE_KEY[8:30].encode() not in data, p  # not even a long piece of it
    assert S.REDACTED in (tmp_path / "export.md").read_text()


# ---------------------------------------------------------------------------- CLI bodies


def _io() -> tuple[io.StringIO, io.StringIO]:
    return io.StringIO(), io.StringIO()


def test_cmd_list_plain_and_json_with_a_corrupt_file() -> None:
    S.save_session(_session())
    (sessions_dir() / "20250101-000000-dead.json").write_text("{broken", "utf-8")
    (sessions_dir() / "notes.json").write_text('{"hello": "world"}', "utf-8")
    out, err = _io()
    assert C.cmd_list(True, out, err) == 0
    items = json.loads(out.getvalue())
    assert [i["id"] for i in items] == ["20261125-193012-ab12"]
    assert set(items[0]) >= {"id", "created_at", "prompt", "targets", "path", "recovered"}
    assert "20250101-000000-dead.json is not a provtui session" in err.getvalue()
    assert "notes.json is not a provtui session (format is None" in err.getvalue()
    out, err = _io()
    assert C.cmd_list(False, out, err) == 0
    assert "20261125-193012-ab12" in out.getvalue() and "alpha-or" in out.getvalue()


def test_cmd_list_empty() -> None:
    out, err = _io()
    assert C.cmd_list(False, out, err) == 0
    assert "no saved sessions" in out.getvalue()
    out, err = _io()
    assert C.cmd_list(True, out, err) == 0 and json.loads(out.getvalue()) == []


def test_cmd_show_plain_strips_terminal_escapes_and_json_is_the_file() -> None:
    s = _session()
    s["runs"][0]["text"] = "fine\x1b]0;pwned\x07 text \x1b[31mred\x1b[0m"
    path = S.save_session(s)
    out, err = _io()
    assert C.cmd_show("20261125-193012-ab12", False, out, err) == 0
    shown = out.getvalue()
    assert "\x1b" not in shown and "fine text red" in shown
    for t in TARGETS:
        assert t in shown
    assert "weather → time" in shown
    assert "network" in shown and "cancelled" in shown
    out, err = _io()
    assert C.cmd_show(str(path), True, out, err) == 0
    assert json.loads(out.getvalue()) == json.loads(path.read_text("utf-8"))


def test_cmd_unknown_id_exits_2_with_a_clear_message(tmp_path: Path) -> None:
    for call in (lambda o, e: C.cmd_show("nope", False, o, e),
                 lambda o, e: C.cmd_export("nope", "md", None, o, e),
                 lambda o, e: C.cmd_rm("nope", o, e)):
        out, err = _io()
        assert call(out, err) == 2
        assert "no session 'nope'" in err.getvalue() and "sessions list" in err.getvalue()
    out, err = _io()
    assert C.cmd_export("x", "pdf", None, out, err) == 2
    assert "md|html|json|bundle" in err.getvalue()


def test_cmd_export_default_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    S.save_session(_session())
    monkeypatch.chdir(tmp_path)
    for fmt, name in (("md", "20261125-193012-ab12.md"), ("html", "20261125-193012-ab12.html"),
                      ("json", "20261125-193012-ab12.json"),
                      ("bundle", "20261125-193012-ab12-bundle")):
        out, err = _io()
        assert C.cmd_export("20261125", fmt, None, out, err) == 0, err.getvalue()
        assert (tmp_path / name).exists()
        assert out.getvalue().strip() == str(tmp_path / name)
    out, err = _io()
    assert C.cmd_export("20261125", "md", str(tmp_path / "sub" / "x.md"), out, err) == 0
    assert (tmp_path / "sub" / "x.md").read_text().startswith("# provtui session")


def test_cmd_rm(tmp_path: Path) -> None:
    path = S.save_session(_session())
    stray = tmp_path / "not-a-session.json"
    stray.write_text('{"precious": true}')
    out, err = _io()
    assert C.cmd_rm(str(stray), out, err) == 2 and stray.exists()
    out, err = _io()
    assert C.cmd_rm("20261125-193012-ab12", out, err) == 0
    assert not path.exists() and "removed session 20261125-193012-ab12" in out.getvalue()
    # a corrupt file in the sessions directory can be removed by id
    bad = sessions_dir() / "20250101-000000-dead.json"
    bad.write_text("{broken")
    out, err = _io()
    assert C.cmd_rm("20250101-000000-dead", out, err) == 0 and not bad.exists()
