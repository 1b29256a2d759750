"""`provtui suite run|list|show|export`: arguments in, files and exit codes out.

Called by provtui/cli.py (which owns argument parsing and target resolution); errors the user
must fix are raised as ``UsageError``-like exceptions carrying one line.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import signal
import sys
from pathlib import Path
from typing import Any, TextIO

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class SuiteUsageError(Exception):
    """One line for the user; exit 2, nothing sent."""


def _load_suite(name: str, config: Any) -> Any:
    from provtui.suite.spec import SuiteError, load_suite

    try:
        return load_suite(name, config)
    except SuiteError as exc:
        raise SuiteUsageError(str(exc)) from None


def _load_result(id_or_path: str) -> dict:
    from provtui.suite.result import ResultError, load_result

    try:
        return load_result(id_or_path)
    except ResultError as exc:
        raise SuiteUsageError(str(exc)) from None


def cmd_run(args: Any, resolved: dict, *, err: TextIO | None = None,
            out: TextIO | None = None) -> int:
    from provtui.core.config import ConfigError, missing_key_vars, resolve_target
    from provtui.core.summary_text import clean
    from provtui.suite.plan import SuitePlan
    from provtui.suite.runner import SuiteRunner
    from provtui.suite.result import ResultError
    from provtui.suite.spec import SuiteError

    err = err or sys.stderr
    out = out or sys.stdout
    if args.concurrency < 1:
        raise SuiteUsageError("--concurrency needs a number >= 1")
    if args.budget is not None and args.budget < 0:
        raise SuiteUsageError("--budget needs an amount in USD >= 0, e.g. --budget 5")
    if getattr(args, "expect_words", None) is not None or getattr(args, "expect_tools", None):
        raise SuiteUsageError("--expect-words/--expect-tools do not apply to suites: each case "
                              "brings its checks; add them to the suite file")
    if getattr(args, "tool_replay", None):
        raise SuiteUsageError("--tool-replay does not apply to suites")
    config = resolved["config"]
    suite = _load_suite(args.suite, config)
    old = None
    targets = resolved["targets"]
    if args.resume:
        old = _load_result(args.resume)
        if not args.target:
            try:
                targets = [resolve_target(t, config) for t in old.get("targets") or []]
            except ConfigError as exc:
                raise SuiteUsageError(f"--resume {args.resume}: {exc}; give the targets with "
                                      "-t") from None
        if (old.get("suite") or {}).get("sha256") != suite.sha256:
            err.write("provtui: note: the suite file changed since that result; edited cases "
                      "run again\n")
    if not targets:
        known = ", ".join(config.targets) or "none in the config"
        raise SuiteUsageError(f"no target given: add -t NAME (config targets: {known}) or "
                              "-t PROVIDER:MODEL")
    missing = missing_key_vars(targets)
    if missing:
        raise SuiteUsageError("missing API key variable(s): " + ", ".join(
            f"{t}: set {v}" for t, v in missing.items()))
    plan = SuitePlan(suite=suite, targets=targets, config=config, repeat=args.repeat,
                     params=resolved["params"], system=args.system, max_steps=args.max_steps,
                     mcp_servers=resolved["mcp_servers"])
    try:
        runner = SuiteRunner(plan, result_path=None, resume=old, concurrency=args.concurrency,
                             budget_usd=args.budget,
                             allow_unsandboxed_code=args.allow_unsandboxed_code)
        runner.prepare()
    except (SuiteError, ResultError) as exc:
        raise SuiteUsageError(str(exc)) from None
    _warn_judges(suite, targets, err)
    if args.budget is not None:
        from provtui.suite.cost import prices_of

        for t in targets:
            if None in prices_of(t):
                err.write(f"provtui: warning: {clean(t.name)} has no price_in_per_mtok/"
                          "price_out_per_mtok: only a usage.cost its provider sends counts "
                          "toward --budget\n")

    from provtui.core.session import recover_journals

    for path in recover_journals():
        err.write(f"provtui: recovered an interrupted session into {path}\n")
    n_cells = len(runner.cells)
    err.write(f"provtui: suite {clean(suite.name)}: {len(suite.cases)} case(s) x "
              f"{len(targets)} target(s) = {n_cells} cell(s), concurrency {args.concurrency}"
              + (f", budget ${args.budget:g}" if args.budget is not None else "") + "\n")
    result, path = run_and_report(runner, err)
    if runner.stopped == "budget":
        err.write(f"provtui: budget reached (${runner.spent_usd:.4f} spent of "
                  f"${args.budget:g}); resume with --resume {result['id']}\n")
    elif runner.stopped == "cancelled":
        err.write(f"provtui: interrupted; resume with --resume {result['id']}\n")
    err.write(f"provtui: saved suite result {result['id']} to {path}\n")
    if args.output:
        dest = Path(args.output).expanduser()
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, dest)
        err.write(f"provtui: copy written to {dest}\n")
    if args.json:
        with open(path, encoding="utf-8") as fh:
            shutil.copyfileobj(fh, out)
        out.flush()
    return EXIT_INTERRUPTED if runner.stopped == "cancelled" else EXIT_OK


def _warn_judges(suite: Any, targets: list, err: TextIO) -> None:
    """A judge that is also under test grades its own answers: say so (not an error)."""
    from provtui.core.summary_text import clean

    names = {t.name for t in targets}
    judges = {c.get("target") for case in suite.cases for c in case.checks
              if c.get("kind") == "judge"}
    for j in sorted(str(j) for j in judges & names):
        err.write(f"provtui: warning: judge target {clean(j)} is also under test; it grades its "
                  "own answers\n")


def run_and_report(runner: Any, err: TextIO) -> tuple[dict, Path]:
    """Run a suite with its progress on ``err`` (a live table on a terminal, plain lines
    otherwise), then print the study's table and the comparisons.  Ctrl-C ends it with a
    partial result.  Returns the result and its path."""
    from provtui.ui.suite_progress import make_progress
    from provtui.suite.table import comparison_lines, format_plain

    progress = make_progress(err)
    try:
        asyncio.run(_drive(runner, progress))
    except KeyboardInterrupt:
        pass
    finally:
        progress.close()
    result = runner.result
    path = Path(result.get("path") or runner.path)
    err.write("\n" + format_plain(result))
    for line in comparison_lines(result):
        err.write(f"  {line}\n")
    return result, path


async def _drive(runner: Any, progress: Any) -> None:
    loop = asyncio.get_running_loop()
    interrupted = False

    def on_sigint() -> None:
        nonlocal interrupted
        if interrupted:
            raise KeyboardInterrupt
        interrupted = True
        sys.stderr.write("\nprovtui: stopping; cells in flight are cancelled and the result is "
                         "saved (Ctrl-C again to abandon)\n")
        runner.cancel()

    try:
        loop.add_signal_handler(signal.SIGINT, on_sigint)
    except (NotImplementedError, RuntimeError):
        pass
    try:
        async for event in runner.events():
            progress.apply(event)
    finally:
        try:
            loop.remove_signal_handler(signal.SIGINT)
        except (NotImplementedError, RuntimeError):
            pass


def cmd_list(as_json: bool, out: TextIO) -> int:
    from provtui.core.summary_text import clean
    from provtui.suite.result import list_results
    from provtui.suite.spec import builtin_names, load_suite

    builtin = []
    for name in builtin_names():
        s = load_suite(name)
        builtin.append({"name": name, "cases": len(s.cases), "categories": s.categories})
    results = list_results()
    if as_json:
        json.dump({"builtin": builtin, "results": results}, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return EXIT_OK
    out.write("Built-in suites:\n")
    for b in builtin:
        out.write(f"  {b['name']:<12} {b['cases']:>3} case(s)  {', '.join(b['categories'])}\n")
    out.write("Saved results (newest first):\n" if results else "No saved suite results.\n")
    for r in results:
        out.write(f"  {r['id']}  {r.get('created_at') or '-'}  {clean(str(r.get('suite')))}  "
                  f"{r.get('status')}  {', '.join(clean(str(t)) for t in r['targets'])}\n")
    return EXIT_OK


def cmd_show(id_or_path: str, as_json: bool, out: TextIO) -> int:
    from provtui.core.summary_text import clean
    from provtui.suite.table import comparison_lines, format_plain

    result = _load_result(id_or_path)
    if as_json:
        result.pop("path", None)
        json.dump(result, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return EXIT_OK
    suite = result.get("suite") or {}
    out.write(f"Suite {clean(str(suite.get('name')))}, result {result.get('id')} "
              f"({result.get('status')}), {result.get('created_at')}\n\n")
    out.write(format_plain(result))
    lines = comparison_lines(result)
    if lines:
        out.write("\n")
        for line in lines:
            out.write(f"  {line}\n")
    return EXIT_OK


def cmd_export(id_or_path: str, fmt: str, output: str | None, out: TextIO,
               err: TextIO) -> int:
    from provtui.suite.table import format_csv

    result = _load_result(id_or_path)
    result.pop("path", None)
    if fmt == "md":
        from provtui.suite import report_md

        text = report_md.render(result)
    elif fmt == "csv":
        text = format_csv(result)
    elif fmt == "json":
        text = json.dumps(result, ensure_ascii=False, indent=1) + "\n"
    else:  # html: the report module of the live-matrix work, when it is there
        try:
            from provtui.suite import report_html
        except ImportError:
            raise SuiteUsageError("--format html is not available in this build yet; use md, "
                                  "csv or json") from None
        text = report_html.render(result)
    if output:
        dest = Path(output).expanduser()
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(text, encoding="utf-8")
        err.write(f"provtui: wrote {dest}\n")
    else:
        out.write(text)
    return EXIT_OK
