"""Per-language word knowledge for the glued/split-word checks in French, Spanish, German,
Italian and Portuguese: word frequencies (wordfreq's "large" lists) and closed word classes.

Each language's list is read on first use, and only for a language an answer is written in
(``provtui.core.language`` decides which): an English session never loads any of them.  The
list is read straight from wordfreq's data file (gzip + msgpack, a bucket of equally frequent
words at a time, no ``import wordfreq``), and kept as word -> bucket index, from which the Zipf
frequency is ``9 - index / 100``.  About 0.3-0.6 s per language, once per process.
"""

from __future__ import annotations

import gc
import threading
from functools import lru_cache

__all__ = ["LANGUAGES", "zipf", "zipf_small", "FUNCTION_WORDS", "ARTICLES", "CONJUNCTIONS", "CLITICS",
           "loaded"]

LANGUAGES = ("fr", "es", "de", "it", "pt")

_lock = threading.Lock()
_lists: dict[str, dict[str, int]] = {}


def _read_buckets(lang: str, size: str = "large") -> list[list[str]]:
    import importlib.util
    import os

    spec = importlib.util.find_spec("wordfreq")
    for folder in list(spec.submodule_search_locations or []) if spec else []:
        path = os.path.join(folder, "data", f"{size}_{lang}.msgpack.gz")
        if os.path.exists(path):
            import gzip

            import msgpack

            with gzip.open(path, "rb") as fh:
                packed = fh.read()
            unpacker = msgpack.Unpacker(raw=False, max_buffer_size=len(packed) + 1)
            unpacker.feed(packed)
            n = unpacker.read_array_header()
            header = unpacker.unpack() if n else None
            if isinstance(header, dict) and header.get("format") == "cB" and header.get("version") == 1:
                return [unpacker.unpack() for _ in range(n - 1)]
    import wordfreq  # another layout: through the API (slower, same data)

    return wordfreq.get_frequency_list(lang, size)


def _load(lang: str, size: str = "large") -> dict[str, int]:
    key = lang if size == "large" else f"{lang}:{size}"
    found = _lists.get(key)
    if found is None:
        with _lock:
            found = _lists.get(key)
            if found is None:
                was = gc.isenabled()
                gc.disable()  # a few hundred thousand new strings: no collection meanwhile
                try:
                    found = {}
                    for index, bucket in enumerate(_read_buckets(lang, size)):
                        found.update(dict.fromkeys(bucket, index))
                finally:
                    if was:
                        gc.enable()
                _lists[key] = found
    return found


def ranks(lang: str) -> dict[str, int]:
    """``lang``'s large list as word -> bucket index (Zipf = 9 - index / 100), for callers that
    look up many made-up words (no cache churn); keys are case-folded."""
    return _load(lang)


def loaded() -> tuple[str, ...]:
    """Languages whose large list is in memory (for tests: an English answer loads none)."""
    return tuple(sorted(k for k in _lists if ":" not in k))


@lru_cache(maxsize=100_000)
def zipf(word: str, lang: str) -> float:
    """Zipf frequency of a lower-case ``word`` in ``lang``; 0.0 when the list lacks it.

    Case-folded as wordfreq's lists are ("dreißig" is listed as "dreissig")."""
    index = _load(lang).get(word.casefold())
    return 0.0 if index is None else round(9.0 - index / 100, 2)


@lru_cache(maxsize=20_000)
def zipf_small(word: str, lang: str) -> float:
    """Like ``zipf`` from wordfreq's small list of ``lang`` (Zipf >= 3 only; 0.0 below): a few
    tens of ms to load, for the English checks' "is it a word elsewhere?" guard."""
    index = _load(lang, "small").get(word.casefold())
    return 0.0 if index is None else round(9.0 - index / 100, 2)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Closed-class words per language: articles, prepositions (and their contractions with the
# article), pronouns, conjunctions, common auxiliaries.  A glue with one of these on either side
# ("dela" in Spanish, "undder") is a dropped space; two content words are a compound as often.
# German leaves out the prepositions that are also separable verb prefixes ("mitnehmen").
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "fr": _words("""
        le la les un une des du de au aux et ou mais donc car ni que qui quoi dont où ce cet cette
        ces son sa ses leur leurs mon ma mes ton ta tes notre nos votre vos il elle ils elles on
        nous vous je tu me te se lui en y ne pas plus dans sur sous par pour avec sans chez entre
        vers est sont était être avoir a ont été fait peut comme aussi très tant tout tous toute
        toutes si quand même à non doit doivent peuvent deux trois quatre cinq six sept huit neuf dix
        dès depuis pendant avant après selon malgré parmi durant sauf lors bien déjà encore toujours
        jamais ici là alors souvent sera seront serait va vont avait avaient soit soient
        puis ensuite enfin ainsi presque pu dû peu trop tôt tard assez beaucoup moins
    """),
    "es": _words("""
        el la los las un una unos unas a de del al y o u e ni que quien cual cuando donde como
        pero sino porque si en con por para sin sobre entre hasta desde hacia según su sus mi
        mis tu tus nuestro nuestra este esta estos estas ese esa eso esto lo le les se me te nos
        él ella ellos ellas yo no más muy ya es son era fue ha han está están ser estar hay
        también todo toda todos todas puede pueden pudo debe deben dos tres cuatro cinco seis siete ocho nueve diez
        cualquier cada bien aquí allí ahí así ahora siempre nunca aún todavía solo sólo tan
        será serán sería sido va van tiene tienen había habían sea sean cuanto cuanta cuantos cuantas
        antes después luego además entonces mientras casi poco mucho tanto menos
    """),
    "de": _words("""
        der die das den dem des ein eine einen einem einer eines und oder aber denn sondern dass
        weil wenn als wie ob damit ich du er sie es wir ihr man sich mich dich mir dir uns euch ihn
        ihm ihnen sein seine ihre ist sind war waren hat haben wird werden kann können muss
        nicht auch noch schon sehr nur so im am zum zur vom beim ins für von in bis zwischen ohne
        seit während wegen trotz dann was hier jetzt doch kein keine keinen
    """),
    "it": _words("""
        il lo la i gli le un uno una di del dello della dei degli delle a al allo alla ai agli
        alle da dal dalla dai in nel nello nella nei negli nelle su sul sulla con per tra fra e
        o ma che chi cui come quando dove se non più molto anche già è sono era essere ha hanno
        questo questa questi queste quello quella suo sua suoi sue mio mia loro ci si mi ti vi
        ne io tu lui lei noi voi tutto tutti ho hai può possono sia siano deve devono due tre quattro cinque sei sette otto nove dieci
        lì là qui qua poi ora mai sempre ancora ben bene ogni qualche solo così li perché però
        sarà saranno sarebbe stato stata stati state viene vengono verrà verranno quanto quanta quanti quante
        prima dopo allora quindi mentre quasi poco troppo tanto meno
    """),
    "pt": _words("""
        o a os as um uma uns umas de do da dos das em no na nos nas ao aos à às pelo pela pelos
        pelas por para com sem sob sobre entre até desde e ou mas nem que quem qual quando onde como
        porque se seu sua seus suas meu minha este esta estes estas esse essa isso isto ele ela
        eles elas eu nós você lhe me te não mais muito já é são era foi ser estar está estão há
        tem também todo toda todos todas pode podem deve devem dois duas três quatro cinco seis sete oito nove dez
        num numa nuns numas neste nesta nestes nestas nesse nessa nisso nisto naquele naquela deste desta
        desse dessa disso disto daquele daquela dele dela deles delas nele nela bem ainda lá cá aqui ali
        só tão sempre nunca agora então assim será serão irá vai vão têm tinha tinham
        sido estava foram seja sejam quanto quanta quantos quantas
        antes depois logo enquanto quase eram estavam seriam pouco tanto menos
    """),
}

ARTICLES: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) for lang, words in {
        "en": "a an the",
        "fr": "le la les l un une des du au aux",
        "es": "el la los las lo un una unos unas al del",
        "it": """il lo la i gli le l un uno una del dello della dei degli delle al allo alla ai agli
            alle nel nello nella nei negli nelle dal dallo dalla dai dagli dalle sul sullo sulla
            sui sugli sulle col coi""",
        "pt": "o a os as um uma uns umas do da dos das no na nos nas ao à aos às pelo pela pelos pelas num numa",
        "de": "der die das den dem des ein eine einen einem einer eines",
    }.items()
}
"""The articles of each language, and the prepositions with the article in them ("del", "nella",
"do", "au"): the words a glue of two function words ends with when it is the commonest kind of
glue there is ("de la", "per i", "in the")."""

CONJUNCTIONS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) for lang, words in {
        "en": "and or nor but",
        "fr": "et ou ni mais",
        "es": "y e o u ni pero",
        "it": "e ed o od ma",
        "pt": "e ou nem mas",
        "de": "und oder aber sondern",
    }.items()
}
"""The coordinating conjunctions of each language: like an article, one always has a word after
it, never a comma or a full stop."""


# Unstressed pronouns written onto a verb ("hacerlo", "dimmelo"): after a verb form that takes
# them (``clitics.takes_clitic``) the second part is the verb's clitic, not a word.
CLITICS: dict[str, frozenset[str]] = {
    "es": _words("me te se lo la le nos os los las les melo mela selo sela telo tela noslo"),
    "it": _words("mi ti si ci vi lo la li le gli ne glielo gliela glieli gliele melo mela telo"
                 " tela celo cela sene mene tene meli mele teli tele celi cele velo vela veli vele"
                 " selo sela seli sele cene vene"),
    # Portuguese writes its enclitics with a hyphen ("fazê-lo"): glued, they are a glue
    "pt": frozenset(),
    "fr": frozenset(),
    "de": frozenset(),
}
