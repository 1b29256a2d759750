"""Suites engine, in process: suite files and their validation, cell keys, statistics checked
against hand-computed values, cost, the result's shape (CONTRACT §5), show and exports.
The provider is a real loopback HTTP server (tests/suite_provider.py)."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from suite_provider import Answer, SuiteProvider, config_text, prompt_of

from provtui.core.config import config_from_dict, load_config, resolve_target
from provtui.suite import stats as sst
from provtui.suite.cost import run_cost_usd
from provtui.suite.plan import SuitePlan, build_cells
from provtui.suite.result import load_result
from provtui.suite.runner import SuiteRunner
from provtui.suite.spec import BUILTIN, SuiteError, load_suite, parse_suite
from provtui.suite.table import format_csv, format_markdown, format_plain, study_rows

TINY = b'''
name = "tiny"
[[cases]]
id = "a"
category = "x"
prompt = "Say hello world"
checks = [ { kind = "words", equals = 2 } ]
[[cases]]
id = "b"
category = "y"
points = 3
prompt = "Say hello"
checks = [ { kind = "contains", text = "hello" }, { kind = "regex", pattern = "^hello$" } ]
'''


def _plan(tmp_path: Path, urls: dict[str, str], suite_bytes: bytes = TINY, *, extra: str = "",
          retries: str = "{ attempts = 2, backoff_s = 0.01 }", repeat: int = 1) -> SuitePlan:
    cfg = tmp_path / "c.toml"
    cfg.write_text(config_text(urls, retries=retries, extra=extra))
    config = load_config(cfg)
    suite = parse_suite(suite_bytes, "tiny.toml", config=config)
    targets = [resolve_target(f"{n}-t", config) for n in urls]
    return SuitePlan(suite=suite, targets=targets, config=config, repeat=repeat)


async def _run(plan: SuitePlan, **kw) -> tuple[SuiteRunner, list]:
    runner = SuiteRunner(plan, **kw)
    events = [e async for e in runner.events()]
    return runner, events


# ---------------------------------------------------------------------------- suite files


def _case_toml(checks: str, extra: str = "") -> bytes:
    return (f'name = "s"\n{extra}\n[[cases]]\nid = "c1"\nprompt = "p"\n'
            f"checks = [ {checks} ]\n").encode()


@pytest.mark.parametrize("data, field", [
    (b'name = "s"\n[[cases]\n', "invalid TOML"),
    (_case_toml('{ kind = "wordz", equals = 1 }'), "checks[0]"),
    (_case_toml('{ kind = "words", equal = 1 }'), "checks[0]"),
    (_case_toml('{ kind = "regex", pattern = "(unclosed" }'), "checks[0]"),
    (b'name = "s"\n[[cases]]\nid = "c1"\nprompt = "p"\nchecks = [ { kind = "words", equals = 1 } ]'
     b'\n[[cases]]\nid = "c1"\nprompt = "q"\nchecks = [ { kind = "words", equals = 1 } ]\n',
     "field id"),
    (_case_toml('{ kind = "words", equals = 1 }') + b'mcp = ["nowhere"]\n', "field mcp"),
    (_case_toml('{ kind = "words", equals = 1 }') + b'promt = "typo"\n', "field promt"),
    (_case_toml('{ kind = "words", equals = 1 }') + b'points = inf\n', "field points"),
    (_case_toml('{ kind = "words", equals = 1 }') + b'params = { temperature = nan }\n',
     "field params"),
])
def test_bad_suite_files_say_one_line(data: bytes, field: str) -> None:
    with pytest.raises(SuiteError) as info:
        parse_suite(data, "my.toml")
    message = str(info.value)
    assert "\n" not in message and message.startswith("my.toml")
    assert field in message
    if "TOML" not in field:
        assert "c1" in message


def test_builtin_suites_load_and_every_case_validates() -> None:
    counts = {}
    for name in [*BUILTIN, "showdown"]:
        suite = load_suite(name)
        counts[name] = len(suite.cases)
        assert len(suite.sha256) == 64
        for case in suite.cases:
            assert case.checks and all(c["kind"] for c in case.checks)
            assert "judge" not in {c["kind"] for c in case.checks}  # checkable without a judge
    assert counts["instruction"] == 15
    assert counts["showdown"] == sum(counts[n] for n in BUILTIN)
    ocean = [c for c in load_suite("instruction").cases if c.id == "ocean-12"][0]
    assert ocean.prompt == "Write a 12-word sentence about the ocean."
    ev = load_suite("mcp-tools").cases
    assert len(ev) == 1 and ev[0].points == 6 and len(ev[0].checks[0]["groups"]) == 6
    assert ev[0].mcp == ("ev",)


def test_ev_tool_groups_name_only_real_tools() -> None:
    from provtui.demo import ev_server

    tools = {t.name for t in asyncio.run(ev_server.server.list_tools())}
    groups = load_suite("mcp-tools").cases[0].checks[0]["groups"]
    named = {n for g in groups for n in g}
    assert named <= tools and len(tools) == 12


REFERENCE = {
    "fizzbuzz": '''
def fizzbuzz(n):
    return ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0
            else str(i) for i in range(1, n + 1)]
''',
    "custom-cipher": '''
def _shift(text, key, sign):
    out, i = [], 0
    for ch in text:
        if ch.isascii() and ch.isalpha():
            k = ord(key[i % len(key)].lower()) - 96
            i += 1
            base = 65 if ch.isupper() else 97
            out.append(chr((ord(ch) - base + sign * k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
def encode(text, key): return _shift(text, key, 1)
def decode(text, key): return _shift(text, key, -1)
''',
    "data-pipeline": '''
def summarize_orders(lines):
    totals = {}
    for line in lines:
        if not line.strip():
            continue
        parts = line.split(",")
        if len(parts) != 4 or parts[0].strip() == "order_id":
            continue
        try:
            amount = float(parts[2])
        except ValueError:
            continue
        if parts[3].strip().lower() != "paid":
            continue
        name = parts[1].strip()
        totals[name] = totals.get(name, 0.0) + amount
    items = sorted(((k, round(v, 2)) for k, v in totals.items()), key=lambda kv: (-kv[1], kv[0]))
    return dict(items)
''',
    "roman-numerals": '''
V = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
     (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def int_to_roman(n):
    out = ""
    for v, s in V:
        while n >= v:
            out += s
            n -= v
    return out
def roman_to_int(s):
    m = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = m[ch]
        total += -v if i + 1 < len(s) and m[s[i + 1]] > v else v
    return total
''',
    "top-words": '''
import re
from collections import Counter
def top_words(text, k):
    c = Counter(re.findall(r"[a-z']+", text.lower()))
    return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
''',
}


def test_coding_hidden_tests_pass_a_reference_solution_and_fail_a_stub(tmp_path: Path) -> None:
    runner = ("import importlib, sys\ntry:\n    t = importlib.import_module('hidden')\n"
              "except ImportError:\n    print(0, open('hidden.py').read().count('def test_'))\n"
              "    sys.exit()\nnames = [n for n in dir(t) if n.startswith('test_')]; ok = 0\n"
              "for n in names:\n    try:\n        getattr(t, n)(); ok += 1\n"
              "    except Exception: pass\nprint(ok, len(names))")
    for case in load_suite("coding").cases:
        spec = case.checks[0]
        assert spec["kind"] == "code" and case.points == spec["tests"].count("def test_")
        for name, source in (("good", REFERENCE[case.id]), ("stub", "")):
            d = tmp_path / f"{case.id}-{name}"
            d.mkdir()
            (d / "solution.py").write_text(source)
            (d / "hidden.py").write_text(spec["tests"])
            out = subprocess.run([sys.executable, "-c", runner], cwd=d, capture_output=True,
                                 text=True, timeout=60)
            ok, total = map(int, out.stdout.split())
            assert total == case.points
            assert ok == (total if name == "good" else 0), (case.id, name, out.stderr)


# ---------------------------------------------------------------------------- keys


def test_cell_keys_follow_the_case_the_target_and_the_repeat(tmp_path: Path) -> None:
    plan = _plan(tmp_path, {"one": "http://127.0.0.1:9/v1", "two": "http://127.0.0.1:9/v1"},
                 repeat=2)
    cells = build_cells(plan)
    assert len(cells) == 2 * 2 * 2 and len({c.key for c in cells}) == 8
    again = {c.key for c in build_cells(plan)}
    assert again == {c.key for c in cells}  # stable
    edited = _plan(tmp_path, {"one": "http://127.0.0.1:9/v1", "two": "http://127.0.0.1:9/v1"},
                   TINY.replace(b"Say hello world", b"Say hello, world"), repeat=2)
    changed = {c.key for c in build_cells(edited)} ^ {c.key for c in cells}
    assert {c.case.id for c in cells if c.key in changed} == {"a"}  # only the edited case


def test_a_target_given_twice_is_refused(tmp_path: Path) -> None:
    plan = _plan(tmp_path, {"one": "http://127.0.0.1:9/v1"})
    plan.targets = plan.targets * 2
    with pytest.raises(SuiteError, match="given twice"):
        build_cells(plan)


# ---------------------------------------------------------------------------- statistics


def test_mcnemar_and_pass_at_k_by_hand() -> None:
    assert sst.mcnemar_exact(6, 0) == pytest.approx(2 / 64)
    assert sst.mcnemar_exact(5, 1) == pytest.approx(2 * (1 + 6) / 64)
    assert sst.mcnemar_exact(3, 3) == 1.0 and sst.mcnemar_exact(0, 0) == 1.0
    assert sst.MIN_DISCORDANT == 6  # 2 * 0.5**5 = 0.0625 >= 0.05 > 2 * 0.5**6
    assert sst.pass_at_k(5, 2, 2) == pytest.approx(1 - 3 / 10)
    assert sst.pass_hat_k(5, 2, 2) == pytest.approx(1 / 10)
    assert sst.pass_at_k(3, 1, 3) == 1.0 and sst.pass_hat_k(3, 2, 3) == 0.0


def _cell(case: str, target: str, k: int, passed: bool, earned: float, points: float,
          status: str = "ok", total: float = 1.0) -> dict:
    return {"case": case, "target": target, "repeat_index": k, "status": status,
            "error_kind": None if status == "ok" else "server_error",
            "score": earned / points, "earned": earned, "points": points,
            "checks": [{"name": "c", "passed": passed, "score": earned / points}],
            "ttft_s": 0.1, "total_s": total, "output_tokens": 3, "cost_usd": 0.01}


def test_summary_and_comparison_numbers_by_hand() -> None:
    # 8 cases; A passes all, B passes the first 1: 7 discordant cases all one way
    cases = [{"id": f"c{i}", "category": "x" if i < 4 else "y", "points": 2} for i in range(8)]
    cells = []
    for i in range(8):
        cells.append(_cell(f"c{i}", "A", 0, True, 2, 2, total=float(i + 1)))
        cells.append(_cell(f"c{i}", "B", 0, i == 0, 2 if i == 0 else 0, 2))
    result = {"targets": ["A", "B"], "repeat": 1, "cases": cases, "cells": cells}
    s = sst.summary(result)
    assert s["A"]["all"]["earned"] == 16 and s["A"]["all"]["points"] == 16
    assert s["B"]["x"]["earned"] == 2 and s["B"]["x"]["points"] == 8
    assert s["A"]["all"]["total_s"] == {"p50": 4.5, "sum": 36.0}
    lo, hi = s["B"]["all"]["pass_rate_ci"]
    # Wilson for 1/8 by hand
    z = 1.959963984540054
    p, n = 1 / 8, 8
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    assert (lo, hi) == (round(centre - half, 4), round(centre + half, 4))
    assert s["A"]["all"]["cost_usd"] == pytest.approx(0.08)
    assert "judge_cost_usd" not in s["A"]["all"]
    cells[0]["judge_cost_usd"] = 0.002
    cells[2]["judge_cost_usd"] = 0.003
    judged = sst.summary(result)
    assert judged["A"]["all"]["judge_cost_usd"] == pytest.approx(0.005)
    assert judged["A"]["all"]["cost_usd"] == pytest.approx(0.08)  # the target's own, apart
    _, rows = study_rows({**result, "summary": judged})
    assert rows[-1] == ["judge cost (USD)", "$0.005", "-"]
    comp = [c for c in sst.comparisons(result) if c["category"] == "all"][0]
    assert (comp["a_only"], comp["b_only"], comp["both_pass"]) == (7, 0, 1)
    assert comp["p"] == pytest.approx(2 / 128, abs=1e-6)
    assert comp["verdict"] == "likely different" and comp["favours"] == "A"
    assert comp["min_detectable_diff"] == 0.75  # 6 / 8
    per_cat = [c for c in sst.comparisons(result) if c["category"] == "x"][0]
    assert per_cat["verdict"] == "not enough data"  # 4 cases can never reach p < 0.05


def test_repeats_average_earned_and_give_pass_at_k() -> None:
    cases = [{"id": "c0", "category": "x", "points": 4}]
    cells = [_cell("c0", "A", 0, True, 4, 4), _cell("c0", "A", 1, False, 2, 4),
             _cell("c0", "A", 2, False, 0, 4, status="error")]
    s = sst.summary({"targets": ["A"], "repeat": 3, "cases": cases, "cells": cells})["A"]["x"]
    assert s["earned"] == 2 and s["points"] == 4 and s["errors"] == 1
    assert s["pass_at_k"] == {"k": 3, "value": 1.0}
    assert s["pass_hat_k"] == {"k": 3, "value": 0.0}
    assert s["pass_rate"] == round(1 / 3, 4)


def test_cost_from_usage_cost_then_prices_then_unknown() -> None:
    cfg = config_from_dict({"providers": {"p": {"base_url": "http://x/v1", "price_in_per_mtok": 1.0,
                                                "price_out_per_mtok": 4.0}},
                            "targets": {"t": {"provider": "p", "model": "m",
                                              "price_out_per_mtok": 2.0}}})
    priced = resolve_target("t", cfg)
    unpriced = resolve_target("openrouter:m", cfg)
    run = {"turns": [{"usage": {"prompt_tokens": 1_000_000, "completion_tokens": 500_000}}]}
    assert run_cost_usd(run, priced) == pytest.approx(1.0 + 1.0)  # target's out price wins
    assert run_cost_usd(run, unpriced) is None
    sent = {"turns": [{"usage": {"prompt_tokens": 1, "completion_tokens": 1, "cost": 0.25}},
                      {"usage": {"prompt_tokens": 1, "completion_tokens": 1, "cost": 0.5}}]}
    assert run_cost_usd(sent, unpriced) == 0.75
    assert run_cost_usd({"turns": []}, priced) is None


# ---------------------------------------------------------------------------- running


RESULT_KEYS = {"format", "version", "id", "created_at", "status", "suite", "targets", "repeat",
               "cases", "cells", "summary", "comparisons"}
CELL_KEYS = {"case", "target", "repeat_index", "status", "error_kind", "score", "earned",
             "points", "checks", "ttft_s", "total_s", "output_tokens", "cost_usd"}
SUMMARY_KEYS = {"earned", "points", "errors", "pass_rate", "pass_rate_ci", "total_s", "cost_usd"}


def _hello(body: dict, n: int) -> Answer:
    return Answer(text="hello world" if "world" in prompt_of(body) else "hello")


async def test_result_shape_sessions_and_show_exports(tmp_path: Path, capsys) -> None:
    from provtui.core.session import load_session
    from provtui.suite import commands

    with SuiteProvider(_hello) as prov:
        plan = _plan(tmp_path, {"one": prov.base_url, "two": prov.base_url})
        runner, events = await _run(plan)
    assert prov.count == 4
    kinds = [type(e).__name__ for e in events]
    assert kinds[0] == "SuiteStarted" and kinds[-1] == "SuiteFinished"
    assert kinds.count("CellStarted") == kinds.count("CellFinished") == 4
    assert "CaseEvent" in kinds
    on_disk = json.loads(Path(runner.result["path"]).read_text())
    assert set(on_disk) >= RESULT_KEYS and on_disk["format"] == "provtui-suite-result"
    assert on_disk["status"] == "complete" and on_disk["version"] == 1
    assert set(on_disk["suite"]) == {"name", "sha256", "path"}
    assert not Path(runner.result["path"]).with_suffix("").with_suffix(".cells.jsonl").exists()
    for cell in on_disk["cells"]:
        assert set(cell) >= CELL_KEYS and cell["status"] == "ok"
        assert cell["earned"] == cell["points"]
    for t in ("one-t", "two-t"):
        for cat in ("x", "y", "all"):
            assert set(on_disk["summary"][t][cat]) >= SUMMARY_KEYS
    assert on_disk["summary"]["one-t"]["all"]["earned"] == 4
    # every case is an ordinary session tagged with its result
    for case in on_disk["cases"]:
        session = load_session(case["session_id"])
        assert session["suite"] == {"result": on_disk["id"], "case": case["id"]}
        assert len(session["runs"]) == 2 and all(r["checks"] for r in session["runs"])
    # show / export
    assert commands.cmd_show(on_disk["id"], False, sys.stdout) == 0
    shown = capsys.readouterr().out
    assert "x (/1)" in shown and "y (/3)" in shown and "3/3" in shown
    header, rows = study_rows(on_disk)
    assert header == ["category", "one-t", "two-t"]
    md = format_markdown(on_disk)
    assert "| x (/1) | 1/1 | 1/1 |" in md
    table = list(csv.reader(io.StringIO(format_csv(on_disk))))
    assert table[0] == header and table[1] == ["x (/1)", "1/1", "1/1"]
    out = tmp_path / "r.json"
    assert commands.cmd_export(on_disk["id"], "json", str(out), sys.stdout, sys.stderr) == 0
    assert json.loads(out.read_text())["cells"] == on_disk["cells"]
    assert load_result(runner.result["path"])["id"] == on_disk["id"]


async def test_retries_only_server_and_transport_errors(tmp_path: Path) -> None:
    seen: dict[str, int] = {}

    def answer(body: dict, n: int) -> Answer:
        p = prompt_of(body)
        seen[p] = seen.get(p, 0) + 1
        if "flaky" in p and seen[p] == 1:
            return Answer(status=503, text="overloaded")
        if "bad" in p:
            return Answer(status=400, text="bad request")
        return Answer(text="wrong answer")

    suite = b'''name = "r"
[[cases]]
id = "flaky"
prompt = "flaky"
checks = [ { kind = "contains", text = "right" } ]
[[cases]]
id = "bad"
prompt = "bad"
checks = [ { kind = "contains", text = "right" } ]
[[cases]]
id = "wrong"
prompt = "wrong"
checks = [ { kind = "contains", text = "right" } ]
'''
    with SuiteProvider(answer) as prov:
        plan = _plan(tmp_path, {"one": prov.base_url}, suite)
        runner, _ = await _run(plan)
    cells = {c["case"]: c for c in runner.result["cells"]}
    assert seen == {"flaky": 2, "bad": 1, "wrong": 1}
    assert cells["flaky"]["status"] == "ok" and cells["flaky"]["attempts"] == 2
    assert cells["bad"]["status"] == "error" and cells["bad"]["error_kind"] == "bad_request"
    assert cells["bad"]["attempts"] == 1 and cells["bad"]["earned"] == 0
    assert cells["wrong"]["status"] == "ok" and cells["wrong"]["earned"] == 0
    assert format_plain(runner.result).count("ERR (bad_request)") == 0  # one of three failed
    assert "(1 ERR)" in format_plain(runner.result)


def _many(n: int) -> bytes:
    parts = ['name = "many"']
    for i in range(n):
        parts += ["[[cases]]", f'id = "c{i}"', f'prompt = "question {i}"',
                  'checks = [ { kind = "contains", text = "hello" } ]']
    return "\n".join(parts).encode()


async def test_budget_stops_new_cells_and_resume_finishes(tmp_path: Path) -> None:
    usage = {"prompt_tokens": 1_000_000, "completion_tokens": 0, "total_tokens": 1_000_000}
    with SuiteProvider(lambda b, n: Answer(text="hello", usage=usage)) as prov:
        plan = _plan(tmp_path, {"one": prov.base_url}, _many(6),
                     extra="price_in_per_mtok = 1.0\nprice_out_per_mtok = 1.0")
        runner, _ = await _run(plan, concurrency=1, budget_usd=2.5)
        assert prov.count == 3  # $1 a cell: 1.0 and 2.0 < 2.5 start another, 3.0 stops
        r = runner.result
        assert r["status"] == "partial" and r["stopped"] == "budget"
        assert [c["status"] for c in r["cells"]] == ["ok"] * 3 + ["pending"] * 3
        assert r["summary"]["one-t"]["all"]["cost_usd"] == pytest.approx(3.0)
        plan2 = _plan(tmp_path, {"one": prov.base_url}, _many(6),
                      extra="price_in_per_mtok = 1.0\nprice_out_per_mtok = 1.0")
        again, _ = await _run(plan2, resume=r["id"])
        assert prov.count == 6  # only the three pending cells were sent
        assert again.result["status"] == "complete" and again.result["id"] == r["id"]


async def test_concurrency_bound_and_provider_limit_hold_at_the_server(tmp_path: Path) -> None:
    slow = lambda b, n: Answer(text="hello", delay_s=0.15)  # noqa: E731
    with SuiteProvider(slow) as free, SuiteProvider(slow) as limited:
        plan = _plan(tmp_path, {"free": free.base_url}, _many(8))
        await _run(plan, concurrency=3)
        assert free.count == 8 and free.max_in_flight == 3
        plan = _plan(tmp_path, {"lim": limited.base_url}, _many(6), extra="max_concurrency = 1")
        await _run(plan, concurrency=4)
        # the provider's own limit holds across cases (one gate per provider for the suite)
        assert limited.count == 6 and limited.max_in_flight == 1


def test_one_writer_per_result(tmp_path: Path) -> None:
    from provtui.suite.result import ResultError, ResultJournal

    first = ResultJournal(tmp_path / "r.cells.jsonl")
    try:
        with pytest.raises(ResultError, match="another provtui"):
            ResultJournal(tmp_path / "r.cells.jsonl")
    finally:
        first.close()
    ResultJournal(tmp_path / "r.cells.jsonl").close()  # free again once the first closed


async def test_a_case_repeat_overrides_the_run_repeat(tmp_path: Path) -> None:
    suite = TINY.replace(b'id = "b"', b'id = "b"\nrepeat = 3')
    with SuiteProvider(_hello) as prov:
        plan = _plan(tmp_path, {"one": prov.base_url}, suite)
        runner, _ = await _run(plan)
    assert prov.count == 4
    assert [(c["case"], c["repeat_index"]) for c in runner.result["cells"]] == [
        ("a", 0), ("b", 0), ("b", 1), ("b", 2)]
    assert runner.result["summary"]["one-t"]["y"]["earned"] == 3  # the mean over repeats


def test_hostile_names_never_reach_the_terminal_raw() -> None:
    result = {"targets": ["evil\x1b[31mred"], "repeat": 1,
              "cases": [{"id": "c", "category": "cat\x1b]0;title\x07", "points": 1}],
              "cells": [{"case": "c", "target": "evil\x1b[31mred", "repeat_index": 0,
                         "status": "ok", "earned": 1, "points": 1, "score": 1,
                         "checks": [{"passed": True}], "total_s": 1.0, "cost_usd": None}]}
    result["summary"] = sst.summary(result)
    for text in (format_plain(result), format_markdown(result), format_csv(result)):
        assert "\x1b" not in text and "\x07" not in text


def test_engine_modules_import_without_textual_or_rich() -> None:
    code = ("import sys\nimport provtui.suite.runner, provtui.suite.result, provtui.suite.stats, "
            "provtui.suite.table, provtui.suite.spec, provtui.suite.cost, provtui.suite.commands\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'textual'))\n"
            "print(','.join(bad))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""  # only provtui.ui.suite_progress (the CLI path) may use rich


async def test_an_mcp_server_that_does_not_start_errors_its_cells_only(tmp_path: Path) -> None:
    suite = TINY + b'''
[mcp_servers.broken]
command = "/nonexistent/mcp-server"
[[cases]]
id = "tools"
category = "mcp"
mcp = ["broken"]
prompt = "use tools"
checks = [ { kind = "tools", expect = ["x"] } ]
'''
    with SuiteProvider(_hello) as prov:
        plan = _plan(tmp_path, {"one": prov.base_url}, suite)
        runner, _ = await _run(plan)
    cells = {c["case"]: c for c in runner.result["cells"]}
    assert cells["tools"]["status"] == "error" and cells["tools"]["error_kind"] == "mcp"
    assert cells["a"]["status"] == cells["b"]["status"] == "ok"
    assert prov.count == 2 and runner.result["status"] == "complete"
    assert "ERR (mcp)" in format_plain(runner.result)


def test_plain_progress_scrubs_keys_and_escapes_from_error_messages(monkeypatch) -> None:
    from provtui.suite.events import CellFinished, SuiteStarted
    from provtui.ui.suite_progress import PlainProgress

    secret = "sk-live-THIS-IS-A-FAKE-KEY-0123456789abcdef"
    monkeypatch.setenv("OPENROUTER_API_KEY", secret)
    out = io.StringIO()
    p = PlainProgress(out)
    p.apply(SuiteStarted(result={"cells": [{"status": "pending"}]}))
    p.apply(CellFinished(cell={"case": "c", "target": "t", "repeat_index": 0, "status": "error",
                               "error_kind": "auth", "points": 1, "total_s": 0.2,
                               "error_message": f"invalid key {secret} \x1b[31mred"}))
    line = out.getvalue()
    assert "ERR" in line and "auth: invalid key" in line
    assert secret not in line and "\x1b" not in line
