"""The regular forms of French, Spanish, Italian and Portuguese verbs.

A verb has some fifty forms and the word lists hold the common ones only, so a rarer form
("tratteresti", "tueste", "decayó") splits into two words the lists know ("tratte resti", "tu
este", "de cayó") and looks glued.  A token that is a regular form of a verb whose infinitive
the lists know is that verb's form, not a glue.  The tables are the regular conjugations (every
tense and person, participles and gerunds), with the spelling changes regular verbs make: Italian
"ch"/"gh" before e and i ("cercherò": cercare) and the i of -ciare/-giare ("mangerò"), Spanish
and Portuguese stem vowels ("tueste": tostar, "pienso": pensar) and the y of -aer/-eer/-uir
("decayó": decaer), and the consonants Spanish and Portuguese respell before e and before a or
o ("seque": secar, "comece": começar, "escojo": escoger, "conheço": conhecer).
"""

from __future__ import annotations

from functools import lru_cache

from provtui.core import lang_lexicon as lex

__all__ = ["verb_form"]

_VERB_MIN_ZIPF = 2.5  # an infinitive this common makes a regular form of it a word
_STEM_MIN_LEN = 4  # (a shorter one reads too many glues as forms: "quea", "auna"; one letter less
                   # before an ending of four letters or more: "temieran", temer)

def _table(spec: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """ending -> the infinitive endings it belongs to"""
    out: dict[str, list[str]] = {}
    for infinitive, endings in spec.items():
        for e in endings.split():
            out.setdefault(e, [])
            if infinitive not in out[e]:
                out[e].append(infinitive)
    return {e: tuple(v) for e, v in out.items()}


_SPECS = {
    "it": {
        "are": """o i a iamo ate ano avo avi ava avamo avate avano ai asti ò ammo aste arono erò erai erà
            eremo erete eranno erei eresti erebbe eremmo ereste erebbero iate ino assi asse assimo assero
            ando ato ata ati ate""",
        "ere": """o i e iamo ete ono evo evi eva evamo evate evano ei etti esti é ette emmo este erono ettero
            erò erai erà eremo erete eranno erei eresti erebbe eremmo ereste erebbero a iate ano essi esse
            essimo essero endo uto uta uti ute""",
        "ire": """o i e iamo ite ono isco isci isce iscono ivo ivi iva ivamo ivate ivano ii isti ì immo iste
            irono irò irai irà iremo irete iranno irei iresti irebbe iremmo ireste irebbero a iate ano isca
            iscano issi isse issimo issero endo ito ita iti ite""",
    },
    "es": {
        "ar": """o as a amos áis an aba abas ábamos abais aban é aste ó asteis aron aré arás ará aremos
            aréis arán aría arías aríamos aríais arían e es emos éis en ara aras áramos arais aran ase ases
            ásemos aseis asen ando ado ada ados adas""",
        "er": """o es e emos éis en ía ías íamos íais ían í iste ió imos isteis ieron eré erás erá eremos
            eréis erán ería erías eríamos eríais erían a as amos áis an iera ieras iéramos ierais ieran iese
            ieses iésemos ieseis iesen iendo ido ida idos idas yó yeron yendo yera yeras yeran yese yesen""",
        "ir": """o es e imos ís en ía ías íamos íais ían í iste ió isteis ieron iré irás irá iremos iréis
            irán iría irías iríamos iríais irían a as amos áis an iera ieras iéramos ierais ieran iese ieses
            iésemos ieseis iesen iendo ido ida idos idas yó yeron yendo yera yeras yeran yese yesen""",
    },
    "pt": {
        "ar": """o as a amos ais am ava avas ávamos áveis avam ei aste ou astes aram arei arás ará aremos
            areis arão aria arias aríamos aríeis ariam e es emos eis em asse asses ássemos ásseis assem
            ares armos ardes arem ara aras áramos áreis ando ado ada ados adas""",
        "er": """o es e emos eis em ia ias íamos íeis iam i este eu estes eram erei erás erá eremos ereis
            erão eria erias eríamos eríeis eriam a as amos ais am esse esses êssemos êsseis essem eres ermos
            erdes erem era eras êramos êreis endo ido ida idos idas""",
        "ir": """o es e imos is em ia ias íamos íeis iam i iste iu istes iram irei irás irá iremos ireis
            irão iria irias iríamos iríeis iriam a as amos ais am isse isses íssemos ísseis issem ires irmos
            irdes irem ira iras íramos íreis indo ido ida idos idas""",
    },
    "fr": {
        "er": """e es ons ez ent ais ait ions iez aient ai as a âmes âtes èrent erai eras era erons erez
            eront erais erait erions eriez eraient asse asses ât assions assiez assent ant é ée és ées""",
        "ir": """is it issons issez issent issais issait issions issiez issaient îmes îtes irent irai iras
            ira irons irez iront irais irait irions iriez iraient isse isses ît issant i ie ies""",
        "re": """s t ons ez ent ais ait ions iez aient is it îmes îtes irent rai ras ra rons rez ront rais
            rait rions riez raient e es isse isses ant u ue us ues""",
    },
}
# per language: (ending, its infinitive endings), longest ending first
_ENDINGS_BY_LEN = {lang: sorted(_table(spec).items(), key=lambda kv: -len(kv[0])) for lang, spec in _SPECS.items()}

# stem vowels that change in the forms stressed on the stem: the form's, the infinitive's
_STEM_CHANGES = {"es": (("ue", "o"), ("ie", "e"), ("i", "e"), ("ue", "u")), "pt": (("i", "e"), ("u", "o"))}


def _stems(stem: str, lang: str, ending: str) -> list[str]:
    stems = [stem]
    if lang == "it":
        if stem.endswith(("ch", "gh")) and ending[:1] in ("e", "i", "è", "é", "ì"):
            stems.append(stem[:-1])  # "cercherò": cercare
        if ending[:1] in ("e", "è", "é") and stem.endswith(("c", "g")):
            stems.append(stem + "i")  # "mangerò": mangiare
    if lang in ("es", "pt"):
        front = ending[:1] in ("e", "é", "ê")
        if front and stem.endswith("qu"):
            stems.append(stem[:-2] + "c")  # "seque": secar, "fique": ficar
        elif front and stem.endswith("gu"):
            stems.append(stem[:-1])  # "pague": pagar, "chegue": chegar
        elif front and stem.endswith("c"):
            stems.append(stem[:-1] + ("z" if lang == "es" else "ç"))  # "cace": cazar, "comece": começar
        elif not front and stem.endswith("j"):
            stems.append(stem[:-1] + "g")  # "escojo": escoger, "protejo": proteger
        elif not front and stem.endswith("zc") and lang == "es":
            stems.append(stem[:-2] + "c")  # "conozco": conocer
        elif not front and stem.endswith("ç") and lang == "pt":
            stems.append(stem[:-1] + "c")  # "conheço": conhecer
    for changed, plain in _STEM_CHANGES.get(lang, ()):
        at = stem.rfind(changed)
        if at > 0:
            stems.append(stem[:at] + plain + stem[at + len(changed):])
    return stems


@lru_cache(maxsize=20_000)
def verb_form(word: str, lang: str) -> bool:
    """True when lower-case ``word`` is a regular form of a verb of ``lang`` whose infinitive the
    word lists hold at Zipf 2.5 or more ("tratteresti": trattare, "tueste": tostar)."""
    for ending, infinitives in _ENDINGS_BY_LEN.get(lang, ()):
        if not word.endswith(ending) or len(word) - len(ending) < (_STEM_MIN_LEN - 1 if len(ending) >= 4 else _STEM_MIN_LEN):
            continue
        for stem in _stems(word[: -len(ending)], lang, ending):
            if any(lex.zipf(stem + inf, lang) >= _VERB_MIN_ZIPF for inf in infinitives):
                return True
    return False
