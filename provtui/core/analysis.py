"""Word counts, text integrity findings and checks for a provider's answer.

Providers corrupt text in ways a reader misses: a streaming detokenizer drops the space between
two words ("soulsbeneath") or puts one inside a word ("rhythm ically"), chat-template tokens
leak (``<|im_end|>``, ``</s>``), a tool call arrives as text, reasoning arrives inline as
``<think>``, bytes decode wrongly (U+FFFD, "cafÃ©").  This module finds those, counts words
the way people count them and scores instruction-following checks.  It never imports a UI
library and loads its word lists on first use (see ``integrity_lexicon``).

Words
    A word is a run of characters between whitespace (em and en dashes also separate words)
    that holds at least one letter or digit.  So a hyphenated word ("state-of-the-art"), a
    contraction ("don't"), a number ("3.5", "34K", "$4.63"), a URL or an identifier counts
    once; punctuation, emoji and markdown markers ("#", "-", "*", "|", ">") do not count, nor
    does an ordered-list marker ("1.", "2)") at the start of a line.  ``<think>`` blocks are left
    out (``strip_think``).  Scripts written without spaces (Chinese, Japanese) count one word
    per run.

Findings
    ``{"kind", "start", "end", "text", "suggestion"}``; ``start``/``end`` are Python string
    indices into the text given (never the stripped one) and ``text == given[start:end]``.
    ``suggestion`` is the replacement text: the words with the space for ``glued_words``, the
    joined word for ``split_word``, the repaired characters for ``mojibake``, and "" where the
    right fix is to remove the span (leaked tokens, tool calls, reasoning, control characters,
    U+FFFD whose lost bytes cannot be known).

    Token checks (glued_words, split_word, leaked_token) skip fenced and inline code, URLs,
    HTML tags, markdown link targets and ``<think>`` blocks.  Glued and split words are judged
    in the answer's language (``language``: English, French, Spanish, German, Italian,
    Portuguese; ``glue_words`` for English, ``glue_intl`` for the others); a text in another
    language gets none.  ``truncated`` (``truncation_findings``: the last turn's finish reason
    was ``length``) needs the turns, so only ``analyze`` adds it; ``repetition``
    (``repetition``) and ``broken_code`` (``code_blocks``) come from the block scanner.

Modules: ``text_words`` (words, sentences, ``<think>``), ``integrity`` (the block scanner and
``IncrementalAnalyzer``), ``glue_words`` / ``glue_intl`` / ``language`` / ``lang_lexicon``
(glued and split words), ``repetition``, ``code_blocks``, ``answer_checks`` (checks).  This
module keeps the public names.
"""

from __future__ import annotations

import json
from typing import Sequence

from provtui.core.answer_checks import run_checks, tool_coverage, validate_check_specs
from provtui.core.glue_words import (  # noqa: F401  (benches and tests look at these)
    _glue_split, _maybe_glued, _split_join, _strong_pieces,
)
from provtui.core.integrity import (  # noqa: F401
    _MASK_RE, FINDING_KINDS, MAX_FINDINGS, MAX_FINDINGS_PER_KIND, IncrementalAnalyzer, find_findings,
)
from provtui.core.integrity_words import _CHUNK_RE  # noqa: F401  (a bench looks at it)
from provtui.core.text_words import count_sentences, count_words, strip_think, think_regions

__all__ = [
    "FINDING_KINDS",
    "strip_think",
    "think_regions",
    "count_words",
    "count_sentences",
    "find_findings",
    "run_checks",
    "validate_check_specs",
    "tool_coverage",
    "analyze",
    "IncrementalAnalyzer",
    "analyze_cli",
    "warm_up",
    "truncation_findings",
]


def warm_up() -> None:
    """Load the word lists now so the first finding does not wait for them."""
    from provtui.core import integrity_lexicon, system_words

    integrity_lexicon.warm_up()
    _strong_pieces()
    system_words.warm_up()


# --------------------------------------------------------------------------------------------
# Everything together


def truncation_findings(text: str, turns: Sequence[dict]) -> list[dict]:
    """``truncated`` when the last turn ended with finish reason ``length`` (the token limit
    cut the answer): one finding at the end of ``text``, empty, with nothing to suggest."""
    last = turns[-1] if turns else None
    if isinstance(last, dict) and last.get("finish_reason") == "length":
        n = len(text)
        return [{"kind": "truncated", "start": n, "end": n, "text": "", "suggestion": "",
                 "detail": "the answer hit the token limit (finish reason 'length')"}]
    return []


def analyze(text: str, *, expect_words: int | None = None, checks: Sequence[dict] = (),
            others: Sequence[str] = (), tool_calls: Sequence[dict] = (),
            turns: Sequence[dict] = (), status: str | None = None) -> dict:
    """``{"words", "findings", "checks"}`` for one answer, as stored in a session run.

    ``expect_words`` adds the check ``{"name": "words", "exact": N}`` before ``checks``.
    ``status`` is the run's status: a run that failed or was cancelled before any text has
    its error as the story, so it gets no ``empty_output`` finding (the checks still fail).
    """
    specs = list(checks)
    if expect_words is not None:
        specs.insert(0, {"name": "words", "exact": expect_words})
    findings = find_findings(text, others=others)
    if status in ("error", "cancelled"):
        findings = [f for f in findings if f["kind"] != "empty_output"]
    findings.extend(truncation_findings(text, turns))
    return {
        "words": count_words(text),
        "findings": findings,
        "checks": run_checks(text, specs, tool_calls=tool_calls, turns=turns),
    }


def _printable(s: str, limit: int = 60) -> str:
    # Provider text is untrusted: never let it move the cursor or recolour the terminal.
    shown = "".join(ch if ch.isprintable() or ch == " " else f"\\u{ord(ch):04x}" for ch in s)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def analyze_cli(stdin_text: str, *, as_json: bool, expect_words: int | None) -> tuple[str, int]:
    """Output of ``provtui analyze [--json] [--expect-words N]`` and its exit status (0)."""
    result = analyze(stdin_text, expect_words=expect_words)
    if as_json:
        return json.dumps(result, ensure_ascii=False, indent=2) + "\n", 0
    lines = [f"words: {result['words']}"]
    findings = result["findings"]
    lines.append(f"findings: {len(findings) or 'none'}")
    for f in findings:
        line = f"  {f['kind']} at {f['start']}-{f['end']}: \"{_printable(f['text'])}\""
        if f["suggestion"]:
            line += f" -> \"{_printable(f['suggestion'])}\""
        lines.append(line)
    for c in result["checks"]:
        lines.append(f"check {c['name']}: {'pass' if c['passed'] else 'FAIL'} ({c['detail']})")
    return "\n".join(lines) + "\n", 0
