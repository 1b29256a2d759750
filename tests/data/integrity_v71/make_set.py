"""Build the v71 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v71/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v71: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
harbour seals, letterpress posters, cross-country skiing waxes, bonsai, old mills and amateur
astronomy clubs.

The passages (passages_<lang>.txt) are new, and each language has its own mix of topics, written
in the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why harbour seals haul out at low tide and during the moult, plate solving with
      astrometry.net (`solve-field`, `wcsinfo`, `wcs-xy2rd`), a woman entering her
      grandfather's silent watermill (literary), waxing classic skis for grip, the history of
      wood type (Wells, Leavenworth, Hamilton), a stoneground wholemeal tin loaf, nursery stock
      versus collected trees for bonsai beginners, an e-mail asking to join a club star party;
  fr: how grip and glide waxes work on a classic ski, laying out a letterpress poster in DrawBot
      (`newPage`, `font`, `text`, `saveImage`), a seal watching a walker in a bay at low tide
      (literary), repotting a bonsai in spring, a first night with an astronomy club
      ("Bien sûr !"), French mills from the banalité to the roller mills, buckwheat galettes
      complètes, the ban on fluorinated waxes, a letter asking a print shop for village-fête
      posters;
  es: why a bonsai stays small, counting harbour-seal sightings from an Observation.org CSV
      (`csv.DictReader`, `collections.Counter`, Plotly), a widow still opening her husband's
      family watermill (literary), hot-waxing cross-country skis for glide, printing a poster
      with movable type ("¡Claro!"), Comas i Solà and the Sociedad Astronómica de España y
      América, gachas manchegas, wiring versus clip-and-grow in bonsai, an e-mail offering to
      volunteer at a seal rescue centre;
  de: why harbour seals lie on Wadden Sea sandbanks (Heuler, moult), driving a club mount with
      INDI (`indiserver`, `indi_getprop`, `indi_setprop`), a skier alone on a forest trail at
      dusk (literary), watering a bonsai in summer, visiting a seal station ("Klar!"), posters
      and Ernst Litfaß's columns, a rye-wheat bread, waxable skis versus skin skis, a letter to
      a mill society about German Mill Day, Meeus's Julian-date algorithm, how a platen press
      works, why skis glide on snow;
  it: how a watermill works, a bonsai watering system on a BBC micro:bit in MakeCode
      (`pins.analogReadPin`, `basic.pause`), an old printer setting a festival poster at night
      (literary), a first observing night with an amateur astronomy group, waxing classic skis
      ("Certo!"), the floating mills of the Po, stone-ground polenta, growing bonsai from seed
      versus nursery stock, a teacher's e-mail to the Tipoteca Italiana in Cornuda;
  pt: the harbour seal's life in and out of the water, dark-sky session dates with SunCalc
      (`SunCalc.getMoonIllumination`, `getDay()`, JSFiddle), an old woman at a disused tide mill
      (literary), printing a letterpress poster, caring for a ficus bonsai ("Claro!"), the tide
      mills of the Tagus estuary, broa de milho, joining an astronomy club versus observing
      alone, a teacher's letter to a ski shop about cross-country skis in the Serra da Estrela.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words, rarer words and prefixed words, none of them listed in
an earlier set (millwright, millstone, millhouse, tailrace, typecase, broadside, woodtype,
pressman, hand-set, stargazer, starfield, haul-out, whiskered, klister, fishscale, kick-wax,
waxless, waxroom, pinewood, root-bound, stoneground; meunier, bief, minoterie, meulière,
casseau, haut-de-casse, interlignage, lunette, veau-marin, rempoter, ligaturer, farteur,
fartage; molinero, aceña, cárcavo, chibalete, componedor, portaocular, astrónomo, bonsaísta,
sobremaceta, antideslizante; mugnaio, molitura, macinatura, gora, interlinea, astrofilo,
oculare, sciolinatore, bonsaista, rinvaso; moleiro, azenha, moagem, atafona, entrelinha,
caixotim, ocular, foca-comum, lobo-marinho, leão-marinho, bonsaísta, transplante), tool and
brand names in lower case in prose (deepskystacker, photutils, ginga, topcat, stellarsolver,
astroberry; pagedjs, vivliostyle, asciidoctor, sile, mutool, birdfont; bacula, bareos,
urbackup, bupstash, zpaq, duplicity; icinga, observium, nautobot, upptime, openstatus,
adguardhome; gnuradio, sdrpp, urh, multimon-ng, rtl_433, dump978; neovide, lite-xl, zile,
jed, textadept, rdiff-backup), code identifiers in snake_case and camelCase and dotted names,
URLs, e-mail addresses, hashtags and @handles, German long compounds
(Seehundaufzuchtstation, Sternwartenvereinsvorsitzende, Langlaufwachsempfehlung,
Bleisatzwerkstattführung, Mühlenradreparaturkosten, Bonsaischalenhersteller) and particle
verbs with zu inside (nachzuwachsen, aufzuschnallen, abzuschmirgeln, auszudrahten,
hinunterzugleiten), clitics and elisions (achète-les-leur, jusqu'aux, lorsqu'; pásamelos,
enséñanosla, guárdamela; incartamelo, sciolinatelo; dá-lhos, trazê-las-ia, pedi-lha,
oferecê-lo-ia, mostrá-la-emos), names of people and places, and informal spellings and
slang (cattywampus, plonker, brolly; maboule, barjot, pinard, choper, bidule; majara,
empanao, liarla, botellón; Bammel, Moneten, schnabulieren; intrippato, rimorchiare, zozzo,
limonare; estoirado, xunga, tótó, parvalhão, cimbalino); and texts in languages the detector
does not judge (Meta', Bulu, Akoose, Ngiemboon, Medumba, Yemba, Kom, Aghem), some with a glue
in them, which must get no word finding at all.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
import integrity_common as common  # noqa: E402

QUOTA = {"ff": 4, "fc": 5, "cc": 3, "rare": 3, "split": 7}

HARD_NEGATIVES = {
    "en": [
        "The millwright replaced a cracked millstone in the millhouse and cleared the tailrace, while the "
        "pressman next door sorted woodtype into a typecase for a hand-set broadside.",
        "Every stargazer in the club knows the whiskered seals at the haul-out better than any starfield; on "
        "cold nights the members wait in the waxroom with klister, kick-wax and a pair of waxless fishscale skis, "
        "drinking tea by the pinewood stove, and talk about root-bound junipers and stoneground rye.",
        "On the observatory laptop we use deepskystacker to combine the frames, photutils for aperture "
        "photometry, ginga and topcat to inspect images and catalogues, stellarsolver for quick solves, and "
        "astroberry on the small computer strapped to the mount.",
        "The script calls stack_light_frames, passes the result to measureSkyBackground and then to "
        "club.reports.write_summary; settings.max_exposure_s is read in tools/session_log.py, the gallery is "
        "at https://stars.example.net/club/gallery?night=2026-01-17#m42, questions go to "
        "observing-desk@example.net or @northfield_skies. #astrophotography #darkskies",
        "Obadiah Quarrington drove from Penzance to Lamorna with Morwenna Trevelyan and Sennen Pascoe to see "
        "the seals off Mousehole.",
        "Don't be a plonker, grab your brolly: the old mill path is all cattywampus after the storm.",
    ],
    "fr": [
        "Le meunier curait le bief derrière la minoterie, et une vieille meulière servait de banc devant la "
        "porte ; au village, on l'appelait encore le moulin du veau-marin.",
        "À l'atelier, chaque casseau est rangé par corps, les capitales en haut-de-casse, et l'interlignage se "
        "règle avec des réglettes ; le soir, le farteur du club s'occupe du fartage, puis on sort la lunette "
        "pour regarder Saturne avant de rempoter et de ligaturer les érables.",
        "Pour les programmes du festival, nous composons avec pagedjs ou vivliostyle, écrivons les textes avec "
        "asciidoctor, testons parfois sile, découpons les PDF avec mutool et dessinons les pictogrammes dans "
        "birdfont.",
        "La fonction composer_affiche appelle calculerInterlignage puis atelier.presse.imprimer_epreuve ; le "
        "réglage config.corps_titre est lu dans outils/gabarit_a2.py, le modèle est sur "
        "https://typo.exemple.fr/gabarits/affiche-a2?format=pdf#page=2, écrivez à atelier-plomb@exemple.fr ou "
        "à @typo_gervaise. #typographie #letterpress",
        "Achète-les-leur avant lundi, car lorsqu'il pleut jusqu'aux genoux à Plougastel-Daoulas, Gwenaëlle "
        "Le Floc'h et Maëlys Kerhervé n'ont plus le temps de passer chez Anatole.",
        "Il est complètement maboule, ce barjot : il a voulu choper un bidule au marché et nous offrir du "
        "pinard à dix heures du matin.",
    ],
    "es": [
        "El molinero abrió la aceña al amanecer y bajó al cárcavo a limpiar el rodezno antes de que llegaran "
        "los primeros sacos de trigo.",
        "En la imprenta vieja, el chibalete guardaba los tipos y el componedor colgaba de un clavo; junto a la "
        "puerta, un astrónomo aficionado montaba el portaocular de su refractor, y una bonsaísta traía una "
        "sobremaceta y una alfombrilla antideslizante.",
        "Para las copias de seguridad del club usamos bacula en el servidor grande, bareos en el de pruebas, "
        "urbackup para los portátiles, bupstash y zpaq para los archivos antiguos y duplicity para la nube.",
        "La función contar_focas llama a leerAvistamientos y luego a informes.mensual.exportar_tabla; el "
        "parámetro ajustes.umbral_minimo se lee en scripts/censo_focas.py, el mapa está en "
        "https://focas.ejemplo.es/censo/2026?zona=norte#mapa, escribe a censo-focas@ejemplo.es o a "
        "@focas_itziar. #focacomun #ciencia",
        "Pásamelos, y enséñanosla después, pero guárdamela hasta el sábado: Itziar Goikoetxea y Froilán "
        "Baquedano vienen desde Sahagún y Villalpando.",
        "Ese tío está majara, va todo empanao y seguro que vuelve a liarla en el botellón del viernes.",
    ],
    "de": [
        "Der Sternwartenvereinsvorsitzende hielt die Langlaufwachsempfehlung für übertrieben, versprach aber, "
        "die Bleisatzwerkstattführung und die Mühlenradreparaturkosten im Vorstand zu besprechen.",
        "In der Seehundaufzuchtstation beginnt das Fell der Jungtiere erst nach Wochen nachzuwachsen; der "
        "Bonsaischalenhersteller nebenan empfiehlt, die Bäume erst im Herbst auszudrahten.",
        "Bevor wir beginnen, den langen Hang hinunterzugleiten, vergessen wir nie, den alten Belag vorsichtig "
        "abzuschmirgeln und die Ski fest aufzuschnallen.",
        "Im Rechenzentrum der Sternwarte überwachen icinga und observium die Rechner, nautobot verwaltet das "
        "Netz, upptime und openstatus zeigen die Statusseite, und adguardhome filtert die Namensauflösung.",
        "Die Funktion lade_beobachtungen übergibt jede Zeile an berechneHelligkeit und dann an "
        "berichte.monat.schreibe_tabelle; der Wert einstellungen.max_belichtung steht in "
        "werkzeuge/nachtlog.py, die Galerie liegt unter https://sterne.beispiel.de/verein/galerie?nacht=12#m31, "
        "Fragen an sternwarte-team@beispiel.de oder an @sternfreunde_ilka. #astronomie #sternwarte",
        "Ilka Brodersen hatte Bammel vor der Rechnung, aber Jörn Petersen aus Büsum brachte genug "
        "Moneten mit, und danach wurde in Tating ordentlich schnabuliert.",
    ],
    "it": [
        "Il mugnaio controllava la gora ogni mattina, perché la molitura e la macinatura dipendevano dal "
        "livello dell'acqua.",
        "In tipografia si regolava l'interlinea con cura; la sera, un astrofilo puliva l'oculare del suo "
        "telescopio, lo sciolinatore del club preparava gli sci e un bonsaista parlava del rinvaso di primavera.",
        "Nel radioclub usiamo gnuradio per gli esperimenti, sdrpp per ascoltare, urh per analizzare i "
        "segnali, multimon-ng per decodificarli, rtl_433 per i sensori meteo e dump978 per gli aerei.",
        "La funzione leggi_umidita passa ogni valore a calcolaSoglia e poi a irrigazione.pompa.attiva_per; il "
        "parametro config.soglia_secco è letto in bonsai/annaffia.py, i grafici sono su "
        "https://bonsai.esempio.it/serra/umidita?giorni=7#grafico, scrivete a serra-bonsai@esempio.it o a "
        "@bonsai_ginevra. #bonsai #irrigazione",
        "Incartamelo pure, e voi sciolinatelo da soli: Ginevra Scarabelli e Tancredi Lovisolo partono da "
        "Feltre per Asiago alle sei.",
        "Alla festa Matteo era intrippato con la musica: invece di rimorchiare o di limonare in un angolo, "
        "è finito a pulire quel bagno zozzo.",
    ],
    "pt": [
        "O moleiro da azenha ganhava a vida com a moagem do milho, como o avô, que já tinha trabalhado numa "
        "atafona puxada por uma mula.",
        "O tipógrafo ajustava a entrelinha e arrumava o caixotim; do lado de fora, um astrónomo limpava a "
        "ocular, e no aquário uma foca-comum nadava ao lado de um lobo-marinho e de um leão-marinho, enquanto "
        "uma bonsaísta preparava o transplante de um zimbro.",
        "Para escrever os guias do clube, uns usam o neovide, outros o lite-xl, o zile, o jed ou o textadept, "
        "e as cópias de segurança são feitas com o rdiff-backup.",
        "A função ler_sessoes passa cada linha a calcularFaseLua e depois a relatorios.mensal.gerar_tabela; "
        "o valor config.max_iluminacao é lido em scripts/agenda_clube.py, o calendário está em "
        "https://ceu.exemplo.pt/clube/agenda?mes=03#sessoes, escreva para agenda-clube@exemplo.pt ou para "
        "@ceu_escuro_beatriz. #astronomia #ceuescuro",
        "Dá-lhos amanhã; ele trazê-las-ia se pudesse, e eu pedi-lha ontem, mas o Baltasar oferecê-lo-ia à "
        "Leonor em Tavira, e nós mostrá-la-emos à Custódia em Olhão.",
        "Fiquei estoirado depois da festa, que foi mesmo xunga; o tótó do Zé portou-se como um parvalhão e "
        "nem me pagou o cimbalino.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "mgo": ["Mbɔ̀ŋ nə̀ mɔ́! Ǹ yì ɛ̀kə̀ŋ, ǹ dzə̀ nkə̀ŋ wè, ǹ gə́ tsə̀ ndzɔ̀."],
    "bum": ["Mbolo! Ye wo ne mvoe? Me ne mvoe, akiba. Bia ke ai bebiane ya elik ya nnam asu ya nkokon."],
    "bss": ["Mə̄ ŋkɔ́ɔ́ amə́ŋ ɛ́. Ɛ́kéé ɛ́ bɛ́ɛ́ bɛ̄n nɛ ehɔ̄ŋ éwê sé."],
    "nnh": ["Mbə̌ŋ ngə́! Ŋwɔ́ŋ ndə̄ŋ ntsə̄ a mbɔ̀ŋ, pə̀ pɛ́ lə́ɣ nə̀ mɔ̀ɔ̀."],
    "byv": ["Ǒ lɔ́ɔ́ mbɔ̀? Mə̀ lɔ́ɔ́ bɛ̀ɛ̀, à ndə́ mbə̌ mɛn nə̀ ndâ."],
    "ybb": ["Mbɔ̀ŋ nzéé! Mə̀ ŋɛ́ɛ́ ntsɔ́ŋ nə̀ pɛ́, ŋgə̀ mbɔ̀ndə́ɣ ncɔ̀."],
    "bkm": ["Ka wi lə? Mɨ ghə̀ɨ̀ nyi, bɨ̀ kfə̀ əbɔ̀ àfo."],
    "agq": ["Nɔ̀ɔ́ á? Mà nɔ̀ɔ́ kə́ŋ, wɨ̀ tɨ̂ bɔ̀ kɨ̀ kɨ̀ghâ."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v71", QUOTA, HARD_NEGATIVES, "neg71")
    print(common.write_set(HERE, recs))
