"""Build the v5 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v5/make_set.py      # needs hunspell, as the v3 builder

Why a v5: after v4 was scored once, its errors were read (README, Text integrity), and the
detector was changed again for the kinds of error seen there; v4 can no longer vouch for
those changes.  This set (36 new passages: phone battery, a job interview, the history of
coffee, a bicycle puncture, a Python KeyError, hiking safety; new hard negatives) was written
and committed before those changes were made, and is scored once, at the end.  Rules, labels
and kinds are v3's (hunspell decides every label), all held out.
"""

from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("make_set_v3", HERE.parent / "integrity_v3" / "make_set.py")
v3 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(v3)

QUOTA = {"ff": 4, "fc": 5, "cc": 3, "rare": 3, "split": 7}

HARD_NEGATIVES = {  # (v5's own)
    "en": [
        "Open the devcontainer, run poetry install, then pre-commit install; mypy and ruff run on "
        "every commit, and the conftest fixtures spin up a testcontainers postgres.",
        "We track sprints in linear, write specs in notion, chat in slack and pay contractors through "
        "deel; the okrs for the quarter are pinned in the handbook.",
        "Her vocabulary was lavish: lugubrious, perspicacious, pulchritude, mellifluous, "
        "obstreperous, and an unexpected fondness for the word crepuscule.",
        "Call getUserById, then await fetchOrders; the redux slice exposes selectTotal and the hook "
        "useCartItems rerenders on change. #reactjs #frontenddev https://example.dev/blog/hooks",
    ],
    "fr": [
        "Ouvrez le devcontainer, lancez poetry install puis pre-commit install ; mypy et ruff tournent "
        "à chaque commit, et les fixtures de conftest démarrent un postgres.",
        "Elle aimait les mots rares : pusillanime, acrimonieux, callipyge, atrabilaire et "
        "l'inattendu procrastinateur, qu'elle prononçait avec gourmandise.",
    ],
    "es": [
        "Abre el devcontainer, ejecuta poetry install y luego pre-commit install; mypy y ruff se "
        "ejecutan en cada commit, y los fixtures de conftest levantan un postgres.",
        "Le encantaban las palabras raras: inefable, petricor, serendipia, limerencia y el "
        "inesperado procrastinador, que pronunciaba con deleite.",
    ],
    "de": [
        "Öffnen Sie den devcontainer, führen Sie poetry install und dann pre-commit install aus; mypy "
        "und ruff laufen bei jedem Commit, und die conftest-Fixtures starten einen postgres.",
        "Der Kundenzufriedenheitsfragebogen war übersichtlich, verständlich und barrierefrei; wir "
        "wollen ihn weiterhin gemeinsam überarbeiten und rechtzeitig veröffentlichen.",
    ],
    "it": [
        "Apri il devcontainer, esegui poetry install e poi pre-commit install; mypy e ruff girano a "
        "ogni commit, e le fixture di conftest avviano un postgres.",
        "Portamelo domani, ricordaglielo stasera, diccelo subito e mostraceli tutti: i pronomi si "
        "attaccano all'imperativo e all'infinito, come in vederlo e farglielo.",
    ],
    "pt": [
        "Abra o devcontainer, execute poetry install e depois pre-commit install; o mypy e o ruff "
        "correm em cada commit, e as fixtures do conftest arrancam um postgres.",
        "Gostava de palavras raras: inefável, petricor, serendipidade, idiossincrasia e o "
        "inesperado procrastinador, que pronunciava com deleite.",
    ],
    "nl": ["Voor een lange wandeling vertel je iemand waarje heen gaat en wanneer je terug wilt zijn. "
           "Neem meer water mee dan je denkt nodig te hebben en een warme laag."],
    "id": ["Sebelum mendaki, beri tahu seseorang kemana anda pergi dan kapan anda akan kembali. "
           "Bawalah air lebih banyak daripada yang anda kira perlu dan lapisan hangat."],
}


def glued_records() -> list[dict]:
    records = []
    for lang in v3.LANGS:
        for pid, text in _passages(lang):
            rng = random.Random("v5" + pid)
            base = {"source": pid, "lang": lang, "split": "heldout"}
            records.append({**base, "id": f"{pid}/clean", "variant": "clean", "text": text, "findings": []})
            cands = v3.candidates(text, lang, rng)
            chosen = []
            for kind, n in QUOTA.items():
                pool = [c for c in cands if c["kind"] == kind]
                rng.shuffle(pool)
                chosen += pool[:n]
            rng.shuffle(chosen)
            groups: list[list[dict]] = []
            for c in chosen:
                for group in groups:
                    if len(group) < v3.PER_TEXT and all(
                            min(abs(i - j) for i in c["tokens"] for j in g["tokens"]) >= 3 for g in group):
                        group.append(c)
                        break
                else:
                    groups.append([c])
            for k, group in enumerate(groups):
                new, labels = v3.apply(text, group)
                records.append({**base, "id": f"{pid}/mix-{k + 1}",
                                "variant": "+".join(sorted(x["variant"] for x in labels)),
                                "text": new, "findings": labels})
    for lang, texts in HARD_NEGATIVES.items():
        for k, text in enumerate(texts):
            pid = f"neg4-{lang}-{k + 1}"
            records.append({"source": pid, "lang": lang, "split": "heldout", "id": f"{pid}/hard-negative",
                            "variant": "hard-negative", "text": text, "findings": []})
    return records


def _passages(lang: str) -> list[tuple[str, str]]:
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


if __name__ == "__main__":
    recs = glued_records()
    with open(HERE / "glued_set.jsonl", "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    c = Counter()
    for r in recs:
        for f in r["findings"]:
            c[f["kind"]] += 1
            c[f["variant"]] += 1
    print(len(recs), "texts;", dict(sorted(c.items())))
