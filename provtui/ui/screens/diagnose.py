"""The latest diagnosis (``provtui diagnose``) on screen: the same tables as on stderr, then
the tool-call failures kept for inspection.  Opened from the palette: "diagnose: show latest".

The text comes from ``provtui.diagnose.table`` (plain text, already one printable line per
cell) and is drawn as ``rich.text.Text`` through ``visible`` (never as markup), so a provider's
hostile answer cannot style or break the screen.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from provtui.ui.safe import visible

__all__ = ["DiagnoseScreen"]

_FAILURES_SHOWN = 20


def _failures(diagnosis: dict[str, Any]) -> str:
    tools = (diagnosis.get("checks") or {}).get("tools") or {}
    lines: list[str] = []
    for target, res in tools.items():
        for f in (res or {}).get("failures") or []:
            if len(lines) >= _FAILURES_SHOWN * 3:
                break
            raw = json.dumps(f.get("raw_tool_calls"), ensure_ascii=False)[:400]
            lines.append(f"{target} · {f.get('task')}: {f.get('problem')}")
            lines.append(f"    raw tool calls: {raw}")
            if f.get("text"):
                lines.append(f"    text: {str(f['text'])[:200]}")
    return "\n".join(lines)


class DiagnoseScreen(Screen[None]):
    BINDINGS = [Binding("escape,q", "close", "Back", id="diagnose.close")]

    def __init__(self, diagnosis: dict[str, Any] | None = None) -> None:
        super().__init__()
        self.diagnosis = diagnosis

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="diagnose-body"):
            yield Static(self._title(), id="diagnose-title")
            if self.diagnosis is None:
                yield Static(Text("No diagnosis saved yet. Run `provtui diagnose -t A -t B` "
                                  "to measure why targets differ.", style="dim"),
                             id="diagnose-empty")
            else:
                from provtui.diagnose.table import format_diagnosis

                yield Static(Text(visible(format_diagnosis(self.diagnosis))),
                             id="diagnose-tables")
                failures = _failures(self.diagnosis)
                if failures:
                    body = Text("Tool-call failures (request and raw call in the file)\n",
                                style="bold")
                    body.append(visible(failures))
                    yield Static(body, id="diagnose-failures")
        yield Footer()

    def _title(self) -> Text:
        title = Text("Diagnosis", style="bold")
        d = self.diagnosis
        if d:
            title.append(f"  {visible(str(d.get('id')))} · {visible(str(d.get('created_at')))}"
                         f" · {visible(', '.join(str(t) for t in d.get('targets') or []))}",
                         style="dim")
            if d.get("path"):
                title.append(f"\n{visible(str(d['path']))}", style="dim")
        return title

    def action_close(self) -> None:
        self.dismiss(None)


# ---------------------------------------------------------------------------- picker


def diagnosis_label(entry: dict[str, Any]) -> str:
    targets = ", ".join(visible(str(t)) for t in entry.get("targets") or [])
    checks = ", ".join(visible(str(c)) for c in entry.get("checks") or [])
    return (f"diagnosis {visible(str(entry.get('id')))} — {targets} "
            f"({checks}; {visible(str(entry.get('created_at') or '?'))})")[:160]


class DiagnosisPicker(ModalScreen[str | None]):
    """Saved diagnoses, newest first (from the sessions browser: ctrl+g)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="diagnoses.cancel")]
    DEFAULT_CSS = """
    DiagnosisPicker { align: center middle; }
    DiagnosisPicker > #picker { width: 90%; max-width: 120; height: auto; max-height: 80%;
        border: round $primary; background: $surface; padding: 0 1; }
    DiagnosisPicker OptionList { height: auto; max-height: 20; }
    """

    def __init__(self, entries: list[dict[str, Any]]) -> None:
        super().__init__()
        self.entries = entries

    def compose(self) -> ComposeResult:
        from textual.containers import Vertical

        with Vertical(id="picker"):
            yield Static(Text("Saved diagnoses (newest first); enter opens one", style="bold"))
            if self.entries:
                yield OptionList(*[Option(Text(diagnosis_label(e)), id=str(i))
                                   for i, e in enumerate(self.entries)])
            else:
                yield Static(Text("No diagnosis saved yet: provtui diagnose -t A -t B",
                                  style="italic"))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(str(self.entries[int(event.option.id or 0)]["path"]))

    def action_cancel(self) -> None:
        self.dismiss(None)


def choose_diagnosis(app: Any) -> None:
    """Pick a saved diagnosis and open it."""
    async def go() -> None:
        from provtui.diagnose.store import list_diagnoses, load_diagnosis

        try:
            entries = await asyncio.to_thread(list_diagnoses)
        except Exception:  # noqa: BLE001 - a broken folder must not break the browser
            entries = []

        def chosen(path: str | None) -> None:
            if not path:
                return
            try:
                diagnosis = load_diagnosis(path)
            except Exception as exc:  # noqa: BLE001 - one line, never a crash
                app.notify(visible(str(exc)), severity="error", timeout=8)
                return
            app.push_screen(DiagnoseScreen(diagnosis))

        await app.push_screen(DiagnosisPicker(entries[:200]), callback=chosen)

    app.run_worker(go(), group="diagnoses", exit_on_error=False)
