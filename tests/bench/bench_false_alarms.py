"""False alarms of the glued/split-word checks on real text nobody labelled: every finding
on it is read by hand (most are false alarms; a few are real typos of the catalog).

    python tests/bench/bench_false_alarms.py [--lang de] [--show] [--limit 3000]

- gettext catalogs of the machine (/usr/share/locale/<lang>/LC_MESSAGES/*.mo): up to
  ``--limit`` translated messages of prose per language (fr es de it pt), placeholders,
  markup and accelerators taken out, 20 messages per text (so the language can be told);
- English: the docstrings of the Python standard library (first 664 modules' docstrings).
Prints glued and split finding counts per language, with --show each finding.  Not a test:
the text depends on the machine.
"""

from __future__ import annotations

import argparse
import gettext
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from provtui.core import analysis  # noqa: E402

_PLACEHOLDER_RE = re.compile(r"%[-#0 +'I]*\d*(?:\.\d+)?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcspn%]|%\([^)]*\)[sd]|\{[^}]*\}|<[^>]*>|&[a-z]+;")
_ACCELERATOR_RE = re.compile(r"[_&](?=\w)")  # "Ö_ffnen", "&Datei": the mnemonic goes, the word stays


_WORDS_RE = re.compile(r"[^\W\d_]{2,}")


def _prose(value: str) -> bool:
    """A message of prose: six words or more, mostly letters and spaces (not a table of
    labels and hex offsets such as binutils' dumps)."""
    words = _WORDS_RE.findall(value)
    return len(words) >= 6 and sum(map(len, words)) >= 0.75 * len(value.replace(" ", ""))


def catalog_texts(lang: str, limit: int) -> list[str]:
    msgs = []
    folder = Path("/usr/share/locale") / lang / "LC_MESSAGES"
    for mo in sorted(folder.glob("*.mo")):
        try:
            with open(mo, "rb") as fh:
                cat = gettext.GNUTranslations(fh)._catalog
        except Exception:
            continue
        for key, value in cat.items():
            if not key or not isinstance(value, str) or len(value) < 20:
                continue
            if isinstance(key, tuple):
                key = key[0]
            if str(key).strip() == value.strip():
                continue  # untranslated: English in a French catalog
            value = _ACCELERATOR_RE.sub("", _PLACEHOLDER_RE.sub(" ", value))
            if not _prose(value):
                continue
            msgs.append(value)
            if len(msgs) >= limit:
                break
        if len(msgs) >= limit:
            break
    return ["\n\n".join(msgs[i:i + 20]) for i in range(0, len(msgs), 20)]


def docstring_texts(limit: int = 664) -> list[str]:
    import ast
    import sysconfig

    out = []
    for path in sorted(Path(sysconfig.get_paths()["stdlib"]).glob("*.py"))[:limit]:
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError):
            continue
        docs = [ast.get_docstring(n) for n in ast.walk(tree)
                if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))]
        text = "\n\n".join(d for d in docs if d)
        if text:
            out.append(text)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", action="append", help="fr es de it pt en (default: all)")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--limit", type=int, default=3000)
    args = ap.parse_args()
    for lang in args.lang or ["en", "fr", "es", "de", "it", "pt"]:
        texts = docstring_texts() if lang == "en" else catalog_texts(lang, args.limit)
        counts = {"glued_words": 0, "split_word": 0}
        shown = []
        for text in texts:
            for f in analysis.find_findings(text):
                if f["kind"] in counts:
                    counts[f["kind"]] += 1
                    shown.append(f"    {f['kind']:11} {f['text']!r} -> {f['suggestion']!r}")
        print(f"{lang}: {len(texts)} texts, glued {counts['glued_words']}, split {counts['split_word']}")
        if args.show:
            print("\n".join(shown))


if __name__ == "__main__":
    main()
