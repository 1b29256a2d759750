"""The simulated model's answers to riddles, puzzles and factual questions.

Puzzles are solved from the numbers in the prompt (bat-and-ball, lily pads, machines and
widgets, sisters), riddles and facts come from what "the weights" know.  Every persona has the
same weights, so the answers agree; only the persona's habits change how they are written
(``rounds_numbers`` gives approximate figures, as a coarser quantization might).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from provtui.demo.habits import Habits

__all__ = ["answer_fact", "answer_puzzle", "short_answer"]


def _nums(prompt: str) -> list[float]:
    return [float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", prompt)]


def _money(v: float) -> str:
    return f"${v:.2f}" + (f" ({round(v * 100)} cents)" if v < 1 else "")


def _bat_ball(p: str) -> str | None:
    """"An X and a Y cost T in total; the X costs D more than the Y": the Y costs (T - D)/2,
    not the intuitive T - D."""
    m = re.search(r"cost\s+\$?(\d+(?:\.\d+)?)\s+in total.*?the (\w+) costs\s+\$?(\d+(?:\.\d+)?)"
                  r"\s+more than the (\w+)", p, re.I | re.S)
    if not m:
        return None
    total, big, more, small = float(m.group(1)), m.group(2), float(m.group(3)), m.group(4)
    x = (total - more) / 2
    return (f"If the {small} costs x, the {big} costs x + {more:.2f}, so 2x + {more:.2f} = "
            f"{total:.2f} and x = {x:.2f}. The {small} costs {_money(x)}, not "
            f"{_money(total - more)}.\nAnswer: {_money(x)}")


def _lily(p: str) -> str | None:
    if not re.search(r"doubl", p, re.I) or not re.search(r"lily|pads?|patch|bacteria", p, re.I):
        return None
    days = [int(n) for n in _nums(p) if n > 2]
    if not days:
        return None
    n = days[0]
    return (f"The patch doubles every day, so the day before it covers the whole lake it covers "
            f"half. It covers half the lake on day {n - 1}. **Answer: {n - 1} days.**")


def _machines(p: str) -> str | None:
    if not re.search(r"machines?", p, re.I) or not re.search(r"widgets?", p, re.I):
        return None
    nums = _nums(p)
    if len(nums) < 3:
        return None
    minutes = nums[1]
    return (f"Each machine makes one widget in {minutes:g} minutes, and the machines work in "
            f"parallel. **Answer: {minutes:g} minutes.**")


def _surgeon(p: str) -> str | None:
    if not re.search(r"surgeon", p, re.I):
        return None
    return ("The surgeon is the boy's mother. The riddle only works if one assumes a surgeon is "
            "a man. **Answer: the surgeon is his mother.**")


def _sisters(p: str) -> str | None:
    m = re.search(r"(\w+) has (\d+) brothers?.*each (?:of her )?brothers? has (\d+) sisters?", p,
                  re.I | re.S)
    if not m:
        return None
    n = int(m.group(3)) - 1
    return (f"Each brother's {m.group(3)} sisters include {m.group(1)} herself, so she has "
            f"{n} sister{'s' if n != 1 else ''}. **Answer: {n}.**")


def _sheep(p: str) -> str | None:
    m = re.search(r"all but (\d+|\w+)", p, re.I)
    if not m or not re.search(r"sheep|cows?|die|run away", p, re.I):
        return None
    return f"\"All but {m.group(1)}\" means {m.group(1)} are left. **Answer: {m.group(1)}.**"


def _months(p: str) -> str | None:
    if not re.search(r"months?.*28 days", p, re.I):
        return None
    return "Every month has at least 28 days. **Answer: 12.**"


def _pound(p: str) -> str | None:
    if not re.search(r"pound of (feathers|bricks|lead|gold)", p, re.I):
        return None
    return "A pound is a pound: they weigh the same. **Answer: neither; they weigh the same.**"


def _race(p: str) -> str | None:
    if not re.search(r"overtake|pass(?:es)? the (?:person|runner) in second", p, re.I):
        return None
    return ("Passing the person in second place puts you in their place. "
            "**Answer: second place.**")


def _syllogism(p: str) -> str | None:
    m = re.search(r"all (\w+) are (\w+) and all (\w+) are (\w+)\. are all (\w+) "
                  r"(?:definitely )?(\w+)", p, re.I)
    if not m or m.group(2).lower() != m.group(3).lower():
        return None
    return (f"Yes. Every {m.group(1)} is a {m.group(2)}, and every {m.group(3)} is a "
            f"{m.group(4)}, so every {m.group(1)} is a {m.group(4)}.")


def _sequence(p: str) -> str | None:
    m = re.search(r"sequence\s+([\d,\s]+)", p, re.I)
    if not m:
        return None
    xs = [int(x) for x in re.findall(r"\d+", m.group(1))]
    if len(xs) < 4:
        return None
    d = [b - a for a, b in zip(xs, xs[1:])]
    dd = [b - a for a, b in zip(d, d[1:])]
    if len(set(dd)) == 1:
        nxt = xs[-1] + d[-1] + dd[0]
        return (f"The differences grow by {dd[0]} each time, so the next one is "
                f"{d[-1] + dd[0]}.\nAnswer: {nxt}")
    return None


def _clock(p: str) -> str | None:
    m = re.search(r"clock shows (\d{1,2}):(\d\d)", p, re.I)
    if not m:
        return None
    h, mi = int(m.group(1)) % 12, int(m.group(2))
    angle = abs(30 * h + 0.5 * mi - 6 * mi)
    angle = min(angle, 360 - angle)
    return (f"The hour hand is at {30 * h + 0.5 * mi:g} degrees and the minute hand at "
            f"{6 * mi} degrees.\nAnswer: {angle:g} degrees")


_PUZZLES: list[Callable[[str], str | None]] = [
    _bat_ball, _lily, _machines, _surgeon, _sisters, _sheep, _months, _pound, _race, _syllogism,
    _sequence, _clock]


def answer_puzzle(prompt: str, h: Habits) -> str | None:
    for solve in _PUZZLES:
        out = solve(prompt)
        if out:
            return out
    return None


# pattern in the question -> (precise answer, approximate answer)
_FACTS: list[tuple[str, str, str]] = [
    (r"capital.*kazakhstan", "The capital of Kazakhstan is Astana (called Nur-Sultan from 2019 "
     "to 2022).", "The capital of Kazakhstan is Astana."),
    (r"speed of light", "The speed of light in a vacuum is 299,792,458 m/s (about 299,792 km/s).",
     "The speed of light is about 300,000 km/s."),
    (r"berlin wall", "The Berlin Wall fell on 9 November 1989.",
     "The Berlin Wall fell in 1989."),
    (r"capital of australia", "The capital of Australia is Canberra.",
     "The capital of Australia is Canberra."),
    (r"capital of canada", "The capital of Canada is Ottawa.", "The capital of Canada is Ottawa."),
    (r"capital of japan", "The capital of Japan is Tokyo.", "The capital of Japan is Tokyo."),
    (r"chemical symbol.*gold|gold.*chemical symbol", "The chemical symbol for gold is Au.",
     "The chemical symbol for gold is Au."),
    (r"largest planet", "Jupiter is the largest planet in the Solar System.",
     "Jupiter is the largest planet in the Solar System."),
    (r"pride and prejudice", "Pride and Prejudice was written by Jane Austen (1813).",
     "Pride and Prejudice was written by Jane Austen."),
    (r"\b1984\b.*(wrote|author)|(wrote|author).*\b1984\b", "1984 was written by George Orwell.",
     "1984 was written by George Orwell."),
    (r"boil", "Water boils at 100 °C (212 °F) at sea level.", "Water boils at about 100 °C."),
    (r"bones", "A typical adult human has 206 bones.", "An adult has 206 bones."),
    (r"table salt", "Table salt is sodium chloride, NaCl.", "Table salt is sodium chloride, NaCl."),
    (r"tallest mountain|highest mountain|mount everest", "Mount Everest is the highest mountain, "
     "8,849 m above sea level.", "Mount Everest is the highest mountain, about 8,800 m."),
    (r"first (person|man|human).*moon|walk on the moon|land(ed)? on the moon",
     "Neil Armstrong was the first person to walk on the Moon, on 20 July 1969.",
     "Neil Armstrong, in 1969."),
    (r"world war ii end|second world war end|end of world war ii|ww2", "World War II ended in "
     "1945.", "World War II ended in 1945."),
    (r"mona lisa", "The Mona Lisa was painted by Leonardo da Vinci.",
     "The Mona Lisa was painted by Leonardo da Vinci."),
    (r"chemical formula.*water|water.*chemical formula", "The chemical formula of water is H2O.",
     "The chemical formula of water is H2O."),
    (r"currency of japan|japan's currency", "The currency of Japan is the yen.",
     "The currency of Japan is the yen."),
    (r"how many planets", "There are 8 planets in the Solar System.",
     "There are 8 planets in the Solar System."),
    (r"smallest prime", "The smallest prime number is 2.", "The smallest prime number is 2."),
    (r"hardest natural", "Diamond is the hardest natural substance.",
     "Diamond is the hardest natural substance."),
    (r"dna stand", "DNA stands for deoxyribonucleic acid.",
     "DNA stands for deoxyribonucleic acid."),
    (r"speed of sound", "The speed of sound in air is about 343 m/s at 20 °C.",
     "The speed of sound is about 340 m/s."),
    (r"atomic number of (carbon)", "Carbon's atomic number is 6.", "Carbon's atomic number is 6."),
    (r"longest river", "The Nile is usually given as the longest river (about 6,650 km), with "
     "the Amazon a close rival.", "The Nile, at about 6,600 km."),
    (r"theory of relativity|relativity", "Albert Einstein developed the theory of relativity "
     "(special 1905, general 1915).", "Albert Einstein."),
]


_SHORT: list[tuple[str, str]] = [
    (r"colou?r.*banana", "Yellow."),
    (r"colou?r.*(sky|sea)\b", "Blue."),
    (r"colou?r.*grass", "Green."),
    (r"capital.*france", "Paris."),
]


def short_answer(prompt: str) -> str | None:
    """A one- or two-word answer to a question, for "answer in one word" instructions."""
    return next((a for pattern, a in _SHORT if re.search(pattern, prompt, re.I)), None)


def answer_fact(prompt: str, h: Habits) -> str | None:
    for pattern, precise, rough in _FACTS:
        if re.search(pattern, prompt, re.I):
            return rough if h.rounds_numbers else precise
    return None
