"""Shared code of the glued/split-word labelled sets (v6 on): the passage format, the corruption
rules and hunspell's labels.  The v3-v5 builders keep their own copies (they are the records of
frozen sets); this module is v3's rules unchanged, so a set built with it is built the v3 way:

- a corruption touches only lower-case words of letters;
- a glue joins two neighbouring words into a token hunspell rejects in the text's language,
  both words being known to it; kinds ``ff`` (two function words: "and its", "it is", "of
  the", "de la"), ``fc`` (a function word and a content word), ``cc`` (two content words),
  ``rare`` (a content part under Zipf 3.0 in wordfreq, or English ending -s/-ed/-ing; wordfreq
  only sorts glues into kinds, it never decides a label); no glue of two content words in
  German (written together they are a compound, i.e. correct);
- a split breaks a known word of six letters or more into two pieces hunspell rejects;
- each text carries up to ``PER_TEXT`` corruptions at least three words apart, and every
  passage also gives its clean text; hard-negative texts carry no label at all, and texts in
  languages the detector does not judge must get no word finding.

``build_records`` makes a set from a folder of ``passages_<lang>.txt`` files (``=== id`` lines
start a passage) and a dict of hard negatives; ``write_set`` writes ``glued_set.jsonl``.
Needs the hunspell command and the hunspell-{en-us,fr,es,de-de,it,pt-pt} dictionaries.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
from collections import Counter
from pathlib import Path

LANGS = ("en", "fr", "es", "de", "it", "pt")
HUNSPELL = {"en": "en_US", "fr": "fr_FR", "es": "es_ES", "de": "de_DE", "it": "it_IT", "pt": "pt_PT"}
TOKEN_RE = re.compile(r"\S+")
PER_TEXT = 3
QUOTA = {"ff": 3, "fc": 4, "cc": 2, "rare": 3, "split": 5}

FUNCTION_WORDS = {
    "en": """the a an and or but nor of to in on at by for with from as into onto over under about
        after before through between is are was were be been am it its this that these those he she
        they we you i his her their our your my him them us not no so if than then there here which
        who what when where how all any each more most can could will would should may might must
        has have had do does did up out off down""",
    "fr": """le la les un une des du de au aux et ou mais donc car ni que qui quoi dont ce cet cette
        ces son sa ses leur leurs mon ma mes il elle ils elles on nous vous je tu se lui en y ne pas
        plus dans sur sous par pour avec sans chez entre vers est sont était être avoir a ont été
        fait peut comme aussi très tout tous si quand même puis""",
    "es": """el la los las un una unos unas a de del al y o e ni que quien cual cuando donde como
        pero porque si en con por para sin sobre entre hasta desde hacia su sus mi tu este esta
        estos estas ese esa eso esto lo le les se me te nos yo no más muy ya es son era fue ha han
        está están ser hay también todo toda todos todas antes después luego""",
    "de": """der die das den dem des ein eine einen einem einer eines und oder aber denn dass weil
        wenn als wie ob ich du er sie es wir ihr man sich mir uns ihn ihm ihnen sein seine ihre
        ist sind war waren hat haben wird werden kann muss nicht auch noch schon sehr nur so im am
        zum zur vom beim ins für von in an auf aus bei mit nach vor über unter um bis zu""",
    "it": """il lo la i gli le un uno una di del dello della dei degli delle a al allo alla ai agli
        alle da dal dalla dai in nel nello nella nei negli nelle su sul sulla con per tra fra e o ma
        che chi cui come quando dove se non più molto anche già è sono era essere ha hanno questo
        questa quello quella suo sua loro ci si mi ti vi ne io tu lui lei noi voi tutto poi""",
    "pt": """o a os as um uma uns umas de do da dos das em no na nos nas ao aos à às pelo pela por
        para com sem sobre entre até desde e ou mas nem que quem qual quando onde como porque se
        seu sua seus suas este esta esse essa isso isto ele ela eles elas eu nós você lhe me te não
        mais muito já é são era foi ser estar está há tem também todo toda depois antes""",
}
FUNCTION_WORDS = {k: frozenset(v.split()) for k, v in FUNCTION_WORDS.items()}



def hunspell_unknown(words: set[str], lang: str) -> set[str]:
    """The words of ``words`` that hunspell's ``lang`` dictionary rejects."""
    words = sorted(w for w in words if w)
    proc = subprocess.run(["hunspell", "-i", "utf-8", "-d", HUNSPELL[lang], "-l"], input="\n".join(words) + "\n",
                          capture_output=True, text=True, check=True)
    return set(proc.stdout.split())


def plain_tokens(text: str) -> list[tuple[int, int, str]]:
    """Every whitespace token with its span; a corruptible one is lower-case letters only, so a
    token holding a backtick never is (the inner words of a code span of several words are)."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


def corruptible(tok: str) -> bool:
    return tok.isalpha() and tok.islower()


def zipf(word: str, lang: str) -> float:
    import wordfreq

    return wordfreq.zipf_frequency(word, lang, wordlist="large")


def glue_kind(a: str, b: str, lang: str) -> str:
    fw = FUNCTION_WORDS[lang]
    fa, fb = a in fw, b in fw
    content = [x for x, f in ((a, fa), (b, fb)) if not f]
    if not content:
        return "ff"
    rare = any(zipf(x, lang) < 3.0 or (lang == "en" and len(x) >= 5 and x.endswith(("s", "ed", "ing")))
               for x in content)
    if rare:
        return "rare"
    return "fc" if len(content) == 1 else "cc"


def candidates(text: str, lang: str, rng: random.Random) -> list[dict]:
    toks = plain_tokens(text)
    fw = FUNCTION_WORDS[lang]
    glues, splits = [], []
    ask: set[str] = set()
    for k, (s, e, t) in enumerate(toks):
        if corruptible(t):
            ask.add(t)
            if k + 1 < len(toks) and corruptible(toks[k + 1][2]) and toks[k + 1][0] == e + 1:
                ask.add(t + toks[k + 1][2])
            if len(t) >= 6 and t not in fw:
                ask.update(t[:i] for i in range(2, len(t) - 1))
                ask.update(t[i:] for i in range(2, len(t) - 1))
    unknown = hunspell_unknown(ask, lang)
    if lang == "de":
        # a German noun is written with a capital: "Wasserflasche" is a word, "wasserflasche" is
        # not; a German token counts as no word only when neither way of writing it is one
        cap_unknown = hunspell_unknown({w.capitalize() for w in unknown}, lang)
        unknown = {w for w in unknown if w.capitalize() in cap_unknown}
    for k, (s, e, t) in enumerate(toks):
        if not corruptible(t):
            continue
        if k + 1 < len(toks):
            s2, e2, t2 = toks[k + 1]
            if (corruptible(t2) and s2 == e + 1 and text[e] == " " and t not in unknown and t2 not in unknown
                    and (t + t2) in unknown and len(t + t2) >= 4):
                kind = glue_kind(t, t2, lang)
                # in German two content words written together are a compound, i.e. correct
                two_content = t not in fw and t2 not in fw
                if not (two_content and lang == "de") and not (kind != "ff" and min(len(t), len(t2)) < 3
                                                              and max(len(t), len(t2)) < 5):
                    glues.append({"kind": kind, "tokens": (k, k + 1), "a": t, "b": t2})
        if len(t) >= 6 and t not in fw and t not in unknown:
            cuts = [i for i in range(2, len(t) - 1) if t[:i] in unknown and t[i:] in unknown]
            if cuts:
                splits.append({"kind": "split", "tokens": (k,), "word": t, "cut": rng.choice(cuts)})
    return glues + splits


def apply(text: str, corruptions: list[dict]) -> tuple[str, list[dict]]:
    toks = plain_tokens(text)
    out, labels, pos, delta = [], [], 0, 0
    for c in sorted(corruptions, key=lambda c: c["tokens"][0]):
        s = toks[c["tokens"][0]][0]
        e = toks[c["tokens"][-1]][1]
        out.append(text[pos:s])
        start = s + delta
        if c["kind"] == "split":
            w, cut = c["word"], c["cut"]
            new = w[:cut] + " " + w[cut:]
            labels.append({"kind": "split_word", "start": start, "end": start + len(new), "text": new,
                           "suggestion": w, "variant": "split"})
        else:
            new = c["a"] + c["b"]
            labels.append({"kind": "glued_words", "start": start, "end": start + len(new), "text": new,
                           "suggestion": f"{c['a']} {c['b']}", "variant": f"glue-{c['kind']}"})
        out.append(new)
        delta += len(new) - (e - s)
        pos = e
    out.append(text[pos:])
    return "".join(out), labels


def passages(folder: Path, lang: str) -> list[tuple[str, str]]:
    """(id, text) of each passage in ``folder/passages_<lang>.txt``."""
    out, current, lines = [], None, []
    for line in (folder / f"passages_{lang}.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            if current:
                out.append((current, "\n".join(lines).strip()))
            current, lines = line[4:].strip(), []
        else:
            lines.append(line)
    if current:
        out.append((current, "\n".join(lines).strip()))
    return out


def corrupt(text: str, lang: str, rng: random.Random, quota: dict[str, int]) -> list[tuple[str, list[dict]]]:
    """``text`` corrupted: candidates drawn by ``quota`` per kind, grouped up to ``PER_TEXT`` a
    version at least three words apart; (corrupted text, labels) per version."""
    cands = candidates(text, lang, rng)
    chosen = []
    for kind, n in quota.items():
        pool = [c for c in cands if c["kind"] == kind]
        rng.shuffle(pool)
        chosen += pool[:n]
    rng.shuffle(chosen)
    groups: list[list[dict]] = []
    for c in chosen:
        for group in groups:
            if len(group) < PER_TEXT and all(
                    min(abs(i - j) for i in c["tokens"] for j in g["tokens"]) >= 3 for g in group):
                group.append(c)
                break
        else:
            groups.append([c])
    return [apply(text, group) for group in groups]


def build_records(folder: Path, tag: str, quota: dict[str, int], hard_negatives: dict[str, list[str]],
                  neg_prefix: str, split_of=lambda pid: "heldout") -> list[dict]:
    """Every record of a set: per passage its clean text and its corrupted texts (corruptions
    drawn by ``quota`` per kind with a generator seeded by ``tag`` + passage id), then the hard
    negatives (ids ``<neg_prefix>-<lang>-<n>``).  ``split_of(pid)`` gives the part."""
    records = []
    for lang in LANGS:
        for pid, text in passages(folder, lang):
            rng = random.Random(tag + pid)
            base = {"source": pid, "lang": lang, "split": split_of(pid)}
            records.append({**base, "id": f"{pid}/clean", "variant": "clean", "text": text, "findings": []})
            for k, (new, labels) in enumerate(corrupt(text, lang, rng, quota)):
                records.append({**base, "id": f"{pid}/mix-{k + 1}",
                                "variant": "+".join(sorted(x["variant"] for x in labels)),
                                "text": new, "findings": labels})
    for lang, texts in hard_negatives.items():
        for k, text in enumerate(texts):
            pid = f"{neg_prefix}-{lang}-{k + 1}"
            records.append({"source": pid, "lang": lang, "split": split_of(pid), "id": f"{pid}/hard-negative",
                            "variant": "hard-negative", "text": text, "findings": []})
    return records


def write_set(folder: Path, records: list[dict]) -> str:
    """Write ``folder/glued_set.jsonl``; returns a one-line count of texts and labels."""
    with open(folder / "glued_set.jsonl", "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = Counter()
    for r in records:
        for f in r["findings"]:
            c[(r["split"], f["kind"])] += 1
            c[(r["split"], f["variant"])] += 1
    return f"{len(records)} texts; {dict(sorted(c.items()))}"
