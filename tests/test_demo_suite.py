"""`provtui demo --suite`: the showdown suite on the four simulated personas retells the
study.  Everything is computed from a real run (simulated providers on loopback, the real
suite engine, real MCP server, real sandbox for the code checks); the assertions say what the
study says, and for each difference *why* a reader can see it in the cell's checks.

The personas' answers come from their habits (provtui/demo/habits.py), not from a table of
scores: these tests are what keeps the two in line with the study.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from provtui.demo.sim import SimServer
from provtui.demo.suite_demo import demo_suite_plan
from provtui.suite.runner import SuiteRunner

EXPLORER, METHODICAL, ASKER, SMALL = ("explorer · sim", "methodical · sim", "asker · sim",
                                      "small-context · sim")


@pytest.fixture(scope="module")
def showdown(tmp_path_factory: pytest.TempPathFactory) -> dict:
    data = tmp_path_factory.mktemp("data")
    mp = pytest.MonkeyPatch()
    mp.setenv("PROVTUI_DATA_DIR", str(data))
    try:
        with SimServer.start_in_thread(speed=40, jitter=0.0, seed=7) as sim:
            plan = demo_suite_plan(sim.port)
            runner = SuiteRunner(plan, concurrency=8)

            async def drive() -> None:
                async for _ in runner.events():
                    pass

            asyncio.run(drive())
        result = runner.result
    finally:
        mp.undo()
    assert result["status"] == "complete"
    return result


def _summary(result: dict, target: str, cat: str) -> dict:
    return result["summary"][target][cat]


def _cell(result: dict, case: str, target: str) -> dict:
    return next(c for c in result["cells"] if c["case"] == case and c["target"] == target)


def _failed(cell: dict) -> dict[str, str]:
    return {c["name"]: c["detail"] for c in cell["checks"] if not c["passed"]}


@pytest.mark.slow
def test_mcp_task_explorer_6_methodical_5_asker_1_small_context_err(showdown: dict) -> None:
    got = {t: _summary(showdown, t, "mcp") for t in (EXPLORER, METHODICAL, ASKER, SMALL)}
    assert got[EXPLORER]["earned"] == 6 and got[METHODICAL]["earned"] == 5
    assert got[ASKER]["earned"] == 1
    small = _cell(showdown, "ev-battery", SMALL)
    assert small["status"] == "error" and small["error_kind"] == "context_length"
    # why methodical lost a point: it never looked at driving or efficiency data
    assert "get_drives_brief" in _failed(_cell(showdown, "ev-battery", METHODICAL))["tool groups"]


@pytest.mark.slow
def test_instruction_scores_differ_for_reasons_a_reader_can_see(showdown: dict) -> None:
    score = {t: _summary(showdown, t, "instruction")["earned"]
             for t in (EXPLORER, METHODICAL, ASKER, SMALL)}
    assert score[METHODICAL] == score[SMALL] == 15
    assert score[ASKER] < score[EXPLORER] < 15
    # the glued word: the asker's ocean sentence has 11 words and "soulsbeneath"
    ocean = _cell(showdown, "ocean-12", ASKER)
    assert _failed(ocean)["words"].startswith("11 words")
    # the wrong word count: the explorer lost count in a long sentence
    assert _failed(_cell(showdown, "ocean-12", EXPLORER))["words"].startswith("11 words")
    # the missing comma rule: the explorer wrote commas anyway
    assert "commas" in _failed(_cell(showdown, "no-commas-weekend", EXPLORER))["no_commas"]
    # the asker's preamble breaks instructions about how to start and what case to write in
    assert "Dear reader" in _failed(_cell(showdown, "starts-dear-reader", ASKER))["starts_with"]
    assert "lowercase" in _failed(_cell(showdown, "lowercase-autumn", ASKER))


@pytest.mark.slow
def test_reasoning_mostly_identical_and_knowledge_mostly_stable(showdown: dict) -> None:
    targets = (EXPLORER, METHODICAL, ASKER, SMALL)
    reasoning = [_summary(showdown, t, "reasoning")["earned"] for t in targets]
    assert max(reasoning) == 8 and max(reasoning) - min(reasoning) <= 1
    knowledge = [_summary(showdown, t, "knowledge")["earned"] for t in targets]
    assert max(knowledge) == 10 and max(knowledge) - min(knowledge) <= 1


@pytest.mark.slow
def test_coding_identical_on_fizzbuzz_diverging_on_the_harder_cases(showdown: dict) -> None:
    targets = (EXPLORER, METHODICAL, ASKER, SMALL)
    fizz = {_cell(showdown, "fizzbuzz", t)["earned"] for t in targets}
    if any(c.get("error") for c in _cell(showdown, "fizzbuzz", EXPLORER)["checks"]):
        pytest.skip("LOUD SKIP: the code sandbox is unavailable on this machine, so the "
                    "coding rows cannot be compared: " +
                    str(_cell(showdown, "fizzbuzz", EXPLORER)["checks"][0]["error"]))
    assert fizz == {4}
    for case in ("custom-cipher", "data-pipeline"):
        earned = {t: _cell(showdown, case, t)["earned"] for t in targets}
        assert earned[METHODICAL] == earned[SMALL] == 7, (case, earned)
        assert earned[ASKER] < 7 and earned[EXPLORER] < 7, (case, earned)
        detail = _cell(showdown, case, ASKER)["checks"][0]["detail"]
        assert "AssertionError" in detail  # the slip shows as a failing hidden test


@pytest.mark.slow
def test_the_run_saved_one_session_per_case_with_the_personas_answers(showdown: dict) -> None:
    assert len(showdown["cases"]) == 39 and len(showdown["cells"]) == 4 * 39
    path = Path(showdown["path"])
    assert path.is_file()
    sessions = {c["session_id"] for c in showdown["cases"]}
    assert len(sessions) == 39


@pytest.mark.slow
def test_cost_known_where_the_provider_says_it_unknown_where_it_cannot_be_known(
        showdown: dict) -> None:
    cost = {t: showdown["summary"][t]["all"]["cost_usd"]
            for t in (EXPLORER, METHODICAL, ASKER, SMALL)}
    assert cost[EXPLORER] == 0  # local: priced 0 in the config
    assert cost[METHODICAL] > 0  # the config's prices x the usage it sends
    assert cost[ASKER] > 0  # usage.cost, as OpenRouter sends it
    assert cost[SMALL] is None  # no usage at all: never guessed
