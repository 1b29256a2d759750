"""Build the v93 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v93/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v93: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
chocolate tempering, hurling, pewter casting, kite building, walnut harvesting and mine
ventilation.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French,
Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why chocolate is tempered (cocoa butter's six crystal forms, form V, fat bloom), airflow
      per airway from Kestrel 5500 CSV exports (`csv.DictReader`, `statistics.fmean()`), an old
      man gathering walnuts along a lane in late October (literary), building a first diamond
      kite (spars, bridle, towing point, lark's head knot), the Worshipful Company of Pewterers,
      touchmarks and Britannia metal, pickled green walnuts, compulsory hurling helmets since
      2010, an e-mail booking a pewter casting weekend for a mother and daughter;
  fr: how a mine is ventilated (intake and return shafts, grisou, the old furnace), logging a
      tempering curve with a DS18B20 on a Raspberry Pi (`w1thermsensor`, `get_temperature()`),
      an old pewter caster at his brass mould (literary), harvesting and drying walnuts (brou,
      claies, cerneaux), hurling explained ("Bien sûr !"), Saconney's man-lifting kite trains
      from 1909, a Périgord walnut cake, seeding rather than tabling for home tempering, a
      teacher's letter booking a class visit to the Centre historique minier de Lewarde;
  es: why a kite flies (angle of attack, bridle, tail), sorting walnuts by weight with an HX711
      load cell on an Arduino Uno (`scale.tare()`, `scale.get_units(10)`), an Asturian miner
      who feels the air stop (literary), tempering chocolate by seeding, five tips for a first
      kite with children ("¡Claro!"), mine ventilation from Agricola to Guibal's fan,
      intxaursaltsa, why hurling deserves attention outside Ireland, an e-mail asking to join a
      pewter casting course in Segovia;
  de: why old pewter is not for food (lead, modern lead-free alloys), plotting a tempering curve
      in a Jupyter Notebook (`np.genfromtxt()`, `plt.axhspan()`), an old woman gathering walnuts
      in the Palatinate (literary), casting tin figures safely at home, the rules of hurling
      ("Klar!"), Hilpert and the Nuremberg flat tin figures, Engadiner Nusstorte, why children
      should build their own kites, a teacher's letter to the Deutsches Bergbau-Museum about
      mine ventilation, the Hardy Cross method for ventilation networks (algorithm), how a
      two-line stunt kite steers (how it works), fat bloom and sugar bloom (science);
  it: why walnuts must be dried (mallo, aflatoxins), airflow per gallery in a Jupyter notebook
      (`csv.reader`, `matplotlib.pyplot.bar()`), a boy and his grandfather flying a paper kite
      on an Apulian beach (literary), tempering on marble, hurling in brief ("Certo!"), pewter
      from the Romans to porcelain, nocino from green walnuts picked at San Giovanni, why
      tempering by hand is worth the effort, an e-mail booking a school visit to the mercury
      mine museum of Abbadia San Salvatore;
  pt: how hurling is played (hurley, bas, sliotar), ventilation air for diesel fleets in Google
      Colab (`sum(frota.values())`, `round()`), an old wolfram miner of Panasqueira who could
      feel the mine breathe (literary), harvesting and drying walnuts, a paper kite with the
      children ("Claro!"), the GAA from Hayes' Hotel in 1884 to Croke Park, chocolate and walnut
      bonbons with tempered chocolate, why pewter deserves to come back to the table, a parents'
      association letter asking a chocolate shop for a tempering workshop.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly words of the crafts and rarer words, since earlier sets used up most
closed-class compounds (downcast, upcast, fireboss, firedamp, blackdamp, brattice, airlock,
airway, stonedust, haulageway, undercast, beltline, touchmark, thumbpiece, hollowware, sprues,
spreader, nutmeats, husker; travers-banc, porion, boutefeu, grisoumètre, gaulage, noyeraie,
énoiseuse, énoiseurs, cerf-voliste, menuisier, fondeur; castillete, picador, entibador,
soplante, contrapozo, grisuómetro, vareo, nogueral, ruezno, descascaradora, templadora,
peltrero; Wettersteiger, Einziehschacht, Wetterschleuse, Grubenwehrübung,
Abbaustreckenabschnitt, Wetterlutten, Walnussschüttelmaschine, Zinngießereiwerkstatt,
Lenkdrachenflugwettbewerb; capoturno, fuochino, sottolivello, dopolavoro, bacchiatura, noceto,
smallatrice, calciobalilla, peltraio; encarregado, marteleiro, furação, metanómetro, varejo,
nogueiral, descascador, caldeireiro, tapa-vento), tool and brand names in lower case in prose
(gromacs, lammps, cp2k, nwchem, pyscf, ovito; optipng, pngquant, oxipng, jpegoptim, gifsicle,
svgo; gretl, pspp, jamovi, jasp, sagemath, maxima; mkvtoolnix, mediainfo, ffprobe, potrace,
autotrace, vips; pymol, chimerax, vmd, abinit, xtb, psi4; merkaartor, opentracks, lk8000,
mozjpeg, scour, salome), code identifiers in snake_case and camelCase and dotted names, URLs,
e-mail addresses, hashtags and @handles, German particle verbs with zu inside (freizublasen,
durchzulüften, aufzulesen, umzuschmelzen, abzuspulen), clitics and elisions
(apporte-les-leur, entr'ouvrit, puisqu'Enguerrand; quítatelas, pártemelas, pélamelas;
sgusciatemele, rompimele, legateglielo; trar-vo-lo-ei, mostrar-lhas-emos), names of people and
places, and informal and dialect words (Cork English langer, feen, beour, gatch, locked; French
verlan and slang mifa, reus, tieks, gamos, igo; Spanish, Chilean and Mexican flipe, cani,
pillado, potar, cuático, gacho, naco; Ruhr German Ömmes, getz, Pütt, Blagen, Bütterken, Knifte,
Pilsken, anne Bude; Sardinian and Roman aiò, piotta, fuori come un balcone; Portuguese and
Brazilian bacoco, melga, pintas, boladão); and texts in languages the detector does not judge
(Chol, Mopán Maya, Wixárika, Central Tarahumara, Yaqui, Nakanai, Southern Dagaare, Kusaal; the
Central Tarahumara and Yaqui ones are sentences of Common Voice's CC0 text corpora, the Mopán
Maya and Wixárika ones clauses of published New Testament translations, the Chol one
greetings of a Chol course, the others put together from published grammars and word lists
without a speaker to check them), some with a glue in them, which must get no word finding at
all.
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
        "At the downcast shaft the fireboss tested for firedamp and blackdamp, checked every brattice and "
        "airlock door, and then walked the return airway to the upcast, where the stonedust barriers hung "
        "over the haulageway and an undercast carried fresh air beneath the beltline.",
        "The master struck his touchmark beneath the thumbpiece of each lidded tankard and sent the "
        "hollowware to be burnished, while the sprues went back into the ladle; next door a girl was "
        "retying the bridle of a sled kite with a bowed spreader, and the walnut grower on the corner sold "
        "nutmeats and husker gloves from a barrow.",
        "On the lab cluster we run gromacs and lammps for the molecular dynamics, cp2k and nwchem for the "
        "electronic structure, pyscf for quick tests in a notebook, and ovito to look at the trajectories "
        "of cocoa butter crystals.",
        "The job calls read_anemometer_log, passes each row to computeAirQuantity and then to "
        "ventnet.branches.solve_loop; settings.min_velocity_ms lives in shafts/upcast_fan.py, the dashboard "
        "is at https://vent.example.net/levels/740#returns, and alarms go to shift-boss@example.net or to "
        "@fireboss_delyth. #minevent #undergroundsafety",
        "Tadhg Ó Meachair and Siobhán Ní Chonaill drove from Nenagh through Borrisoleigh and Templederry "
        "to Thurles, where Donncha Maher and Aoife Bourke were waiting outside Hayes' Hotel with the hurleys.",
        "Yer man's a total langer, like: the feen was locked before the throw-in, and his beour had to gatch "
        "him home along the Mardyke.",
    ],
    "fr": [
        "Au fond du travers-banc, le porion attendit que le boutefeu ait fini son tir ; l'aérage chassait "
        "les fumées vers le puits de retour, et le chef de poste vérifia le grisoumètre avant la relève "
        "de l'après-midi.",
        "Après le gaulage dans la noyeraie, l'énoiseuse casse les coques et les énoiseurs trient les cerneaux "
        "au-dessus des claies ; le brou sert de teinture au menuisier, tandis que la cerf-voliste du village "
        "tend la voilure de son cerf-volant et que le fondeur d'étain ressoude une chope.",
        "Pour le site de l'atelier, on passe les photos dans optipng, pngquant et oxipng, les portraits dans "
        "jpegoptim, les animations dans gifsicle, et les pictogrammes dans svgo avant la mise en ligne.",
        "Le script appelle charger_releves_sonde, transmet chaque ligne à calculerCourbeTemperage puis à "
        "graphiques.courbe.tracer_palier ; la doc est sur https://chocolat.exemple.fr/ateliers/2027#courbes, "
        "les questions vont à atelier-cacao@exemple.fr ou à @tempereuse_maelys. #cacaofondu #chocolatmaison",
        "Apporte-les-leur demain : Solène Vabre entr'ouvrit à peine la porte, puisqu'Enguerrand était déjà "
        "parti de Carmaux pour Decazeville.",
        "Franchement, toute la mifa était là, même ma reus ; on a quitté la tieks dans le gamos de mon oncle, "
        "et igo, y avait trop de vent pour les cerfs-volants.",
    ],
    "es": [
        "En el castillete del pozo, el picador esperó a que el ventilador soplante despejara los humos de la "
        "voladura; el entibador revisó el contrapozo y el capataz leyó el grisuómetro antes del relevo de la "
        "tarde.",
        "Tras el vareo en el nogueral nos quitamos las manchas del ruezno con zumo de limón, la "
        "descascaradora hizo el resto, y en la chocolatería de al lado la templadora zumbaba toda la tarde "
        "mientras el peltrero pulía sus jarras.",
        "En el instituto usamos gretl y pspp para la estadística, jamovi y jasp para las prácticas de "
        "bachillerato, y sagemath y maxima cuando toca álgebra de verdad.",
        "La función leer_pesadas_nueces pasa cada lectura a clasificarPorCalibre y luego a "
        "informes.cosecha.exportar_tabla; los datos están en https://nogal.ejemplo.es/cosecha/2027#calibres, "
        "escribe a cooperativa-nuez@ejemplo.es o a @nogalera_covadonga. #nueces #cosecha",
        "Quítatelas antes de tocar la cobertura, pártemelas con cuidado y pélamelas luego, que Pelayo Arbesú "
        "ya se fue de Mieres a Pola de Laviana con Covadonga Fueyo.",
        "¡Qué flipe! El cani del barrio se quedó pillado mirando la cometa, y su primo casi se pone a potar "
        "del mareo; en Chile dirían que fue cuático, y en México, que estuvo gacho y que el primo es un naco.",
    ],
    "de": [
        "Der Wettersteiger kontrollierte am Einziehschacht die Wetterschleuse, bevor die Grubenwehrübung "
        "begann; danach hatte er im Abbaustreckenabschnitt die Wetterlutten freizublasen und den Ort "
        "gründlich durchzulüften.",
        "Die Walnussschüttelmaschine stand bereit, doch die Kinder zogen es vor, die Nüsse von Hand "
        "aufzulesen; in der Zinngießereiwerkstatt nebenan war es üblich, Bruchstücke umzuschmelzen, und beim "
        "Lenkdrachenflugwettbewerb versuchte jeder, die Leine schneller abzuspulen als sein Nachbar.",
        "Im Schnittraum laufen mkvtoolnix zum Zusammenfügen der Spuren, mediainfo und ffprobe zum Prüfen der "
        "Dateien, potrace und autotrace zum Vektorisieren der Logos und vips für die großen Standbilder.",
        "Die Funktion lade_wettermessung gibt jede Zeile an berechneVolumenstrom und dann an "
        "wetternetz.maschen.korrigiere_strom weiter; die Daten liegen unter "
        "https://grube.beispiel.de/wetter/2027#hauptluefter, Fragen an wetterdienst@beispiel.de oder an "
        "@wettersteiger_ansgar. #bergbau #grubenwetter",
        "Kornelia Wüstefeld und Jupp Szczepaniak fuhren von Oer-Erkenschwick über Herten nach Bottrop, wo "
        "Mechthild Kowalczyk und Ansgar Többen schon am Förderturm von Prosper-Haniel warteten.",
        "Boah, so 'ne Schufterei! Der Ömmes kommt getz vom Pütt, die Blagen kriegen 'n Bütterken und 'ne "
        "Knifte, und er selbs' holt sich 'n Pilsken anne Bude.",
    ],
    "it": [
        "Il capoturno aspettò che il fuochino finisse la volata al sottolivello; intanto il ventilatore "
        "premente spingeva aria nel fornello di ventilazione, e al dopolavoro minerario si preparava già la "
        "cena.",
        "Dopo la bacchiatura nel noceto, la smallatrice separa il mallo dalle noci; in piazza un ragazzo prova "
        "un aquilone nuovo accanto al calciobalilla del bar, e il peltraio rifonde i boccali ammaccati.",
        "In laboratorio usiamo pymol e chimerax per le strutture, vmd per le traiettorie, abinit e xtb per i "
        "calcoli veloci e psi4 quando serve più precisione.",
        "La funzione leggi_portate_galleria passa ogni riga a calcolaPortataAria e poi a "
        "grafici.ventilazione.disegna_rami; i dati sono su https://miniera.esempio.it/gallerie/2027#ritorno, "
        "scrivete a museo-miniera@esempio.it o a @fuochino_efisio. #miniera #ventilazione",
        "Sgusciatemele stasera e rompimele a metà, poi il nastro legateglielo all'aquilone: Efisio Pinna e "
        "Bonaria Melis arrivano da Iglesias e vogliono farlo volare sulla spiaggia di Fontanamare.",
        "Aiò, ci hanno chiesto una piotta per un aquilone di plastica: roba da matti, sono proprio fuori come "
        "un balcone.",
    ],
    "pt": [
        "No fundo da mina, o encarregado esperou que o marteleiro acabasse a furação; a chaminé de ventilação "
        "garantia a renovação do ar, e o capataz mediu o grisu com o metanómetro antes da mudança de turno.",
        "Depois do varejo no nogueiral, o descascador da avó fez o resto; o caldeireiro da rua ao lado "
        "vendia canecas de estanho, e na praia um tapa-vento de lona abrigava os miúdos que montavam um "
        "papagaio de papel.",
        "No portátil da associação correm o merkaartor para editar o mapa do campo de voo, o opentracks e o "
        "lk8000 para registar as saídas, o mozjpeg e o scour para as imagens do sítio, e o salome para "
        "desenhar peças.",
        "A função ler_caudal_galeria passa cada linha a calcularCaudalAr e depois a "
        "graficos.ventilacao.desenhar_ramos; os dados estão em https://mina.exemplo.pt/galerias/2027#retorno, "
        "escreva para museu-mineiro@exemplo.pt ou para @marteleiro_zeferino. #mineração #ventilação",
        "Trar-vo-lo-ei amanhã a Aljustrel, e mostrar-lhas-emos depois em São Pedro da Cova, onde a Deolinda "
        "Carrapatoso e o Zeferino Mourão nos esperam.",
        "O primo do Rui é um bacoco e uma melga, mas tem pintas: o papagaio dele subiu que nem um foguete, e "
        "ele ficou todo boladão.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "ctu": ["Weñ kiñ! Bajche' a wilaj? Jiñäch k'abaj Matías. Wokolix awälä, koñix."],
    "mop": ["Tanoo' u pulic ich ja' u chinchor ti'al u müchicaloo' a cüyü. Aj jooc'oo' a ca' tuulu."],
    "hch": ["Mana taxaya meneutavivivacaitüni haracunasie, memüquesüteveiyametetücaicü müme."],
    "tar": ["Kuira ba! Ku bitíchi simí neba; pe Róbrika raléki sunú neko."],
    "yaq": ["Bwe ne kaa luʼutiʼiʼa into ne bwiata kaabeta nenkiʼiʼa."],
    "nak": ["La haro isasa e Tomas hilo egiteu la valalua usu oio la mautu e Kimbe."],
    "dga": ["Naana da nyuuro la a koɔ a die poɔ. A bie zoro la wiewie."],
    "kus": ["M buus atanʼ la wusa bɛ yir la. Man maal ziiŋ la, ka fʊ lɛm."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v93", QUOTA, HARD_NEGATIVES, "neg93")
    print(common.write_set(HERE, recs))
