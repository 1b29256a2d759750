"""Glued words among words no dictionary knows: a run of tool names is not prose.

A glued-word finding says "two known words lost the space between them".  Its false alarms
cluster where prose stops being the language's own: a sentence that lists tools in lower case
("I keep files in kopia, read feeds in miniflux, save pages to wallabag, sort photos in
darktable"), or a passage in a language the checks do not judge but took for a judged one.
There the name that splits into two words ("darktable") sits among names that split into
nothing, and it is one more name.

So a glued word with ``MIN_UNKNOWN`` or more unknown words within ``WINDOW`` words either side
is not reported.  A glued word of two content words counts its content-word neighbours found in
the same piece as unknown words too: in "esphome, pulseview and openscad" each name that splits
into two words is one more name beside the others (a glue of a function word, "ofthe", never
counts nor is counted this way).  An unknown word is a lower-case word of letters,
``MIN_LENGTH`` or more, that the language's frequency list does not hold, nor its lists of
forms (a verb's form, a verb with its clitics, a number written out), and its spell-check
dictionary (when there is one) does not accept; the other glued and split words found in the
same piece are not counted (a passage with three glues is still prose), but for the glue of
two content words above.  Code spans, URLs and tags are masked before this sees them.

Measured on the labelled sets v3-v63 (45,565 glues): 370 false alarms -> 319 with the
hunspell dictionaries, 491 -> 439 without them, and no glue lost either way
(``tests/bench/results_findings.md``).  Content-word glues counting each other: v3-v75
(54,929 glues), 425 -> 389 with the dictionaries, 793 -> 743 without, 0 and 2 glues lost.
The window is one piece of prose (a line, or a sentence of a very long line), so the verdict
does not depend on how the text streamed in.
"""

from __future__ import annotations

import bisect
import itertools
import re

from provtui.core import integrity_lexicon, lang_lexicon, spelling
from provtui.core.clitics import clitic_verb_zipf
from provtui.core.morph_lexicon import known_form
from provtui.core.number_words import is_number_word
from provtui.core.verb_forms import verb_form

__all__ = ["drop_glues_among_unknown", "WINDOW", "MIN_UNKNOWN", "MIN_LENGTH"]

WINDOW = 16
"""Words looked at on each side of a glued word."""
MIN_UNKNOWN = 3
"""Unknown words in the window that make a glued word one more name among names."""
MIN_LENGTH = 3
"""Shorter words are not counted ("scc" is; "qx" is not)."""

# A word of letters standing alone: not a piece of "l'eau", "fazê-lo", "tar1090" or "a_b".
_TOKEN_RE = re.compile(r"(?<![\w'’-])[^\W\d_]+(?![\w'’-])")


def _unknown(word: str, lang: str) -> bool:
    if len(word) < MIN_LENGTH or not word.islower():
        return False
    if lang == "en":
        return integrity_lexicon.zipf(word) == 0.0 and spelling.accepts(word, "en") is not True
    if lang_lexicon.zipf(word, lang) > 0.0 or known_form(word, lang) or verb_form(word, lang) \
            or clitic_verb_zipf(word, lang) > 0.0 or is_number_word(word, lang):
        return False  # a form the lists lack of a word they hold ("cocínalas", "dreihundertsechzig")
    return spelling.accepts(word, lang) is not True


def _content_glue(f: dict, lang: str) -> bool:
    """A glued-word finding whose parts are all content words ("pulse view"), not "of the"."""
    parts = f["suggestion"].lower().split()
    closed = (integrity_lexicon.FUNCTION_WORDS if lang == "en"
              else lang_lexicon.FUNCTION_WORDS.get(lang, frozenset()))
    return len(parts) >= 2 and all(len(p) >= MIN_LENGTH and p not in closed for p in parts)


def drop_glues_among_unknown(masked: str, base: int, fs: list[dict], start: int, lang: str) -> None:
    """Remove from ``fs[start:]`` (the findings of the piece ``masked``, which starts at
    ``base`` in the answer) each glued word with ``MIN_UNKNOWN`` unknown words near it."""
    glued = [k for k in range(start, len(fs)) if fs[k]["kind"] == "glued_words"]
    if not glued:
        return
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(masked)]
    starts = [s for s, _e, _w in tokens]
    # the tokens the piece's glued and split words cover (both pieces of "sol ltest")
    covered = set()
    for f in fs[start:]:
        if f["kind"] in ("glued_words", "split_word"):
            i = bisect.bisect_right(starts, f["start"] - base) - 1
            while 0 <= i < len(tokens) and tokens[i][0] < f["end"] - base:
                if tokens[i][1] > f["start"] - base:
                    covered.add(i)
                i += 1
    # Only the words near a glued word are looked up, each once: a hostile line of ten thousand
    # new words costs at most 2 * WINDOW look-ups per glued word it holds, beside the one look-up
    # of the glued word itself (spelling's veto), and none when it holds none.
    unknown: dict[int, bool] = {}

    def is_unknown(i: int) -> bool:
        hit = unknown.get(i)
        if hit is None:
            hit = unknown[i] = i not in covered and _unknown(tokens[i][2], lang)
        return hit

    def token_of(k: int) -> int | None:
        pos = fs[k]["start"] - base
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0 or tokens[i][1] <= pos:
            return None  # a part of a hyphenated word: not a word of its own here
        return i

    # the tokens that are glues of content words: names to each other
    content = {k: i for k in glued if _content_glue(fs[k], lang) and (i := token_of(k)) is not None}
    content_tokens = set(content.values())
    drop = set()
    for k in glued:
        i = token_of(k)
        if i is None:
            continue
        names = content_tokens if k in content else ()
        near = 0
        for j in itertools.chain(range(max(0, i - WINDOW), i), range(i + 1, min(len(tokens), i + 1 + WINDOW))):
            near += j in names or is_unknown(j)
            if near >= MIN_UNKNOWN:
                drop.add(k)
                break
    if drop:
        fs[start:] = [f for k, f in enumerate(fs[start:], start) if k not in drop]
