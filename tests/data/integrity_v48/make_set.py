"""Build the v48 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v48/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v48: v47 and the sets before it are scored once at the end of their round and are tuning
sets from then on.  This set was written without looking at the detector (its rules, its word
lists, its tests, its benchmarks, or the passages of the other sets) and without running it on
these texts, and it was committed before the next round of detector changes; it is held out and
scored once, at the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as v49-v51 by different hands, on other topics.

The passages (passages_<lang>.txt) are new, and each language has its own topics, drawn mainly
from hydrofoils, bonsai, chocolate tempering, lightning, sheep shearing and stone quarries,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in
French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: how lightning forms (charge separation, stepped leader, return stroke), logging a foiling
      dinghy's ride height with `pyserial` and `pandas` (JupyterLab), a girl sweeping the board
      in her father's shearing shed at dawn (literary), wiring a juniper bonsai, tempering dark
      chocolate by seeding ("Sure!"), Portland stone and the rebuilding of London after 1666,
      dark chocolate mousse, an e-mail booking a shearing gang;
  fr: why a hydrofoil lifts out of the water, watering a bonsai with a Home Assistant
      automation (`numeric_state`, `delay`), a quarryman's lunch break in a Burgundy quarry
      (literary), what to do when a thunderstorm catches you on a hike, tempering chocolate in
      the microwave ("Bien sûr !"), Dalibard's lightning experiment at Marly-la-Ville (1752)
      and the Saint-Omer lightning-rod case, mendiants, hand shears versus electric clippers for
      a small flock, a letter to a bonsai club about a repotting workshop;
  es: why thunder rumbles and how far away the storm is, an AS3935 lightning detector on an
      Arduino with SparkFun's library (Arduino IDE), an old shearer in a Patagonian woolshed
      (literary), keeping a first Chinese elm bonsai alive, a first wing-foil lesson in Tarifa
      ("¡Claro!"), the marble quarries of Macael, thick hot chocolate, foiling versus ordinary
      windsurfing, an e-mail ordering bean-to-bar chocolate for a shop;
  de: fat bloom and sugar bloom on chocolate, the distance of a thunderstorm in Python
      (`time.perf_counter`, PyCharm), a travelling shearer on the Lüneburg Heath (literary),
      repotting a bonsai, a family trip to the Solnhofen limestone quarries ("Klar!"), Hanns von
      Schertel, Supramar and the hydrofoil, chocolate cookies with a soft centre, buying a
      bonsai at a nursery versus growing one from seed, a letter to the council about quarry
      blasting, locating a lightning strike from arrival-time differences (algorithm), the
      mechanical ride-height control of a foiling Moth, why domestic sheep must be shorn;
  it: why lightning strikes tall objects, a bonsai care log with `sqlite3` (Visual Studio
      Code), a marble quarryman above Colonnata (literary), tempering chocolate on a marble
      slab, three days in the Aeolian Islands by hydrofoil ("Certo!"), the Freccia del Sole and
      the Messina hydrofoil yards, chocolate salami, ficus indoors versus juniper outdoors, an
      e-mail to a farm stay about watching the shearing;
  pt: how a lightning rod works, analysing lightning strikes with `pandas` (Google Colab), an
      old quarryman at a marble quarry at dusk (literary), a first sheep shearing, starting an
      olive bonsai ("Claro!"), cocoa in São Tomé and Príncipe in the early twentieth century,
      brigadeiros, wing foil versus kitesurfing, a letter to the parish council about quarry
      lorries.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one, mostly topic words and rarer words (thunderclap, thunderhead, cloudburst,
rainstorm, betimes, eventide, airfoil, sailcloth, afterdeck, bowsprit, flagstone, stonecutter,
sandstone, crosscut, sawpit, lambskin, handpiece, shearwater, taproot, countertop,
bittersweet, buttercream, peppermint; parafoudre, entablement, marbrier, bonsaïste,
subséquemment, nonante, coupe-circuit, pare-soleil, croque-mitaine, pied-de-biche, pis-aller,
tire-laine, hydroptère, chocolaterie, tempérage, suint; marmolista, barrenero,
esquilador, chocolatero, semiamargo, aerodeslizador, radiotelescopio, medioambiente,
sobrecalentado, subacuático, parapente, ojiplático; Blitzableiter, Gewitterzelle, Kugelblitz,
Wetterleuchten, Schafschur, Kuvertüre, Temperiermaschine, Marmorplatte, Steinmetzmeister;
scalpellino, cavatore, lizzatura, tosatore, aliscafo, temperatrice, temperaggio, cioccolatiere,
ficodindia, contraccolpo, sordomuto; tosquiador, canteiro, hidrofólio, entreposto,
chocolateiro, temperagem, pedreiro), tool and brand names in lower case in prose (sqlfluff,
hexyl, xplr, espanso, asciinema; joshuto, fselect, dasel, kanata, papermill; csvlens, tabiew,
usql, trippy, fuzzel; harlequin, pgweb, sniffnet, keyd, jupytext, oha; grex, htmlq, erdtree,
kmon, dramatiq; jnv, qsv, datasette, meshlab, shoutrrr), code identifiers in snake_case and
camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles, German long
compounds and particle verbs with zu inside (Blitzschutzanlagenprüfbescheinigung,
Steinbruchrenaturierungskonzept, Kuvertüretemperiermaschine, abzubauen, loszusprengen,
abzukühlen, unterzurühren, vorzukristallisieren, abzuscheren, einzudrahten), clitics and
elisions (tempère-le-moi, taille-la-leur, quelqu'autre; templándolo, trasplántaselo,
esquílamela, atempéralo; tosatemela, regalatecelo; dá-ma, tosquiá-la-emos, podá-lo-ei,
enviar-lhos-ia, mostra-lha), names of people and places, and informal spellings and slang
(bougie, ded, doggo, chonky, dench, skrrt; la mif, t'es dingo, ringard, balèze, frangin,
flouze, poucave; morra, petar, jopé, porfi; Kohle, Knete, Kumpel, Karre, Brudi,
Feierabendbier, hasse, checkst; imbranato, paraculo, schiscetta, bischero; pitar, chumbar,
baldava, grana, zoar).  Texts in languages the detector does not judge (Wayuu, Shipibo-Konibo,
Tzotzil, Kaqchikel, Mohawk, Miskito, Garifuna, Réunion Creole), some with a glue in them, must
get no word finding at all.
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
        "Betimes the thunderhead rose over the quarry; a thunderclap, then a cloudburst, and by eventide the "
        "rainstorm had moved off, leaving the flagstone yard steaming while the stonecutter went back to "
        "the sandstone with a crosscut saw and the old sawpit filled with rain.",
        "On the afterdeck, under the sailcloth awning, we talked airfoil sections until the bowsprit dipped; "
        "later the shearer oiled his handpiece, tucked a lambskin under the bench and watched a shearwater "
        "skim the bay.",
        "The bittersweet ganache sits on the countertop beside the buttercream and a tin of peppermint "
        "crisps, and the bonsai on the sill, its taproot long since cut, is doing fine.",
        "I lint the queries with sqlfluff, peek at the sensor dumps with hexyl, browse the logs in xplr, "
        "expand my snippets with espanso and record the terminal demos with asciinema.",
        "The logger calls read_ride_height, passes each sample to smoothFoilHeight and then to "
        "telemetry.writer.flush_batch; config.wand_gain_ratio is read once in foil/ride_control.py, and "
        "test_ride_height_clamps_at_zero covers the edge case.",
        "The shearing roster is at https://woolshed.example.org/2027/roster#november and the bonsai notes at "
        "https://club.example.net/juniper/wiring?page=3; email gang-boss@shearing.example.co.nz or ping "
        "@bonsai_oriel. #shearing #bonsai",
        "Morwenna Oyelaran-Pryce drove from Worth Matravers to Oamaru with Hemi Ngarimu and Leopold "
        "Schwartzkopf, then flew on to Kalgoorlie to meet Ysolde Braithwaite.",
        "That doggo is chonky and the new foil is dench, no lie. The chocolate shop is well bougie, I'm ded. "
        "Skrrt, off we go.",
    ],
    "fr": [
        "Le marbrier et un jeune bonsaïste réparent l'entablement du vieux kiosque ; le parafoudre a sauté "
        "hier soir, et subséquemment le coupe-circuit aussi, si bien qu'on a dû forcer la porte au "
        "pied-de-biche.",
        "À la chocolaterie, le tempérage se fait à la main et dure, comme on dit en Suisse, nonante minutes ; "
        "on baisse le pare-soleil sur la vitrine, on raconte aux petits l'histoire du croque-mitaine et, faute "
        "de table froide, on se contente d'un pis-aller : une plaque de marbre sortie de la cave.",
        "Sur l'hydroptère on parle de la tonte, du suint qui graisse les mains, et d'un vieux tire-laine qui "
        "volait les toisons au marché de Gap.",
        "Je navigue dans mes dossiers avec joshuto, je cherche les fichiers avec fselect, je modifie le YAML "
        "avec dasel, je remappe le clavier avec kanata et je lance mes carnets avec papermill.",
        "Le script appelle lire_hauteur_vol, passe chaque mesure à lisserHauteurFoil puis à "
        "telemetrie.ecriture.vider_lot ; config.gain_palpeur est lu une fois dans "
        "foil/controle_vol.py, et test_hauteur_jamais_negative couvre le cas limite.",
        "Le programme de l'atelier est sur https://bonsai.exemple.fr/2027/rempotage#erables, les questions "
        "vont à atelier-bonsai@exemple.fr ou à @club_bonsai_lorient. #bonsai #erabledujapon",
        "Tempère-le-moi, puis taille-la-leur, et s'il en reste, donne quelqu'autre morceau à Bérangère et à "
        "Gurvan, qui partent de Comblanchien pour Lanslebourg, puis pour Saint-Amand-Montrond.",
        "T'es dingo, frangin ! Toute la mif était là, le gars était balèze, mais il avait pas un flouze, et "
        "son look ringard, franchement. Et pas de poucave, hein.",
    ],
    "es": [
        "El marmolista y el barrenero bajaron juntos de la cantera; el esquilador, en cambio, se quedó con "
        "el chocolatero, que le ofreció una tableta semiamarga mientras un parapente cruzaba el valle.",
        "En el museo hay un aerodeslizador, un radiotelescopio de juguete y un panel sobre el medioambiente; "
        "el motor sobrecalentado del dron subacuático dejó ojiplático al guía.",
        "Reviso los CSV con csvlens, exploro las tablas con tabiew, consulto cualquier base con usql, miro la "
        "ruta de red con trippy y abro los programas con fuzzel.",
        "El sensor llama a leer_distancia_tormenta, pasa cada evento a filtrarRuidoElectrico y luego a "
        "registro.rayos.guardar_evento; ajustes.umbral_ruido se lee una vez en detector/as3935_main.py, y "
        "test_descarta_perturbaciones cubre el caso raro.",
        "El catálogo está en https://chocolate.ejemplo.es/2027/tabletas#origen; los pedidos, a "
        "tiendas@chocolate.ejemplo.es o a @cacao_zaragoza. #chocolate #cacaodeorigen",
        "Templándolo despacio quedará brillante, atempéralo tú; trasplántaselo a Nahiara en primavera y "
        "esquílamela a la oveja negra antes de que llegue Casiano de Tarazona.",
        "Jopé, porfi, no vayas a petar el móvil otra vez. La morra de Jalisco dice que el foil es carísimo.",
    ],
    "de": [
        "Der Blitzableiter auf der Scheune stammt vom Steinmetzmeister; als die Gewitterzelle kam, sahen wir "
        "erst Wetterleuchten und dann einen Kugelblitz, der über die Marmorplatte im Hof zu rollen schien.",
        "Nach der Schafschur gab es Kuchen mit Kuvertüre, frisch aus der Temperiermaschine der Konditorei "
        "nebenan.",
        "Die Blitzschutzanlagenprüfbescheinigung fehlt, das Steinbruchrenaturierungskonzept liegt noch beim "
        "Amt, und die Kuvertüretemperiermaschine ist kaputt; wir haben vor, den Kalk weiter abzubauen, den "
        "Block vorsichtig loszusprengen und die Schokolade abzukühlen, unterzurühren und "
        "vorzukristallisieren.",
        "Es war nicht leicht, das Mutterschaf abzuscheren und den Ahorn danach noch einzudrahten.",
        "Ich prüfe SQL in harlequin, schaue mit pgweb in die Datenbank, beobachte den Verkehr mit sniffnet, "
        "belege die Tasten mit keyd um, verwalte die Notebooks mit jupytext und teste die Last mit oha.",
        "Das Skript ruft berechne_gewitter_abstand auf, gibt jeden Wert an glaetteBlitzZeiten und dann an "
        "wetter.speicher.schreibe_messung weiter; einstellungen.schall_temperatur wird einmal in "
        "gewitter/abstand_rechner.py gelesen.",
        "Die Führung steht unter https://steinbruch.beispiel.de/2027/fossilien#kinder, Fragen bitte an "
        "fuehrungen@steinbruch.beispiel.de oder an @solnhofen_klopfer. #Plattenkalk #Fossilien",
        "Hasse mal Kohle? Mein Kumpel Brudi will seine Karre verkaufen, checkst du das? Dann gibt's "
        "Feierabendbier, aber ohne Knete läuft bei Imke und Fokko aus Bad Oeynhausen gar nichts.",
    ],
    "it": [
        "Lo scalpellino e il cavatore ricordano la lizzatura, quando i blocchi scendevano a Carrara; il "
        "tosatore, invece, arriva dalla Barbagia solo in maggio.",
        "Sull'aliscafo il cioccolatiere parlava di temperaggio e di una temperatrice nuova; poi, per il "
        "contraccolpo dell'onda, gli cadde di mano un ficodindia, e un ragazzo sordomuto lo raccolse "
        "ridendo.",
        "Genero le espressioni regolari con grex, estraggo i dati dalle pagine con htmlq, guardo le cartelle "
        "con erdtree, controllo i moduli del kernel con kmon e metto in coda i lavori con dramatiq.",
        "Il programma chiama registra_intervento, passa ogni pianta a calcolaProssimoRinvaso e poi a "
        "archivio.bonsai.salva_scheda; impostazioni.giorni_concime viene letto una volta in "
        "bonsai/registro_cure.py.",
        "Gli orari sono su https://eolie.esempio.it/2027/aliscafi#lipari; le prenotazioni a "
        "biglietti@eolie.esempio.it oppure a @aliscafi_milazzo. #eolie #aliscafo",
        "Tosatemela bene, questa pecora, e regalatecelo, quel formaggio: Sigfrido e Zelinda vengono da "
        "Fosdinovo con Gavino di Orgosolo.",
        "Quel bischero del mio collega è proprio imbranato col filo, ma è un paraculo: si è portato la "
        "schiscetta e ha mangiato il salame di cioccolato di tutti.",
    ],
    "pt": [
        "O tosquiador e o canteiro encontraram-se no entreposto; o pedreiro falou de mármore, o "
        "chocolateiro explicou a temperagem, e alguém trouxe a foto de um hidrofólio antigo no Tejo.",
        "Dá-ma amanhã; tosquiá-la-emos na sexta, podá-lo-ei no domingo e enviar-lhos-ia por correio, mas "
        "mostra-lha primeiro ao Teodósio.",
        "Filtro o JSON com jnv, trato os CSV grandes com qsv, publico os dados com datasette, abro as "
        "malhas 3D com meshlab e mando os alertas com shoutrrr.",
        "O script chama ler_descargas_eletricas, passa cada linha a normalizarIntensidade e depois a "
        "mapa.trovoadas.desenhar_pontos; definicoes.raio_maximo_km é lido uma vez em "
        "raios/analise_horaria.py.",
        "O regulamento está em https://pedreiras.exemplo.pt/2027/transporte#carga; as queixas vão para "
        "junta-freguesia@exemplo.pt, ou mencione @moradores_borba. #pedreiras #borba",
        "A Rosalina e o Sebastião vieram de Vila Viçosa com o Olímpio de Bencatel e a Deolinda de "
        "Alandroal, e depois seguiram para Pardais.",
        "Ele chumbou outra vez porque se baldava às aulas; pitar com a malta é que não falha, e grana, nem "
        "vê-la. Para de zoar comigo!",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "guc": ["Jamaya pia? Anasü taya. Eesü wüin sulu'u pünaa, otta ayatajaa juyá je ka'i süpüla wayuu."],
    "shp": ["Nokon xobo ra Paro ketash iki. Jakon kené akai nokon titan, ja ribi jakonma iki jeneshamanra."],
    "tzo": ["Mi lek oyot? Lekoyun, kolaval. Ta xtal chauk ta Jobel, ta xtal vo' ta k'ak'al."],
    "cak": ["Xseqer, achike ab'i'? Nub'i' Ixchel, in k'o wawe' pa Chi Xot. Matyox chawe."],
    "moh": ["Shé:kon sewakwé:kon! Niá:wen tánon ó:nen ki' wáhi."],
    "miq": ["Naksa, nakisma? Yang pain sa, tingkipali."],
    "cab": ["Buiti binafi! Ida biangi? Seremein luagu hareiba, buitisan."],
    "rcf": ["Bonzour, koman i lé? Lé bon, mèrsi. Zordi nou sa manz in kari poul ek in rougay, apré nousa "
            "fé in ti somèy anba pié d'manguié."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v48", QUOTA, HARD_NEGATIVES, "neg48")
    print(common.write_set(HERE, recs))
