"""The simulated model's answer to an instruction with constraints (IFEval style).

``read_constraints`` reads what the prompt asks for (a word count, sentences, bullets,
paragraphs, case, no commas, a first or last phrase, words to include or avoid, JSON);
``write`` composes a text that meets them, then passes it through the persona's habits
(``habits``): a glued word, a friendly preamble, a lost count, commas anyway.  A persona with
no habits meets every constraint it understood.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from provtui.demo.habits import Habits

__all__ = ["Constraints", "read_constraints", "write"]

_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_N = r"(\d{1,3}|" + "|".join(_NUMBERS) + r")"


def _int(raw: str) -> int:
    raw = raw.lower()
    return int(raw) if raw.isdigit() else _NUMBERS[raw]


@dataclass
class Constraints:
    topic: str = "the world"
    words: tuple[str, int] | None = None          # ("equals"|"min"|"max", n)
    sentences: int | None = None
    bullets: int | None = None
    paragraphs: int | None = None
    lowercase: bool = False
    uppercase: bool = False
    no_commas: bool = False
    starts_with: str | None = None
    ends_with: str | None = None
    include: list[str] = field(default_factory=list)
    avoid: list[str] = field(default_factory=list)
    json_keys: list[str] | None = None
    json_types: dict[str, str] = field(default_factory=dict)
    title: bool = False


def _quoted(text: str) -> list[str]:
    return [a or b for a, b in re.findall(r"[\"“']([^\"”']+)[\"”']|`([^`]+)`", text)]


def read_constraints(prompt: str) -> Constraints:
    c = Constraints()
    t = re.search(r"\babout\s+((?:the\s+|a\s+|an\s+)?[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?)",
                  prompt, re.I)
    t = t or re.search(r"\b(?:describe|explain|summari[sz]e|on|of)\s+"
                       r"(?:why|how|what|your|my|our|their)?\s*"
                       r"((?:the\s+)?[A-Za-z][\w-]*(?:\s+[a-z]+)?)", prompt, re.I)
    if t:
        topic = re.split(r"\s+(?:in|with|using|without|that|and|which|of)\b", t.group(1))[0]
        c.topic = topic.strip().rstrip(".,;:")
    m = re.search(r"\b(exactly|at least|at most|no more than|fewer than|less than|more than)?"
                  rf"\s*{_N}[\s-]+words?\b", prompt, re.I)
    if rng := re.search(r"\b(\d{1,3})\s*(?:to|-|–)\s*(\d{1,3})\s+words?\b", prompt, re.I):
        c.words = ("equals", (int(rng.group(1)) + int(rng.group(2))) // 2)
    elif m:
        n = _int(m.group(2))
        q = (m.group(1) or "exactly").lower()
        kind = {"at least": "min", "more than": "min", "at most": "max", "no more than": "max",
                "fewer than": "max", "less than": "max"}.get(q, "equals")
        if q in ("more than",):
            n += 1
        if q in ("fewer than", "less than"):
            n -= 1
        c.words = (kind, n)
    if m := re.search(rf"\b(?:exactly\s+|in\s+)?{_N}\s+sentences?\b", prompt, re.I):
        c.sentences = _int(m.group(1))
    if m := re.search(rf"\b{_N}\s+(?:bullet(?:\s+points?)?|bulleted\s+items|list\s+items)\b",
                      prompt, re.I):
        c.bullets = _int(m.group(1))
    elif re.search(r"bullet", prompt, re.I) and (m := re.search(rf"\bexactly\s+{_N}\b", prompt,
                                                                 re.I)):
        c.bullets = _int(m.group(1))
    if m := re.search(rf"\b{_N}\s+paragraphs?\b", prompt, re.I):
        c.paragraphs = _int(m.group(1))
    c.lowercase = bool(re.search(r"lower[\s-]?case|no capital letters|without capital", prompt,
                                 re.I))
    c.uppercase = not c.lowercase and bool(re.search(
        r"upper[\s-]?case|capital letters|all caps|in capitals", prompt, re.I))
    c.no_commas = bool(re.search(r"(no|without(?: using)?(?: any)?|not use any|avoid(?: using)?)"
                                 r"\s+commas?", prompt, re.I))
    if m := re.search(r"(?:start|begin)\w*\s+(?:\w+\s+){0,3}with\s+"
                      r"(?:the\s+(?:exact\s+)?(?:words?|phrase)\s+)?"
                      r"[\"“']([^\"”']+)[\"”']", prompt, re.I):
        c.starts_with = m.group(1)
    if m := re.search(r"(?:end|finish)\w*\s+(?:\w+\s+){0,3}with\s+(?:the\s+(?:word|phrase|exact "
                      r"phrase)\s+)?[\"“']([^\"”']+)[\"”']", prompt, re.I):
        c.ends_with = m.group(1)
    for m in re.finditer(r"(?<!not )(?:include|mention|use|contain)s?\s+(?:both\s+)?(?:the\s+)?"
                         r"(?:words?|keywords?|terms?|phrases?)\s+([^.]+)", prompt, re.I):
        c.include += _quoted(m.group(1))
    for m in re.finditer(r"(?:do not|don't|never|without)\s+(?:use|using|mention|mentioning|"
                         r"say|saying|include|including)\s+(?:the\s+)?(?:words?|terms?)\s+"
                         r"([^.]+)", prompt, re.I):
        c.avoid += _quoted(m.group(1))
    c.include = [w for w in c.include if w not in c.avoid]
    if re.search(r"\bJSON\b", prompt):
        keys = re.search(r"keys?\s+([^.]+)", prompt, re.I)
        c.json_keys = _quoted(keys.group(1)) if keys else []
        c.json_types = {k: t.lower() for k, t in re.findall(
            r"[\"“']([^\"”']+)[\"”']\s*\(([^)]*)\)", prompt)}
        if not c.json_keys and keys:
            c.json_keys = re.findall(r"\b([a-z_]{2,})\b", keys.group(1))[:4]
    c.title = bool(re.search(r"<<|double angular", prompt, re.I))
    return c


# ---- composing


def _noun(topic: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", topic, flags=re.I) or "world"


def _sentences(topic: str, n: int) -> list[str]:
    t = _noun(topic)
    bank = [
        f"The {t} rewards anyone who takes the time to look closely",
        f"Small changes in the {t} often carry large consequences later",
        f"People have studied the {t} for centuries and still find surprises",
        f"Learning about the {t} begins with simple careful attention",
        f"Every season shows the {t} in a slightly different light",
        f"Good questions about the {t} lead to better answers over time",
        f"The history of the {t} is full of patient quiet work",
        f"Anyone can start exploring the {t} with a notebook and curiosity",
    ]
    return [bank[i % len(bank)] + "." for i in range(max(1, n))]


_FILLER = ("quietly beneath the wide silver sky while gentle light drifts across every distant "
           "shore and patient winds carry old stories home again tonight").split()


def _n_words(topic: str, n: int) -> str:
    words = ["The", *_noun(topic).split(), "moves"] + _FILLER
    while len(words) < n:
        words += _FILLER
    return " ".join(words[:max(1, n)]) + "."


def _body(c: Constraints, h: Habits) -> str:
    if c.json_keys is not None:
        keys = c.json_keys or ["topic", "summary"]
        obj = {}
        for i, k in enumerate(keys):
            kind = c.json_types.get(k, "")
            if "integer" in kind or "number" in kind:
                obj[k] = 42
            elif "array" in kind or "list" in kind:
                obj[k] = ["reading", "hiking", "chess"]
            elif "bool" in kind:
                obj[k] = True
            elif "name" in k:
                obj[k] = "Mara Lindqvist"
            else:
                obj[k] = _noun(c.topic) if i == 0 else _sentences(c.topic, i + 1)[-1]
        return json.dumps(obj, indent=2)
    if c.words and c.words[0] == "equals":
        n = c.words[1]
        if h.loose_counting and n >= 10:
            n -= 1  # loses count in a long sentence
        return _n_words(c.topic, n)
    if c.bullets:
        n = c.bullets + 1 if h.loose_counting and c.bullets >= 4 else c.bullets
        return "\n".join(f"- {s}" for s in _sentences(c.topic, n))
    if c.paragraphs:
        per = max(1, (c.sentences or 2 * c.paragraphs) // c.paragraphs)
        sents = _sentences(c.topic, per * c.paragraphs)
        return "\n\n".join(" ".join(sents[i * per:(i + 1) * per]) for i in range(c.paragraphs))
    n = c.sentences or 3
    text = " ".join(_sentences(c.topic, n))
    if c.words and c.words[0] == "min":
        while len(text.split()) < c.words[1]:
            n += 1
            text = " ".join(_sentences(c.topic, n))
    if c.words and c.words[0] == "max" and len(text.split()) > c.words[1]:
        text = _n_words(c.topic, max(1, c.words[1] - 2))
    return text


def _with_commas(text: str) -> str:
    """A comma before the clause of every longer sentence ("secrets, painting")."""
    def one(m: re.Match[str]) -> str:
        sent = m.group(0)
        if len(sent.split()) < 6 or "," in sent:
            return sent
        return re.sub(r" (while|and|for|often|which|because|but|with|to) ", r", \1 ", sent,
                      count=1)
    return re.sub(r"[A-Za-z][^.\n!?]*[.!?]?", one, text)


def _glue(text: str, keep: list[str]) -> str:
    """One space lost in the middle of the first longer sentence, between two plain words."""
    kept = {w.lower() for k in keep for w in k.split()}
    for m in re.finditer(r"[^.\n!?\"]{30,}", text):
        sent = m.group(0)
        spans = [(w.start(), w.end()) for w in re.finditer(r"[a-z]{3,}", sent)]
        mid = len(spans) // 2
        for i in list(range(mid, len(spans) - 1)) + list(range(1, mid)):
            (a0, a1), (b0, b1) = spans[i], spans[i + 1]
            if sent[a1:b0] == " " and sent[a0:a1] not in kept and sent[b0:b1] not in kept:
                s = m.start()
                return text[:s + a1] + text[s + b0:]
    return text


def write(prompt: str, h: Habits, short_answer: str | None = None) -> str:
    """``short_answer``: what the model knows the question's answer to be, for an instruction
    such as "answer with exactly one word"."""
    c = read_constraints(prompt)
    if short_answer and c.words and c.words[0] == "equals" and c.words[1] <= 3:
        text = " ".join(short_answer.split()[:c.words[1]])
    else:
        text = _body(c, h)
    if c.include:
        missing = [w for w in c.include if w.lower() not in text.lower()]
        if missing and c.json_keys is None:
            extra = "It all comes back to " + " and ".join(missing) + "."
            if not c.words:  # into the last line: a bullet count stays what was asked
                text = text.rstrip().rstrip(".") + ". " + extra
    if c.title:
        text = f"<<{_noun(c.topic).title()}>>\n\n" + text
    if h.commas_anyway and c.json_keys is None:
        text = _with_commas(text)
    elif c.no_commas:
        text = text.replace(",", "")
    if c.starts_with:
        text = c.starts_with + " " + text[0].lower() + text[1:]
    if c.ends_with:
        text = text.rstrip() + " " + c.ends_with
    if h.glues_words:
        text = _glue(text, c.include + c.avoid + [c.starts_with or "", c.ends_with or ""])
    if c.json_keys is not None and h.chatty_preamble:
        text = f"```json\n{text}\n```"
    preamble = "Sure! Here it is:\n\n" if h.chatty_preamble else ""
    if c.lowercase:
        text = text.lower()
    if c.uppercase:
        text = text.upper()
    return preamble + text
