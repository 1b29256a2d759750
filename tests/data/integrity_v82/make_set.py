"""Build the v82 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v82/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v82: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
tide pools, clog dancing, orchid growing, reed-pen calligraphy, hay meadows and ice skate
sharpening.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in
French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why tide-pool animals survive low tide (home scars, operculum, zonation), the depth of a
      skate's hollow as a sagitta in Python (`hollow_depth`, `math.sqrt`) for a Blademaster
      sharpener, an old woman watching her hay meadow being mown (literary), repotting a moth
      orchid, clog dancing in the Lancashire mill towns, hay ice cream, why a beginner should
      cut a reed pen before buying steel nibs, an e-mail to a rink about sharpening figure
      skates before a competition;
  fr: why hay meadows are mown late (rhinanthe, fenaison), watching orchid bark moisture with a
      Xiaomi Mi Flora sensor and `miflora` (`MiFloraPoller`, `parameter_value`), a girl at a
      rock pool in Brittany (literary), cutting a calame step by step, when to have skates
      sharpened ("Bien sûr !"), Ibn Muqla, Ibn al-Bawwab and the Arabic reed pen, jambon au
      foin, orchids in a flat versus a greenhouse, a letter asking to join a bourrée-in-clogs
      workshop;
  es: how a skate sharpener cuts the hollow and its two edges, counting tide-pool species from
      a Natusfera CSV export with pandas (`groupby`, `nunique()`), a grandfather mowing a
      Pyrenean meadow with a scythe at dawn (literary), making a Phalaenopsis flower again,
      first steps with a reed pen ("¡Claro!"), a history of ice skates from bone runners to
      Jackson Haines, vanilla natillas (vanilla is an orchid), paying farmers to mow late, an
      e-mail about a clogging class;
  de: aerial roots and velamen of epiphytic orchids, hay-meadow plots in R with `vegan`
      (`specnumber()`, `diversity()`, `metaMDS`) in RKWard, a boy at a rock pool on a North Sea
      island (literary), caring for skates through the season, cutting a reed pen ("Klar!"),
      clog dancing from Lancashire to the Appalachians and the Klompendans, South Tyrolean hay
      soup, supermarket orchids as throwaway goods, a letter to a rink about sharpening figure
      skates, finding low-water windows in a tide table (algorithm), how a skate-sharpening
      machine works, how tide-pool animals cope with heat, pH and salinity (science);
  it: why cut hay smells sweet (coumarin, sweet vernal grass, melilot), vapour-pressure deficit
      for an orchid greenhouse from a Shelly H&T sensor in Python (`requests`, `math.exp`), an
      old skate sharpener at a rink (literary), exploring a tide pool with children, first
      steps with a reed pen ("Certo!"), the calamus from Egypt to Rome, spaghetti with limpets,
      clog dance versus tap dance, an e-mail to an orchid society about a spring show;
  pt: why orchid seeds need mycorrhizal fungi, the lowest tides of the month with `pandas` in
      Datalore (`resample`, `idxmin()`), an old calligrapher cutting a reed pen in Mouraria
      (literary), turning a lawn into a hay meadow, skate sharpening explained ("Claro!"),
      Victorian orchidomania, grilled limpets Madeira style, the return of clog dancing to the
      folk groups, a teacher's letter asking the parish to mow the school meadow late.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly rare words of the topics (haymaking, tedder, windrow, aftermath,
haywain, hayloft, byre, cowslip, eyebright, sainfoin, rockpooling, blenny, nudibranch, sunstar,
sandhopper, wrack, resharpened, toepick, monopodial, sympodial, keikis, pseudobulbs, backbulbs,
clogmaker, toecap, clogger, broadnib, letterforms; fenaison, faneuse, andain, botteleuse, regain,
rhinanthe, fauchage, arrière-saison, estran, bigorneaux, patelles, balanes, surfaceuse,
affûtage, protège-lames, sabotier, galoches, bourrée, calligraphe, calame, rempotages,
épiphytes, pseudobulbe, keiki; henificación, segador, almiar, henil, esparceta, horquilla,
bígaros, quisquilla, mariscadora, marisqueo, afiladora, almadreñas, almadreñero, orquideario,
pseudobulbo, epífitas; Grummet, Dengelstock, dengeln, Kreiselheuer, Schwader, Öhmd, Heinzen,
Klappertopf, Wiesenknopf; fienagione, voltafieno, ranghinatore, andana, guaime, paleo,
meliloto, imballatrice, fienile, maggengo, palaghiaccio, affilatore, spigolo, zoccolaio,
calligrafa, epifita, pseudobulbi; fenação, gadanheira, palheiro, enfardadeira, rebentão,
mariscador, maré-vazia, afiador, tamanqueiro, socas, calígrafa, pseudobolbos), tool and brand
names in lower case in prose (smokeping, librespeed, sshguard, endlessh, opencanary, honeyd;
mailcow, mox, modoboa, dittofeed, novu, plunk; ghostfolio, actualbudget, homebank, skrooge,
solidtime, traggo; tubearchivist, organizr, tinytinyrss, rssbridge, nodered, parseable;
bugsink, errbit, counterscale, rybbit, medama, openpanel; peekaping, oneuptime, statusnook,
wakapi, activitywatch, hortusfox), code identifiers in snake_case and camelCase and dotted
names, URLs, e-mail addresses, hashtags and @handles, German long compounds
(Holzschuhtanzgruppenleiterin, Schlittschuhschleifmaschinenwartungsanleitung,
Gezeitentümpelexkursionsleiter, Heuwiesenpflegevertragsformular, Orchideenumtopfanleitung) and
particle verbs with zu inside (einzubringen, geradezurichten, durchzusehen, umzurüsten,
auszutarieren, anzufangen), clitics and elisions (affûte-les-lui, ramène-les-nous; afílaselos,
tráenoslos; affilaglieli, portaglieli, t'impicciare; afia-lhos, devolve-no-los), names of people
and places, and informal spellings and slang (mithering, brassic, chocker, gurning, kecks,
honking; raide, tiser, gratter; chavo, resaca, jamar; abgebrannt, Schotter, rumlungern,
Matschbirne; pippone, sbroccata; vidrada, bestial, atrofiar); and texts in languages the
detector does not judge (Doteli, Rana Tharu, Rajasthani, Malvi, Bagri, Gade Lohar, Bhadrawahi,
Kinnauri, all in Devanagari), some with a glue in them, which must get no word finding at all.
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
        "At haymaking time the tedder spread every windrow twice while the old haywain stood in the hayloft "
        "above the byre, and by September the aftermath had greened again among the cowslip, eyebright and "
        "sainfoin.",
        "Rockpooling at dusk, the children found a blenny, a nudibranch, a sunstar and a sandhopper under the "
        "wrack; later, at the rink, their aunt had her blades resharpened by a man who promised to leave the "
        "toepick and the rocker alone.",
        "Her monopodial orchids grew keikis and her sympodial ones pushed new pseudobulbs from the backbulbs, "
        "while next door the clogmaker nailed a fresh toecap onto a clogger's shoe and a calligrapher "
        "practised broadnib letterforms with a reed.",
        "On the club's small server we run smokeping and librespeed to watch the line, sshguard and endlessh "
        "against the scanners, opencanary as a tripwire on the spare port and honeyd to imitate a few old "
        "printers.",
        "The script calls read_tide_table, passes each row to findLowWaterWindows and then to "
        "charts.pools.draw_transect; settings.min_height_cm is read once in survey/plan_visit.py, the form is "
        "at https://rockpools.example.org/surveys/2027-06-09#zones, and questions go to pool-team@example.org "
        "or @limpet_watch_oonagh. #rockpooling #seashoresafari",
        "Our Kayleigh's been mithering me all week: I'm brassic till Friday, the bus to Rawtenstall was "
        "chocker, and Declan Hargreaves kept gurning about his new kecks, which were honking.",
    ],
    "fr": [
        "Après la fenaison, la faneuse a retourné chaque andain et la botteleuse a suivi ; en septembre, le "
        "regain a repoussé dru entre le sainfoin et le rhinanthe, car le fauchage tardif avait épargné les "
        "nids jusqu'à l'arrière-saison.",
        "Sur l'estran, les bigorneaux, les patelles et les balanes couvraient les rochers ; plus tard, à la "
        "patinoire, la surfaceuse passait pendant l'affûtage d'une paire de patins que leur propriétaire "
        "attendait, les protège-lames à la main.",
        "Le sabotier du village fabriquait encore des galoches et des sabots pour la bourrée, et sa voisine, "
        "calligraphe, recoupait son calame entre deux rempotages d'orchidées épiphytes, dont un pseudobulbe "
        "venait de donner un keiki.",
        "Pour l'association, le courrier passe par mailcow, avec mox en secours et modoboa pour gérer les "
        "comptes ; les rappels partent par dittofeed et novu, et la lettre d'information par plunk.",
        "La fonction lire_table_marees passe chaque ligne à trouverFenetresBasseMer puis à "
        "graphiques.estran.tracer_transect ; le formulaire est sur "
        "https://estran.exemple.fr/releves/2027-07-12#zonation, les questions vont à "
        "equipe-estran@exemple.fr ou à @patelle_gwenola. #pecheapied #estranvivant",
        "Affûte-les-lui avant samedi et ramène-les-nous vite : j'suis raide, on va tiser chez Yvonnick, et "
        "Gwenola dit qu'à Plougastel-Daoulas, Maëlys arrive toujours à gratter une crêpe.",
    ],
    "es": [
        "Tras la henificación, el segador dejó la hierba en hileras junto al almiar, la horquilla quedó "
        "colgada en el henil y, en septiembre, la esparceta rebrotó con fuerza en el prado.",
        "En la charca quedaron bígaros, lapas, anémonas y una quisquilla, y la mariscadora nos habló del "
        "marisqueo a pie; por la tarde, la afiladora de la pista de hielo revisó el vaciado de las cuchillas.",
        "En Asturias aún se baila con almadreñas, y el almadreñero del pueblo talla cada par a mano; su hija "
        "cultiva orquídeas epífitas en un orquideario y acaba de dividir un pseudobulbo.",
        "Para las cuentas de la asociación usamos ghostfolio para las inversiones, actualbudget y homebank "
        "para el presupuesto, skrooge en el portátil viejo, y solidtime y traggo para registrar las horas.",
        "La función leer_tabla_mareas pasa cada fila a buscarVentanasBajamar y luego a "
        "graficos.charcas.dibujar_transecto; el formulario está en "
        "https://charcas.ejemplo.es/muestreos/2027-08-03#zonacion, escribe a equipo-charcas@ejemplo.es o a "
        "@lapa_iciar. #charcasdemarea #marisqueo",
        "Afílaselos antes del sábado y tráenoslos pronto, que estoy sin un chavo; Iciar dice que en "
        "Mondoñedo Xoán y Uxía llevan una resaca de campeonato, pero que luego vamos a jamar pulpo.",
    ],
    "de": [
        "Der Bauer hatte beschlossen, das Grummet erst im September einzubringen; vorher galt es, die Sense "
        "am Dengelstock zu dengeln, den Kreiselheuer durchzusehen und den Schwader geradezurichten.",
        "Die Holzschuhtanzgruppenleiterin las die Schlittschuhschleifmaschinenwartungsanleitung, während der "
        "Gezeitentümpelexkursionsleiter das Heuwiesenpflegevertragsformular ausfüllte und die "
        "Orchideenumtopfanleitung beiseitelegte, um die Leihschlittschuhe umzurüsten und die Waage "
        "auszutarieren.",
        "Im Allgäu sagt man Öhmd statt Grummet, das Heu trocknet auf Heinzen, und wenn der Klappertopf "
        "zwischen dem Wiesenknopf raschelt, weiß der Großvater, dass es Zeit ist, mit dem Mähen anzufangen.",
        "Auf dem Vereinsrechner laufen tubearchivist für die Tanzvideos, organizr als Startseite, tinytinyrss "
        "und rssbridge für die Nachrichten, nodered für die Sensoren im Gewächshaus und parseable für die "
        "Protokolle.",
        "Die Funktion lies_gezeitentabelle gibt jede Zeile an findeNiedrigwasserFenster und dann an "
        "diagramme.tuempel.zeichne_transekt weiter; das Formular liegt unter "
        "https://tuempel.beispiel.de/begehungen/2027-05-21#zonierung, Fragen an tuempelteam@beispiel.de oder "
        "an @napfschnecke_fiete. #gezeitentuempel #felswatt",
        "Mensch, ich bin total abgebrannt und hab keinen Schotter mehr: Fiete will nur noch rumlungern, und "
        "Malte nennt mich Matschbirne, seit ich die Kufen in Garmisch-Partenkirchen liegen gelassen hab.",
    ],
    "it": [
        "Dopo la fienagione il voltafieno rigirò ogni andana e il ranghinatore le raccolse; a settembre il "
        "guaime ricrebbe tra il paleo e il meliloto, mentre l'imballatrice riposava nel fienile accanto al "
        "fieno maggengo.",
        "Nella pozza c'erano patelle, un paguro e un'attinia rossa sotto lo scoglio; la sera, al "
        "palaghiaccio, l'affilatore controllò lo spigolo di ogni lama.",
        "Lo zoccolaio di Sappada intagliava ancora zoccoli da ballo, e sua nipote, calligrafa, temperava il "
        "calamo dopo aver messo in vaso un'orchidea epifita con tre pseudobulbi.",
        "Per il sito dell'associazione usiamo bugsink ed errbit per gli errori, counterscale, rybbit e medama "
        "per le statistiche e openpanel per i grafici delle visite.",
        "La funzione leggi_tabella_maree passa ogni riga a trovaFinestreBassaMarea e poi a "
        "grafici.pozze.disegna_transetto; il modulo è su https://pozze.esempio.it/uscite/2027-09-14#zonazione, "
        "scrivete a squadra-pozze@esempio.it o a @patella_loredana. #pozzedimarea #scogliera",
        "Affilaglieli entro sabato e poi portaglieli tu, e non t'impicciare: Loredana mi ha fatto un pippone "
        "di mezz'ora ed è pure sbroccata quando Ottavio e Gilda sono arrivati tardi a Bassano del Grappa.",
    ],
    "pt": [
        "Depois da fenação, a gadanheira ficou no palheiro e a enfardadeira recolheu as últimas fileiras; no "
        "outono, o rebentão cresceu entre as gramíneas que a gadanha do avô tinha poupado.",
        "Na poça de maré havia lapas, cracas, uma anémona e um caranguejo, e o mariscador falou-nos da apanha "
        "na maré-vazia; à tarde, no rinque, o afiador tratou das arestas das lâminas.",
        "O tamanqueiro de Guimarães ainda faz socas e tamancos para os ranchos, e a filha, calígrafa, corta o "
        "cálamo depois de envasar uma orquídea epífita com três pseudobolbos.",
        "No servidor da escola correm o peekaping e o oneuptime para a monitorização, o statusnook para a "
        "página de estado, o wakapi e o activitywatch para contar o tempo e o hortusfox para as orquídeas da "
        "estufa.",
        "A função ler_tabela_mares passa cada linha a encontrarJanelasBaixaMar e depois a "
        "graficos.pocas.desenhar_transecto; o formulário está em https://pocas.exemplo.pt/saidas/2027-10-02#zonacao, "
        "escreva para equipa-pocas@exemplo.pt ou para @lapa_matilde. #pocasdemare #litoral",
        "Afia-lhos até sábado e devolve-no-los, pá; a Inês ficou vidrada no concerto, o Tiago diz que foi "
        "bestial, e a Matilde, em Vila Real, já está a atrofiar com o exame.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "dty": ["हाम्रा गाउँमी यै साल धेरै पानी पड्यो, खेतमी धान राम्रो भयो। तम कति बेला घर आउन्या हौ?"],
    "thr": ["हमरे गाउँमे आज मेला लगो है, सबलोग नाचन जात हैं।"],
    "raj": ["म्हारो गांव जैसलमेर रै कनै है, अठै पाणी री घणी कमी है। थे कद आवोला?"],
    "mup": ["म्हारा गाम में इना बरस खूब बरसात हुई, ने किसान घणा राजी है।"],
    "bgq": ["म्हारै खेत मैं इबकै सरसूं घणी चोखी होई है, अर बापू राजी है।"],
    "gda": ["म्हें गाडी माथै रहवां हां अर गांव-गांव जा'र लोहा रा औजार बणावां हां।"],
    "bhd": ["असेरे ग्रां मां बड़ी बर्फ पेई, ते सब लोक घरे बिश बैठे।"],
    "kfk": ["आङ किन्नौर दु, आङो किम रारङ दु।"],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v82", QUOTA, HARD_NEGATIVES, "neg82")
    print(common.write_set(HERE, recs))
