"""Exports of a saved session: Markdown, one self-contained HTML file, JSON, and a bundle.

Every export is something a person sends to someone else (a colleague, a provider's bug
tracker), so two rules hold for all of them: provider text is untrusted (HTML-escaped in the
HTML, fenced in Markdown, never interpreted), and no credential reaches a written byte (every
file passes through :func:`provtui.core.session.redact_text` with the keys in the environment;
the bundle's curl command reads the key from ``$API_KEY``).
"""

from __future__ import annotations

import html
import json
import os
import re
import shlex
from pathlib import Path
from typing import Any

from provtui.core.session import json_default, known_secrets, redact, redact_text
from provtui.core.session_schema import valid_id
from provtui.core.summary_text import clean

__all__ = ["FORMATS", "export_markdown", "export_html", "export_json", "export_bundle",
           "export_session", "default_output", "tool_chain_text"]

FORMATS = ("md", "html", "json", "bundle")
ARROW = " → "
TOOL_RESULT_PREVIEW = 4000


# ---------------------------------------------------------------------------- shared bits


def _runs(session: dict[str, Any]) -> list[dict[str, Any]]:
    return [r for r in session.get("runs") or [] if isinstance(r, dict)]


def _label(run: dict[str, Any], index: int) -> str:
    rep = run.get("repeat_index") or 0
    return f"{index + 1}. {run.get('target') or '?'}" + (f" (repeat {rep + 1})" if rep else "")


def tool_chain_text(run: dict[str, Any]) -> str:
    names = [str(c.get("name") or "?") for c in run.get("tool_calls") or [] if isinstance(c, dict)]
    return ARROW.join(names)


def _num(v: Any, digits: int = 2) -> str:
    if isinstance(v, bool) or v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.{digits}f}"
    return str(v)


def _tokens(m: dict[str, Any]) -> str:
    v = m.get("output_tokens")
    if v is None:
        return "–"
    return f"~{v}" if m.get("output_tokens_estimated") else str(v)


def _checks_cell(run: dict[str, Any]) -> str:
    checks = [c for c in run.get("checks") or [] if isinstance(c, dict)]
    if not checks:
        return "–"
    return f"{sum(1 for c in checks if c.get('passed') is True)}/{len(checks)}"


def _served_by(run: dict[str, Any]) -> str | None:
    names = []
    for t in run.get("turns") or []:
        s = t.get("served_by") if isinstance(t, dict) else None
        if s and s not in names:
            names.append(s)
    return ", ".join(names) or None


_SURROGATE = re.compile(r"[\ud800-\udfff]")
# json.dumps escapes C0 controls but writes DEL and the C1 range (U+0080-U+009F, where U+009B
# is a one-character CSI) as they are; inside a JSON string they can be escaped losslessly.
_JSON_C1 = re.compile(r"[\x7f-\x9f]")


def _json_safe(text: str) -> str:
    return _JSON_C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _writable(text: str) -> str:
    """Lone surrogates (half an emoji from a provider) cannot be UTF-8: show U+FFFD instead."""
    return _SURROGATE.sub("\ufffd", text)


def _repeated(session: dict[str, Any]) -> bool:
    """The repeats summary says something only when some target ran more than once."""
    seen: dict[str, int] = {}
    for run in session.get("runs") or []:
        seen[run.get("target", "")] = seen.get(run.get("target", ""), 0) + 1
    return any(n > 1 for n in seen.values())


def _summary_markdown(session: dict[str, Any]) -> str | None:
    if not _repeated(session):
        return None
    from provtui.core.summary_text import summary_markdown

    try:
        return summary_markdown(session)
    except Exception:  # a summary problem must not cost the user the export
        return None


def _summary_html(session: dict[str, Any]) -> str | None:
    """The repeats table and verdicts as HTML (every cell escaped)."""
    if not _repeated(session):
        return None
    from provtui.core.stats import session_summary
    from provtui.core.summary_text import COLUMNS, _rows, _verdict_groups

    try:
        result = session_summary(session)
        rows = _rows(result["summary"])
        groups = _verdict_groups(result["comparisons"])
    except Exception:  # a summary problem must not cost the user the export
        return None
    head = "".join(f"<th>{_e(c)}</th>" for c in COLUMNS)
    body = "".join("<tr>" + "".join(f"<td>{_e(row[c])}</td>" for c in COLUMNS) + "</tr>"
                   for row in rows)
    out = [f"<table><tr>{head}</tr>{body}</table>"]
    if isinstance(groups, str):
        out.append(f"<p>{_e(groups)}</p>")
    else:
        out.append("<ul>")
        for pair, verdicts in groups:
            items = "".join(f"<li>{_e(label)}: <b>{_e(verdict)}</b> ({_e(detail)})</li>"
                            for label, verdict, detail in verdicts)
            out.append(f"<li>{_e(pair)}<ul>{items}</ul></li>")
        out.append("</ul>")
    return "".join(out)


# ---------------------------------------------------------------------------- Markdown


def _md_cell(text: Any) -> str:
    s = clean(text)
    return re.sub(r"([\\`*_{}\[\]<>()#+!|~])", r"\\\1", s)


def _fence(text: str, info: str = "text") -> str:
    text = clean(text, multiline=True)
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{text}\n{fence}"


def _code(text: str) -> str:
    text = clean(text)
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    tick = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text else ""
    return f"{tick}{pad}{text}{pad}{tick}"


def export_markdown(session: dict[str, Any]) -> str:
    runs = _runs(session)
    out: list[str] = [f"# provtui session {_md_cell(session.get('id') or '')}", ""]
    facts = [("Created", session.get("created_at")),
             ("Targets", ", ".join(dict.fromkeys(str(r.get("target")) for r in runs))),
             ("MCP servers", ", ".join(session.get("mcp_servers") or []) or None),
             ("Parameters", json.dumps(session.get("params"), ensure_ascii=False)
              if session.get("params") else None)]
    for name, value in facts:
        if value:
            shown = _code(value) if name == "Parameters" else _md_cell(value)
            out.append(f"- **{name}:** {shown}")
    if session.get("recovered"):
        out.append("- **Recovered** from the journal after provtui stopped unexpectedly; runs "
                   "cut off are marked cancelled.")
    if session.get("simulated"):
        out.append("- **Simulated** (the embedded demo): no real provider was called.")
    out += ["", "## Prompt", "", _fence(session.get("prompt") or "")]
    if session.get("system"):
        out += ["", "### System", "", _fence(session["system"])]
    out += ["", "## Metrics", "",
            "| # | target | provider / model | status | TTFT s | total s | output tokens | "
            "tokens/s | words | findings | checks |",
            "|---:|---|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for i, r in enumerate(runs):
        m = r.get("metrics") or {}
        out.append("| " + " | ".join([
            str(i + 1), _md_cell(r.get("target") or "?"),
            _md_cell(f"{r.get('provider')} / {r.get('model')}"), _md_cell(r.get("status")),
            _num(m.get("ttft_s")), _num(m.get("total_s")), _md_cell(_tokens(m)),
            _num(m.get("tokens_per_s"), 1), _num(r.get("words")),
            str(len(r.get("findings") or [])), _checks_cell(r)]) + " |")
    out.append("")
    out.append("Output tokens with `~` are estimated (the provider sent no usage). tokens/s is "
               "the decode rate: output tokens over streaming time, waiting excluded.")
    summary = _summary_markdown(session)
    if summary:
        out += ["", "## Repeats and statistics", "", summary.rstrip()]
    out += ["", "## Runs"]
    for i, r in enumerate(runs):
        out += ["", f"### {_md_cell(_label(r, i))}: {_md_cell(r.get('status'))}", ""]
        out.append(f"- **Provider / model:** {_md_cell(r.get('provider'))} / "
                   f"{_md_cell(r.get('model'))}")
        served = _served_by(r)
        if served:
            out.append(f"- **Served by:** {_md_cell(served)}")
        err = r.get("error")
        if isinstance(err, dict):
            extra = f" (HTTP {err['http_status']})" if err.get("http_status") else ""
            out.append(f"- **Error:** {_md_cell(err.get('kind'))}{extra}: "
                       f"{_md_cell(err.get('message') or '')}")
        chain = tool_chain_text(r)
        out.append(f"- **Tool chain:** {_code(chain) if chain else 'no tool calls'}")
        if r.get("asked_user"):
            out.append("- **Ended with a question to the user** after its tool calls.")
        for c in r.get("checks") or []:
            mark = "✓" if c.get("passed") is True else "✗"
            out.append(f"- **Check {_md_cell(c.get('name'))}:** {mark} "
                       f"{_md_cell(c.get('detail') or '')}")
        out += ["", "#### Answer", "", _fence(r.get("text") or "")]
        if r.get("reasoning"):
            out += ["", "<details><summary>Reasoning</summary>", "",
                    _fence(r["reasoning"]), "", "</details>"]
        calls = [c for c in r.get("tool_calls") or [] if isinstance(c, dict)]
        if calls:
            out += ["", "#### Tool calls", ""]
            for n, c in enumerate(calls, 1):
                args = c.get("arguments")
                args_s = args if isinstance(args, str) else json.dumps(args, ensure_ascii=False)
                flags = []
                if c.get("arguments_valid") is False:
                    flags.append("invalid arguments")
                if c.get("is_error"):
                    flags.append("error")
                flag = f" ({', '.join(flags)})" if flags else ""
                out.append(f"{n}. {_code(str(c.get('name') or '?'))}{flag}, "
                           f"{_num(c.get('duration_s'), 3)} s, arguments {_code(args_s)}")
                res = c.get("result")
                if isinstance(res, str) and res:
                    shown = res[:TOOL_RESULT_PREVIEW]
                    more = (f"\n\n   _({len(res) - TOOL_RESULT_PREVIEW} more characters in the "
                            "JSON export)_") if len(res) > TOOL_RESULT_PREVIEW else ""
                    out += ["", "   " + _fence(shown).replace("\n", "\n   ") + more]
        findings = [f for f in r.get("findings") or [] if isinstance(f, dict)]
        if findings:
            out += ["", "#### Findings", ""]
            for f in findings:
                sug = f" → {_code(str(f['suggestion']))}" if f.get("suggestion") else ""
                out.append(f"- {_md_cell(f.get('kind'))} at {f.get('start')}–{f.get('end')}: "
                           f"{_code(str(f.get('text') or ''))}{sug}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------- HTML

_CSS = """
:root{--bg:#fff;--fg:#1d2330;--mute:#667085;--line:#d0d5dd;--ok:#12805c;--bad:#c0362c;
--warn:#b26b00;--acc:#3558c8;--box:#f4f6fa}
@media (prefers-color-scheme:dark){:root{--bg:#12151c;--fg:#e4e7ec;--mute:#98a2b3;
--line:#344054;--box:#1c2230;--acc:#7ea2ff}}
body{margin:0;padding:1.2rem;background:var(--bg);color:var(--fg);
font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif}
h1{font-size:1.3rem;margin:.2rem 0 .6rem}h2{font-size:1.05rem;margin:1.4rem 0 .5rem}
h3{font-size:1rem;margin:0 0 .3rem;word-break:break-word}h4{font-size:.9rem;margin:.8rem 0 .3rem}
pre{white-space:pre-wrap;word-break:break-word;background:var(--box);border:1px solid var(--line);
border-radius:6px;padding:.6rem;margin:.3rem 0;max-height:40rem;overflow:auto;
font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
table{border-collapse:collapse;font-size:.85rem}td,th{border:1px solid var(--line);
padding:.25rem .5rem;text-align:left;vertical-align:top}td.n{text-align:right}
.facts{color:var(--mute)}.runs{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(24rem,1fr);
gap:1rem;overflow-x:auto;padding-bottom:.5rem}
.run{border:1px solid var(--line);border-radius:8px;padding:.8rem;min-width:0}
.st-ok{color:var(--ok)}.st-error{color:var(--bad)}.st-cancelled{color:var(--warn)}
.muted{color:var(--mute)}.err{color:var(--bad)}svg{display:block;max-width:100%}
svg text{font:11px system-ui,sans-serif;fill:var(--fg)}details{margin:.3rem 0}
ul{margin:.2rem 0;padding-left:1.2rem}
"""


def _e(v: Any) -> str:
    return html.escape(clean("" if v is None else v, multiline=True), quote=True)


def _svg_tool_chain(run: dict[str, Any]) -> str:
    calls = [c for c in run.get("tool_calls") or [] if isinstance(c, dict)]
    if not calls:
        return '<p class="muted">no tool calls</p>'
    x, h, parts = 4, 30, []
    for n, c in enumerate(calls):
        name = str(c.get("name") or "?")
        shown = name if len(name) <= 24 else name[:23] + "…"
        w = 16 + 7 * len(shown)
        stroke = "var(--bad)" if c.get("is_error") else "var(--acc)"
        dash = ' stroke-dasharray="4 3"' if c.get("arguments_valid") is False else ""
        args = c.get("arguments")
        tip = f"{name}({args if isinstance(args, str) else json.dumps(args, ensure_ascii=False)})"
        parts.append(f'<g><title>{_e(tip[:500])}</title><rect x="{x}" y="4" width="{w}" '
                     f'height="{h - 8}" rx="5" fill="none" stroke="{stroke}"{dash}/>'
                     f'<text x="{x + w / 2:.0f}" y="{h / 2 + 4:.0f}" text-anchor="middle">'
                     f'{_e(shown)}</text></g>')
        x += w
        if n < len(calls) - 1:
            parts.append(f'<path d="M{x + 3} {h / 2:.0f}h14m-5 -4l5 4l-5 4" fill="none" '
                         f'stroke="var(--mute)"/>')
            x += 20
    return (f'<svg role="img" aria-label="tool chain" width="{x + 4}" height="{h}" '
            f'viewBox="0 0 {x + 4} {h}">{"".join(parts)}</svg>')


def _svg_bars(title: str, rows: list[tuple[str, float | None]], unit: str) -> str:
    vals = [v for _, v in rows if isinstance(v, (int, float))]
    if not vals:
        return ""
    top = max(vals) or 1.0
    label_w, bar_w, row_h = 190, 260, 18
    height = 20 + row_h * len(rows)
    parts = [f'<text x="0" y="13" font-weight="bold">{_e(title)}</text>']
    for n, (name, v) in enumerate(rows):
        y = 20 + n * row_h
        shown = name if len(name) <= 28 else name[:27] + "…"
        parts.append(f'<text x="0" y="{y + 12}">{_e(shown)}</text>')
        if isinstance(v, (int, float)):
            w = max(1.0, bar_w * v / top)
            parts.append(f'<rect x="{label_w}" y="{y + 2}" width="{w:.1f}" height="{row_h - 6}" '
                         f'fill="var(--acc)" opacity=".75"/>'
                         f'<text x="{label_w + w + 4:.1f}" y="{y + 12}">{_e(_num(v))} '
                         f'{_e(unit)}</text>')
        else:
            parts.append(f'<text x="{label_w}" y="{y + 12}" class="muted">–</text>')
    width = label_w + bar_w + 90
    return (f'<svg role="img" aria-label="{_e(title)}" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}">{"".join(parts)}</svg>')


def _svg_arrivals(run: dict[str, Any]) -> str:
    """Cumulative characters over time per channel: where a stream stalled or burst."""
    timeline = [e for e in run.get("timeline") or [] if isinstance(e, list) and len(e) >= 3]
    if len(timeline) < 2:
        return ""
    end = max(float(e[0]) for e in timeline) or 1.0
    total = sum(int(e[2]) for e in timeline) or 1
    w, h = 300, 60
    step = max(1, len(timeline) // 300)
    acc, pts = 0, ["0,%d" % h]
    for k, e in enumerate(timeline):
        acc += int(e[2])
        if k % step == 0 or k == len(timeline) - 1:
            pts.append(f"{w * float(e[0]) / end:.1f},{h - h * acc / total:.1f}")
    return (f'<svg role="img" aria-label="arrivals" width="{w}" height="{h + 14}" '
            f'viewBox="0 0 {w} {h + 14}"><polyline points="{" ".join(pts)}" fill="none" '
            f'stroke="var(--acc)"/><text x="0" y="{h + 12}">0 s</text>'
            f'<text x="{w}" y="{h + 12}" text-anchor="end">{end:.2f} s, {total} chars</text></svg>')


def export_html(session: dict[str, Any]) -> str:
    runs = _runs(session)
    sid = str(session.get("id") or "")
    b: list[str] = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
                    '<meta name="viewport" content="width=device-width, initial-scale=1">',
                    f"<title>provtui session {_e(sid)}</title><style>{_CSS}</style></head><body>",
                    f"<h1>provtui session {_e(sid)}</h1>", '<p class="facts">']
    facts = [f"created {_e(session.get('created_at'))}"]
    if session.get("mcp_servers"):
        facts.append("MCP servers: " + _e(", ".join(session["mcp_servers"])))
    if session.get("params"):
        facts.append("parameters: " + _e(json.dumps(session["params"], ensure_ascii=False)))
    if session.get("recovered"):
        facts.append("<strong>recovered</strong> from the journal after provtui stopped")
    if session.get("simulated"):
        facts.append("<strong>simulated</strong> (embedded demo)")
    b.append(" · ".join(facts) + "</p>")
    b.append(f"<h2>Prompt</h2><pre>{_e(session.get('prompt') or '')}</pre>")
    if session.get("system"):
        b.append(f"<h2>System</h2><pre>{_e(session['system'])}</pre>")

    b.append("<h2>Metrics</h2><table><tr><th>#</th><th>target</th><th>provider / model</th>"
             "<th>status</th><th>TTFT s</th><th>total s</th><th>output tokens</th>"
             "<th>tokens/s</th><th>words</th><th>findings</th><th>checks</th></tr>")
    for i, r in enumerate(runs):
        m = r.get("metrics") or {}
        st = str(r.get("status"))
        b.append(f"<tr><td class=n>{i + 1}</td><td>{_e(r.get('target'))}</td>"
                 f"<td>{_e(r.get('provider'))} / {_e(r.get('model'))}</td>"
                 f'<td class="st-{_e(st)}">{_e(st)}</td><td class=n>{_e(_num(m.get("ttft_s")))}</td>'
                 f"<td class=n>{_e(_num(m.get('total_s')))}</td><td class=n>{_e(_tokens(m))}</td>"
                 f"<td class=n>{_e(_num(m.get('tokens_per_s'), 1))}</td>"
                 f"<td class=n>{_e(_num(r.get('words')))}</td>"
                 f"<td class=n>{len(r.get('findings') or [])}</td>"
                 f"<td class=n>{_e(_checks_cell(r))}</td></tr>")
    b.append("</table><p class=muted>~ marks estimated token counts; tokens/s is the decode "
             "rate (output tokens over streaming time, waiting excluded).</p>")
    labels = [_label(r, i) for i, r in enumerate(runs)]
    for title, key, unit in (("Time to first token", "ttft_s", "s"), ("Total time", "total_s", "s"),
                             ("Decode rate", "tokens_per_s", "tok/s"),
                             ("Output tokens", "output_tokens", "")):
        b.append(_svg_bars(title, [(labels[i], (r.get("metrics") or {}).get(key))
                                   for i, r in enumerate(runs)], unit))
    summary = _summary_html(session)
    if summary:
        b.append(f"<h2>Repeats and statistics</h2>{summary}")

    b.append('<h2>Runs</h2><div class="runs">')
    for i, r in enumerate(runs):
        st = str(r.get("status"))
        b.append(f'<div class="run"><h3>{_e(_label(r, i))} '
                 f'<span class="st-{_e(st)}">{_e(st)}</span></h3>'
                 f'<div class="muted">{_e(r.get("provider"))} / {_e(r.get("model"))}')
        served = _served_by(r)
        if served:
            b.append(f" · served by {_e(served)}")
        b.append("</div>")
        err = r.get("error")
        if isinstance(err, dict):
            code = f" (HTTP {_e(err['http_status'])})" if err.get("http_status") else ""
            b.append(f'<p class="err">{_e(err.get("kind"))}{code}: {_e(err.get("message"))}</p>')
        b.append(f"<h4>Tool chain</h4>{_svg_tool_chain(r)}")
        if tool_chain_text(r):
            b.append(f'<div class="muted">{_e(tool_chain_text(r))}</div>')
        arrivals = _svg_arrivals(r)
        if arrivals:
            b.append(f"<h4>Arrivals</h4>{arrivals}")
        checks = [c for c in r.get("checks") or [] if isinstance(c, dict)]
        if checks:
            b.append("<h4>Checks</h4><ul>")
            for c in checks:
                ok = c.get("passed") is True
                b.append(f'<li class="{"st-ok" if ok else "st-error"}">{"✓" if ok else "✗"} '
                         f'{_e(c.get("name"))}: {_e(c.get("detail"))}</li>')
            b.append("</ul>")
        b.append(f"<h4>Answer</h4><pre>{_e(r.get('text') or '')}</pre>")
        if r.get("reasoning"):
            b.append(f"<details><summary>Reasoning</summary><pre>{_e(r['reasoning'])}</pre>"
                     "</details>")
        calls = [c for c in r.get("tool_calls") or [] if isinstance(c, dict)]
        if calls:
            b.append("<details><summary>Tool calls</summary><ol>")
            for c in calls:
                args = c.get("arguments")
                args_s = args if isinstance(args, str) else json.dumps(args, ensure_ascii=False)
                res = c.get("result") if isinstance(c.get("result"), str) else ""
                cls = ' class="err"' if c.get("is_error") else ""
                b.append(f"<li><b{cls}>{_e(c.get('name'))}</b> "
                         f"<span class=muted>{_e(_num(c.get('duration_s'), 3))} s</span>"
                         f"<pre>{_e(args_s)}</pre><pre>{_e(res[:TOOL_RESULT_PREVIEW])}</pre></li>")
            b.append("</ol></details>")
        findings = [f for f in r.get("findings") or [] if isinstance(f, dict)]
        if findings:
            b.append("<h4>Findings</h4><ul>")
            for f in findings:
                sug = f" → {_e(f['suggestion'])}" if f.get("suggestion") else ""
                b.append(f"<li>{_e(f.get('kind'))} at {_e(f.get('start'))}–{_e(f.get('end'))}: "
                         f"<code>{_e(f.get('text'))}</code>{sug}</li>")
            b.append("</ul>")
        b.append("</div>")
    b.append("</div></body></html>")
    return "\n".join(b) + "\n"


# ---------------------------------------------------------------------------- JSON


def export_json(session: dict[str, Any]) -> str:
    # default=: a just-recorded session may hold its timelines as views of the recorder's arrays
    text = json.dumps(session, ensure_ascii=False, indent=2, default=json_default)
    if _SURROGATE.search(text):  # keep lone surrogates exact, as JSON escapes
        text = json.dumps(session, ensure_ascii=True, indent=2, default=json_default)
    return _json_safe(text) + "\n"


# ---------------------------------------------------------------------------- bundle


def _safe_name(s: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", s).strip("._")[:60] or "run"


def _curl(url: str | None, request_file: str) -> str:
    target = shlex.quote(url) if url else '"${BASE_URL:?set BASE_URL to the provider base, e.g. https://host/v1}/chat/completions"'
    return ("#!/bin/sh\n"
            "# Re-sends the request provtui sent (the body is request.json beside this file).\n"
            "# Set your key first:   export API_KEY=...   (it is never stored by provtui)\n"
            'cd "$(dirname "$0")" || exit 1\n'
            f"curl -sS -N {target} \\\n"
            "  -H 'Content-Type: application/json' \\\n"
            "  -H 'Accept: text/event-stream' \\\n"
            '  -H "Authorization: Bearer $API_KEY" \\\n'
            f"  --data-binary @{shlex.quote(request_file)}\n")


def export_bundle(session: dict[str, Any], directory: str | os.PathLike[str]) -> list[Path]:
    """A folder per run, each self-contained for a provider's bug tracker, plus the session
    JSON and a README at the top.  Returns every file written."""
    secrets = known_secrets()
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def put(path: Path, text: str, *, exact: bool = False) -> None:
        # every text file is cleaned of terminal controls (someone will `cat` it); JSON files
        # are exact, their C1 characters escaped
        text = text if exact else clean(text, multiline=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_writable(redact_text(text, secrets)), encoding="utf-8", newline="\n")
        written.append(path)

    def put_bytes(path: Path, latin1: str) -> None:
        # raw stream bytes were kept as latin-1 text; writing them back gives the exact bytes
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(redact_text(latin1, secrets).encode("latin-1", errors="replace"))
        written.append(path)

    def dump(v: Any) -> str:
        return _json_safe(json.dumps(redact(v, secrets), ensure_ascii=False, indent=2)) + "\n"

    runs = _runs(session)
    sid = str(session.get("id") or "session")
    index_lines = []
    for i, r in enumerate(runs):
        folder = root / f"{i + 1:02d}-{_safe_name(str(r.get('target') or 'run'))}" \
                        f"-r{(r.get('repeat_index') or 0) + 1}"
        turns = [t for t in r.get("turns") or [] if isinstance(t, dict)]
        last = turns[-1] if turns else {}
        put(folder / "request.json", exact=True, text=dump(last.get("request") or {}))
        put(folder / "curl.sh", _curl(last.get("url"), "request.json"), exact=True)
        os.chmod(folder / "curl.sh", 0o755)
        put(folder / "response_headers.json", exact=True,
            text=dump({"http_status": last.get("http_status"),
                       "headers": last.get("response_headers") or {}}))
        put(folder / "text.txt", r.get("text") or "")
        put(folder / "reasoning.txt", r.get("reasoning") or "")
        put(folder / "metrics.json", exact=True, text=dump({
            "target": r.get("target"), "provider": r.get("provider"), "model": r.get("model"),
            "repeat_index": r.get("repeat_index"), "status": r.get("status"),
            "error": r.get("error"), "metrics": r.get("metrics"), "words": r.get("words"),
            "findings": r.get("findings"), "checks": r.get("checks"),
            "served_by": _served_by(r), "response_model": last.get("response_model"),
            "system_fingerprint": last.get("system_fingerprint"),
            "finish_reason": last.get("finish_reason"), "finish_reasons": last.get("finish_reasons"),
            "extra": last.get("extra"), "attempts": len(r.get("attempts") or []),
            "notices": r.get("notices")}))
        if r.get("tool_calls"):
            put(folder / "tool_calls.json", exact=True, text=dump(r["tool_calls"]))
        if last.get("raw_stream"):
            put_bytes(folder / "response_stream.txt", last["raw_stream"])
        for n, t in enumerate(turns):
            if len(turns) > 1:
                put(folder / "turns" / f"turn-{n + 1}-request.json", exact=True,
                    text=dump(t.get("request") or {}))
                put(folder / "turns" / f"turn-{n + 1}-response_headers.json", exact=True,
                    text=dump({"http_status": t.get("http_status"),
                               "headers": t.get("response_headers") or {}}))
                if t.get("raw_stream"):
                    put_bytes(folder / "turns" / f"turn-{n + 1}-response_stream.txt",
                              t["raw_stream"])
        err = r.get("error") if isinstance(r.get("error"), dict) else None
        lines = [
            f"provtui run: {r.get('target')} ({r.get('provider')} / {r.get('model')}), "
            f"repeat {(r.get('repeat_index') or 0) + 1}",
            f"session {sid}, created {session.get('created_at')}",
            f"status: {r.get('status')}" + (f" ({err.get('kind')}: {err.get('message')})"
                                              if err else ""),
            f"served by: {_served_by(r) or 'not reported'}",
            f"model turns: {len(turns)}; tool chain: {tool_chain_text(r) or 'none'}",
            "",
            "Files:",
            "  curl.sh                re-sends the last request (export API_KEY=... first)",
            "  request.json           the JSON body provtui sent for the last model turn",
            "  response_headers.json  HTTP status and response headers (credentials removed)",
            "  response_stream.txt    the raw response bytes as received (first part)"
            if last.get("raw_stream") else "  (no raw response bytes were kept)",
            "  text.txt               the answer text (terminal control characters removed;"
            " session.json has it exactly)",
            "  reasoning.txt          the reasoning text, every turn",
            "  metrics.json           status, error, timings, tokens, findings, checks",
        ]
        if r.get("tool_calls"):
            lines.append("  tool_calls.json        every tool call with arguments and results")
        if len(turns) > 1:
            lines.append("  turns/                 request, headers and raw bytes of every turn")
        lines += ["", "Timings: time to first token is measured from sending the request to the "
                  "first non-empty token; tokens/s is output tokens over streaming time.",
                  "No API key is included anywhere in this folder."]
        put(folder / "README.txt", "\n".join(lines) + "\n")
        index_lines.append(f"  {folder.name}/  {r.get('status')}")
    put(root / "session.json", export_json(session), exact=True)
    put(root / "README.txt", "\n".join([
        f"provtui session {sid}, created {session.get('created_at')}",
        "",
        "Each folder below is one run (a target, and a repeat when there were several) and",
        "stands alone: attach the folder of the provider concerned to its bug report.",
        "session.json holds the whole comparison (every run) for provtui",
        "(`provtui sessions show session.json`).",
        "",
        *index_lines,
    ]) + "\n")
    return written


# ---------------------------------------------------------------------------- front door


def default_output(session: dict[str, Any], fmt: str, cwd: Path | None = None) -> Path:
    # the id is file content: only a plain file-name component may become part of a path
    sid = session.get("id")
    sid = sid if valid_id(sid) else _safe_name(str(sid or "session"))
    base = cwd or Path.cwd()
    return base / (f"{sid}-bundle" if fmt == "bundle" else f"{sid}.{fmt}")


def export_session(session: dict[str, Any], fmt: str,
                   output: str | os.PathLike[str] | None = None) -> Path:
    """Write ``session`` as ``fmt`` (md | html | json | bundle) to ``output`` (default
    ``./ID.md``, ``./ID.html``, ``./ID.json`` or ``./ID-bundle/``); returns the path."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    path = Path(output).expanduser() if output else default_output(session, fmt)
    if fmt == "bundle":
        export_bundle(session, path)
        return path
    text = {"md": export_markdown, "html": export_html, "json": export_json}[fmt](session)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_writable(redact_text(text, known_secrets())), encoding="utf-8",
                    newline="\n")
    return path
