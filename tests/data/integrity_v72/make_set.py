"""Build the v72 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v72/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v72: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from tidal
power, bookplates and ex libris, ice fishing, organ grinders and street music, dry stone walls
and sourdough starters.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French,
Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: how a tidal barrage generates on the ebb with bulb turbines, finding high waters in a tide-gauge
      record with SciPy in JupyterLab (`scipy.signal.find_peaks`, `distance`, `prominence`), an old
      waller finishing a wall on a fellside at dusk (literary), starting a sourdough starter, organ
      grinders in Victorian London and the Street Music Act of 1864, pan-fried perch after a day
      on the ice, why a bookplate is worth commissioning today, an e-mail asking for a place on a
      dry stone walling course;
  fr: why a levain rises (wild yeasts and lactic bacteria), cataloguing ex-libris in SQLite with
      PyCharm (`sqlite3.connect`, `executemany`, `GROUP BY`), an organ grinder in the snow on the
      butte (literary), safety before a day of ice fishing, building a dry stone garden wall
      ("Bien sûr !"), the Rance tidal power station of 1966, a country levain loaf, the barrel organ
      deserves better (opinion), a letter commissioning an engraved ex-libris;
  es: tidal barrages versus tidal-stream turbines, an ex libris drawn with Pillow and finished in
      Inkscape (`Image.new`, `ImageDraw.Draw`, `ImageFont.truetype`), an old man fishing through the
      ice of a Lapland lake (literary), feeding a masa madre, the dry stone walls of the Serra de
      Tramuntana ("¡Claro!"), the organillo in Madrid, a masa madre hogaza, Spain and marine
      energy (Mutriku; opinion), an e-mail booking a class visit to an ex libris exhibition;
  de: why rye bread needs sourdough (amylase, pentosans), water levels from PEGELONLINE with `curl`
      and `jq`, a Leierkastenmann in a Berlin back courtyard (literary), building a dry stone wall
      in the garden, ice fishing for perch in Sweden ("Klar!"), early Exlibris (Knabensberg's
      hedgehog, Dürer for Pirckheimer), a Roggenmischbrot, tidal power plants (opinion), a letter
      to the town asking to play a barrel organ in the pedestrian zone, tide prediction by
      harmonic analysis (algorithm), how a barrel organ works, why lakes freeze from the top;
  it: why dry stone walls stand without mortar (UNESCO 2018), the energy of a tidal basin in Google
      Colab (`numpy.linspace`, `matplotlib.pyplot.plot`), an organ grinder under a bell tower
      (literary), refreshing a lievito madre, ice fishing on an alpine lake ("Certo!"), ex libris
      from the fifteenth century to De Carolis, a focaccia with lievito madre, tidal-stream energy
      in the Strait of Messina (the Kobold turbine; opinion), an e-mail asking to join a dry stone
      wall course in the Cinque Terre;
  pt: how the tide mills of the Tagus worked (Corroios), a massa-mãe feeding calculator in Python in
      Thonny (`@dataclass`, `fractions.Fraction`), a realejo player in Alfama (literary), rebuilding
      a dry stone terrace wall, a first day of ice fishing in Finland ("Claro!"), the ex-líbris in
      Portugal, a pão alentejano with massa-mãe, tides versus waves and wind at sea (opinion), a
      letter to an antiquarian bookseller about an ex-líbris found in a book.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly rare words of the topics and crafts (copestone, wallhead, pinnings,
smoot, croft, snowmobile, shanty, tip-up, shiner, woodstove, sluicegate, leaven; muraillier,
boutisse, arase, chaînage, capitelle, clapas, caladeur, calade, chef-levainier, pâton, banneton,
grigner, tourte, ex-libriste, contregarde, in-octavo; pedrero, ribazo, chozo, balate,
aliviadero, paredón, prefermento, recentadura, tahonero, artesa, organillero, manubrio;
Gezeitenkraftwerksbetreibergesellschaft, Sauerteiganstellgutbehälter,
Exlibrissammlervereinsvorsitzende, Holzstichdruckstöcke, Trockenmauerbaukursleiter,
Eisanglerwinterlager, Drehorgelspielgenehmigungsantrag, Leierkastenmann; marogna, ciglione,
murata, trullo, terrazzamento, canalone, biga, organetto, cantastorie, porticato, exlibrista,
calcografia; paredeiro, pardieiro, geio, travação, boeiro, enxurrada, comporta, caldeira, isco,
alguidar, realejo, fado-canção), tool and brand names in lower case in prose (tidalcycles,
strudel, sonic-pi, vcv, renoise, milkytracker; pybtex, bibtool, jabref, greenstone, evergreen,
gthumb; ttide, xtide, pyfes, qtvlm, tileserver, pelias; orca, bespoke, carla, helm, vital,
cardinal; kmymoney, envoy, varnish, himalaya, notmuch, dstask; inkstitch, enblend, timidity,
lastools, openboardview, fishbrain), code identifiers in snake_case and camelCase and dotted
names, URLs with query strings, e-mail addresses, hashtags and @handles, German particle verbs
with zu inside (anzusetzen, einzupassen, auszuzwickeln, nachzuwetzen, aufzuhacken,
abzuschicken), clitics and elisions (donne-la-leur, qu'on se le dise; cántaselas, apúntamelo,
vendédselas; presentateglielo, cuocetecelo, se l'è tirata; devolver-lho-emos, mostrá-lo-á),
names of people and places, and informal spellings and slang (innit, made up, claggy, narked,
no cap; ouf, daron, kiffer, à la ramasse, teuf; tronca, finde, alucinas, ni de coña; Digga,
verkackt, für die Tonne; raga, che noia, una bomba, ci sta; bué, fixe, gajo, lixado, borga,
tás a ver); and texts in languages the detector does not judge (Tunen, Ghomálá', Lamnso',
Mundang, Gidar, Matal, Mambila, Kovai), some with a glue in them, which must get no word
finding at all.
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
        "The waller hammered a copestone onto the wallhead beside the gatepost, packed the hearting with "
        "pinnings, and left a smoot low in the wall so that hares could slip through to the lambing croft.",
        "He parked the snowmobile in the lee of the shanty, cleared the slush from the auger, set a tip-up "
        "over each hole with a shiner for bait, and sat by the woodstove until a flag sprang upright; at "
        "slack water on the estuary the sluicegate stayed shut and the barrage fell silent.",
        "For the street-organ project I sketch patterns in tidalcycles and strudel, try the harmonies in "
        "sonic-pi, patch the bellows noise in vcv, and keep the old arrangements in renoise and milkytracker.",
        "The notebook calls load_gauge_series, passes the frame to fitHarmonicConstituents and then to "
        "tides.predict.high_waters; settings.min_peak_gap_hours lives in tidal/forecast_config.py, the "
        "charts are at https://tides.example.net/stations/holyhead?range=spring#chart, and questions go to "
        "gauge-team@example.net or @tide_watcher_morwenna. #tidalpower #sourdough",
        "Morwenna Trelawny carried her leaven from Penzance to Aberystwyth in a jam jar, and Iolo Pryce "
        "swore it smelled better in Machynlleth than it ever had in Mousehole.",
        "Innit mad, she's well made up with that loaf, thinks it's the dog's bollocks, but the crumb's a "
        "bit claggy, no cap, and the bloke at the bakery was well narked.",
    ],
    "fr": [
        "Le muraillier posa la dernière boutisse sur l'arase, puis il reprit les chaînages d'angle de la "
        "capitelle et du clapas voisin, tandis que le caladeur pavait la calade qui descendait vers la "
        "bergerie.",
        "Le boulanger chef-levainier rafraîchit son chef trois fois, vérifia la pousse du pâton dans le "
        "banneton et grigna la tourte ; à côté, un ex-libriste collait un ex-libris sur la contregarde d'un "
        "in-octavo, près du tourneur et de son orgue de Barbarie.",
        "Pour la bibliographie, j'utilise pybtex et bibtool en ligne de commande, jabref pour classer les "
        "fiches, greenstone et evergreen à la médiathèque, et gthumb pour trier les numérisations.",
        "Le script appelle charger_releves_maregraphe, transmet le tableau à calculerMarnageMoyen puis à "
        "cartes.maree.tracer_courbe ; la doc est sur https://marees.exemple.fr/rance/2027?coef=110#etale, "
        "écrivez à equipe-maree@exemple.fr ou à @maree_gwenola. #maremotrice #levain",
        "Donne-la-leur demain, et qu'on se le dise : Gwenola Le Floc'h vient de Plougastel-Daoulas, pas de "
        "Dinard, et Yves-Marie Guéguen l'attend à Saint-Pol-de-Léon.",
        "Franchement, c'était ouf : le daron a kiffé la fouace, les gamins se sont gavés, et moi j'étais "
        "carrément à la ramasse après la teuf.",
    ],
    "es": [
        "El pedrero rehízo el ribazo con piedras trabadas a hueso, levantó un chozo de falsa bóveda en lo "
        "alto del balate y dejó un aliviadero al pie del paredón para que el agua escurriera.",
        "La masa madre, que algunos llaman también prefermento o recentadura, se refresca al anochecer; el "
        "tahonero la guarda en una artesa, y el organillero del barrio, con su manubrio, toca un chotis a "
        "mediodía.",
        "Para las predicciones usamos ttide y xtide, pyfes para el modelo global, qtvlm para la navegación, "
        "tileserver para servir los mapas y pelias para buscar los puertos por nombre.",
        "La función cargar_serie_mareografo pasa cada fila a calcularCarreraMarea y luego a "
        "graficos.marea.dibujar_curva; los datos están en https://mareas.ejemplo.es/santander?año=2027#marea-alta, "
        "escribe a equipo-mareas@ejemplo.es o a @marea_itziar. #energiamareomotriz #masamadre",
        "Cántaselas a Itziar y apúntamelo luego; vendédselas a Koldo Arrizabalaga a Ondarroa, y que se lo "
        "cuente a Begoña en Bermeo.",
        "Qué pasada, tronca: el pan está de muerte, pero el finde me pillé un pedo que alucinas, y el "
        "pavo del bar me dejó tirado; ni de coña vuelvo.",
    ],
    "de": [
        "Die Gezeitenkraftwerksbetreibergesellschaft lud zur Besichtigung ein, und der "
        "Sauerteiganstellgutbehälter stand daneben, weil die Kantine beschlossen hatte, das Brot selbst "
        "anzusetzen.",
        "Der Exlibrissammlervereinsvorsitzende versuchte, die Holzstichdruckstöcke zu ordnen, während der "
        "Trockenmauerbaukursleiter zeigte, wie man die Bindersteine einzupassen und die Fugen auszuzwickeln "
        "hat.",
        "Im Eisanglerwinterlager riet man uns, den Bohrer nachzuwetzen und die Löcher wieder aufzuhacken; "
        "der Drehorgelspielgenehmigungsantrag lag noch beim Ordnungsamt, und der Leierkastenmann hatte "
        "vergessen, ihn rechtzeitig abzuschicken.",
        "Für die Drehorgelklänge nutze ich orca als Sequenzer, bespoke und carla als Host, helm und vital "
        "als Synthesizer und cardinal für die modularen Experimente.",
        "Die Funktion lade_pegelreihe gibt jede Zeile an berechneTidenhub und dann an "
        "diagramme.gezeiten.zeichne_kurve weiter; die Daten liegen unter "
        "https://pegel.beispiel.de/cuxhaven?jahr=2027#hochwasser, Fragen an gezeiten-team@beispiel.de oder "
        "an @pegel_frauke. #gezeitenkraft #sauerteig",
        "Ey, voll krass, Digga: Frauke hat das Brot verkackt, Okko chillt lieber in Emden rum, und Jelto "
        "meint, der Teig war eh für die Tonne, Alter.",
    ],
    "it": [
        "Il maestro delle marogne rialzò il ciglione, sistemò le pietre di punta nella murata e ricostruì il "
        "trullo in cima al terrazzamento, mentre il garzone liberava il canalone dai sassi.",
        "Il fornaio rinfrescò la biga e il lievito naturale prima dell'alba; più tardi un suonatore di "
        "organetto, con il suo cilindro di ottone, accompagnò un cantastorie sotto il porticato, e un "
        "exlibrista mostrò le sue calcografie.",
        "Per i conti uso kmymoney, envoy e varnish davanti al sito, himalaya e notmuch per la posta, e dstask "
        "per tenere in ordine i lavori del laboratorio.",
        "La funzione carica_serie_mareografo passa ogni riga a calcolaEscursioneMarea e poi a "
        "grafici.marea.disegna_curva; i dati sono su https://maree.esempio.it/venezia?anno=2027#colmo, "
        "scrivete a squadra-maree@esempio.it o a @marea_ilaria. #energiadellemaree #lievitomadre",
        "Presentateglielo domani e cuocetecelo stasera: Ilaria Scognamiglio va a Torre del Greco, e Gennaro "
        "Esposito l'aspetta a Castellammare di Stabia.",
        "Raga, che noia: il pane è venuto una bomba, ma il tipo del forno se l'è tirata un casino, e io "
        "ero cotto dopo la serata, troppo bella però, ci sta.",
    ],
    "pt": [
        "O paredeiro refez o pardieiro e o muro do geio, encaixou as pedras de "
        "travação e deixou um boeiro ao fundo para escoar a água da enxurrada.",
        "O dono do moinho de maré abriu as comportas da caldeira na maré vazia; enquanto isso, a forneira "
        "refrescou o isco no alguidar, e o realejo tocava um fado-canção no largo.",
        "Para os bordados uso o inkstitch, o enblend para juntar fotografias, o timidity para ouvir os "
        "ficheiros MIDI do realejo, o lastools para as nuvens de pontos e o openboardview para as placas; no "
        "inverno abro o fishbrain.",
        "A função carregar_serie_maregrafo passa cada linha a calcularAmplitudeMare e depois a "
        "graficos.mare.desenhar_curva; os dados estão em https://mares.exemplo.pt/tejo?ano=2027#preiamar, "
        "escreva para equipa-mares@exemplo.pt ou para @mare_benedita. #energiadasmares #massamae",
        "Devolver-lho-emos depois de amanhã, e ela mostrá-lo-á à Benedita Sarmento em Vila Real de Santo António, "
        "antes de o Tomás ir a Odemira.",
        "Bué da fixe, meu: o pão ficou brutal, mas o gajo da padaria armou-se em esperto, e eu fiquei "
        "todo lixado depois da borga, tás a ver?",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "tvu": ["Hoomo, ɔ́ɔ́ ɛ́ wɛ̂ ndé? Mɛ́ɛ̀ nɔ́k bɔ́lɔ́, ɛ́ mɛ́ɛ̀ kɛ́ŋ bilɛ́ɛ́mɛ́ɛ́ mbɔ̀k."],
    "bbj": ["Ɔ̀ŋ kɔ̀ ɣə́? Ŋkə̂ mə́ mbwɔ̀ pə̀ tsə́ ŋkɔ̀ŋ, ŋkə̂ɣə mə́ ká."],
    "lns": ["A ver dzə̀ fo ndzəŋ e? Me lo yi ke jun, wir ve dzə̀ lan."],
    "mua": ["Sô ɓe jɔ? Mɔ̀ zɔ̀ maanɓe dawa ka, a pɛ kɛ̀ pɛ̀ɛ sûu."],
    "gid": ["Ya mà ɗawa? Na ma dala makara, na sa hana ŋgá."],
    "mfh": ["Ka ndza ɗaw? Ni məŋgəla mahay ata ɓə ha kəsam."],
    "mcu": ["Nyì yoo lé ì? Mè kòŋ ngùn mɔ́ŋ, mè bɔ́ ya wɔ̀ɔ."],
    "kqb": ["Ya ngo jìkanda? Ye mɔ ha haya, a tere mɛɛ bɛnyi."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v72", QUOTA, HARD_NEGATIVES, "neg72")
    print(common.write_set(HERE, recs))
