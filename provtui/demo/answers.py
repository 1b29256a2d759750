"""The decision: the next assistant message of a personality, from the request alone.

Tool tasks go to ``ev_answers`` (the EV fleet server); prompts without tools to
``suite_answers`` (instructions, puzzles, facts, code), the seed's ocean sentence aside.
"""

from __future__ import annotations

import re
from typing import Any

from provtui.demo.conversation import Conversation, Reply, vehicles_of
from provtui.demo.ev_answers import (
    _PLANS,
    ASKER_FOLLOW_UP,
    Step,
    _plan_turn,
    _think_before,
    _tool_calls,
    asker_analysis,
    asker_question,
    explorer_analysis,
    methodical_analysis,
    small_analysis,
)
from provtui.demo.personas import Personality
from provtui.demo.suite_answers import answer as suite_answer

# ---- the N-word sentence task

_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_WORDS_TASK = re.compile(
    r"\b(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")[\s-]+words?\b(?:[\s-]+long)?", re.I)

# The seed's table, word for word.
_SEED_OCEAN = {
    "small": "The endless blue horizon whispers secrets of distant worlds beyond boundless "
             "imagination.",
    "methodical": "The ocean waves rhythmically crash a soothing sound that calms the soul",
    "explorer": "Ocean waves whisper ancient secrets, painting shifting horizons beneath "
                "endless skies.",
    "asker": "Waves whispered secrets to wandering soulsbeneath endless blue horizons of "
             "mystery.",
}

def words_task(prompt: str) -> tuple[int, str] | None:
    """(N, topic) when the prompt asks for an N-word sentence."""
    m = _WORDS_TASK.search(prompt)
    if not m or not re.search(r"sentence|line|phrase", prompt, re.I):
        return None
    raw = m.group(1).lower()
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    t = re.search(r"\babout\s+(?:the\s+|a\s+|an\s+)?([A-Za-z][\w-]*)", prompt, re.I)
    return n, (t.group(1).lower() if t else "world")


def sentence_reply(p: Personality, n: int, topic: str) -> Reply | None:
    """The seed study's own four sentences for its 12-word ocean prompt (each one is what that
    persona's habits produce: a glued word, a comma and a lost count, ...); None otherwise."""
    if not (n == 12 and topic == "ocean"):
        return None
    reasoning = ""
    if p.reasoning_field:
        reasoning = (f"The user wants exactly {n} words about {topic}. Let me draft one and "
                     f"count the words before answering.")
    return Reply(reasoning=reasoning, content=_SEED_OCEAN[p.name])


# ---- the decision


def decide(p: Personality, body: dict[str, Any]) -> Reply:
    """The next assistant message for this personality, from the conversation alone."""
    conv = Conversation.from_body(body)
    task = words_task(conv.prompt)
    if task and not conv.calls and (seed := sentence_reply(p, *task)) is not None:
        return seed
    if not conv.tools:
        return suite_answer(p, conv.prompt)
    if "list_vehicles" not in conv.tools:
        return Reply(
            reasoning=("No tools I know are offered; I can only answer in text."
                       if p.reasoning_field else ""),
            content=(f"(provtui simulated provider \"{p.name}\", behaving like {p.like}.) "
                     "This simulated model only knows the demo's two tasks: the EV battery "
                     "analysis with the ev MCP server attached, and an N-word sentence. "
                     "For anything else, configure a real provider (provtui config init)."))
    plan = _PLANS[p.name]
    if p.name == "asker" and conv.asked_before:
        chosen = _named_vehicle(conv)
        if chosen is not None:
            plan = [[Step(s.tool, chosen, s.hints, s.why) for s in turn]
                    for turn in ASKER_FOLLOW_UP]
    turn = _plan_turn(plan, conv.steps, conv)
    if turn is not None:
        reasoning = _think_before(turn, conv) if p.reasoning_field else ""
        return Reply(reasoning=reasoning, tool_calls=_tool_calls(turn, conv))
    if p.name == "asker":
        if conv.asked_before and _named_vehicle(conv) is not None:
            content = asker_analysis(conv)
        else:
            content = asker_question(conv)
        reasoning = ("There is more than one vehicle, so I should check with the user which "
                     "one to analyze before calling more tools.")
        return Reply(reasoning=reasoning, content=content)
    content = {"explorer": explorer_analysis, "methodical": methodical_analysis,
               "small": small_analysis}[p.name](conv)
    reasoning = ""
    if p.reasoning_field:
        reasoning = (f"I have results from {len(conv.calls)} tool calls. Time to summarise "
                     "battery health first, then charging, then infrastructure.")
    return Reply(reasoning=reasoning, content=content)


def _named_vehicle(conv: Conversation) -> int | None:
    text = conv.prompt.lower()
    for i, v in enumerate(vehicles_of(conv)):
        words = [w for w in re.split(r"\W+", v.label.lower() + " " + (v.nickname or "").lower())
                 if len(w) > 1]
        if any(re.search(rf"\b{re.escape(w)}\b", text) for w in words):
            return i
    return None
