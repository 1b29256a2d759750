"""Build the v94 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v94/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v94: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
snowshoe making, fountain pen restoration, ship figureheads, rope access work, chestnut roasting
and brass bands.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail; German also an algorithm, a
how-it-works and a science explanation); eight in English, nine in French, Spanish, Italian
and Portuguese, twelve in German (no glue of two content words there):
  en: how a lever filler draws ink and why its latex sac perishes, flagging overdue rope access
      gear examinations with `csv.DictReader` and `timedelta` (BBEdit), a carver finishing a
      figurehead by lamplight (literary), roasting chestnuts over an open fire, who sits where
      in a British brass band ("Sure!"), snowshoes from Beringia to the Montreal clubs, why
      restored vintage pens should be used (opinion), a teacher's e-mail asking to bring a
      class to a figurehead collection;
  fr: why chestnuts burst unless they are scored, the bearing surface of a snowshoe frame with
      the shoelace formula in `numpy` (Marimo), a cordiste purging a cathedral pinnacle at dawn
      (literary), replacing the sac of a lever-filling pen, choosing a first instrument in a
      fanfare ("Bien sûr !"), figureheads and Puget's ship carving in the arsenals of Louis
      XIV, a pan of roast chestnuts and mushrooms, restoring an old pen or leaving it as it is
      (opinion), an harmonie's letter to the mayor asking for a rehearsal room;
  es: the two-rope system of rope access (descender, rope clamps, fall arrester), counting
      bars and tuba rests in a MusicXML score with `ElementTree` (Dorico), a chestnut seller
      on a November evening (literary), reviving a piston-filler pen, the tools for building
      traditional snowshoes ("¡Claro!"), the lions and saints of Spanish ships' figureheads,
      oven-roast chestnuts with butter and heather honey, rope access versus scaffolding for
      façade repairs (opinion), an e-mail asking to join a municipal band as a tuba player;
  de: why snowshoes were laced with rawhide, the fall factor in Python for a rope access course
      (`round()`, `ValueError`, Kate), a village band marching on a Sunday morning (literary),
      cleaning and resealing a piston filler, roasting chestnuts at home ("Klar!"), the history
      of figureheads from Egypt to the clippers, chestnut soup, rope access versus scaffolds and
      lifts (opinion), a letter asking a pen restorer for an estimate, choosing a snowshoe
      size from load and snow type (algorithm), how a rope clamp grips (how it works), how a
      brass instrument makes its notes (science);
  it: why band instruments are written transposed in B-flat and E-flat, a museum's figurehead
      inventory with `polars` (`group_by()`, `len()`, Deepnote), a chestnut roaster in a
      misty square (literary), weaving the netting of a snowshoe, preparing for a first rope
      access course ("Certo!"), Italian town bands since the nineteenth century, caldarroste in
      a pierced pan, mending a fountain pen yourself or paying an expert (opinion), an e-mail
      to a naval museum about a figurehead found in an attic;
  pt: why celluloid pens decay and how to slow it, the load on each leg of a V anchor in
      JavaScript (`Math.cos()`, `console.table()`, CodeSandbox), a chestnut seller in the
      Chiado (literary), sanding and varnishing snowshoe frames, caring for a euphonium
      ("Claro!"), figureheads on Portuguese ships, chestnuts roasted on salt and fennel seed
      for São Martinho, figureheads in museums or back at sea (opinion), a parents'
      association's letter asking the local filarmónica to play at the school fête.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly rare words of the crafts and prefixed words, none of them listed by
an earlier set (woodcarver, billethead, fiddlehead, trailboards, catheads, cutwater, forefoot,
beavertail, toehole, steambent, bentwood, nibmeister, eyedropper, ebonite, overfeed, underfeed,
reground, misaligned, overtighten, unlacquered, untarnished, bandsman, bandswomen, bandroom,
quickstep, sousaphone, brazier, firepan, nutcracker, deviator, rebelay, deadman, tieback;
guibre, sculpteur-doreur, cordiste, auto-assurance, longe, descendeur, bloqueur, antichute,
châtaigneraie, bogues, grilloir, brasero, stylographe, stylo-plume, réencrer, soubassophone,
hélicon; mascarón, bauprés, verticalista, descensor, bloqueador, anticaídas, autobloqueante,
sobreapretar, castañera, asador, magosto, zambomba, fliscorno, sousafón, bombardón,
charanga; Galionsfigur, Bugspriet, Vordersteven, Holzbildhauer, Industriekletterer,
Höhenarbeiter, Abseilgerät, Steigklemme, Maronibrater, Keschde; bompresso, tagliamare,
caldarrostaio, bruciataio, marronaio, carta assorbente, genis, discensore, anticaduta,
autobloccante, ristuccata, riverniciata; gurupés, talha-mar, antiquedas, magusto, assador,
coreto, requinta, fliscorne, saxotrompa, jeropiga, porta-canetas, pré-aquecido,
mal-humorado), tool and brand names in lower case in prose (openttd, freeciv, wesnoth,
supertuxkart, luanti, veloren; trufont, fontmake, ttfautohint, harfbuzz, pango, freetype;
scylladb, immudb, cozodb, kuzu, sqlcipher, beanstalkd; vite, rolldown, turbopack, vitest,
webdriverio, unocss; vaex, modin, nilearn, biopython, pymol, gromacs; roundcube, snappymail,
rainloop, isync, offlineimap, fetchmail), code identifiers in snake_case and camelCase and
dotted names, URLs, e-mail addresses, hashtags and @handles, German long compounds
(Maronibraterstandgenehmigung, Blasmusikverbandsjugendorchester,
Seilzugangstechnikerausbildungszentrum, Galionsfigurenschnitzerwerkstatt,
Schneeschuhrahmenbiegevorrichtung) and particle verbs with zu inside (nachzuschnitzen,
anzuritzen, mitzumarschieren, einzublasen), clitics and elisions (grillez-les-leur,
jouez-la-nous, jusqu'aujourd'hui; ásanoslas, cuélgatela, arréglamela, dámelas, pélamelas;
sbucciatecele, portagliela, raccontamela, fammene, ce n'è; assa-as, toca-ma, pô-las,
comê-las, dar-lhas-emos), names of people and places, and informal spellings and slang
(brassed off, chocka, stroppy, minted, belter, chippy; se la péter, morfler, blaze, chialer,
avoir les crocs; potra, esmayaos, una pechá, por lo bajini, vacile; Heckmeck, auf'm Pütt,
Knifte, Heiermann, Spezl; grulla, bidonato, sbronzo, stica, triggerarsi; chiça, estar-se nas
tintas, cravar, pôr-se a andar, dar o litro); and texts in languages the detector does not
judge (Nzema, Gonja, Bullom So, Koongo, Ndonga, Kwangali, Konni, Tumulung Sisaala; written as
best-effort simple sentences), which must get no word finding at all.
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
        "The old woodcarver's notebook lists every figurehead, billethead and fiddlehead he ever made, with "
        "sketches of the trailboards and the catheads and a note on how the cutwater met the forefoot of each "
        "hull; at the back are patterns for a beavertail snowshoe, its toehole and its steambent bentwood frame.",
        "The nibmeister found that the eyedropper pen had an ebonite overfeed and a warped underfeed, so he "
        "reground the misaligned tines and told her never to overtighten the section again; the unlacquered "
        "brass bands on the cap had stayed untarnished for ninety years.",
        "After the quickstep the bandsman packed away his flugelhorn, the two bandswomen carried the "
        "euphonium and the sousaphone out of the bandroom, and everyone crowded round the brazier, where a "
        "firepan and a nutcracker were waiting. Above them the rope access crew had rigged a deviator and a "
        "rebelay, tied back to a deadman anchor with a tieback behind the parapet.",
        "In the band's clubhouse the old laptop runs openttd and freeciv for the juniors, wesnoth and "
        "supertuxkart for the tour bus, and luanti and veloren when the second cornets stay late.",
        "The roaster script calls load_batch_csv, hands each tray to scoreChestnutShell and then to "
        "roast.profile.apply_curve; settings.max_pan_temp_c is read once in roaster/ember_control.py, the "
        "log lives at https://chestnuts.example.net/stalls/2028-11-11#batch-7, and questions go to "
        "roast-crew@example.net or @ember_wrangler_ffion. #chestnutseason #streetfood",
        "Ffion Treloar was well brassed off: she'd lugged her tuba from Newlyn to St Just on a chocka bus, "
        "Jago Penhaligon was being dead stroppy about the band's minted new cornets, and it all ended in a "
        "belter of a row outside the chippy in Marazion.",
    ],
    "fr": [
        "Sous le beaupré, la guibre portait une figure dorée par un sculpteur-doreur de Rochefort ; le "
        "cordiste qui l'a restaurée l'an dernier travaillait en auto-assurance, avec sa longe, son "
        "descendeur, son bloqueur et un antichute sur la corde de sécurité.",
        "Dans la châtaigneraie, on ramasse les bogues au pied de chaque arbre, et le marchand du boulevard "
        "fait griller les marrons dans un vieux grilloir percé, posé sur un brasero. Mon grand-père, lui, "
        "écrivait encore avec un stylographe qu'il appelait son stylo-plume, et il savait réencrer un ruban "
        "de machine à écrire.",
        "Le soubassophone et l'hélicon ouvrent le défilé. « Jouez-la-nous encore ! » crient les enfants, et "
        "le chef répond : « Grillez-les-leur d'abord, ces marrons, on rejouera après. » Jusqu'aujourd'hui, "
        "personne ne sait qui l'a emporté.",
        "Pour la plaquette de la fanfare, nous avons dessiné les caractères avec trufont, compilé la fonte "
        "avec fontmake, ajouté les instructions avec ttfautohint et vérifié le rendu avec harfbuzz, pango et "
        "freetype.",
        "La fonction charger_gabarit passe chaque point à calculerSurfacePortante puis à "
        "raquettes.cadre.tracer_contour ; la doc est sur https://raquettes.exemple.fr/atelier/2028#lacage, "
        "écrivez à atelier-raquettes@exemple.fr ou à @raquette_solenne. #raquettesaneige #faitmain",
        "Franchement, Solenne se la pète avec son cornet neuf, mais hier, à Lons-le-Saunier, elle a morflé : "
        "son blaze était mal écrit sur le programme, et elle a chialé toute la soirée chez Anatole, à "
        "Baume-les-Messieurs, en disant qu'elle avait les crocs.",
    ],
    "es": [
        "El mascarón de proa iba bajo el bauprés; el verticalista que lo restauró bajaba con descensor, "
        "bloqueador y un anticaídas en la cuerda de seguridad, y remataba cada anclaje con un nudo "
        "autobloqueante. El restaurador le advirtió que no hay que sobreapretar la rosca de una estilográfica "
        "antigua.",
        "La castañera del paseo tiene un asador de chapa, y en el magosto del pueblo una zambomba acompaña "
        "al fliscorno, a la trompa y al sousafón de la charanga, mientras el bombardón marca el compás.",
        "Ásanoslas ya, Remedios, que tenemos hambre; y tú, Iker, cuélgatela al hombro, la tuba, y "
        "arréglamela antes del desfile. Las castañas dámelas enteras, o mejor, pélamelas tú.",
        "Para el archivo de la banda probamos scylladb, immudb y cozodb, luego kuzu para el grafo de "
        "músicos, sqlcipher para la base cifrada del móvil y beanstalkd para la cola de trabajos.",
        "La función cargar_partitura pasa cada compás a contarSilencios y luego a "
        "banda.ensayo.repartir_descansos; los datos están en https://banda.ejemplo.es/archivo/2028#tubas, "
        "escribe a archivo-banda@ejemplo.es o a @tuba_ainhoa. #bandamunicipal #pasacalles",
        "¡Qué potra! Salimos esmayaos del ensayo y la castañera de la Alameda nos puso una pechá de "
        "castañas por lo bajini; menudo vacile traía Rocío con su primo Fermín, que venía de Sanlúcar de "
        "Barrameda.",
    ],
    "de": [
        "Die Galionsfigur unter dem Bugspriet war am Vordersteven verbolzt; der Holzbildhauer, der sie "
        "nachbildete, arbeitet nebenbei als Industriekletterer und Höhenarbeiter und hängt mit Abseilgerät "
        "und Steigklemme an Fassaden. In der Pfalz sagt man Keschde, in Wien steht der Maronibrater an der "
        "Ecke.",
        "Im Ordner der Gemeinde lagen die Maronibraterstandgenehmigung, die Einladung des "
        "Blasmusikverbandsjugendorchesters und der Prospekt eines Seilzugangstechnikerausbildungszentrums; "
        "in der Galionsfigurenschnitzerwerkstatt nebenan stand eine Schneeschuhrahmenbiegevorrichtung.",
        "Es war nicht leicht, die abgebrochene Nase der Figur nachzuschnitzen, die Maronen rechtzeitig "
        "anzuritzen, beim Umzug mitzumarschieren und nebenbei noch das neue Flügelhorn einzublasen.",
        "Für die Website der Blaskapelle nutzen wir vite mit rolldown, haben turbopack nur kurz ausprobiert, "
        "testen mit vitest und webdriverio und gestalten alles mit unocss.",
        "Die Funktion lade_flaechenlast gibt jede Zeile an berechneTragflaeche und dann an "
        "schneeschuh.modelle.waehle_groesse weiter; die Daten liegen unter "
        "https://schneeschuh.beispiel.de/werkstatt/2028#rahmen, Fragen an werkstatt@beispiel.de oder an "
        "@rahmenbiegerin_jule. #schneeschuhbau #handwerk",
        "Mach keinen Heckmeck, sagte Opa Jupp aus Castrop-Rauxel, früher auf'm Pütt gab's 'ne Knifte und "
        "für 'nen Heiermann ein Bier, und sein Spezl Xaver aus Dingolfing lachte nur.",
    ],
    "it": [
        "Sotto il bompresso, sopra il tagliamare, la polena guardava avanti; il caldarrostaio del porto, "
        "che a Firenze chiamerebbero bruciataio e in altre città marronaio, dice che va ristuccata e "
        "riverniciata prima dell'inverno.",
        "Nel cassetto c'erano una stilografica col pennino d'oro e un foglio di carta assorbente; sul "
        "leggio, le parti per flicorno, bombardino e genis, e appesi al chiodo il discensore, l'anticaduta "
        "e un cordino autobloccante.",
        "Sbucciatecele voi, le castagne, e portagliela subito, la tromba, al maestro; raccontamela dopo, la "
        "storia dell'anno scorso, e se ce n'è ancora, fammene assaggiare un po'.",
        "In laboratorio usiamo vaex e modin per le tabelle grandi, nilearn per le immagini del cervello, "
        "biopython per le sequenze, e pymol e gromacs per le proteine.",
        "La funzione leggi_inventario passa ogni riga a calcolaSecolo e poi a "
        "polene.schede.aggiorna_stato; i dati sono su https://polene.esempio.it/archivio/2028#restauri, "
        "scrivete a archivio-polene@esempio.it o a @polena_costanza. #polene #museomarittimo",
        "Costanza, non fare la grulla: a Camaiore Brunetto t'ha bidonato dopo la sagra e tu sei tornata a "
        "casa mezza sbronza; stica, dice Loredana da Trastevere, la prossima volta si va a Forte dei Marmi "
        "e chi si triggera resta a casa.",
    ],
    "pt": [
        "Sob o gurupés, por cima do talha-mar, a figura de proa olhava em frente; o escultor que a restaurou "
        "era também técnico de trabalhos verticais e descia com descensor, bloqueador e um antiquedas na "
        "corda de segurança.",
        "No magusto da aldeia, o assador de barro passava de mão em mão à sombra do castanheiro mais velho; "
        "no coreto, a requinta, o fliscorne, a saxotrompa e o contrabaixo ensaiavam a marcha, e bebia-se "
        "jeropiga até o sol se pôr. O maestro, mal-humorado, tinha esquecido o porta-canetas no forno "
        "pré-aquecido.",
        "Assa-as já, que estão frescas, e depois toca-ma outra vez, aquela marcha; pô-las no tabuleiro foi "
        "fácil, comê-las vai ser ainda melhor, e as que sobrarem dar-lhas-emos aos vizinhos.",
        "No servidor da filarmónica corre o roundcube para o correio na web, com o snappymail e o rainloop "
        "como alternativas, e no portátil do maestro o isync, o offlineimap e o fetchmail vão buscar as "
        "mensagens.",
        "A função ler_ancoragens passa cada linha a calcularCargaRamo e depois a "
        "trabalho.vertical.validar_angulo; os dados estão em https://cordas.exemplo.pt/formacao/2028#angulos, "
        "escreva para formacao-cordas@exemplo.pt ou para @corda_beatriz. #trabalhosverticais #seguranca",
        "Chiça, a Beatriz estava-se nas tintas para o ensaio: cravou um cigarro ao Tiago na Póvoa de Varzim, "
        "pôs-se a andar para Esposende e deixou o Rui a dar o litro sozinho no bombardino.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "nzi": ["Akwaaba, me agɔnwolɛ! Nyamenle ɛyila wɔ, yɛ nee wɔ mrenyia ɛlɛdɛnla kpalɛ."],
    "gjn": ["Ewura na ka nu loŋ, nɛ e kaŋɛ basa na fanɛ b ba kade to. Ebɔrɛ e wɔ anyi be kaman."],
    "buy": ["Ŋ hun ka lɛ, mɔ kɔ ŋa tɛm ka pɔ ŋa wɔ kɛ; ŋa bɛi lɔ pɔlɔ."],
    "kng": ["Mbote, mpangi ame! Nkumbu ame Nsimba, ngina ku Mbanza-Kongo; mbazi tuenda ku zandu."],
    "ndo": ["Wa lalapo, meme? Eeno, nawa. Edhina lyandje Ndapewa, ondi zi kOndangwa."],
    "kwn": ["Moro, nyoko! Ezina lyange Hausiku, ame kwa tunda koRundu."],
    "kma": ["Ŋmɩŋ die baarɩ vuosi mana dɩ ba yi wo yada, ta ba nyɩŋ Ŋmɩŋ nʋarɩ."],
    "sil": ["Wɩa la ŋ bʋɔlɩɩ! Ŋ bɩɛŋ a kʋɔrɩŋ Tumu, ŋ ka jaŋ lɛ."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v94", QUOTA, HARD_NEGATIVES, "neg94")
    print(common.write_set(HERE, recs))
