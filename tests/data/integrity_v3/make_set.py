"""Build the v3 labelled set for glued and split words (six languages).  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v3/make_set.py      # needs the hunspell command and the
                                                    # hunspell-{en-us,fr,es,de-de,it,pt-pt} dictionaries

Why a v3: the v2 held-out part was small (118 glued labels) and its misses had been looked at,
and its non-English labels were decided with wordfreq's small lists while the detector reads
wordfreq's large ones (the same source).  Here every label is decided with hunspell's
dictionaries, a source the detector never reads, and the passages (passages_<lang>.txt) were
written for this set, after the detector was tuned, in the style of model answers: money
advice, a code fix, history, medicine, travel, a recipe, an incident report, a literary
paragraph, science, a tool comparison.  They hold the hard negatives: brand names in any case
(TheFork, Zendesk, airbnb), code identifiers in prose (load_settings(), maxRetries, asyncio,
nginx, kubectl, webhook), URLs, hashtags (#lisbonlife, #viajarportugal), German compounds
(benutzerfreundlich, Kohlendioxid), elisions and clitics, rare real words (susurration,
crepuscular, gnomon, gnomone).  ``HARD_NEGATIVES`` below adds short texts made of nothing
else, and texts in languages the detector does not judge (Dutch, Polish, Swedish,
Indonesian), which must get no word finding at all.

Corruptions (only lower-case words of letters; the glued token must be unknown to hunspell in
the text's language, and both pieces of a split too, while the whole word is known):
- ``ff``: two function words glued ("and its", "it is", "de la", "in der", "che il");
- ``fc``: a function word and a content word ("to reduce", "les ronces");
- ``cc``: two content words ("restless water");
- ``rare``: a glue with a rare or inflected content word ("retried twice", "dimezzerà i"):
  a content part under Zipf 3.0 in wordfreq, or in English one ending -s/-ed/-ing
  (wordfreq is used here only to sort glues into this kind, never to decide a label);
  in German no glue of two content words (``cc`` or ``rare``): written together they are a
  compound, i.e. correct;
- ``split``: a word broken by a space.
Each text carries up to three corruptions at least two words apart; every passage also gives
its clean text.  Function words are this file's own lists, not the detector's.

Parts: ``dev`` (tuning allowed) and ``heldout`` (score once, at the end) by a hash of the
passage id, about 60% held out.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).parent
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

# Texts made of hard negatives only: every word finding on them is a false alarm.
HARD_NEGATIVES = {
    "en": [
        "Install it with pip install httpx, then call getattr on the response or read resp.headers. "
        "The dataframe supports groupby, and the kwargs are forwarded to urlopen unchanged.",
        "We moved the blog from wordpress to hugo, host the images on cloudinary and send the newsletter "
        "with mailchimp; the analytics live in plausible and the errors in sentry.",
        "Follow us on #machinelearning and #devopsdays, or read https://example.com/blog/zero-downtime-deploys "
        "for the full story of the migration to kubernetes and the new helm charts.",
        "Her prose is full of rare words: palimpsest, quincunx, apophenia, petrichor, defenestration, "
        "sesquipedalian, susurrus and the lovely crepuscular light of late autumn.",
        "Call fetchUserProfile with the userId, then setTimeout for the retry; getElementById returns null "
        "when the node is missing, and onClick handlers should be idempotent.",
        "The iPhone, the MacBook, PayPal, eBay, LinkedIn, YouTube and DoorDash all started as small teams "
        "before they turned into household names with thousands of engineers.",
    ],
    "fr": [
        "Installez-le avec pip install httpx, puis appelez getattr sur la réponse. Le dataframe accepte "
        "groupby, et les kwargs sont transmis tels quels à urlopen.",
        "Suivez-nous sur #intelligenceartificielle et #devopsfrance, ou lisez https://exemple.fr/blog/deploiement-sans-coupure "
        "pour l'histoire complète de la migration vers kubernetes.",
        "Son style regorge de mots rares : palimpseste, quinconce, anticonstitutionnellement, chuchotement, "
        "procrastination, pétrichor et la lumière crépusculaire de l'automne.",
        "L'équipe utilise le smartphone, le feedback des clients, le workflow de validation et le "
        "newsletter mensuel ; le chatbot répond pendant le weekend.",
    ],
    "es": [
        "Instálalo con pip install httpx y luego llama a getattr sobre la respuesta. El dataframe admite "
        "groupby, y los kwargs pasan sin cambios a urlopen.",
        "Síguenos en #inteligenciaartificial y #desarrolloweb, o lee https://ejemplo.es/blog/despliegue-sin-cortes "
        "para conocer la migración completa a kubernetes.",
        "Dámelo ahora, dígaselo mañana, hazlo bien y tráemelo luego: los pronombres van pegados al verbo. "
        "También existen palabras raras como desoxirribonucleico, otorrinolaringólogo y ojalá.",
        "El equipo usa el smartphone, el feedback de los clientes, el workflow de aprobación y la newsletter "
        "mensual; el chatbot responde durante el fin de semana.",
    ],
    "de": [
        "Installieren Sie es mit pip install httpx und rufen Sie dann getattr auf der Antwort auf. Der "
        "dataframe kennt groupby, und die kwargs gehen unverändert an urlopen.",
        "Die Donaudampfschifffahrtsgesellschaft war umweltfreundlich, benutzerfreundlich und "
        "zukunftsorientiert; wir wollen weiterhin zusammenarbeiten, uns kennenlernen und weiterentwickeln.",
        "Folgen Sie uns unter #maschinelleslernen und #devopsdeutschland oder lesen Sie "
        "https://beispiel.de/blog/ausfallfreie-auslieferung über die Umstellung auf kubernetes.",
        "Herunterladen, hochladen, zurückgeben und mitnehmen sind trennbare Verben, die im Infinitiv "
        "zusammengeschrieben werden, ebenso wie haushaltsüblich oder altersgerecht.",
    ],
    "it": [
        "Installalo con pip install httpx e poi chiama getattr sulla risposta. Il dataframe supporta "
        "groupby, e i kwargs passano invariati a urlopen.",
        "Dimmelo subito, portamelo domani, fallo bene e diglielo presto: i pronomi si attaccano al verbo. "
        "Esistono anche parole rare come precipitevolissimevolmente e sovramontanamente.",
        "Seguici su #intelligenzaartificiale e #sviluppoweb, oppure leggi https://esempio.it/blog/rilascio-senza-interruzioni "
        "per la storia completa della migrazione a kubernetes.",
        "La squadra usa lo smartphone, il feedback dei clienti, il workflow di approvazione e la newsletter "
        "mensile; il chatbot risponde durante il weekend.",
    ],
    "pt": [
        "Instale-o com pip install httpx e depois chame getattr sobre a resposta. O dataframe suporta "
        "groupby, e os kwargs passam sem mudanças para urlopen.",
        "Siga-nos em #inteligenciaartificial e #desenvolvimentoweb, ou leia https://exemplo.pt/blog/implantacao-sem-cortes "
        "para conhecer a migração completa para kubernetes.",
        "Há palavras raras como paralelepípedo, otorrinolaringologista, inconstitucionalissimamente e "
        "saudade; fazê-lo, dizê-lo e trazê-lo escrevem-se com hífen.",
        "A equipa usa o smartphone, o feedback dos clientes, o workflow de aprovação e a newsletter "
        "mensal; o chatbot responde durante o fim de semana.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "nl": ["De rivier was kalm die ochtend, en hetoppervlak weerspiegelde de kleur van de lucht. "
           "Een reiger stond lang in het ondiepe water voordat hij zich bewoog, en de wind ging liggen."],
    "pl": ["Rzeka była spokojna tego ranka, a jejpowierzchnia odbijała kolor nieba. Czapla stała długo "
           "w płytkiej wodzie, zanim się poruszyła, a wiatr ucichł nad doliną."],
    "sv": ["Floden var lugn den morgonen, och dessyta speglade himlens färg. En häger stod länge i det "
           "grunda vattnet innan den rörde sig, och vinden mojnade över dalen."],
    "id": ["Sungai itu tenang pagi itu, dan permukaannya memantulkan warna langit. Seekor bangau berdiri "
           "lama di air dangkal sebelum bergerak, dan anginpun berhenti bertiup di lembah."],
}


def split_of(pid: str) -> str:
    return "heldout" if int(hashlib.sha1(("v3:" + pid).encode()).hexdigest(), 16) % 10 < 6 else "dev"


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


def hunspell_unknown(words: set[str], lang: str) -> set[str]:
    """The words of ``words`` that hunspell's ``lang`` dictionary rejects."""
    words = sorted(w for w in words if w)
    proc = subprocess.run(["hunspell", "-i", "utf-8", "-d", HUNSPELL[lang], "-l"], input="\n".join(words) + "\n",
                          capture_output=True, text=True, check=True)
    return set(proc.stdout.split())


def plain_tokens(text: str) -> list[tuple[int, int, str]]:
    """Every whitespace token with its span; a corruptible one is lower-case letters only,
    outside backticks."""
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


def glued_records() -> list[dict]:
    records = []
    for lang in LANGS:
        for pid, text in passages(lang):
            rng = random.Random("v3" + pid)
            base = {"source": pid, "lang": lang, "split": split_of(pid)}
            records.append({**base, "id": f"{pid}/clean", "variant": "clean", "text": text, "findings": []})
            cands = candidates(text, lang, rng)
            chosen = []
            for kind, n in QUOTA.items():
                pool = [c for c in cands if c["kind"] == kind]
                rng.shuffle(pool)
                chosen += pool[:n]
            rng.shuffle(chosen)
            texts: list[list[dict]] = []
            for c in chosen:
                for group in texts:
                    if len(group) < PER_TEXT and all(
                            min(abs(i - j) for i in c["tokens"] for j in g["tokens"]) >= 3 for g in group):
                        group.append(c)
                        break
                else:
                    texts.append([c])
            for k, group in enumerate(texts):
                new, labels = apply(text, group)
                records.append({**base, "id": f"{pid}/mix-{k + 1}", "variant": "+".join(sorted(x["variant"] for x in labels)),
                                "text": new, "findings": labels})
    for lang, texts in HARD_NEGATIVES.items():
        for k, text in enumerate(texts):
            pid = f"neg-{lang}-{k + 1}"
            records.append({"source": pid, "lang": lang, "split": split_of(pid), "id": f"{pid}/hard-negative",
                            "variant": "hard-negative", "text": text, "findings": []})
    return records


if __name__ == "__main__":
    recs = glued_records()
    with open(HERE / "glued_set.jsonl", "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    c = Counter()
    for r in recs:
        for f in r["findings"]:
            c[(r["split"], f["kind"])] += 1
            c[(r["split"], f["variant"])] += 1
    print(len(recs), "texts;", dict(sorted(c.items())))
