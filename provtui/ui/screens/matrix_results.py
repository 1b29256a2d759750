"""Saved suite results from the TUI: a palette provider ("suite: open RESULT — suite") and a
picker (from the palette's "suite: open result…" and the sessions browser's ``u``), each
opening the result read-only in the matrix (provtui.ui.screens.matrix)."""

from __future__ import annotations

import asyncio
from functools import partial
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from provtui.ui.safe import visible

__all__ = ["SuiteResultsProvider", "SuiteResultPicker", "choose_suite_result", "result_label"]

_MAX = 200


def result_label(entry: dict[str, Any]) -> str:
    suite = entry.get("suite")
    name = suite.get("name") if isinstance(suite, dict) else suite
    targets = ", ".join(visible(str(t)) for t in entry.get("targets") or [])
    return (f"suite: open {visible(str(entry.get('id')))} — {visible(str(name or '?'))} "
            f"({visible(str(entry.get('status') or '?'))}; {targets})")[:160]


async def _entries() -> list[dict[str, Any]]:
    from provtui.suite.result import list_results

    try:
        return (await asyncio.to_thread(list_results))[:_MAX]
    except Exception:  # noqa: BLE001 - a broken results folder must not break the palette
        return []


def _open(app: Any, id_or_path: str) -> None:
    from provtui.ui.screens.matrix import open_result

    open_result(app, id_or_path)


class SuiteResultsProvider(Provider):
    async def startup(self) -> None:
        self._entries = await _entries()

    async def discover(self) -> Hits:
        for e in getattr(self, "_entries", [])[:10]:
            yield DiscoveryHit(Text(result_label(e)), partial(_open, self.app, str(e["path"])),
                               help=str(e.get("created_at", "")))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for e in getattr(self, "_entries", []):
            label = result_label(e)
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, matcher.highlight(label), partial(_open, self.app,
                                                                   str(e["path"])),
                          help=str(e.get("created_at", "")))


class SuiteResultPicker(ModalScreen[str | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="suite_results.cancel")]
    DEFAULT_CSS = """
    SuiteResultPicker { align: center middle; }
    SuiteResultPicker > #picker { width: 90%; max-width: 120; height: auto; max-height: 80%;
        border: round $primary; background: $surface; padding: 0 1; }
    SuiteResultPicker OptionList { height: auto; max-height: 20; }
    """

    def __init__(self, entries: list[dict[str, Any]]) -> None:
        super().__init__()
        self.entries = entries

    def compose(self) -> ComposeResult:
        from textual.containers import Vertical

        with Vertical(id="picker"):
            yield Static(Text("Saved suite results (newest first); enter opens one read-only",
                              style="bold"))
            if self.entries:
                yield OptionList(*[Option(Text(result_label(e)), id=str(i))
                                   for i, e in enumerate(self.entries)])
            else:
                yield Static(Text("No saved suite results yet: provtui suite run SUITE -t ... "
                                  "or provtui demo --suite", style="italic"))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(str(self.entries[int(event.option.id or 0)]["path"]))

    def action_cancel(self) -> None:
        self.dismiss(None)


def choose_suite_result(app: Any) -> None:
    async def go() -> None:
        entries = await _entries()

        def chosen(path: str | None) -> None:
            if path:
                _open(app, path)

        await app.push_screen(SuiteResultPicker(entries), callback=chosen)

    app.run_worker(go(), group="suite-results", exit_on_error=False)
