"""Argument parsing and the subcommands.  Logic lives in provtui.core / provtui.ui; this module
only turns arguments into calls and exceptions into messages and exit codes.

Imports are lazy on purpose: ``provtui --version`` must answer in well under 150 ms.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class UsageError(Exception):
    pass


# ---------------------------------------------------------------------------- parsers


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", metavar="PATH",
                   help="config file (else $PROVTUI_CONFIG, else the platform config dir)")
    p.add_argument("-t", "--target", action="append", default=[], metavar="SPEC",
                   help="a [targets.NAME] from the config, or PROVIDER:MODEL (repeatable)")
    p.add_argument("--mcp", action="append", default=[], metavar="NAME",
                   help="attach [mcp_servers.NAME] to every target (repeatable)")
    p.add_argument("--mcp-config", metavar="PATH",
                   help='import MCP servers from an {"mcpServers": ...} JSON file')
    p.add_argument("--system", metavar="TEXT", help="system message")
    p.add_argument("--max-steps", type=int, default=20, metavar="N",
                   help="most model turns in one tool loop (default 20)")
    p.add_argument("--repeat", type=int, default=1, metavar="N",
                   help="run every target N times (default 1)")
    p.add_argument("--expect-words", type=int, metavar="N",
                   help="add the check 'words' (exact word count)")
    p.add_argument("--expect-tools", metavar="A,B,...",
                   help="add the check 'tools' (distinct expected tools called / expected)")
    p.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                   help="request parameter for every target; VALUE parsed as JSON when it parses")
    p.add_argument("--tool-replay", metavar="SESSION",
                   help="serve the tool results recorded in SESSION instead of calling MCP")
    p.add_argument("--sweep", action="store_true",
                   help="expand every aggregator target (openrouter) into one target per "
                        "upstream endpoint of its model, from the aggregator's listing")


def build_parser() -> argparse.ArgumentParser:
    from provtui import __version__

    parser = argparse.ArgumentParser(
        prog="provtui",
        description="Send one prompt to several inference providers side by side and see what "
                    "each one really does.",
    )
    parser.add_argument("--version", action="version", version=f"provtui {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    tui = sub.add_parser("tui", help="the TUI (the default command)")
    _add_tui_args(tui)

    demo = sub.add_parser("demo", help="embedded demo: simulated providers, no keys, no network")
    demo.add_argument("--send", action="store_true", help="send the prompt at start")
    demo.add_argument("--no-tui", action="store_true", help="run headless and write the session")
    demo.add_argument("-o", "--output", metavar="PATH", help="also write the session here")
    demo.add_argument("--prompt", metavar="TEXT", help="a prompt other than the seed's")
    demo.add_argument("--json", action="store_true", help="with --no-tui: print the session JSON")
    demo.add_argument("--sweep", action="store_true",
                      help="the simulated providers behind a simulated OpenRouter, swept: one "
                           "target per endpoint of its listing")
    demo.add_argument("--suite", action="store_true",
                      help="run the built-in showdown suite on the simulated providers")

    run = sub.add_parser("run", help="headless: one prompt, all targets, one session file")
    _add_common(run)
    run.add_argument("-o", "--output", metavar="PATH", help="also write the session here")
    run.add_argument("--json", action="store_true", help="print the session JSON on stdout")
    run.add_argument("-q", "--quiet", action="store_true",
                     help="print no result lines on stdout (the session is saved as always)")
    run.add_argument("prompt", metavar="PROMPT", help="the prompt ('-' reads stdin)")

    an = sub.add_parser("analyze", help="text integrity and word count of stdin")
    an.add_argument("--json", action="store_true")
    an.add_argument("--expect-words", type=int, metavar="N")

    sess = sub.add_parser("sessions", help="list, show, export, remove saved sessions")
    ssub = sess.add_subparsers(dest="sessions_command", metavar="ACTION")
    s_list = ssub.add_parser("list")
    s_list.add_argument("--json", action="store_true")
    s_list.add_argument("--search", metavar="TEXT",
                        help="words in prompts, answers, targets, ids, finding kinds, "
                             "check outcomes (words_failed); the last word is a prefix")
    s_list.add_argument("--limit", type=int, metavar="N", help="the newest N only")
    s_list.add_argument("--target", metavar="NAME", help="sessions with a run of this target")
    s_list.add_argument("--provider", metavar="NAME", help="sessions with a run on this provider")
    s_list.add_argument("--since", metavar="DATE", help="created at or after (2026-11-25 or ISO)")
    s_list.add_argument("--until", metavar="DATE", help="created at or before")
    s_list.add_argument("--status", choices=["ok", "error", "cancelled", "mixed", "running"],
                        help="sessions whose runs all have this status (mixed: they differ)")
    s_list.add_argument("--suite", metavar="RESULT", help="cases of this suite result (id prefix)")
    s_show = ssub.add_parser("show")
    s_show.add_argument("id", metavar="ID")
    s_show.add_argument("--json", action="store_true")
    s_exp = ssub.add_parser("export")
    s_exp.add_argument("id", metavar="ID")
    s_exp.add_argument("--format", required=True, choices=["md", "html", "json", "bundle"])
    s_exp.add_argument("-o", "--output", metavar="PATH")
    s_rm = ssub.add_parser("rm")
    s_rm.add_argument("id", metavar="ID")

    cfg = sub.add_parser("config", help="init | path | show")
    cfg.add_argument("action", choices=["init", "path", "show"])
    cfg.add_argument("--config", metavar="PATH")
    cfg.add_argument("--force", action="store_true", help="init: overwrite an existing file")

    doc = sub.add_parser("doctor", help="check config, keys, endpoints and MCP servers")
    doc.add_argument("--config", metavar="PATH")

    diag = sub.add_parser("diagnose", help="why targets differ: context, prompt tokens, "
                                           "determinism, logprobs, tools, routing")
    _add_common(diag)
    diag.add_argument("--only", metavar="CHECK,...",
                      help="checks to run (default all): context, prompt_tokens, determinism, "
                           "logprobs, tools, routing")
    diag.add_argument("-o", "--output", metavar="PATH", help="also write the diagnosis here")
    diag.add_argument("--json", action="store_true", help="print the diagnosis JSON on stdout")
    diag.add_argument("--samples", type=int, default=5, metavar="N",
                      help="identical requests per target for determinism (default 5)")
    diag.add_argument("--context-max", type=int, metavar="TOKENS",
                      help="largest prompt the context search tries (default: twice the "
                           "declared window, else 32768)")
    diag.add_argument("--request-timeout", type=float, default=180.0, metavar="S",
                      help="most seconds for one diagnosis request (default 180)")
    _add_suite(sub)

    probe = sub.add_parser("probe", help="which request parameters each target honours")
    probe.add_argument("--config", metavar="PATH")
    probe.add_argument("-t", "--target", action="append", default=[], metavar="SPEC")
    probe.add_argument("--json", action="store_true")
    probe.add_argument("--sweep", action="store_true",
                       help="probe every upstream endpoint of each aggregator target, and "
                            "compare with the parameters each one lists as supported")
    return parser


def _add_suite(sub: Any) -> None:
    suite = sub.add_parser("suite", help="run a suite of cases on every target; list, show, "
                                         "export results")
    ssub = suite.add_subparsers(dest="suite_command", metavar="ACTION")
    run = ssub.add_parser("run", help="send every case to every target and score it")
    run.add_argument("suite", metavar="SUITE", help="a suite file, or a built-in: showdown, "
                     "instruction, mcp-tools, reasoning, knowledge, coding")
    _add_common(run)
    run.add_argument("--concurrency", type=int, default=4, metavar="N",
                     help="most cells in flight (default 4)")
    run.add_argument("--resume", metavar="RESULT", help="continue a partial result")
    run.add_argument("--budget", type=float, metavar="USD",
                     help="start no new cell once this much is spent")
    run.add_argument("-o", "--output", metavar="PATH", help="also write the result here")
    run.add_argument("--json", action="store_true", help="print the result JSON on stdout")
    run.add_argument("--allow-unsandboxed-code", action="store_true",
                     help="run code checks without the sandbox where namespaces are missing")
    lst = ssub.add_parser("list", help="built-in suites and saved results")
    lst.add_argument("--json", action="store_true")
    show = ssub.add_parser("show", help="the study's table of a result")
    show.add_argument("result", metavar="RESULT")
    show.add_argument("--json", action="store_true")
    exp = ssub.add_parser("export", help="write a result as md, csv, json or html")
    exp.add_argument("result", metavar="RESULT")
    exp.add_argument("--format", required=True, choices=["md", "html", "json", "csv"])
    exp.add_argument("-o", "--output", metavar="PATH")


def _add_tui_args(p: argparse.ArgumentParser) -> None:
    _add_common(p)
    p.add_argument("--prompt", metavar="TEXT", help="prefill the prompt")
    p.add_argument("--send", action="store_true", help="send the prompt at start")
    p.add_argument("--suite", metavar="SUITE",
                   help="open on a suite's live matrix (a suite file or a built-in name); "
                        "--send starts it at once")
    p.add_argument("--concurrency", type=int, default=4, metavar="N",
                   help="with --suite: cells in flight (default 4)")


# ---------------------------------------------------------------------------- helpers


def _params(items: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise UsageError(f"--param {item!r}: write KEY=VALUE, e.g. --param temperature=0.2")
        try:
            out[key] = json.loads(value)
        except json.JSONDecodeError:
            out[key] = value
    return out


def _check_specs(args: argparse.Namespace, config: Any) -> list[dict[str, Any]]:
    specs: list[dict[str, Any]] = [dict(c) for c in config.checks]
    if getattr(args, "expect_words", None) is not None:
        if args.expect_words < 0:
            raise UsageError("--expect-words needs a number >= 0")
        specs.append({"name": "words", "exact": args.expect_words})
    if getattr(args, "expect_tools", None):
        names = [n.strip() for n in args.expect_tools.split(",") if n.strip()]
        if not names:
            raise UsageError("--expect-tools needs tool names, e.g. --expect-tools a,b,c")
        specs.append({"name": "tools", "expect": names})
    from provtui.core.analysis import validate_check_specs

    try:
        validate_check_specs(specs)
    except ValueError as exc:
        raise UsageError(f"bad check: {exc}; fix the [[checks]] entry in the config") from None
    return specs


def _resolve(args: argparse.Namespace, *, need_targets: bool) -> dict[str, Any]:
    """Config, targets, MCP servers, params, checks from the common options.
    Raises ConfigError / UsageError with the user's fix in the message."""
    from provtui.core.config import ConfigError, import_mcp_servers_json, load_config, resolve_target

    config = load_config(args.config)
    if args.max_steps < 1:
        raise UsageError("--max-steps needs a number >= 1")
    if args.repeat < 1:
        raise UsageError("--repeat needs a number >= 1")
    specs = args.target or ([] if need_targets else list(config.targets))
    if need_targets and not specs:
        known = ", ".join(config.targets) or "none in the config"
        raise UsageError(f"no target given: add -t NAME (config targets: {known}) or "
                         "-t PROVIDER:MODEL, e.g. -t openrouter:nvidia/nemotron-3-nano-30b-a3b")
    targets = [resolve_target(s, config) for s in specs]
    if getattr(args, "sweep", False):
        targets = _sweep(targets)
    servers = dict(config.mcp_servers)
    imported = import_mcp_servers_json(args.mcp_config) if args.mcp_config else {}
    servers.update(imported)
    mcp = []
    for name in args.mcp:
        if name not in servers:
            known = ", ".join(servers) or "none defined"
            raise ConfigError(f"unknown MCP server {name!r}: add [mcp_servers.{name}] to the "
                              f"config or pass --mcp-config FILE (known: {known})")
        mcp.append(servers[name])
    if imported and not args.mcp:  # an imported file with no --mcp: attach all of it
        mcp = list(imported.values())
    replay = None
    if args.tool_replay:
        from provtui.core.session import load_session

        try:
            replay = load_session(args.tool_replay)
        except Exception as exc:
            raise UsageError(f"--tool-replay {args.tool_replay}: {exc}") from None
    return {
        "config": config, "targets": targets, "mcp_servers": mcp,
        "params": _params(args.param), "check_specs": _check_specs(args, config),
        "tool_replay": replay,
    }


def _sweep(targets: list[Any]) -> list[Any]:
    """--sweep: one target per listed endpoint (a ListingError, a ConfigError, names the URL
    and stops the command before anything is sent)."""
    from provtui.core.sweep import expand_sweep, is_aggregator

    if not any(is_aggregator(t.provider) for t in targets):
        raise UsageError("--sweep expands aggregator targets, and none was given: add e.g. "
                         "-t openrouter:nvidia/nemotron-3-nano-30b-a3b")
    notes: list[str] = []
    expanded = expand_sweep(targets, notes=notes)
    for note in notes:
        sys.stderr.write(f"provtui: note: {note}\n")
    return expanded


def _fail(message: str) -> int:
    sys.stderr.write(f"provtui: {message}\n")
    return EXIT_USAGE


# ---------------------------------------------------------------------------- commands


def cmd_run(args: argparse.Namespace) -> int:
    import atexit
    import gc

    # Start-up builds ~100k long-lived objects (modules, classes, compiled patterns): with the
    # collector on, dozens of collections walked them again and again (5-10 ms of a one-target
    # run).  They are frozen out of it, and it is back on, before anything streams.
    gc.disable()
    # At exit, the interpreter's own collections over the whole heap while it tears the modules
    # down took 0.1-0.2 s, more than the rest of a one-target run after start-up.  Frozen, the
    # heap is still freed by reference counting; only garbage cycles are left to the OS.  The
    # session file and the journal are closed (and fsynced) before this, stdout/stderr are
    # flushed by the interpreter as always.
    atexit.register(gc.freeze)
    try:
        plan = _run_plan(args)
    finally:
        gc.freeze()
        gc.enable()
    from provtui.headless import run_headless

    return run_headless(plan, output=args.output, as_json=args.json, quiet=args.quiet)


def _run_plan(args: argparse.Namespace) -> Any:
    from provtui.core.config import missing_key_vars

    r = _resolve(args, need_targets=True)
    missing = missing_key_vars(r["targets"])
    if missing:
        lines = [f"  {t}: set {var}" for t, var in missing.items()]
        raise UsageError("missing API key variable(s) (keys are read from the environment, "
                         "never from files):\n" + "\n".join(lines))
    prompt = args.prompt
    if prompt == "-":
        prompt = sys.stdin.read()
    if not prompt.strip():
        raise UsageError("the prompt is empty; pass it as the last argument or '-' for stdin")
    from provtui.core.fanout import SessionPlan
    # what every run imports anyway, now while the collector is off (see cmd_run)
    import provtui.core.analysis  # noqa: F401
    import provtui.core.chat  # noqa: F401
    import provtui.core.rxstamp  # noqa: F401
    import provtui.headless  # noqa: F401

    return SessionPlan(prompt=prompt, system=args.system, targets=r["targets"],
                       mcp_servers=r["mcp_servers"], max_steps=args.max_steps,
                       repeat=args.repeat, params=r["params"], check_specs=r["check_specs"],
                       tool_replay=r["tool_replay"])


def cmd_tui(args: argparse.Namespace) -> int:
    from provtui.core.config import missing_key_vars

    r = _resolve(args, need_targets=False)
    if getattr(args, "suite", None):
        return _tui_suite(args, r)
    from provtui.ui.app import run_tui

    return run_tui(config=r["config"], targets=r["targets"], mcp_servers=r["mcp_servers"],
                   prompt=args.prompt, send=args.send, system=args.system,
                   max_steps=args.max_steps, repeat=args.repeat, params=r["params"],
                   check_specs=r["check_specs"], missing_keys=missing_key_vars(r["targets"]),
                   tool_replay=r["tool_replay"])


def _tui_suite(args: argparse.Namespace, r: dict[str, Any]) -> int:
    from provtui.core.config import missing_key_vars
    from provtui.suite.commands import SuiteUsageError, _load_suite
    from provtui.suite.plan import SuitePlan
    from provtui.ui.app import run_suite_tui

    if args.prompt:
        raise UsageError("--suite brings its own prompts; drop --prompt")
    if args.concurrency < 1:
        raise UsageError("--concurrency needs a number >= 1")
    if args.expect_words is not None or args.expect_tools or r.get("tool_replay"):
        raise UsageError("--expect-words/--expect-tools/--tool-replay do not apply to suites: "
                         "each case brings its checks")
    if not r["targets"]:
        raise UsageError("--suite needs targets: add -t NAME or -t PROVIDER:MODEL")
    try:
        suite = _load_suite(args.suite, r["config"])
    except SuiteUsageError as exc:
        raise UsageError(str(exc)) from None
    plan = SuitePlan(suite=suite, targets=r["targets"], config=r["config"], repeat=args.repeat,
                     params=r["params"], system=args.system, max_steps=args.max_steps,
                     mcp_servers=r["mcp_servers"])
    return run_suite_tui(plan, concurrency=args.concurrency, send=args.send,
                         missing_keys=missing_key_vars(r["targets"]))


def cmd_demo(args: argparse.Namespace) -> int:
    if args.suite:
        if args.prompt or args.json or getattr(args, "sweep", False):
            raise UsageError("demo --suite takes no --prompt, --json or --sweep: the suite "
                             "brings its prompts; read the result with provtui suite show")
        from provtui.demo.suite_demo import run_suite_demo

        return run_suite_demo(no_tui=args.no_tui, output=args.output)
    from provtui.demo.run import run_demo

    return run_demo(send=args.send, no_tui=args.no_tui, output=args.output, prompt=args.prompt,
                    as_json=args.json, sweep=args.sweep)


def cmd_analyze(args: argparse.Namespace) -> int:
    from provtui.core.analysis import analyze_cli

    data = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    text, code = analyze_cli(data, as_json=args.json, expect_words=args.expect_words)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return code


def cmd_sessions(args: argparse.Namespace) -> int:
    out, err = sys.stdout, sys.stderr
    if args.sessions_command == "list":  # only the index and the lister: answers at once
        from provtui.core.sessions_list import cmd_list

        if args.limit is not None and args.limit < 0:
            raise UsageError("--limit needs a number >= 0")
        return cmd_list(args.json, out, err, search=args.search, limit=args.limit,
                        target=args.target, provider=args.provider, since=args.since,
                        until=args.until, status=args.status, suite_result=args.suite)
    from provtui.core import sessions_cmd as sc

    match args.sessions_command:
        case "list":
            return sc.cmd_list(args.json, out, err, search=args.search, limit=args.limit,
                               target=args.target, provider=args.provider,
                               since=args.since, until=args.until, status=args.status,
                               suite_result=args.suite)
        case "show":
            return sc.cmd_show(args.id, args.json, out, err)
        case "export":
            return sc.cmd_export(args.id, args.format, args.output, out, err)
        case "rm":
            return sc.cmd_rm(args.id, out, err)
    raise UsageError("sessions needs an action: list | show ID | export ID --format F | rm ID")


def cmd_config(args: argparse.Namespace) -> int:
    from provtui.core.config import config_path, load_config, starter_config, write_config

    path = config_path(args.config)
    if args.action == "path":
        print(path)
        return EXIT_OK
    if args.action == "init":
        if path.exists() and not args.force:
            raise UsageError(f"{path} already exists; use --force to overwrite it, or edit it")
        write_config(path, starter_config())
        print(f"wrote {path} (mode 0600). Keys are never stored there: export the variables "
              "it names, e.g. OPENROUTER_API_KEY, DEEPINFRA_API_KEY, NVIDIA_API_KEY.")
        return EXIT_OK
    from provtui.core.doctor import describe_config

    config = load_config(args.config)
    print(describe_config(config))
    return EXIT_OK


def cmd_doctor(args: argparse.Namespace) -> int:
    from provtui.core.config import load_config
    from provtui.core.doctor import run_doctor

    config = load_config(args.config)
    return run_doctor(config, sys.stdout)


def cmd_probe(args: argparse.Namespace) -> int:
    from provtui.core.config import load_config, resolve_target
    from provtui.core.probe import run_probe_cli

    config = load_config(args.config)
    specs = args.target or list(config.targets)
    if not specs:
        raise UsageError("probe needs targets: -t NAME or -t PROVIDER:MODEL")
    targets = [resolve_target(s, config) for s in specs]
    if args.sweep:
        targets = _sweep(targets)
    return run_probe_cli(targets, as_json=args.json, out=sys.stdout, err=sys.stderr)


def cmd_diagnose(args: argparse.Namespace) -> int:
    from provtui.core.config import missing_key_vars

    from provtui.diagnose.runner import parse_only

    try:
        checks = parse_only(args.only)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if args.samples < 2:
        raise UsageError("--samples needs a number >= 2 (determinism compares answers)")
    if args.context_max is not None and args.context_max < 256:
        raise UsageError("--context-max needs a number of tokens >= 256")
    if args.request_timeout <= 0:
        raise UsageError("--request-timeout needs a number of seconds > 0")
    r = _resolve(args, need_targets=True)
    missing = missing_key_vars(r["targets"])
    if missing:
        lines = [f"  {t}: set {var}" for t, var in missing.items()]
        raise UsageError("missing API key variable(s) (keys are read from the environment, "
                         "never from files):\n" + "\n".join(lines))
    from provtui.diagnose.cli import run_diagnose_cli

    return run_diagnose_cli(r["targets"], checks=checks, mcp_servers=r["mcp_servers"],
                            params=r["params"], samples=args.samples,
                            context_max=args.context_max, request_timeout=args.request_timeout,
                            output=args.output, as_json=args.json)


def cmd_suite(args: argparse.Namespace) -> int:
    from provtui.suite import commands as sc

    try:
        match args.suite_command:
            case "run":
                # with --resume and no -t, the result's own targets are used
                resolved = _resolve(args, need_targets=not args.resume)
                return sc.cmd_run(args, resolved)
            case "list":
                return sc.cmd_list(args.json, sys.stdout)
            case "show":
                return sc.cmd_show(args.result, args.json, sys.stdout)
            case "export":
                return sc.cmd_export(args.result, args.format, args.output, sys.stdout,
                                     sys.stderr)
    except sc.SuiteUsageError as exc:
        raise UsageError(str(exc)) from None
    raise UsageError("suite needs an action: run SUITE | list | show RESULT | "
                     "export RESULT --format F")


COMMANDS = {
    "tui": cmd_tui, "demo": cmd_demo, "run": cmd_run, "analyze": cmd_analyze,
    "sessions": cmd_sessions, "config": cmd_config, "doctor": cmd_doctor, "probe": cmd_probe,
    "diagnose": cmd_diagnose,
    "suite": cmd_suite,
}


# COMMON options that take a value (so the token after them is not a command name)
_VALUE_OPTIONS = {"--config", "-t", "--target", "--mcp", "--mcp-config", "--system",
                  "--max-steps", "--repeat", "--expect-words", "--expect-tools", "--param",
                  "--tool-replay", "--prompt", "--suite", "--concurrency"}


def _options_after_command(argv: list[str], commands: set[str]) -> list[str]:
    """`provtui --config x.toml run "hi"`: common options written before the command are
    moved after it, where its parser reads them."""
    i = 0
    while i < len(argv):
        tok = argv[i]
        if tok == "--":
            return argv
        if not tok.startswith("-"):
            break
        i += 2 if tok in _VALUE_OPTIONS else 1
    if 0 < i < len(argv) and argv[i] in commands:
        return [argv[i], *argv[:i], *argv[i + 1:]]
    return argv


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    known = set(COMMANDS) | {"-h", "--help", "--version"}
    argv = _options_after_command(argv, set(COMMANDS))
    # The TUI is the default command: `provtui -t a -t b --prompt hi` means `provtui tui ...`.
    if not argv or argv[0] not in known:
        argv = ["tui", *argv]
    args = parser.parse_args(argv)
    if args.command == "sessions" and not args.sessions_command:
        parser.parse_args(["sessions", "--help"])
    if args.command == "suite" and not args.suite_command:
        parser.parse_args(["suite", "--help"])
    from provtui.core.config import ConfigError

    try:
        return COMMANDS[args.command](args)
    except (ConfigError, UsageError) as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        sys.stderr.write("provtui: interrupted\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `provtui sessions show ID | head`: the reader left; that is not an error of ours.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
