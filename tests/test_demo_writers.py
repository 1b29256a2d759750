"""The simulated personas answer from behaviour: generic writers per kind of prompt, passed
through each persona's habits.  Prompts the built-in suites do not contain show it (other
numbers, other topics, other constraints), and swapping habits swaps the behaviour."""

from __future__ import annotations

import dataclasses
import re

from provtui.core.analysis import analyze, count_words
from provtui.demo.code_writer import write_code
from provtui.demo.habits import HABITS, Habits
from provtui.demo.instruction_writer import read_constraints, write
from provtui.demo.personas import PERSONALITIES
from provtui.demo.reasoning_writer import answer_puzzle
from provtui.demo.suite_answers import answer

CAREFUL, SLOPPY = Habits(code_care=3), Habits(code_care=1)


def _load(code_answer: str) -> dict:
    code = re.search(r"```python\n(.*?)```", code_answer, re.S).group(1)
    ns: dict = {}
    exec(compile(code, "solution", "exec"), ns)  # our own generated code, not a model's
    return ns


def test_puzzles_are_solved_from_the_prompts_numbers() -> None:
    text = answer_puzzle("A pen and a cap cost $2.50 in total. The pen costs $2.00 more than "
                         "the cap. How much does the cap cost? Finish with \"Answer: <x>\".",
                         CAREFUL)
    assert text is not None and "Answer: $0.25" in text
    text = answer_puzzle("Bacteria in a dish double every day and fill it in 30 days. When "
                         "is it half full?", CAREFUL)
    assert text is not None and "29 days" in text
    text = answer_puzzle("A clock shows 9:00. What is the smaller angle between the hands?",
                         CAREFUL)
    assert text is not None and "Answer: 90 degrees" in text


def test_word_counts_follow_the_habit_not_the_topic() -> None:
    for n in (10, 13, 17):
        prompt = f"Write a {n}-word sentence about volcanoes."
        assert count_words(write(prompt, CAREFUL)) == n
        assert count_words(write(prompt, Habits(loose_counting=True))) == n - 1
        glued = write(prompt, Habits(glues_words=True))
        assert count_words(glued) == n - 1
        assert any(f["kind"] == "glued_words" for f in analyze(glued)["findings"]), glued


def test_constraints_are_read_and_met_by_a_careful_writer() -> None:
    prompt = ('Write exactly 5 bullet points about bridges in lowercase, without using any '
              'commas. Include the words "steel" and "arch".')
    c = read_constraints(prompt)
    assert (c.bullets, c.lowercase, c.no_commas) == (5, True, True)
    assert c.include == ["steel", "arch"]
    text = write(prompt, CAREFUL)
    assert len(re.findall(r"(?m)^- ", text)) == 5 and text == text.lower()
    assert "," not in text and "steel" in text and "arch" in text
    sloppy = write(prompt, Habits(commas_anyway=True, chatty_preamble=True))
    assert "," in sloppy and sloppy.startswith("Sure!")


def test_the_off_by_one_slip_only_in_tasks_harder_than_the_personas_care() -> None:
    prompt = ("Write two Python functions: int_to_roman(n: int) -> str and "
              "roman_to_int(s: str) -> int, its inverse.")
    good = _load(write_code(prompt, CAREFUL))
    bad = _load(write_code(prompt, SLOPPY))
    assert good["roman_to_int"](good["int_to_roman"](2024)) == 2024
    assert bad["int_to_roman"](2024) == "MMXXIV"  # the easy direction is right
    assert bad["roman_to_int"]("MCMXCIV") != 1994  # the boundary slip
    fizz = "Write a Python function fizzbuzz(n) that returns a list of strings for 1 to n."
    assert _load(write_code(fizz, SLOPPY))["fizzbuzz"](15)[-1] == "FizzBuzz"


def test_habits_not_names_decide_swapping_them_swaps_the_answers() -> None:
    prompt = "Describe a harbour at dawn in exactly three sentences. Do not use any commas."
    asker, methodical = PERSONALITIES["asker"], PERSONALITIES["methodical"]
    a = answer(asker, prompt).content
    m = answer(methodical, prompt).content
    assert a != m
    swapped = dict(HABITS)
    swapped["asker"], swapped["methodical"] = HABITS["methodical"], HABITS["asker"]
    import provtui.demo.suite_answers as sa

    original = sa.HABITS
    sa.HABITS = swapped
    try:
        assert answer(asker, prompt).content == m
        assert answer(dataclasses.replace(methodical), prompt).content == a
    finally:
        sa.HABITS = original
