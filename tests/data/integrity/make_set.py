"""Build integrity_set.jsonl: the labelled set for glued and split words.

Sources: the passages_*.txt files (answers written in the style of real model outputs, dense
with the hard cases: compounds, names, identifiers, URLs, foreign words, units, code) and every
line of the seed article.  Each passage gives up to three texts:

- ``clean``: the passage as written (the seed's real "soulsbeneath" is labelled where it occurs);
- ``glued``: 1-3 spaces between two prose words removed, as a streaming detokenizer drops them;
- ``split``: 1-2 words broken by a space inside them, as a detokenizer inserts one.

Which corruptions count is decided WITHOUT the detector's resource (wordfreq): a glue whose
result is itself a dictionary word ("any one" -> "anyone") and a split whose two halves are
both words ("therapist" -> "the rapist") are invisible in the text, so they are not used.  The
dictionary for that is symspellpy's 82k-word English frequency list.  Glues that make camelCase
("to OpenRouter" -> "toOpenRouter") are not used either: they are indistinguishable from
identifiers, which must not be flagged.

Passages are assigned to ``dev`` or ``heldout`` by a hash of their id (about 30% held out), so
the held-out texts share no passage with the texts the thresholds were tuned on.

Run: python tests/data/integrity/make_set.py  (deterministic; rewrites integrity_set.jsonl)
"""

from __future__ import annotations

import hashlib
import importlib.resources
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).parent
SEED_ARTICLE = Path("/work/shared/docs/seed-article.txt")
SEED_COPY = HERE / "seed-article.txt"
OUT = HERE / "integrity_set.jsonl"

TWO_LETTER = set("am an as at be by do go he hi if in is it me my no of oh ok on or ox so to up us we".split())
KNOWN_SEED_GLUES = {"soulsbeneath": "souls beneath"}
# Passages not in English: kept as clean hard negatives, never corrupted (the detector judges
# glued and split words in English only).
NOT_ENGLISH = {"foreign-04", "foreign-05"}


def load_dictionary() -> set[str]:
    path = importlib.resources.files("symspellpy") / "frequency_dictionary_en_82_765.txt"
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, count = line.partition(" ")
        if int(count) >= 20_000:  # drop the long tail of typos and fragments in the list
            words.add(word)
    return words


def passages() -> list[tuple[str, str]]:
    out = []
    for path in sorted(HERE.glob("passages_*.txt")):
        current, lines = None, []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("=== "):
                if current:
                    out.append((current, "\n".join(lines).strip("\n")))
                current, lines = line[4:].strip(), []
            else:
                lines.append(line)
        if current:
            out.append((current, "\n".join(lines).strip("\n")))
    if not SEED_COPY.exists():
        SEED_COPY.write_text(SEED_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    for k, line in enumerate(SEED_COPY.read_text(encoding="utf-8").splitlines()):
        if len(line.split()) >= 4:
            out.append((f"seed-{k + 1:02d}", line))
    return out


def split_of(pid: str) -> str:
    return "heldout" if int(hashlib.sha1(pid.encode()).hexdigest(), 16) % 10 < 3 else "dev"


_MASK_RE = re.compile(r"`[^`\n]*`|https?://\S+|www\.\S+|\]\([^)]*\)|\S+@\S+")
_WORD_RE = re.compile(r"(?<!\S)([\"'“‘(*]*)([A-Za-z]+)([\"'”’)*.,;:!?]*)(?=\s|$)")


def prose_words(text: str) -> list[re.Match]:
    """Plain alphabetic words outside code fences, inline code, URLs and e-mail addresses."""
    masked = _MASK_RE.sub(lambda m: " " * len(m.group()), text)
    lines, in_fence, pos = [], False, 0
    for line in masked.splitlines(keepends=True):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
            masked = masked[:pos] + " " * len(line.rstrip("\n")) + masked[pos + len(line.rstrip("\n")):]
        elif in_fence:
            masked = masked[:pos] + " " * len(line.rstrip("\n")) + masked[pos + len(line.rstrip("\n")):]
        pos += len(line)
    return list(_WORD_RE.finditer(masked))


def is_word(x: str, dictionary: set[str]) -> bool:
    x = x.lower()
    if len(x) == 1:
        return x in ("a", "i")
    if len(x) == 2:
        return x in TWO_LETTER
    return x in dictionary


def glue_candidates(text: str, dictionary: set[str]) -> list[tuple[re.Match, re.Match]]:
    words = prose_words(text)
    out = []
    for a, b in zip(words, words[1:]):
        if a.end() + 1 != b.start() or text[a.end()] != " " or a.group(3) or b.group(1):
            continue
        wa, wb = a.group(2), b.group(2)
        if not wb.islower() or not (wa.islower() or wa[0].isupper() and wa[1:].islower()):
            continue  # camelCase or an acronym once glued: reads as an identifier
        if (wa + wb).lower() in dictionary or (wa + wb).lower() in KNOWN_SEED_GLUES:
            continue
        if wa.lower() in KNOWN_SEED_GLUES or wb.lower() in KNOWN_SEED_GLUES:
            continue
        out.append((a, b))
    return out


def split_candidates(text: str, dictionary: set[str], rng: random.Random) -> list[tuple[re.Match, int]]:
    out = []
    for m in prose_words(text):
        w = m.group(2)
        if len(w) < 5 or not (w.islower() or (w[0].isupper() and w[1:].islower())):
            continue
        if w.lower() in KNOWN_SEED_GLUES:
            continue
        positions = [k for k in range(1, len(w)) if not (is_word(w[:k], dictionary) and is_word(w[k:], dictionary))]
        if positions:
            out.append((m, rng.choice(positions)))
    return out


def seed_labels(text: str) -> list[dict]:
    labels = []
    for glued, suggestion in KNOWN_SEED_GLUES.items():
        for m in re.finditer(glued, text):
            labels.append({"kind": "glued_words", "start": m.start(), "end": m.end(), "text": glued,
                           "suggestion": suggestion})
    return labels


def apply_edits(text: str, edits: list[tuple[int, int, str, str, str]]) -> tuple[str, list[dict]]:
    """edits: (start, end, replacement, kind, suggestion), non-overlapping; returns text, labels."""
    out, labels, pos, shift = [], [], 0, 0
    for start, end, replacement, kind, suggestion in sorted(edits):
        out.append(text[pos:start])
        new_start = start + shift
        out.append(replacement)
        labels.append({"kind": kind, "start": new_start, "end": new_start + len(replacement),
                       "text": replacement, "suggestion": suggestion})
        shift += len(replacement) - (end - start)
        pos = end
    out.append(text[pos:])
    return "".join(out), labels


def shifted_seed_labels(new_text: str) -> list[dict]:
    return seed_labels(new_text)


def main() -> None:
    rng = random.Random(20251125)
    dictionary = load_dictionary()
    records = []
    for pid, text in passages():
        split = split_of(pid)
        records.append({"id": f"{pid}/clean", "source": pid, "split": split, "variant": "clean",
                        "text": text, "findings": seed_labels(text)})
        if pid in NOT_ENGLISH:
            continue
        glues = glue_candidates(text, dictionary)
        if glues:
            chosen, used = [], set()
            for a, b in rng.sample(glues, len(glues)):
                if len(chosen) >= rng.choice((1, 1, 2, 3)):
                    break
                if a.start() in used or b.start() in used:
                    continue
                used.update((a.start(), b.start()))
                chosen.append((a, b))
            edits = [(a.start(2), b.end(2), a.group(2) + b.group(2), "glued_words",
                      a.group(2) + " " + b.group(2)) for a, b in chosen]
            new, labels = apply_edits(text, edits)
            labels += shifted_seed_labels(new)
            records.append({"id": f"{pid}/glued", "source": pid, "split": split, "variant": "glued",
                            "text": new, "findings": sorted(labels, key=lambda f: f["start"])})
        splits = split_candidates(text, dictionary, rng)
        if splits:
            chosen = rng.sample(splits, min(len(splits), rng.choice((1, 1, 2))))
            edits = [(m.start(2), m.end(2), m.group(2)[:k] + " " + m.group(2)[k:], "split_word", m.group(2))
                     for m, k in chosen]
            new, labels = apply_edits(text, edits)
            labels += shifted_seed_labels(new)
            records.append({"id": f"{pid}/split", "source": pid, "split": split, "variant": "split",
                            "text": new, "findings": sorted(labels, key=lambda f: f["start"])})
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            for f in r["findings"]:
                assert r["text"][f["start"]:f["end"]] == f["text"], (r["id"], f)
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for r in records:
        key = (r["split"], r["variant"])
        counts[key] = counts.get(key, 0) + 1
    print(f"{len(records)} texts -> {OUT}")
    for key in sorted(counts):
        print(f"  {key[0]:8} {key[1]:6} {counts[key]}")


if __name__ == "__main__":
    main()
