"""Build the v4 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v4/make_set.py      # needs hunspell, as the v3 builder

Why a v4: the v3 set's held-out part was scored once (see tests/bench/results_findings.md)
and the detector was changed afterwards, tuned on v3's dev part, the v1/v2 dev parts and
real text it has no labels for; so v3's held-out part can no longer vouch for the changes.
This set was written after that measurement and frozen (committed) before any of those
changes were scored on it; it is scored once, at the end.

The passages (passages_<lang>.txt: a git how-to, a match report, bulbs in autumn, a reply to
a customer, a solar eclipse, a tenancy agreement) are new; the rules, labels and corruption
kinds are v3's (``tests/data/integrity_v3/make_set.py``: hunspell decides every label), with
more corruptions per passage and no dev part.  The hard-negative texts are new too.
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

HARD_NEGATIVES = {
    "en": [
        "Run npm install, then npx prisma migrate dev; the webpack config sets devtool and the eslintrc "
        "extends airbnb. Check stderr if the postinstall hook fails on macOS.",
        "Our stack is boring on purpose: nginx, gunicorn, postgres, redis and celery, deployed with ansible "
        "and watched by grafana; the runbook lives in confluence.",
        "The usual suspects in a nineteenth-century novel: a widow, a curate, an inheritance, a "
        "consumptive cousin, and a great deal of sesquipedalian correspondence by candlelight.",
        "Tag the photos #goldenhour and #streetphotography, then link https://example.org/portfolio/2024/autumn "
        "in the bio; setTimeout, useEffect and onClick are not hashtags.",
    ],
    "fr": [
        "Lancez npm install puis npx prisma migrate dev ; la configuration de webpack définit devtool, et le "
        "fichier eslintrc étend airbnb. Regardez stderr si le postinstall échoue.",
        "Nos outils sont volontairement simples : nginx, gunicorn, postgres, redis et celery, déployés avec "
        "ansible et surveillés par grafana ; la procédure est sur confluence.",
    ],
    "es": [
        "Ejecuta npm install y luego npx prisma migrate dev; la configuración de webpack define devtool y el "
        "archivo eslintrc extiende airbnb. Revisa stderr si falla el postinstall.",
        "Nuestras herramientas son sencillas a propósito: nginx, gunicorn, postgres, redis y celery, "
        "desplegados con ansible y vigilados con grafana; el manual está en confluence.",
    ],
    "de": [
        "Führen Sie npm install und dann npx prisma migrate dev aus; die webpack-Konfiguration setzt devtool, "
        "und die Datei eslintrc erweitert airbnb. Prüfen Sie stderr, wenn postinstall scheitert.",
        "Die Mietwohnungsbaugesellschaft ist grundsätzlich kundenfreundlich, preiswert und "
        "verantwortungsbewusst; wir möchten weiterhin vertrauensvoll zusammenarbeiten.",
    ],
    "it": [
        "Esegui npm install e poi npx prisma migrate dev; la configurazione di webpack imposta devtool e il "
        "file eslintrc estende airbnb. Controlla stderr se il postinstall fallisce.",
        "Mandamelo stasera, spiegaglielo domani, fammelo sapere e riportaglielo subito: i pronomi si "
        "attaccano all'imperativo, come in portatelo e diteglielo.",
    ],
    "pt": [
        "Execute npm install e depois npx prisma migrate dev; a configuração do webpack define devtool e o "
        "ficheiro eslintrc estende airbnb. Verifique stderr se o postinstall falhar.",
        "Mandei-lho ontem, dá-mo amanhã e fá-lo-ei depois: os pronomes ligam-se ao verbo com hífen, como "
        "em diz-lhe e traz-mo.",
    ],
    "nl": ["Voordat je het huurcontract tekent, lees je de clausules over de borg zorgvuldig. Maak opfoto's "
           "van elke kamer op de dag dat je erin trekt en bewaar een kopie van elk bericht."],
    "sv": ["Innan du skriver på hyreskontraktet ska du läsa klausulerna om depositionen noga. Ta datera defoton "
           "av varje rum den dag du flyttar in och spara en kopia av varje meddelande."],
}


def glued_records() -> list[dict]:
    records = []
    for lang in v3.LANGS:
        for pid, text in _passages(lang):
            rng = random.Random("v4" + pid)
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
