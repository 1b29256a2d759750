"""Build the v80 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v80/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v80: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v63's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from the
hurdy-gurdy, wet plate photography, espalier fruit trees, rope making in ropewalks, bobsleigh
and mead brewing.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail; German also an algorithm, a
how-it-works and a science explanation); eight in English, nine in French, Spanish, Italian and
Portuguese, twelve in German (no glue of two content words there):
  en: how the wheel, tangents, drones and buzzing bridge of a hurdy-gurdy make its sound,
      reading a Tilt hydrometer log of a mead with pandas (`read_csv`, `resample`, `diff()`),
      an old ropemaker walking backwards down a ropewalk (literary), training an espalier in
      its first year, Archer's wet collodion process from 1851 to the dry plate, a small
      batch of traditional mead, bobsleigh deserves respect but not a new track per Olympics,
      an e-mail ordering a hurdy-gurdy from a maker;
  fr: why a four-man bob is faster than a two-man bob (mass against air drag), checking the
      tuning of a vielle à roue with Audacity and librosa (`librosa.pyin`, `nanmedian`), an
      old vielleux at a barn dance in the Berry (literary), forming a pear palmette against a
      wall, a first hydromel ("Bien sûr !"), the Corderie royale de Rochefort from Colbert to
      its restoration, pears poached in hydromel, an opinion for wet collodion in a digital
      age, a school's letter booking bob-raft runs on the La Plagne track;
  es: why a laid rope does not untwist (opposed twists, kinks), bobsleigh push times from
      Freelap in pandas (`groupby`, `agg`), a travelling wet plate photographer in a village
      square (literary), a first hidromiel step by step, choosing a first zanfona
      ("¡Claro!"), the zanfona from the organistrum of the Pórtico de la Gloria to Faustino
      Santalices, an apple tart from espalier apples, espalier trees for small city gardens,
      an e-mail asking for a place in a wet collodion workshop;
  de: why a branch tied flat bears more fruit (apical dominance, Spalierobst), logging a
      mead with an iSpindel to a Flask endpoint (`request.get_json()`, `numpy.polyfit`), a
      four-man bob crew at the start at dawn (literary), caring for a Drehleier (rosin,
      cotton, humidity), what to bring to a first wet plate workshop ("Klar!"), how the
      Reeperbahn got its name from Hamburg's ropemakers, a spiced mead, too many bobsleigh
      tracks and the flooded Königssee track, a letter ordering espalier pears from a
      nursery, ranking a four-run bobsleigh race (algorithm), how a rope is laid on a
      ropewalk, the silver chemistry of a wet collodion plate;
  it: why mead ferments slowly (honey lacks nitrogen), timing collodion exposures with a
      Raspberry Pi and gpiozero (`OutputDevice`, `wait_for_press()`), an old ghironda player
      in a square of the Val Varaita (literary), training an apple espalier (spalliera), watching
      bobsleigh at the new Cortina track ("Certo!"), the Tana rope house of the Venetian
      Arsenal, pears poached in mead, an opinion mourning hemp rope, an e-mail commissioning
      a wet plate portrait;
  pt: how a bobsleigh is steered (rings, front runners, walls), mead alcohol from a
      Brewfather export in Python (`read_csv`, `round`), a viela de roda player at the fair
      of Vinhais (literary), training a pear espaldeira, starting wet collodion ("Claro!"),
      the Cordoaria Nacional in Lisbon, baked Rocha pears with honey and mead, bobsleigh is
      unfair to small countries, a teacher's letter asking to bring a class to a rope museum.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly rare words of the topics, since earlier sets used up most
closed-class compounds (meadery, hopyard, orchardist, crabapple, braggot, mazer, metheglin,
melomel, cyser, pyment, ropeyard, ropeyarn, hempseed, marlinespike, oakum, cordage, darkroom,
lightproof, ambrotype, ferrotype, tintype, pyroxylin, stepover, pollarded, trelliswork, bobsled,
brakeman, toboggan; corderie, cordier, cordelle, aussière, grelin, commettage, toron, filasse,
chanvrière, vielleux, vielleuse, chanterelle, épinette, cornemuse, chouchen, miellerie,
hydromellerie, daguerréotypiste, ferrotypie, ambrotypie, collodionné, palmette, arcure,
quenouille, cueille-fruits, porte-plaque, pilote-freineur, bobeur, pousseur; cordelero,
cordelera, cordelería, espartero, soguero, maromero, jarcia, jarciería, cabuyería, zanfonista,
zanfonero, guitarrón, colmenero, hidromelería, melaza, contraespaldera, emparrado, espaldar,
ferrotipo, ambrotipo, colodión, frenador, frenadora; Reepschläger, Seilerei, Radleier,
Schnarrsteg, Bordunsaiten, Ferrotypie, Ambrotypie, Honigwein, Metsieder, Zweierbob, Bremser;
cordaio, corderia, gomena, canapicoltura, ghirondista, ferrotipia, ambrotipia, controspalliera,
bobbista, frenatore, spingitore, copriruota, portalampada, buongustaio, benpensante,
portafoglio; cordoeiro, cordoaria, calabrote, amarra, sanfoneiro, ferrótipo, ambrótipo,
cordame, água-pé, travão), tool and library names in lower case in prose (verovio, abcjs,
abcmidi, praat, parselmouth, pyworld, helvum; rawpy, libraw, dcraw, nomacs, photivo, exiftool;
farmos, litefarm, growstuff, openfarm, brewken, brewblox; openfoam, calculix, fenics,
firedrake, mfem, petsc; zot, spegel, kubescape, piraeus, linstor, znapzend; casadi, pyomo,
cvxpy, ortools, gecode, minizinc), code identifiers in snake_case and camelCase and dotted
names, URLs, e-mail addresses, hashtags and @handles, German long compounds
(Drehleierbauerwerkstatt, Spalierobstbaumschnittkurs, Kollodiumnassplattenfotografin,
Seilerbahnmuseumsführung, Viererbobweltmeisterschaft) and particle verbs with zu inside
(einzuschwenken, auszubalancieren, umzubinden, nachzuwickeln, anzustimmen, anzukurbeln),
clitics and elisions (prête-la-lui, goûtons-le, laissez-les-y, apportez-m'en; pónganselas,
ofrézcaselos; legatevela, mettendocela; entregá-la-ão, contar-ta-ei, amarrou-as, torcê-lo,
trouxemo-lo), names of people and places, and informal spellings and slang (crikey,
collywobbles, doohickey, thingamajig, gobbledygook; marrant, loufoque, frimer, barjo;
pirado, bocazas, chalado, pasmarote; Schlamassel, Drahtesel, Schabernack, Muckefuck, ratzen;
guaglione, sbolognare, balengo, svarionare; galdéria, baiúca, biqueirada); and texts in
languages the detector does not judge (Magahi, Angika, Bundeli, Wagdi, Mewari, Gujari,
Sirmauri, Limbu), two with a glue in them, which must get no word finding at all.
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
        "At the meadery behind the old hopyard we tasted metheglin, melomel, cyser and pyment from a wooden "
        "mazer, and the orchardist insisted that his crabapple braggot was the best of the lot.",
        "The ropeyard smelled of oakum and tar; a coil of ropeyarn lay beside the marlinespike, a sack of "
        "hempseed leaned against the door, and the cordage for the new schooner hung from the rafters.",
        "In the darkroom, under a lightproof red lamp, she varnished an ambrotype and a ferrotype coated with "
        "pyroxylin, while the brakeman of the bobsled crew and two friends from the toboggan club waited "
        "outside beside a stepover apple, a pollarded pear and the cedar trelliswork, hoping for a tintype.",
        "For the hurdy-gurdy transcriptions I engrave the scores with verovio and abcjs, turn the tunes into "
        "MIDI with abcmidi, measure the drones in praat through parselmouth, check the pitch with pyworld, "
        "and route the audio between programs with helvum.",
        "The script calls load_tilt_readings, passes the frame to estimateFinalGravity and then to "
        "charts.mead.plot_gravity_curve; settings.pitch_temp_c is read in brew/meadlog_config.py, the log is at "
        "https://mead.example.net/batches/2031-10-02#gravity, write to brewdesk@example.net or ping "
        "@melomel_maven. #meadmaking #metheglin",
        "Crikey, I had the collywobbles before my first bobsleigh run at Lillehammer; Ffion Gwalchmai kept "
        "calling the steering ring a doohickey, and Oisín Ó Briain said the whole thingamajig was "
        "gobbledygook to him.",
    ],
    "fr": [
        "Le cordier de la corderie vérifie chaque aussière, chaque grelin et chaque cordelle ; après le "
        "commettage des torons, il met la filasse de côté, et la chanvrière lui apporte une nouvelle botte "
        "de chanvre.",
        "Le vielleux et la vielleuse accordent la chanterelle et le bourdon de leur vielle ; à côté, un joueur "
        "d'épinette et un sonneur de cornemuse boivent du chouchen de la miellerie voisine et un hydromel "
        "de l'hydromellerie du village.",
        "Un daguerréotypiste aurait eu du mal à comprendre la ferrotypie ou l'ambrotypie sur verre "
        "collodionné. Au jardin, la palmette, l'arcure et la quenouille voisinent avec un cueille-fruits, "
        "et le pilote-freineur montre son porte-plaque au bobeur et au pousseur de l'équipe.",
        "Pour nettoyer les scans des plaques, on lit les fichiers bruts avec rawpy, qui s'appuie sur libraw, "
        "on compare parfois le résultat avec dcraw, on regarde les images dans nomacs ou photivo et on "
        "efface les métadonnées avec exiftool.",
        "La fonction lire_plaque_collodion transmet chaque image à corrigerVoileChimique puis à "
        "atelier.plaques.exporter_tiff ; le réglage temps_pose_secondes est dans atelier/config_chambre.py, la "
        "galerie est sur https://plaques.exemple.fr/portraits/2031#vitrine, écrivez à "
        "chambre-noire@exemple.fr ou à @ferrotype_solene. #collodionhumide #ferrotypie",
        "Prête-la-lui, ta vielle, et apportez-m'en une autre demain ; goûtons-le d'abord, cet hydromel, puis "
        "laissez-les-y, les bouteilles, à la cave. Gwenaëlle trouve ça marrant, mais Théophile, à Plougastel-Daoulas, dit que c'est "
        "loufoque et que les barjos du bal vont encore frimer.",
    ],
    "es": [
        "El cordelero y la cordelera de la vieja cordelería trabajaban el esparto con el espartero y el "
        "soguero del pueblo, y el maromero compraba jarcia en la jarciería del puerto y cabuyería fina para "
        "las barcas.",
        "El zanfonista, que también era zanfonero, afinó su instrumento mientras un vecino templaba el "
        "guitarrón; el colmenero nos sirvió hidromiel de su propia hidromelería y nos regaló un tarro de "
        "melaza.",
        "En el jardín, la contraespaldera y el emparrado rodeaban un espaldar de hierro; dentro, un ferrotipo "
        "y un ambrotipo sobre colodión colgaban junto a la foto del frenador y la frenadora del equipo de "
        "bobsleigh.",
        "En la cooperativa registramos las parcelas con farmos y litefarm, consultamos fichas de cultivo en "
        "growstuff y openfarm, y para el hidromiel usamos brewken y los sensores de brewblox.",
        "La función leer_tiempos_salida pasa cada bajada a calcularEmpujeMedio y luego a "
        "informes.trineo.exportar_tabla; el umbral limite_resbalon está en salidas/config_pista.py, los datos "
        "en https://trineos.ejemplo.es/temporada/2031#salidas, escribe a cronos-pista@ejemplo.es o a "
        "@piloto_itziar. #bobsleigh #empuje",
        "Pónganselas ya, las zapatillas de clavos, y ofrézcaselos a los del otro trineo. El pirado de Gonzalo "
        "dice que Almudena es una bocazas, pero en Jaca todo el mundo está chalado con el bob y nadie quiere "
        "ser el pasmarote de la foto.",
    ],
    "de": [
        "Die Drehleierbauerwerkstatt bietet im Frühjahr einen Spalierobstbaumschnittkurs an, und die "
        "Kollodiumnassplattenfotografin aus dem Nachbardorf fotografiert die Teilnehmer für die "
        "Seilerbahnmuseumsführung.",
        "Der Reepschläger aus der alten Seilerei spielte abends auf einer Radleier mit Schnarrsteg und zwei "
        "Bordunsaiten; an der Wand hingen eine Ferrotypie und eine Ambrotypie, und auf dem Tisch stand ein "
        "Krug Honigwein vom Metsieder.",
        "Vor der Viererbobweltmeisterschaft übte der Bremser im Zweierbob, den Schlitten sauber in die erste "
        "Kurve einzuschwenken und sein Gewicht auszubalancieren. Sein Bruder versuchte derweil, die Äste "
        "am Spalier umzubinden, die Baumwolle auf der Melodiesaite nachzuwickeln und mit dem Dorffest den "
        "Verkauf von Met anzukurbeln, bevor er es wagte, ein Lied anzustimmen.",
        "Für die Strömungssimulation des Bobs laufen openfoam und calculix, für die Festigkeit der Kufen "
        "fenics, firedrake und mfem, und petsc löst im Hintergrund die großen Gleichungssysteme.",
        "Die Funktion lese_laufzeiten gibt jede Zeile an berechneGesamtzeit und dann an "
        "wertung.bob.sortiere_mannschaften weiter; der Grenzwert max_mannschaften_lauf4 steht in "
        "rennen/konfiguration_bahn.py, die Ergebnisse liegen unter https://bob.beispiel.de/rennen/2031#ergebnis, "
        "Fragen an zeitnahme@beispiel.de oder an @bremser_hinnerk. #viererbob #bobsport",
        "So ein Schlamassel: Hinnerk hat seinen Drahtesel in Schierke stehen lassen, Swantje treibt nur "
        "Schabernack mit Ole, und ich will nach dem Muckefuck im Gasthof in Oberwiesenthal einfach nur ratzen.",
    ],
    "it": [
        "Il cordaio della corderia intrecciava la gomena con la canapa migliore della canapicoltura emiliana, "
        "mentre un ghirondista suonava nel cortile.",
        "Sul tavolo c'erano una ferrotipia e un'ambrotipia su collodio e, fuori, una controspalliera di peri; "
        "il bobbista, il frenatore e lo spingitore riparavano il copriruota del furgone alla luce di un "
        "portalampada.",
        "Da vero buongustaio, il benpensante del paese teneva nel portafoglio la ricetta dell'idromele della "
        "nonna e la mostrava a chiunque.",
        "Nel laboratorio del club le immagini dei container stanno su zot con spegel come cache, kubescape "
        "controlla il cluster, i volumi sono gestiti da piraeus e linstor, e znapzend fa gli snapshot ogni "
        "notte.",
        "La funzione leggi_esposizioni passa ogni riga a calcolaTempoPosa e poi a "
        "camera_oscura.lastre.salva_registro; la soglia ritardo_rele_ms si trova in "
        "collodio/impostazioni_otturatore.py, l'archivio è su https://lastre.esempio.it/ritratti/2031#sessione, "
        "scrivete a camera-oscura@esempio.it o a @lastra_ottavia. #collodioumido #ferrotipia",
        "Legatevela bene in vita, quella corda, e tirate mettendocela tutta! Ottavia dice che un guaglione di "
        "Pozzuoli voleva sbolognare a Ruggero una ghironda rotta, ma a Bra gli hanno dato del balengo e lui "
        "ha cominciato a svarionare.",
    ],
    "pt": [
        "O cordoeiro da velha cordoaria enrolava um calabrote e uma amarra de sisal, e guardava o resto do "
        "cordame no armazém.",
        "Na parede do museu há um ferrótipo e um ambrótipo sobre colódio, e no pátio um sanfoneiro tocava "
        "enquanto os vizinhos bebiam água-pé.",
        "No bobsleigh, quem puxa o travão é o último atleta a saltar para dentro do trenó.",
        "Para otimizar os horários dos treinos usamos o casadi e o pyomo, o cvxpy para os modelos convexos, o "
        "ortools para as escalas, e ainda o gecode e o minizinc quando o problema tem muitas restrições.",
        "A função ler_densidades passa cada medição a calcularTeorAlcool e depois a "
        "relatorios.hidromel.gerar_grafico; o parâmetro temperatura_calibracao está em adega/config_lotes.py, "
        "os dados estão em https://hidromel.exemplo.pt/lotes/2031#densidade, escreva para "
        "adega-lotes@exemplo.pt ou para @hidromel_benedita. #hidromel #fermentacao",
        "Entregá-la-ão amanhã, a viela, e eu contar-ta-ei a história toda: o Baltasar pegou nas cordas e "
        "amarrou-as ao carro, e o cânhamo que sobrou fui eu que tive de torcê-lo. O saco? Trouxemo-lo para "
        "Mirandela, mas a Benedita, uma galdéria, ficou na baiúca do largo e ainda deu uma biqueirada na porta.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "mag": ["हम काल्ह गया के बजार गेलूँ हल, उहाँ बड़ी भीड़ हलइ। तूँ कहिया हमर घर अइबऽ?"],
    "anp": ["हम्में काल्हीं भागलपुर गेलोॅ छेलियै। तोरोॅ घोॅर केन्हों छौं?"],
    "bns": ["तुम कां जा रए हो? हम तो बजार जा रए, उतै आज बड़ोमेला लगो है।"],
    "wbr": ["तमें कां जाओ हो? मूं हाटे जाऊं हूं, आज त्यां घणा मनख आव्या हे।"],
    "mtr": ["थांको नाम कांई है? म्हूं उदयपुर सूं आयो हूं अरम्हारो गांव झीलां कने है।"],
    "gju": ["तम कित जाओ छो? मैं अपणा डंगरां नाल ढोक पर जाऊं उं।"],
    "srx": ["तेरो नाँव कै आसो? हाऊँ नाहन रौहो, आज बजारो खे जाणो आसो।"],
    "lif": ["ᤛᤧᤘᤖᤨ! ᤕᤰᤌᤢᤱ ᤐᤴ। सेवारो, याक्थुङ पान।"],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v80", QUOTA, HARD_NEGATIVES, "neg80")
    print(common.write_set(HERE, recs))
