"""The palette's "diagnose: show latest" opens the newest saved diagnosis; hostile provider
text in it is drawn as plain text (no markup, no escape sequences)."""

from __future__ import annotations

from ui_helpers import make_config
from textual.widgets import Static

from provtui.diagnose import store
from provtui.ui.app import ProvtuiApp
from provtui.ui.commands import SessionsProvider
from provtui.ui.screens.diagnose import DiagnoseScreen

SIZE = (160, 45)


def _diagnosis(did: str) -> dict:
    return {"format": "provtui-diagnosis", "version": 1, "id": did, "created_at": "2026-12-06",
            "targets": ["a", "b[bold]"],
            "checks": {
                "context": {"a": {"supported": True, "accepted_tokens": 2040, "declared": 2048,
                                  "behaviour": "error", "method": "search"},
                            "b[bold]": {"supported": True, "accepted_tokens": 3060,
                                        "behaviour": "error"}},
                "tools": {"a": {"supported": True, "called_when_expected": 0.5,
                                "failures": [{"task": "nested", "problem": "schema: bad",
                                              "raw_tool_calls": [{"function": {
                                                  "name": "x\x1b[31m", "arguments": "{"}}],
                                              "text": "[red]hostile[/red]\x1b]0;t\x07"}]},
                          "b[bold]": {"supported": False, "reason": "tools rejected"}}},
            "summary": [{"targets": ["a", "b[bold]"], "likely_causes": [
                {"check": "context", "strength": "strong", "evidence": "limits differ"}]}]}


async def test_palette_opens_the_latest_diagnosis() -> None:
    store.save_diagnosis(_diagnosis("20260101-000000-aaaa"))
    store.save_diagnosis(_diagnosis("20260102-000000-bbbb"))
    app = ProvtuiApp(config=make_config(None), targets=[], mcp_servers=[], prompt="")
    async with app.run_test(size=SIZE) as pilot:
        provider = SessionsProvider(app.screen)
        await provider.startup()
        hits = [h async for h in provider.search("diagnose")]
        assert hits and "diagnose: show latest" in str(hits[0].text)
        await hits[0].command()
        await pilot.pause(0.2)
        screen = app.screen
        assert isinstance(screen, DiagnoseScreen)
        assert screen.diagnosis["id"] == "20260102-000000-bbbb"
        tables = str(screen.query_one("#diagnose-tables", Static).render())
        assert "accepted tokens" in tables and "2040" in tables and "unsupported" in tables
        failures = str(screen.query_one("#diagnose-failures", Static).render())
        assert "[red]hostile[/red]" in failures  # shown as text, not applied as markup
        assert "\x1b" not in failures and "\x07" not in failures
        await pilot.press("escape")
        await pilot.pause(0.1)
        assert not isinstance(app.screen, DiagnoseScreen)


async def test_no_diagnosis_yet_says_how_to_make_one() -> None:
    app = ProvtuiApp(config=make_config(None), targets=[], mcp_servers=[], prompt="")
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(DiagnoseScreen(None))
        await pilot.pause(0.1)
        text = str(app.screen.query_one("#diagnose-empty", Static).render())
        assert "provtui diagnose" in text


async def test_the_sessions_browser_lists_diagnoses_beside_sessions() -> None:
    import time

    from provtui.ui.screens.sessions import SessionsScreen

    store.save_diagnosis(_diagnosis("20260103-000000-cccc"))
    app = ProvtuiApp(config=make_config(None), targets=[], mcp_servers=[], prompt="")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+s")
        deadline = time.monotonic() + 30
        while not (isinstance(app.screen, SessionsScreen) and not app.screen.listing):
            assert time.monotonic() < deadline
            await pilot.pause(0.05)
        await pilot.press("ctrl+g")
        while type(app.screen).__name__ != "DiagnosisPicker":
            assert time.monotonic() < deadline
            await pilot.pause(0.05)
        await pilot.pause(0.1)
        assert "20260103-000000-cccc" in str(app.screen.query_one("OptionList").get_option_at_index(0).prompt)
        await pilot.press("enter")
        while not isinstance(app.screen, DiagnoseScreen):
            assert time.monotonic() < deadline
            await pilot.pause(0.05)
        assert "2040" in str(app.screen.query_one("#diagnose-tables", Static).render())
        await pilot.press("escape")
        while not isinstance(app.screen, SessionsScreen):
            assert time.monotonic() < deadline
            await pilot.pause(0.05)
