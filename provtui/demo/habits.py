"""How each simulated persona writes, as behaviour rather than as scores.

The suite's answers (``suite_answers``) are produced by one generic writer per kind of prompt
(an instruction with constraints, a riddle, a fact, a coding task); each persona then writes
through its own habits.  Nothing here knows what a case is worth or what a check expects: the
scores a suite gives these personas follow from what they wrote.

- ``glues_words``: one space lost in a longer sentence ("soulsbeneath"), the way the seed's
  OpenRouter answer came back; every word count and keyword check over it suffers.
- ``chatty_preamble``: opens with "Sure! Here is ..." whatever the instruction said about how
  to start, what case to write in, or that only JSON was wanted.
- ``loose_counting``: loses count in long sentences (a 12-word request gets 11 words).
- ``commas_anyway``: joins clauses with a comma even when told not to use commas.
- ``rounds_numbers``: gives figures approximately ("about 300,000 km/s"), as a coarser
  quantization might.
- ``code_care``: the hardest coding task (1 easy .. 3 hard) it still writes correctly; above
  that it makes the off-by-one slip of someone who did not trace the boundary case.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["HABITS", "Habits"]


@dataclass(frozen=True)
class Habits:
    glues_words: bool = False
    chatty_preamble: bool = False
    loose_counting: bool = False
    commas_anyway: bool = False
    code_care: int = 3
    rounds_numbers: bool = False


HABITS: dict[str, Habits] = {
    # Like the seed's Ollama: 11 words for 12, commas between clauses, careful code but for
    # the hardest task.
    "explorer": Habits(loose_counting=True, commas_anyway=True, code_care=2),
    # Like NVIDIA NIM: follows every instruction.
    "methodical": Habits(code_care=3),
    # Like the seed's OpenRouter: glued words, a friendly preamble, slips in harder code.
    "asker": Habits(glues_words=True, chatty_preamble=True, code_care=1),
    # Like DeepInfra (FP8): follows every instruction when the request fits its context, and
    # states figures roughly.
    "small": Habits(code_care=3, rounds_numbers=True),
}
