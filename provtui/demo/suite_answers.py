"""The simulated model's answer to a prompt without tools: a coding task, a puzzle, a factual
question, or an instruction with constraints, each written by its generic writer and passed
through the persona's habits (``habits``).  This is what the built-in suites get.
"""

from __future__ import annotations

import re

from provtui.demo.code_writer import write_code
from provtui.demo.conversation import Reply
from provtui.demo.habits import HABITS, Habits
from provtui.demo.instruction_writer import write
from provtui.demo.personas import Personality
from provtui.demo.reasoning_writer import answer_fact, answer_puzzle, short_answer

__all__ = ["answer"]

_CODING = re.compile(r"\b(python|function|def |implement|write code|class)\b", re.I)


def answer(p: Personality, prompt: str) -> Reply:
    h = HABITS.get(p.name, Habits())
    kind, text = _write(prompt, h)
    reasoning = ""
    if p.reasoning_field:
        reasoning = {
            "code": "A coding task. I will write the function and check the edge cases.",
            "puzzle": "A puzzle. Let me set up the quantities and avoid the intuitive trap.",
            "fact": "A factual question; I know this one.",
            "instruction": "Let me follow each constraint in the instruction exactly.",
        }[kind]
    if h.chatty_preamble and kind in ("puzzle", "fact"):
        text = "Great question! " + text
    return Reply(reasoning=reasoning, content=text)


def _write(prompt: str, h: Habits) -> tuple[str, str]:
    if _CODING.search(prompt):
        code = write_code(prompt, h)
        if code is not None:
            return "code", code
    puzzle = answer_puzzle(prompt, h)
    if puzzle is not None:
        return "puzzle", puzzle
    fact = answer_fact(prompt, h)
    if fact is not None:
        return "fact", fact
    return "instruction", write(prompt, h, short_answer(prompt))
