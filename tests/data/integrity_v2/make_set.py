"""Build the v2 labelled sets for the integrity findings (glued/split words in six languages,
repetition loops, broken code).  Deterministic; rewrites the three .jsonl files here.

    python tests/data/integrity_v2/make_set.py

Sources: passages_<lang>.txt (en, fr, es, de, it, pt), written for this set and never used by
the v1 set (tests/data/integrity), in the style of model answers, with the hard negatives in
them: brand names, identifiers and URLs, hashtags, German compounds, French elisions
("l'eau"), Spanish/Italian/Portuguese clitics ("dámelo", "dammelo", "fazê-lo").

glued_set.jsonl -- per passage: the clean text, then one text per corruption:
- ``glue-ff``: a space between two function words removed ("and its", "il est", "de la");
- ``glue-fc``: a function word and a content word ("of the" -> "ofthe", "to reduce");
- ``glue-cc``: two content words ("restless water"); not in German, where two content words
  written together are a compound, i.e. correct;
- ``split-N``: a word broken by a space inside it.
(up to two ff, three fc, two cc glues and three splits per passage, one corruption per text).
Only lower-case words are glued (a glue onto a capitalised word reads as a name or camelCase)
and a glue or split is used only when it is visible: the glued token is not itself a word, and
neither half of a split is one.  For English that is decided with symspellpy's English list,
independent of the detector's resource; for the other languages with wordfreq's *small* list
(the detector reads the *large* one: the same source, so this is weaker evidence, and the
README says so).

repetition_set.jsonl -- per passage: loops (a sentence 5-12 times, a word 20-40 times, a
three-word phrase 12 times, the paragraph 3 times) and hard negatives (a refrain between other
lines, a list with a repeated prefix, "row, row, row", a table of equal rows, code with
repeated lines, a sentence said twice).

code_set.jsonl -- python, json and toml blocks: valid ones, the same with indentation lost, a
newline dropped or a closing bracket cut, and hard negatives (REPL transcripts, JSON with
comments, an indented fragment, an unchecked language).

Each text belongs to ``dev`` or ``heldout`` by a hash of its passage id (about 30% held out);
thresholds are tuned on dev only.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from provtui.core import integrity_lexicon, lang_lexicon  # noqa: E402  (closed word classes only)

LANGS = ("en", "fr", "es", "de", "it", "pt")
TOKEN_RE = re.compile(r"\S+")


def split_of(pid: str) -> str:
    return "heldout" if int(hashlib.sha1(pid.encode()).hexdigest(), 16) % 10 < 3 else "dev"


def passages(lang: str) -> list[tuple[str, str]]:
    out, current, lines = [], None, []
    for line in (HERE / f"passages_{lang}.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            if current:
                out.append((current, "\n".join(lines).strip()))
            current, lines = line[4:].strip(), []
        else:
            lines.append(line)
    if current:
        out.append((current, "\n".join(lines).strip()))
    return out


_DICTS: dict[str, set[str]] = {}


def dictionary(lang: str) -> set[str]:
    if lang not in _DICTS:
        if lang == "en":
            path = importlib.resources.files("symspellpy") / "frequency_dictionary_en_82_765.txt"
            words = set()
            for line in path.read_text(encoding="utf-8").splitlines():
                word, _, count = line.partition(" ")
                if int(count) >= 20_000:
                    words.add(word)
        else:
            import wordfreq

            words = set(wordfreq.get_frequency_dict(lang, "small"))
        _DICTS[lang] = words
    return _DICTS[lang]


def function_words(lang: str) -> frozenset[str]:
    return integrity_lexicon.FUNCTION_WORDS if lang == "en" else lang_lexicon.FUNCTION_WORDS[lang]


def plain_tokens(text: str) -> list[tuple[int, int, str]]:
    """Lower-case all-letter tokens outside backticks, with their spans."""
    out = []
    for m in TOKEN_RE.finditer(text):
        t = m.group()
        if t.isalpha() and t.islower() and "`" not in text[max(0, m.start() - 1) : m.end() + 1]:
            out.append((m.start(), m.end(), t))
    return out


def glue_candidates(text: str, lang: str, kind: str) -> list[tuple[int, int, str, str]]:
    fw, words = function_words(lang), dictionary(lang)
    toks = plain_tokens(text)
    out = []
    for (s1, e1, a), (s2, e2, b) in zip(toks, toks[1:]):
        if e1 + 1 != s2 or text[e1] != " ":
            continue
        fa, fb = a in fw, b in fw
        cat = "ff" if fa and fb else "cc" if not (fa or fb) else "fc"
        if cat != kind or (a + b) in words or len(a + b) < 4:
            continue
        if cat == "cc" and (len(a) < 4 or len(b) < 4):
            continue
        if cat == "fc" and len(b if fa else a) < 4:
            continue
        out.append((s1, e2, a, b))
    return out


def split_candidates(text: str, lang: str, rng: random.Random) -> list[tuple[int, int, int]]:
    fw, words = function_words(lang), dictionary(lang)
    out = []
    for s, e, w in plain_tokens(text):
        if len(w) < 6 or w in fw:
            continue
        cuts = [i for i in range(2, len(w) - 1) if w[:i] not in words and w[i:] not in words]
        if cuts:
            out.append((s, e, rng.choice(cuts)))
    return out


def glued_records() -> list[dict]:
    records = []
    for lang in LANGS:
        for pid, text in passages(lang):
            rng = random.Random(pid)
            base = {"source": pid, "lang": lang, "split": split_of(pid)}
            records.append({**base, "id": f"{pid}/clean", "variant": "clean", "text": text, "findings": []})
            for kind, count in (("ff", 2), ("fc", 3), ("cc", 2)):
                if kind == "cc" and lang == "de":
                    continue
                cands = glue_candidates(text, lang, kind)
                rng.shuffle(cands)
                for k, (s, e, a, b) in enumerate(cands[:count]):
                    new = text[:s] + a + b + text[e:]
                    records.append({**base, "id": f"{pid}/glue-{kind}-{k + 1}", "variant": f"glue-{kind}",
                                    "text": new,
                                    "findings": [{"kind": "glued_words", "start": s, "end": s + len(a + b),
                                                  "text": a + b, "suggestion": f"{a} {b}"}]})
            cands = split_candidates(text, lang, rng)
            rng.shuffle(cands)
            for k, (s, e, cut) in enumerate(cands[:3]):
                w = text[s:e]
                broken = w[:cut] + " " + w[cut:]
                new = text[:s] + broken + text[e:]
                records.append({**base, "id": f"{pid}/split-{k + 1}", "variant": f"split-{k + 1}", "text": new,
                                "findings": [{"kind": "split_word", "start": s, "end": s + len(broken),
                                              "text": broken, "suggestion": w}]})
    return records


SENT_RE = re.compile(r"[^.!?]+[.!?]")


def repetition_records() -> list[dict]:
    records = []
    for lang in LANGS:
        for pid, text in passages(lang):
            rng = random.Random("rep" + pid)
            base = {"source": pid, "lang": lang, "split": split_of(pid)}
            sents = [m.group().strip() for m in SENT_RE.finditer(text)]
            words = [t for _, _, t in plain_tokens(text) if len(t) > 3]

            def add(variant, body, spans):
                records.append({**base, "id": f"{pid}/{variant}", "variant": variant, "text": body,
                                "findings": [{"kind": "repetition", "start": s, "end": e} for s, e in spans]})

            if len(sents) >= 2:
                head = sents[0] + " "
                n = rng.randint(5, 12)
                loop = " ".join([sents[1]] * n)
                add("loop-sentence", head + loop, [(len(head), len(head) + len(loop))])
            w = rng.choice(words)
            head = sents[0] + " " if sents else ""
            loop = " ".join([w] * rng.randint(20, 40))
            add("loop-word", head + loop, [(len(head), len(head) + len(loop))])
            phrase = " ".join(rng.sample(words, 3))
            loop = " ".join([phrase] * 12)
            add("loop-phrase", head + loop, [(len(head), len(head) + len(loop))])
            loop = "\n\n".join([text] * 3)
            add("loop-paragraph", loop, [(0, len(loop))])
            # hard negatives
            if len(sents) >= 4:
                refrain = "\n".join([sents[0], sents[1], sents[0], sents[2], sents[0], sents[3], sents[0]])
                add("refrain", refrain, [])
                add("said-twice", " ".join([sents[0], sents[1], sents[1], sents[2]]), [])
            items = "\n".join(f"- {w.capitalize()}: {rng.randint(1, 99)}" for w in words[:8])
            add("list-prefix", "Summary:\n" + items, [])
            add("row-row", "Row, row, row your boat, gently down the stream. Merrily, merrily, merrily, "
                           "merrily, life is but a dream.\n" + text, [])
            table = "| id | value |\n|---|---|\n" + "| 0 | 0 |\n" * 12
            add("table", text + "\n\n" + table, [])
            code = "```python\n" + "x += 1\n" * 15 + "```\n"
            add("code-lines", text + "\n\n" + code, [])
    return records


PY_OK = [
    "def area(r):\n    import math\n    return math.pi * r ** 2\n\nprint(area(2))\n",
    "class Stack:\n    def __init__(self):\n        self.items = []\n\n    def push(self, x):\n        self.items.append(x)\n\n    def pop(self):\n        return self.items.pop()\n",
    "for i in range(1, 16):\n    if i % 15 == 0:\n        print('FizzBuzz')\n    elif i % 3 == 0:\n        print('Fizz')\n    else:\n        print(i)\n",
    "with open('data.csv') as fh:\n    rows = [line.split(',') for line in fh]\n    total = sum(float(r[2]) for r in rows[1:])\nprint(total)\n",
    "async def fetch(client, url):\n    resp = await client.get(url)\n    resp.raise_for_status()\n    return resp.json()\n",
    "try:\n    value = int(text)\nexcept ValueError:\n    value = 0\nfinally:\n    print(value)\n",
]
JSON_OK = [
    '{\n  "name": "provtui",\n  "version": "1.0",\n  "tags": ["cli", "llm"]\n}\n',
    '[\n  {"id": 1, "ok": true},\n  {"id": 2, "ok": false}\n]\n',
    '{\n  "model": "llama",\n  "params": {"temperature": 0.2, "top_p": 0.9},\n  "stop": null\n}\n',
    '{"vehicles": [{"vin": "5YJ3", "battery": 94.2}], "count": 1}\n',
]
TOML_OK = [
    '[server]\nhost = "127.0.0.1"\nport = 8080\n\n[logging]\nlevel = "info"\n',
    '[[targets]]\nname = "nim"\nmodel = "nvidia/nemotron"\n\n[[targets]]\nname = "or"\nmodel = "openrouter/auto"\n',
    'title = "Example"\n[owner]\nname = "Tom"\ndob = 1979-05-27T07:32:00Z\n',
]
NEGATIVE_BLOCKS = [
    ("python", ">>> x = [1, 2, 3]\n>>> sum(x)\n6\n"),
    ("python", "    def helper(self):\n        return self.value\n"),
    ("python", "%pip install httpx\nimport httpx\n"),
    ("json", '{\n  // the model name\n  "model": "llama"\n}\n'),
    ("json", '{\n  "items": [1, 2, ...]\n}\n'),
    ("yaml", "key: [unclosed\n  - : :\n"),
    ("bash", "if [ -f x ]; then\necho hi\n"),
    ("", "def broken(:\n"),
]


def _damage(body: str, how: str, rng: random.Random) -> str | None:
    lines = body.splitlines(keepends=True)
    if how == "dedent":
        idx = [i for i, ln in enumerate(lines) if ln.startswith("    ")]
        if not idx:
            return None
        for i in idx:
            lines[i] = lines[i].lstrip(" ")
        return "".join(lines)
    if how == "newline":
        idx = [i for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()]
        if not idx:
            return None
        i = rng.choice(idx)
        lines[i] = lines[i].rstrip("\n") + " "
        return "".join(lines)
    if how == "bracket":
        for ch in "])}":
            k = body.rfind(ch)
            if k != -1:
                return body[:k] + body[k + 1 :]
    return None


def code_records() -> list[dict]:
    records = []
    blocks = [("python", b) for b in PY_OK] + [("json", b) for b in JSON_OK] + [("toml", b) for b in TOML_OK]
    for k, (lang, body) in enumerate(blocks):
        pid = f"code-{lang}-{k:02d}"
        rng = random.Random(pid)
        base = {"source": pid, "lang": lang, "split": split_of(pid)}
        intro = "Here is the code:\n\n"

        def add(variant, b, broken):
            text = f"{intro}```{lang}\n{b}```\n\nThat is all."
            start = len(intro) + len(f"```{lang}\n")
            records.append({**base, "id": f"{pid}/{variant}", "variant": variant, "text": text,
                            "findings": [{"kind": "broken_code", "start": start, "end": start + len(b)}] if broken else []})

        add("valid", body, False)
        for how in ("dedent", "newline", "bracket"):
            bad = _damage(body, how, rng)
            if bad is None or bad == body:
                continue
            from provtui.core.code_blocks import LANGUAGES

            # the damage must really break it (a lost newline in JSON is still JSON)
            if _parses(LANGUAGES[lang], bad):
                continue
            add(how, bad, True)
    for k, (lang, body) in enumerate(NEGATIVE_BLOCKS):
        pid = f"code-neg-{k:02d}"
        text = f"For example:\n\n```{lang}\n{body}```\n"
        records.append({"source": pid, "lang": lang or "none", "split": split_of(pid), "id": f"{pid}/neg",
                        "variant": "hard-negative", "text": text, "findings": []})
    return records


def _parses(kind: str, body: str) -> bool:
    """Independent of the detector: the standard parsers, run directly."""
    import ast
    import textwrap
    import tomllib

    try:
        if kind == "python":
            ast.parse(textwrap.dedent(body))
        elif kind == "json":
            json.loads(body)
        else:
            tomllib.loads(body)
    except (SyntaxError, ValueError):
        return False
    return True


def write(name: str, records: list[dict]) -> None:
    with open(HERE / name, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    for name, fn in (("glued_set.jsonl", glued_records), ("repetition_set.jsonl", repetition_records),
                     ("code_set.jsonl", code_records)):
        recs = fn()
        write(name, recs)
        print(name, len(recs), "texts,", sum(len(r["findings"]) for r in recs), "labels,",
              sum(r["split"] == "heldout" for r in recs), "held out")
