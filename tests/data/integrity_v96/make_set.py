"""Build the v96 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v96/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v96: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
arborist tree climbing, knife sharpening, millinery (hat making), salt cod preparation, pinball
machines and fish weirs.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French,
Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why a knife edge rolls and how a burr proves the bevels meet, a flipper that fires on every
      second press in the Mission Pinball Framework (`config/config.yaml`, `default_pulse_ms`,
      `mpf both -X`), an arborist at the crown of an old beech at dawn (literary), blocking a
      felt hood on a crown block, fish weirs from Strangford Lough to Magna Carta and the Severn
      putchers, salt cod fritters, electromechanical versus modern pinball, an e-mail
      commissioning a wedding hat (percher, sinamay) from a milliner;
  fr: the stone fish weirs (écluses à poissons) of Ré and Oléron and their écluseurs, a target
      that scores nothing in Visual Pinball X (`Sub Target1_Hit()`, `AddScore`, `Collidable`), a
      modiste blocking a straw capeline at night (literary), desalting salt cod step by step,
      the gear of a beginner tree climber ("Bien sûr !"), from bagatelle to Humpty Dumpty and the
      café flipper, brandade de morue from Nîmes, water stones versus pull-through sharpeners
      (morfil, rémouleur), a letter to a mayor about a split limb of a school lime tree;
  es: why salt cod keeps and why it must be soaked (osmosis), the tool-rest height for a Tormek
      T-8 in Python (`math.radians()`, `round(valor, 1)`), an old man in a stone corral de pesca
      at Chipiona (literary), climbing a tree on a doubled rope, the common hat shapes
      ("¡Claro!": panamá, fedora, canotié, cordobés, tocado), Basque cod fishing off
      Newfoundland, bacalao al pilpil, bringing pinball machines back to bars, an e-mail asking
      about a tree-climbing course;
  de: why knives go blunt, reading a pinball switch matrix with a Teensy 4.1 (`pinMode`,
      `digitalWriteFast`, `INPUT_PULLUP`), a tree climber in the beech of his childhood
      (literary), sharpening on a water stone, buying klippfisch ("Klar!"), mercury and the mad
      hatter, klippfisch baked with potatoes and onions, doubled rope versus single rope for
      beginners, a letter to a milliner about a hat for a son's wedding, switch debouncing in a
      pinball controller (algorithm), how a fish weir works, why animal hair felts (science);
  it: the lavoriero of the Comacchio lagoons, high scores from a PinMAME NVRAM file in Python
      (`open(percorso, "rb")`, BCD, `int.from_bytes()`), a grandmother plaiting Florentine straw
      (literary), sharpening on a water stone, becoming a tree climber in Italy ("Certo!"), the
      Florentine straw-hat trade and the trecciaiole of 1896, baccalà alla livornese, pinball as
      the most honest game in a bar, an e-mail asking for a quote to prune a Himalayan cedar;
  pt: why cooked cod falls into flakes (myotomes and collagen), a bevel-angle calculator in
      JavaScript for a Work Sharp Precision Adjust (`Math.asin()`, `toFixed(1)`), a lamprey
      fisher at a pesqueira on the Minho (literary), soaking bacalhau step by step, caring for a
      felt hat ("Claro!"), the White Fleet and the dory fishermen of the Grand Banks, bacalhau à
      Brás, why video gamers should play real pinball, an arborist's unsolicited job application.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words and rarer words (hatbox, hatpin, buckram, hatband,
sweatband, cloche, milliner, brimless, sinamay, fascinator, crownless, headpiece, fishgarth,
wattlework, codling, saltfish, fishmonger, klipfish, sapwood, windthrow, throwline, chainsaw,
kickback, outlane, backglass, jackknife, oilstone; terre-neuvas, morutier, sécherie, salaison,
dessalage, grimpeur-élagueur, étêtage, ébranchage, houppier, rémanents, gord, bordigue, bibi,
capeline, sparterie; bacaladería, bacaladero, amolador, jamonero, encañizadas, cañizos,
mariscadores, podador, desrame, motosierra, sombrerera, canotié; Filzstumpen, Hutform,
haarfein, Kopfband, schnurgerade, salzgetrocknet, zentimeterdick; arrotino, affilacoltelli,
coltellinaio, cappellaio, portacappelli, cappelleria, potatore, capitozzatura, flipperista,
lavorieri, stoccafisso, ammollo; bacalhoeiro, amolador, chapeleira, peixeiro, demolhados,
pesqueiras, botirão, lampreia, arboricultor, desrama, motosserra, estilha), tool and brand
names in lower case in prose (nocobase, teable, lowcoder, wallos, steampipe, cloudquery;
chibisafe, picsur, pingvin, automatisch, qryn; cratedb, fluvio, quix, grpcurl, protolint;
replicache, liveblocks, yjs, automerge, loro; evolu, rxdb, dexie, watermelondb, tinybase,
signaldb; milkdown, tiptap, prosemirror, pyodide, nicegui), code identifiers in snake_case and
camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles, German long
compounds (Flipperautomatenreparaturwerkstatt, Hutmachermeisterschule,
Klippfischwässerungsanleitung, Gemeinschaftsküche, Baumpflegerverband) and particle verbs with
zu inside (vorzuwässern, aufzudämpfen, nachzuformen, zurechtzurücken), clitics and elisions
(vends-les-lui, apporte-les-leur, qu'on; regálamelos, envíaselos; prestateceli,
spediscicele, fattelo, dall'arrotino; mostrar-lhos-ei, guarda-lha, lho), names of people and
places, and informal, dialect and slang words (wheeker, scundered, foundered, dander, twp,
hwyl, cariad; s'enjailler, ambiancer, rade, poukave, balancer; carallo, tete, fiera, titán,
neng; Omma, Büdchen, Pott, Pommesbude, Schnack, Pappenheimer; sclerato, sbronzo, ciula;
alfacinha, ir aos copos, lambão); and texts in languages the detector does not judge (Eastern
Huasteca Nahuatl, Northern Puebla Nahuatl, Pipil, Highland Popoluca, Jamiltepec Mixtec, Central
Mazahua, Chayuco Mixtec, Usila Chinantec), some with a glue in them, which must get no word
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
        "At the estate sale she bought a striped hatbox, a jet hatpin and a roll of buckram, then spent "
        "the evening stitching a new hatband and a leather sweatband into a felt cloche, while the "
        "milliner next door pinned a brimless sinamay fascinator and a crownless headpiece for the races.",
        "The fishgarth in the estuary is little more than wattlework and oak stakes, yet at every ebb it "
        "traps enough codling for the saltfish shed, and the fishmonger swears the catch beats any "
        "klipfish from Kristiansund.",
        "After checking the sapwood where the windthrow had split it, the climber coiled her throwline "
        "and stowed the chainsaw; that evening she fixed the kickback, an outlane post and the faded "
        "backglass of her pinball machine, then honed her jackknife on an oilstone.",
        "For the workshop inventory we run nocobase and teable, lowcoder for the little dashboards, "
        "wallos for the subscriptions, and steampipe with cloudquery to see what the cloud account is "
        "costing us.",
        "Call compute_bevel_angle, pass the result to drawEdgeProfile and store it with "
        "sharpening.logs.append_entry; the guide lives at "
        "https://edges.example.net/guides/bevel-angles#japanese, questions go to "
        "oilstone-help@example.net or @stropping_ifor. #knifesharpening #pinballrepair",
        "Ifor Achterberg said the tree job in Llanidloes was wheeker, but Oonagh Prendiville, scundered "
        "and foundered after a long dander up the lane, called him twp; \"hwyl, cariad,\" he shouted back.",
    ],
    "fr": [
        "Les terre-neuvas embarquaient sur un morutier pour la campagne de pêche ; au retour, la sécherie"
        " de Fécamp transformait la morue en salaison, et le dessalage se faisait ensuite dans chaque "
        "cuisine.",
        "Le grimpeur-élagueur a terminé l'étêtage du vieux saule, puis l'ébranchage du houppier, et a "
        "laissé les rémanents au pied de l'arbre ; sur la Loire, un gord barrait encore le bras mort, et "
        "près de Sète on voit toujours une bordigue.",
        "Vends-les-lui si tu veux, mais apporte-les-leur avant samedi : la modiste a confectionné un bibi"
        " et une capeline en sparterie, et qu'on ne l'oublie pas, elle tient à ce qu'on les lui rende "
        "intacts.",
        "Sur le serveur de l'atelier tournent chibisafe et picsur pour les photos des lames, pingvin pour"
        " partager les fichiers, automatisch pour les tâches répétitives et qryn pour les journaux.",
        "La fonction calculer_angle_biseau renvoie une valeur à dessinerProfilLame, puis à "
        "affutage.journal.ajouter_ligne ; la doc est sur "
        "https://affutage.exemple.fr/guides/angles#japonais, écrivez à atelier-couteaux@exemple.fr ou à "
        "@remouleur_corentin. #affutage #flipper",
        "Franchement, Corentin Kerhervé s'est enjaillé toute la soirée au flipper de Quimperlé, il a "
        "ambiancé tout le rade, et Maëlys Delahaye l'a traité de poukave parce qu'il avait balancé son "
        "score au patron.",
    ],
    "es": [
        "En la bacaladería de la plaza, el viejo bacaladero nos vendió lomos ya desalados, y a la salida "
        "un amolador gallego con su rueda afilaba una navaja, unas tijeras y un cuchillo jamonero.",
        "En las encañizadas del Mar Menor todavía se pesca con cañizos, y en la costa gaditana los "
        "mariscadores recorren los corrales al bajar la marea; el podador, mientras, terminaba el desrame"
        " del pino con la motosierra.",
        "Regálamelos si ya no los usas, o envíaselos a la sombrerera, que el canotié que le hicieron no "
        "le queda bien y quiere que se lo arreglen para la boda.",
        "En el taller usamos cratedb para guardar las medidas de cada hoja, fluvio y quix para los datos "
        "de las máquinas de pinball, grpcurl para probar los servicios y protolint para revisar los "
        "esquemas.",
        "La función calcular_angulo_filo devuelve un valor a dibujarPerfilHoja y luego a "
        "afilado.registro.anadir_linea; la guía está en https://afilado.ejemplo.es/guias/angulos#japones,"
        " escribe a taller-cuchillos@ejemplo.es o a @amolador_xabier. #afilado #pilpil",
        "¡Carallo, tete! Begoña Iturralde es una fiera con la máquina del millón de Ourense, y Xabier "
        "Goikoetxea, que es un titán del pinball, dice que en Tafalla nadie le gana, neng.",
    ],
    "de": [
        "Die Flipperautomatenreparaturwerkstatt liegt gleich neben der Hutmachermeisterschule, und die "
        "Klippfischwässerungsanleitung hängt seit Jahren in der Gemeinschaftsküche des "
        "Baumpflegerverbands.",
        "Sie hatte vor, den Klippfisch am Vorabend vorzuwässern, den Filz über Dampf aufzudämpfen und die"
        " Krempe danach auf dem Holzkopf nachzuformen und, bevor die Kundin kam, alles noch einmal "
        "zurechtzurücken.",
        "Der Filzstumpen wurde auf die Hutform gezogen, die Krempe haarfein beschnitten, und das Kopfband"
        " saß schnurgerade; der salzgetrocknete Kabeljau daneben war zentimeterdick.",
        "Für die Vereinswebseite nutzen wir replicache und liveblocks, yjs und automerge für das "
        "gemeinsame Bearbeiten der Spielpläne und loro für die Notizen zu den Flipperturnieren.",
        "Die Funktion berechne_schleifwinkel gibt ihren Wert an zeichneKlingenprofil und dann an "
        "schleifen.protokoll.zeile_anhaengen weiter; die Anleitung steht unter "
        "https://schleifen.beispiel.de/anleitungen/winkel#japanisch, Fragen an "
        "messerwerkstatt@beispiel.de oder an @schleifer_jannik. #messerschleifen #baumpflege",
        "Unsere Omma aus Wanne-Eickel kennt jedes Büdchen im Pott und jede Pommesbude zwischen Bochum und"
        " Gelsenkirchen, und beim Schnack mit Jannik Oberhuber sagt sie nur: Ich kenn doch meine "
        "Pappenheimer.",
    ],
    "it": [
        "L'arrotino passò con la bicicletta e l'affilacoltelli, mentre il coltellinaio di Maniago "
        "mostrava una lama nuova e il cappellaio sistemava i portacappelli nella sua cappelleria.",
        "Il potatore criticò la capitozzatura dei platani del viale; poi il flipperista del bar raccontò "
        "dei lavorieri della laguna e dello stoccafisso lasciato in ammollo per tre giorni.",
        "Prestateceli fino a domenica, poi spediscicele pure per posta, e fattelo dire dall'arrotino: "
        "quei coltelli vanno riaffilati ogni mese.",
        "Per l'app del circolo usiamo evolu e rxdb per i dati sul telefono, dexie e watermelondb nelle "
        "versioni più vecchie, tinybase per i punteggi e signaldb per le classifiche dei tornei.",
        "La funzione calcola_angolo_filo passa il valore a disegnaProfiloLama e poi a "
        "affilatura.registro.aggiungi_riga; la guida è su "
        "https://affilatura.esempio.it/guide/angoli#giapponese, scrivete a bottega-coltelli@esempio.it o "
        "a @arrotino_ottavio. #affilatura #baccala",
        "Ottavio Brambilla è sclerato al flipper del bar di Castelfranco Veneto, tornava a casa mezzo "
        "sbronzo, e Nives Zanardelli gli ha dato del ciula davanti a tutti.",
    ],
    "pt": [
        "O bacalhoeiro atracou em Ílhavo; na praça, o amolador afiava tesouras, a chapeleira esperava o "
        "chapéu novo e o peixeiro vendia lombos já demolhados.",
        "Nas pesqueiras do rio arma-se o botirão para a lampreia; no jardim, o arboricultor fez a desrama"
        " do sobreiro com a motosserra e deixou a estilha junto ao portão.",
        "Mostrar-lhos-ei amanhã, e se gostares guarda-lha, porque a chapeleira só a enforma outra vez se "
        "lho pedirmos com jeito.",
        "No site da associação usamos milkdown e tiptap para escrever as notícias, prosemirror por baixo "
        "de tudo, pyodide para as contas dos torneios e nicegui para o painel dos flippers.",
        "A função calcular_angulo_fio passa o valor a desenharPerfilLamina e depois a "
        "afiacao.registo.acrescentar_linha; o guia está em "
        "https://afiacao.exemplo.pt/guias/angulos#japones, escreva para oficina-facas@exemplo.pt ou para "
        "@amolador_goncalo. #afiacao #bacalhau",
        "O Gonçalo Meireles, alfacinha de gema, foi aos copos em Mirandela e ganhou três bolas extra no "
        "flipper do café, e a Inês Carvalhal chamou-lhe lambão por ter comido os pastéis todos.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "nhe": ["Nopa tlacatl quiitac miyac michme ipan hueyi atl huanquiijto: mostla niyas nimichtemoti ican "
            "nochi nopilhuan."],
    "ncj": ["In nonan kichiwa tlaxkalli ipan komalli, wan nopapa yowi kuawtah kitekiti kuawitl pampa ye walla"
            " kiawitl."],
    "ppl": ["Ken tinemi, nukniw? Naja niyu ka ne apan pal nikwi at, wan nunan kichiwtuk tamal. Tiaskamat!"],
    "poi": ["Je'm nuntajɨɨyi' jayaŋ ity'yaj kootsɨkmɨ', i je'm toyaj'yaj tyɨmpa je'm mok jempɨg nɨ'mɨ'."],
    "mxt": ["Ñivi ñuu Jamiltepec ka'an ra tu'un savi; vitin kuun savi ta kana nduta ichi yuku."],
    "maz": ["In nana ri pa'a a nujñiñi, pje gui kjaba? Ri zo'o nu xedyi ko nu ndeje."],
    "mih": ["Ñuu Cha'a yuku io ñivi ka'an tu'un savi, ta tata kuanu'u ve'era xi'in nduta."],
    "cuc": ["Dsa² Usila² jmøh² cuøi² ñi³ hma² lí³, hé¹² ta³ jnia³ dsa² hüa¹² quian²."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v96", QUOTA, HARD_NEGATIVES, "neg96")
    print(common.write_set(HERE, recs))
