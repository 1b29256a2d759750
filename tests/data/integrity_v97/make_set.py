"""Build the v97 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v97/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v97: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
theodolite surveying, marzipan, beach huts, dog grooming, roller skating and water well
drilling.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French,
Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: how a theodolite reads its two circles and why one observes on face left and face right
      (collimation, trunnion axis), a pumping test's drawdown and transmissivity by
      Cooper-Jacob in a Deepnote notebook (`pd.read_csv`, `ax.semilogx`, `np.polyfit`), a
      widow closing her beach hut for the winter (literary), learning to stop on quad skates
      (toe stop, plough stop, T-stop), Lambton, Everest and the Great Trigonometrical Survey
      of India, home-made marzipan and marzipan fruits, hand-stripping versus clipping a
      wire-coated terrier, an e-mail asking a driller to quote for a borehole on the chalk;
  fr: why a drilled well needs a screen, a gravel pack and a clay seal, a grid bearing in gons
      with `math.atan2` in Pydroid 3 on a site tablet, a dog groomer alone in her salon at
      closing time (literary), first steps on roller skates (wheels, trucks, falling forward),
      renting a beach hut on the Normandy coast ("Bien sûr !"), Delambre, Méchain and the
      Dunkirk-Barcelona meridian with Borda's repeating circle, calissons d'Aix, why a
      double-coated dog should not be shaved in summer, a letter asking a driller for a
      quote for a domestic borehole;
  es: aquifers, the water table and the cone of depression before drilling a well, turning
      field-book readings in degrees, minutes and seconds into decimals in Google Colab
      (`re.findall`, `math.radians`, `np.radians`), the striped bathing huts of a Basque
      beach in October (literary), brushing out a long-haired dog at home, five drills for
      skating backwards on quads ("¡Claro!"), Ibáñez de Ibero, the Madridejos base and the
      1879 geodetic link with Algeria, figuritas de mazapán de Toledo, quads versus inline
      skates for adults, an e-mail to a dog groomer about a nervous poodle cross;
  de: Lübecker Marzipan, Edelmarzipan and Persipan, a well's water level from a pressure
      logger and a barologger in GNU Octave (`csvread`, `movmean`, `axis("ij")`), a surveyor
      setting up an old theodolite in the morning fog (literary), learning to fall on roller
      skates, five tips against a matted doodle coat ("Klar!"), artesian wells from the
      Artois to Grenelle, Marzipankartoffeln, the price of English beach huts, a letter
      asking a well builder for a quote for a garden well, computing a traverse between two
      known points (algorithm), how skate bearings and polyurethane wheels work, why dogs
      shed their undercoat in spring and autumn (science);
  it: why a dog's coat mats and felts, trigonometric heighting of a bell tower from a zenith
      angle in gons in Pythonista (`math.radians`, `math.tan`, `round`), a nun modelling
      frutta martorana at night (literary), having a well drilled in the garden, choosing
      roller-skate wheels ("Certo!"), the bathing establishments and cabins of Viareggio,
      frutta martorana, why surveying schools should still teach the theodolite, an e-mail
      booking a beach cabin for the season;
  pt: how a water borehole is drilled (mud rotary, down-the-hole hammer, screens and gravel
      pack), a plot's area by the shoelace formula in CoCalc (`zip`, `abs`), the striped beach
      tents going up at Nazaré in June (literary), brushing and clipping a Portuguese water
      dog, a first time on roller skates ("Claro!"), the almond sweets of the Algarve
      convents, doces finos do Algarve, unlicensed boreholes and the Algarve's aquifers, a
      letter to the council asking about a beach-tent concession at Buarcos.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly words of the crafts and rarer words, since earlier sets used up most
closed-class compounds (trunnion, alidade, tribrach, stadia, backsight, foresight, fieldbook,
chainmen, rodman, sightline, hardpan, marchpane, marzipanned, sugarcraft, almondy,
dematting, deshedding, featherings, hocks, slicker, rollerdrome, kneepads,
crossovers, jammer, shiplap, beachgoers, sunloungers, windpump, weatherboarded, dowser,
overburden, downhole, drillstring, wellbore, headworks, borewell; arpenteur-géomètre,
géomètre-expert, porte-mire, tachéomètre, trépied, massepain, confiserie, nougatine,
toiletteuse, étrille, patinodrome, digue-promenade, margelle, puisatier, sourcier, coudrier,
artésien; agrimensor, portamira, taquímetro, plomada, jalón, trípode, pocero, zahorí, brocal,
artesiano, perforadora, mazapanero, mazapanería, confitero, patinódromo, rodilleras, coderas,
muñequeras; Brunnenbohrgenehmigungsverfahren, Grundwasserabsenkungstrichter,
Strandhüttenvermietungssaison, Hundesalonterminkalender, Theodolitenstativbein,
Marzipanrohmassenherstellung, Rollschuhbahnhallenboden, Feldbuch, Fluchtstab, Lotstock,
Zwangszentrierung, Nivellierlatte, Trimmmesser, Zupfbürste, Entfilzungskamm; treppiede,
stadia, livellazione, rabdomante, trivellazione, sondaggista, toelettatore, strippaggio,
sottopelo, marzapane, pasticciere, pattinodromo, ginocchiere, gomitiere, polsiere, capanno;
porta-mira, tripé, agrimensor, taqueómetro, vedor, poceiro, artesiano, subpelo, massapão,
doceira, patinódromo, joelheiras, cotoveleiras, barraqueiro, banheiro), tool and brand names
in lower case in prose (flopy, modflow, pastas, hydropandas, ttim, timml; pygeoapi, pycsw,
geonode, spatialite, titiler, pystac; rtklib, rtkbase, str2str, pymap3d, gstools, pykrige;
starlette, sanic, quart, aiohttp, hypercorn, waitress; bokeh, altair, plotnine, pygal, vaex,
modin; nicegui, flet, solara, voila, toga, beeware), code identifiers in snake_case and
camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles, German particle
verbs with zu inside (abzuloten, auszuformen, anzuwirken, einzurichten, auszuspülen),
clitics and elisions (donne-les-moi, tends-la-moi, s'enjailler; súbanselas,
llévenselas, envíamelas; portarglielo, tienimelo, gliel'avevo; trouxeram-nos, vendê-los-emos,
mo), names of people and places, and informal and dialect words (New Zealand English chur,
togs, jandals, munted, bach, sweet as; Ivorian French enjailler, boucantier, essencerie,
ça a gâté, dêh; Puerto Rican janguear, chavos, bregar, wepa, corillo; Cologne, Saxon and
Frankfurt Büdchen, Veedel, Pittermännchen, Fettbemme, ooch, Ebbelwoi, babbeln; Emilian
umarell, zdaura, cinno, sbarbo, mugugno; Madeiran and Mozambican bilhardeira,
maningue, machimbombo, txopela); and texts in languages the detector does not judge (Copala
Triqui, Huave, Ozumacín Chinantec, Totontepec Mixe, Coatecas Altas Zapotec, Vengo, Boko,
Lamba, written as well as we could without a speaker to check them), some with a glue in
them, which must get no word finding at all.
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
        "From the trig pillar on the ridge the chainmen and the rodman watched the surveyor level the "
        "tribrach, swing the alidade on its trunnion and read the stadia hairs, noting every backsight and "
        "foresight in his fieldbook while the sightline ran clear across the hardpan.",
        "The sugarcraft tutor explained how marchpane was made in Tudor kitchens, marzipanned a fruitcake "
        "and passed round the almondy trimmings; next door the groomer was dematting a collie, deshedding it "
        "with a slicker and tidying the featherings on its hocks.",
        "Behind the shiplap beach huts the beachgoers left their sunloungers by the windpump and a "
        "weatherboarded kiosk, and up the lane the dowser watched the crew log the overburden, run the "
        "downhole hammer on the drillstring, case the wellbore and finish the headworks; in Kerala they "
        "would call it a borewell. At the rollerdrome the jammer tightened her kneepads and practised "
        "crossovers.",
        "For the pumping test we built the groundwater model with flopy and modflow, cleaned the "
        "water-level series with pastas and hydropandas, and checked the drawdown by hand with ttim and "
        "timml before the report went out.",
        "The notebook calls load_pump_log, passes each frame to fitCooperJacob and saves the plots with "
        "report.figures.save_drawdown_chart; the field sheets are at "
        "https://wells.example.net/boreholes/yew-tree#step-test, questions go to "
        "drilling-desk@example.net or @borehole_bryony. #groundwater #pumpingtest",
        "Chur, bro! Aroha left her togs and jandals at the bach in Ōhope, the deck is a bit munted after "
        "the storm, and Nikau reckons we're sweet as to drive over to Whakatāne tomorrow.",
    ],
    "fr": [
        "L'arpenteur-géomètre installa le trépied sur la borne pendant que le porte-mire, un grand "
        "gaillard de Crozon, tenait la mire bien d'aplomb ; le géomètre-expert relevait les angles au "
        "tachéomètre et les notait à la main.",
        "À la confiserie d'Aix, on vendait du massepain, de la nougatine et des calissons ; en face, la "
        "toiletteuse passait l'étrille sur un griffon, et plus loin, au patinodrome, les enfants "
        "tournaient en rond sous la digue-promenade.",
        "Assis sur la margelle du vieux puits, le puisatier racontait qu'un sourcier avait trouvé la "
        "source avec une baguette de coudrier, bien avant qu'on fore le puits artésien du village.",
        "Pour le portail cartographique, nous servons les données avec pygeoapi et pycsw, gérons les "
        "couches dans geonode et spatialite, et publions les orthophotos avec titiler et pystac.",
        "La fonction lire_carnet_terrain passe chaque visée à calculerGisementGrades puis à "
        "topo.polygonale.compenser_angles ; les fichiers sont sur "
        "https://topo.exemple.fr/chantiers/2027#polygonale, écrivez à bureau-topo@exemple.fr ou à "
        "@geometre_solene. #topographie #theodolite",
        "Donne-les-moi, tends-la-moi aussi, dêh ! Hier soir, à l'essencerie de Yopougon, Koffi faisait le "
        "boucantier devant Aya et Mariam, on s'est enjaillés jusqu'au matin et franchement, ça a gâté.",
    ],
    "es": [
        "El agrimensor colocó el trípode sobre el mojón, centró la plomada y pidió al portamira que "
        "sostuviera el jalón bien vertical mientras él leía los ángulos en el taquímetro.",
        "El pocero del pueblo no creía en el zahorí, pero aun así dejó que buscara el agua antes de que "
        "llegara la perforadora; hoy el pozo artesiano tiene un brocal de piedra y un cubo de cinc.",
        "El mazapanero y su socio, un confitero de Sonseca, abrieron una mazapanería frente al "
        "patinódromo, donde los niños patinaban con rodilleras, coderas y muñequeras de colores.",
        "Para el posicionamiento usamos rtklib y rtkbase, con str2str reenviando las correcciones; "
        "pymap3d convierte las coordenadas, y gstools y pykrige interpolan las cotas del terreno.",
        "La función leer_libreta_campo pasa cada lectura a convertirSexagesimal y luego a "
        "topografia.poligonal.cerrar_angulos; los datos están en "
        "https://topo.ejemplo.es/obras/2027#poligonal, escribe a oficina-topo@ejemplo.es o a "
        "@agrimensora_yarimar. #topografia #teodolito",
        "¡Wepa! Súbanselas a Yarimar, llévenselas luego y envíamelas por la mañana; esta noche el corillo "
        "va a janguear en Rincón, pero Jomar dice que no tiene chavos y que mañana le toca bregar temprano "
        "en Mayagüez.",
    ],
    "de": [
        "Das Brunnenbohrgenehmigungsverfahren dauerte länger als gedacht, und der Gutachter zeichnete den "
        "Grundwasserabsenkungstrichter in die Karte ein, bevor die Strandhüttenvermietungssaison begann.",
        "Der Hundesalonterminkalender hing am Eingang, das Theodolitenstativbein lehnte in der Ecke, nebenan "
        "lief die Marzipanrohmassenherstellung, und der Rollschuhbahnhallenboden musste bis Freitag "
        "versiegelt sein.",
        "Der Lehrling hatte gelernt, das Gerät über dem Punkt einzurichten, den Fluchtstab mit dem Lotstock "
        "abzuloten und die Nivellierlatte senkrecht zu halten; in der Backstube nebenan galt es, die Rohmasse "
        "anzuwirken, die Kartoffeln auszuformen und die Schüsseln auszuspülen, während im Salon jemand mit "
        "Trimmmesser, Zupfbürste und Entfilzungskamm arbeitete. Dank Zwangszentrierung stimmte im Feldbuch "
        "jeder Wert.",
        "Auf dem Server laufen starlette und sanic für die Schnittstellen, quart und aiohttp für die "
        "Hintergrunddienste, dahinter hypercorn und waitress als Anwendungsserver.",
        "Die Funktion lade_pegelmessung gibt jede Zeile an berechneAbstich und dann an "
        "brunnen.pegel.zeichne_ganglinie weiter; die Daten liegen unter "
        "https://brunnen.beispiel.de/messstellen/2027#ganglinie, Fragen an pegelteam@beispiel.de oder an "
        "@brunnen_hannelore. #grundwasser #brunnenbau",
        "Nach der Schicht holt Jupp am Büdchen im Veedel ein Pittermännchen für alle, Hannelore aus Chemnitz "
        "packt ihre Fettbemmen aus und meint, die schmecken ooch ohne Zwiebeln, und Ronny aus "
        "Sachsenhausen babbelt nur noch vom Ebbelwoi.",
    ],
    "it": [
        "Il geometra piazzò il treppiede sul picchetto, controllò la livellazione e fece tenere la stadia "
        "all'aiutante, mentre dal capanno vicino un vecchio rabdomante osservava la trivellazione.",
        "Il sondaggista annotava gli strati del pozzo; nel negozio accanto il toelettatore spiegava lo "
        "strippaggio e come togliere il sottopelo morto, e il pasticciere modellava il marzapane.",
        "Al pattinodromo comunale i ragazzi indossano ginocchiere, gomitiere e polsiere prima di entrare "
        "in pista, e l'allenatore controlla ogni casco.",
        "Per i grafici dei rilievi usiamo bokeh e altair, plotnine per i report e pygal per le pagine "
        "leggere, mentre vaex e modin caricano le tabelle più grandi.",
        "La funzione leggi_libretto_campagna passa ogni lettura a calcolaDislivello e poi a "
        "rilievo.poligonale.compensa_angoli; i file sono su "
        "https://rilievi.esempio.it/cantieri/2027#poligonale, scrivete a studio-rilievi@esempio.it o a "
        "@geometra_ornella. #topografia #teodolite",
        "Davanti al cantiere del pozzo c'erano i soliti umarell, e la zdaura del piano di sopra, dopo un "
        "lungo mugugno, disse a quel cinno di Tommaso di non fare lo sbarbo e di portarglielo subito: "
        "«Tienimelo tu, gliel'avevo già detto a Ornella», aggiunse, guardando verso Casalecchio di Reno.",
    ],
    "pt": [
        "O agrimensor montou o tripé sobre o marco, verificou o fio de prumo e pediu ao porta-mira que "
        "segurasse a mira direita enquanto lia os ângulos no taqueómetro.",
        "O vedor da aldeia andou pelo quintal com uma forquilha antes de o poceiro começar, e hoje o furo "
        "artesiano abastece três casas.",
        "A doceira vendia massapão junto ao patinódromo, onde as crianças patinavam de joelheiras e "
        "cotoveleiras; na praia, o barraqueiro montava as barracas e o banheiro vigiava o mar, enquanto "
        "um cão sem subpelo dormia à sombra.",
        "Para a aplicação dos levantamentos usamos nicegui e flet no escritório, solara e voila para os "
        "cadernos partilhados, e toga com o beeware para a versão de bolso.",
        "A função ler_caderneta_campo passa cada leitura a calcularArea e depois a "
        "levantamento.poligono.fechar_vertices; os ficheiros estão em "
        "https://levantamentos.exemplo.pt/obras/2027#poligonal, escreva para gabinete-topo@exemplo.pt ou "
        "para @agrimensora_duarte. #topografia #teodolito",
        "A bilhardeira da vizinha já contou a todos que o Duarte comeu demais no Funchal; em Maputo, o "
        "primo dele diz que a viagem de machimbombo foi maningue longa e que depois apanhou uma txopela. "
        "Trouxeram-nos ontem e vendê-los-emos amanhã; se a Inês não gostar, que mo diga.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "trc": ["Aꞌmii Mariia rihaan chij yuvii a. Aꞌnii so̱ꞌ chraa raa yoo ga̱?"],
    "huv": ["Ikoots ambeayiiüts, nop ndek nadam teat monteok."],
    "chz": ["Juuˈ jmii ñiˊ ngaˉ, mi̱i̱ˊ ji̱i̱ˊ daˊ."],
    "mto": ["Yë María jam tsyëën ma Totontepec kajpn; ayöök yë kyäjpxy mëët yë myëku'uk."],
    "zca": ["Nwdoon ndal ngo'n lo nis, ngëts bë' nu."],
    "bav": ["Ŋwə́ ndèynə́ fá, gháŋ vəŋóo yìi ŋwə́ ndéynə́."],
    "bqc": ["Wá ble pↄ́ gu lɛ́, asa wà dↄ̃ kɛ́ Segbana."],
    "lam": ["Mwashibukeni mukwai! Awantu wa ya ku cishima ukutapa amenshi, pantu mu nganda yesu amenshi ya pwa."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v97", QUOTA, HARD_NEGATIVES, "neg97")
    print(common.write_set(HERE, recs))
