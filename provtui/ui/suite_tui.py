"""The TUI opened on a suite's live matrix (``provtui --suite``, ``provtui demo --suite``)."""


from typing import Any




from provtui.ui.app import ProvtuiApp


def suite_app(plan: Any, *, concurrency: int = 4, send: bool = True, demo: bool = False,
              output: str | None = None,
              missing_keys: dict[str, str] | None = None) -> ProvtuiApp:
    """The app opened on a suite's live matrix (what ``run_suite_tui`` runs; tests drive it)."""
    from provtui.ui.screens.matrix import MatrixScreen

    matrix = MatrixScreen(plan=plan, concurrency=concurrency, send=send, output=output)
    return ProvtuiApp(config=plan.config, targets=plan.targets, mcp_servers=plan.mcp_servers,
                      prompt=None, send=False, system=plan.system, max_steps=plan.max_steps,
                      repeat=plan.repeat, params=plan.params, check_specs=[], demo=demo,
                      missing_keys=missing_keys, start_screen=matrix)


def run_suite_tui(plan: Any, *, concurrency: int = 4, send: bool = True, demo: bool = False,
                  output: str | None = None, missing_keys: dict[str, str] | None = None) -> int:
    """The TUI opened on a suite's live matrix (``provtui --suite SUITE``, ``provtui demo
    --suite``)."""
    import sys

    app = suite_app(plan, concurrency=concurrency, send=send, demo=demo, output=output,
                    missing_keys=missing_keys)
    app.run()
    runner = getattr(app.start_screen, "runner", None)
    result = getattr(runner, "result", None) or {}
    if result.get("id"):
        sys.stderr.write(f"provtui: saved suite result {result['id']} ({result.get('status')}) "
                         f"to {result.get('path') or getattr(runner, 'path', '')}\n")
        if result.get("status") == "partial":
            suite = plan.suite.path or plan.suite.name
            sys.stderr.write(f"provtui: resume with provtui suite run {suite} "
                             f"--resume {result['id']}\n")
    return app.return_code or 0
