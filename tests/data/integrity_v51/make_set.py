"""Build the v51 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v51/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v51: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or its benchmark results) and without running it on these texts, and is committed before
the next round of detector changes; it is scored once, at the end of that round.  Rules, labels
and corruption kinds are v3's, through ``tests/data/integrity_common.py`` (hunspell decides every
label), with v7's quota.

The passages (passages_<lang>.txt) are new, and each language has its own topics, drawn mainly
from escalators, truffle hunting, calligraphy and hand lettering, snow leopards, barrel making
and brass bands, written in the registers of LLM answers (an explanation, a technical answer
with code spans and a product name, a literary paragraph, step-by-step advice, a "Sure!
Here's..." reply, a historical summary, a recipe, an opinion, a letter or e-mail); eight in
English, nine in French, Spanish, Italian and Portuguese, twelve in German (no glue of two
content words there):
  en: how snow leopards survive the cold, calligraphy guideline sheets with reportlab, an old
      cooper raising barrels at dawn (literary), starting hand lettering with a brush pen, a
      warm-up routine for a brass band ("Sure!"), the invention of the escalator, truffle
      tagliolini, an e-mail asking to join a brass band as second cornet;
  fr: why truffles grow under oaks (mycorrhiza), transposing a fanfare score with music21, a
      calligrapher at her window (literary), preparing a new barrel before filling it, facts
      about the snow leopard ("Bien sûr !"), the mining-town harmonies of northern France,
      brouillade aux truffes, escalator or stairs in the metro, a letter to the mayor about a
      broken station escalator;
  es: the snow leopard's camouflage, counting people on an escalator with OpenCV, a village
      band at dawn on the feast day (literary), starting English roundhand with a pointed nib,
      a first truffle hunt around Teruel ("¡Claro!"), the sherry casks of Jerez and the
      solera, scrambled eggs with mushrooms and truffle, oak barrel versus steel tank, an
      e-mail asking about a calligraphy course;
  de: why the snow leopard's tail is so long, a handwriting font with FontForge's Python
      module, a village cooper at daybreak (literary), joining a brass band as an adult, a
      packing list for a truffle hunt in Piedmont ("Klar!"), Blasmusik in Bavaria and
      Bohemia, truffle mashed potatoes, fountain pen versus brush pen for lettering, a letter
      to the transport company about a broken escalator, simulating standing versus walking
      on an escalator (algorithm), how an escalator works, why truffles smell so strong;
  it: how a truffle dog finds a buried truffle, rehearsal attendance for a band with pandas,
      a trifolao and his dog at night in the Langhe (literary), cleaning a trumpet, facts
      about the snow leopard ("Certo!"), Renaissance calligraphy and the cancelleresca,
      tajarin with white truffle, escalators versus lifts in metro stations, a letter to a
      cooper ordering a set of casks for balsamic vinegar;
  pt: how the snow leopard copes with thin air, an Arduino model escalator that stops when
      idle, an old cooper in Vila Nova de Gaia (literary), learning brush lettering, a
      summer programme for a filarmónica ("Claro!"), the history of the bandas filarmónicas,
      scrambled eggs with truffle, truffle dog versus truffle pig, an e-mail to the metro
      about a stopped escalator.

The hard negatives are new too, six per judged language: words the language itself writes as
one, mostly topic words that look like two short words joined (bandmaster, bandstand,
overcoat, upbeat, downbeat, offbeat, stairwell, woodshed, cooperage, outbuilding, hogshead,
firkin, barrelhead, hardwood, bunghole, treeline, mountainside, slipway, penmanship, inkstone;
tonnellerie, tonnelet, trufficulteur, cul-de-lampe, bec-de-cane, contre-chant, saxhorn,
soubresaut, boute-en-train, maintes, souventefois, sac-à-dos, lance-pierre, tête-à-queue,
savoir-faire, partant; tonelería, tonelero, truficultor, trufera, portaestandarte,
caligrafía; dortzulande, zuhinterst, dessentwegen, vorbeizwängen, and the long compounds
Rolltreppenhandlaufreinigungsfirma, Fassbindermeisterbetrieb, Blechbläserregisterprobe; bottaio, trifolao, tartufaio, oltretomba, giravolta, tuttofare, malavoglia;
tanoaria, tanoeiro, trufeiro, leopardo-das-neves, corrimão), tool and brand names in lower
case in prose (sccache, gleam, tox, nox, espanso, kanata, raycast, karabiner, bruno), code
identifiers in snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and
@handles, German long compounds and particle verbs (with zu inside: einzustimmen,
anzuzapfen, aufzuspüren), clitics and elisions (donnez-les-lui, garde-la-moi, confie-la;
tráigamela; fategliela, mandateglielo; entregá-lo-ás, trazer-lhas-ia), names of people and
places, and informal spellings (yknow, vibe check, glowup, big yikes, maccas; cheh, sah,
miskine, frangin, narvalo, mékeskidi, bécane, jpense, trop ouf; postureo, bocachancla,
chupipandi, chabón, copado, joya, k tal; wyld, bre, gediegen; ganassa, sborone, bauscia,
gggente, dmn, bacioni; tótil, chungaria, curtes, fulo); and texts in languages the detector does not judge (Ripuarian
(Kölsch), Palatine German, Emilian, Romagnol, Wymysorys, Judaeo-Spanish (Ladino, Latin
script), Inari Sami, Skolt Sami), some with a glue in them, which must get no word finding at
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
        "The bandmaster climbed onto the bandstand in a heavy overcoat, gave one upbeat with the baton, and "
        "the whole band came in on the downbeat, while the kids by the stairwell clapped on the offbeat as if "
        "they had practised it in a woodshed all summer.",
        "Behind the old cooperage stands an outbuilding where a hogshead, a firkin and a spare barrelhead of "
        "hardwood wait for repairs; from the slipway you can see the treeline high on the mountainside, and a "
        "cork still plugs the bunghole of the oldest cask.",
        "At work I cache Rust builds with sccache, write the small services in gleam, run the Python tests "
        "through tox and nox, expand snippets with espanso, remap keys with kanata at home and karabiner on the "
        "office laptop, launch everything from raycast and poke the staging API with bruno.",
        "The controller calls read_step_chain_tension, passes the value to computeHandrailDrift and then to "
        "escalator.safety.brake_monitor.check_overspeed; config.idle_timeout_s is read once in "
        "drivers/comb_plate_sensor.py, and test_stops_on_missing_step covers the rare case.",
        "The field notes are at https://wiki.example.org/2027/snow-leopard-survey/camera-traps#hemis and the "
        "raw photos at https://data.example.net/uncia/2027/ladakh/; write to leopard-survey@example.org or "
        "ping @ladakh_tsering. #snowleopard #cameratrap",
        "Tsering Angmo drove from Leh to Hemis with Dorje Namgyal and Henrietta Blackwood-Oyelaran, and later "
        "they met Ottoline Fairweather in Kargil. Yknow what, big yikes, that road was rough, vibe check "
        "failed, but the glowup after a shower and a maccas run in Delhi was real.",
    ],
    "fr": [
        "Dans la tonnellerie, le tonnelier range un tonnelet sous un cul-de-lampe sculpté, près du bec-de-cane "
        "de la porte ; le trufficulteur d'à côté passe souventefois, et maintes fois il raconte son "
        "tête-à-queue sur le verglas, en vrai boute-en-train.",
        "Le saxhorn reprend le contre-chant pendant que les trompettes se taisent ; un soubresaut des "
        "tambours, puis la marche repart, et partant, le savoir-faire de la fanfare se voit surtout dans les "
        "nuances. Le sac-à-dos du petit contenait un lance-pierre.",
        "Au bureau, sccache garde en cache les compilations, les petits services sont écrits en gleam, tox et "
        "nox lancent les tests, espanso complète les formules de politesse, kanata remappe le clavier et "
        "bruno interroge l'API de recette.",
        "Le contrôleur appelle lire_tension_chaine, passe la valeur à calculerDeriveMainCourante puis à "
        "escalier.securite.frein.verifier_survitesse ; config.delai_veille_s est lu une fois dans "
        "pilotes/capteur_peigne.py.",
        "Le programme est sur https://wiki.exemple.fr/2027/fanfare-saint-omer/repertoire#marches, les "
        "inscriptions se font à fanfare-inscriptions@exemple.fr ou auprès de @cuivres_solenne. "
        "#fanfare #cuivres",
        "Donnez-les-lui demain et garde-la-moi jusqu'à lundi, ou confie-la à quelqu'un d'autre : Solenne et "
        "Maëlan partent d'Hazebrouck pour Saint-Omer. Cheh, sah, le frangin de Yanis a raté le train, "
        "miskine ; jpense qu'il est narvalo, mékeskidi avec sa bécane, trop ouf.",
    ],
    "es": [
        "En la tonelería del pueblo, el tonelero enseña a un truficultor a reparar una barrica, mientras el "
        "portaestandarte de la banda espera fuera; la trufera está a dos kilómetros y el taller de caligrafía, "
        "justo encima.",
        "Tráigamela mañana, por favor, y dígale a Remedios que la partitura de la marcha mora la tiene Fulgencio "
        "Arriaga, que se fue de Alcañiz a Sarrión y luego a Mora de Rubielos con su hermana Eulalia.",
        "En la oficina compilamos con sccache, los servicios pequeños están escritos en gleam, las pruebas de "
        "Python las lanzan tox y nox, espanso rellena los saludos, kanata cambia el teclado y con bruno "
        "probamos la API.",
        "El controlador llama a leer_tension_cadena, pasa el valor a calcularDerivaPasamanos y luego a "
        "escalera.seguridad.freno.comprobar_sobrevelocidad; config.espera_reposo_s se lee una vez en "
        "controladores/sensor_peine.py.",
        "El calendario está en https://wiki.ejemplo.es/2027/trufa-negra/salidas#enero y las reservas, en "
        "salidas-trufa@ejemplo.es, o escribe a @trufa_teruel_amparo. #trufanegra #teruel",
        "Qué postureo, tío, el bocachancla de Nacho subió una foto con toda la chupipandi; el chabón es "
        "copado, eso sí, y la cena salió joya. K tal todo?",
    ],
    "de": [
        "Die Rolltreppenhandlaufreinigungsfirma, der Fassbindermeisterbetrieb und die "
        "Blechbläserregisterprobe haben vor, am Samstag anzufangen, die Instrumente einzustimmen, das Fass "
        "anzuzapfen und im Wald die Trüffel aufzuspüren.",
        "Dortzulande stellt man das größte Fass zuhinterst in den Keller, dessentwegen muss man sich mit der "
        "Lampe an allen anderen vorbeizwängen, bevor man es überhaupt anzapfen kann.",
        "Im Büro cachen wir die Builds mit sccache, die kleinen Dienste sind in gleam geschrieben, tox und nox "
        "starten die Tests, espanso ergänzt die Grußformeln, kanata belegt die Tastatur um und mit bruno "
        "testen wir die API.",
        "Die Steuerung ruft read_step_chain_tension auf, reicht den Wert an computeHandrailDrift und dann an "
        "escalator.safety.brake_monitor.check_overspeed weiter; config.idle_timeout_s wird einmal in "
        "drivers/comb_plate_sensor.py gelesen.",
        "Die Noten liegen unter https://wiki.beispiel.de/2027/musikkapelle-wolfratshausen/noten#maersche, "
        "Anmeldungen bitte an kapelle-anmeldung@beispiel.de oder an @blasmusik_korbinian. #blasmusik "
        "#musikkapelle",
        "Bre, das Konzert war wyld, voll gediegen. Korbinian und Walburga aus Wolfratshausen kamen mit "
        "Xaver aus Bad Tölz, und Kreszenz hat die Tuba geschleppt, stell dir das mal vor.",
    ],
    "it": [
        "Il bottaio di Modena aspettava il trifolao e un tartufaio di Alba, ma nessuno dei due arrivò: uno era "
        "a casa con la malavoglia, l'altro faceva il tuttofare in una sagra dove la banda suonava una "
        "giravolta dopo l'altra, roba dell'oltretomba.",
        "Fategliela assaggiare subito e mandateglielo entro sabato, il barattolo di aceto: Ermenegildo e "
        "Clotilde partono da Castelvetro per Spilamberto, poi per Maranello da zia Gelsomina.",
        "In ufficio compiliamo con sccache, i servizi piccoli sono scritti in gleam, tox e nox lanciano i "
        "test, espanso completa le formule di saluto, kanata rimappa la tastiera e con bruno proviamo le API.",
        "Il controllore chiama leggi_tensione_catena, passa il valore a calcolaDerivaCorrimano e poi a "
        "scala.sicurezza.freno.verifica_sovravelocita; config.attesa_riposo_s viene letto una volta in "
        "driver/sensore_pettine.py.",
        "Il programma è su https://wiki.esempio.it/2027/banda-cittadina/repertorio#marce, le iscrizioni a "
        "banda-iscrizioni@esempio.it oppure scrivete a @ottoni_ermenegildo. #bandamusicale #ottoni",
        "Ieri sera la sagra spaccava, il cugino di Ettore fa il ganassa e lo sborone, un vero bauscia, ma "
        "che gggente simpatica, dai; ci vediamo dmn, bacioni.",
    ],
    "pt": [
        "Na tanoaria da família, o tanoeiro mais velho mostrou ao trufeiro uma pipa antiga, enquanto o neto "
        "desenhava um leopardo-das-neves no caderno e deslizava a mão pelo corrimão da escada.",
        "Entregá-lo-ás amanhã ao maestro, e ele trazer-lhas-ia logo, as partituras, se o Anacleto e a "
        "Filomena não tivessem ido de Peso da Régua para Lamego e depois para Vila Real.",
        "No escritório compilamos com o sccache, os serviços pequenos estão escritos em gleam, o tox e o nox "
        "correm os testes, o espanso completa as saudações, o kanata muda o teclado e com o bruno testamos a "
        "API.",
        "O controlador chama ler_tensao_corrente, passa o valor a calcularDerivaCorrimao e depois a "
        "escada.seguranca.travao.verificar_excesso_velocidade; config.espera_repouso_s é lido uma vez em "
        "controladores/sensor_pente.py.",
        "O programa está em https://wiki.exemplo.pt/2027/filarmonica-lamego/repertorio#marchas e as "
        "inscrições vão para filarmonica-inscricoes@exemplo.pt, ou mencione @metais_anacleto. "
        "#filarmonica #bandas",
        "Aquilo foi tótil, juro! Curtes bandas filarmónicas? Eu curto, mas a chungaria no fim estragou "
        "tudo e o Anacleto ficou fulo com os putos.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "ksh": ["Mer sin jestern met der Rolltrapp en de Stadt jefahre, un dann simmer en et Brauhaus "
            "jejange. Et hätt noch immer jot jejangeun dat bliev och esu."],
    "pfl": ["Am Sunndag simmer uff die Kerwe gange, un do hot die Blosmusik bis in die Nacht nei gspielt. "
            "Ich hab der's jo gsaat, awwer du hoschtnet zugheert."],
    "egl": ["Stamatéina a sån andè in piàza a sintîr la bànda, e pò a sån turnè a cà a magnèr i turtlén "
            "con la mî nôna."],
    "rgn": ["Dmenga a sém andé a sintì la bânda in piaza, e pu a sém turné a ca a magnê i caplét cun "
            "la mi mâma, ch'la jè una brêva cuga."],
    "wym": ["Ynzer Foter, dy byst ym hymmel, gyhełikt wada dajn noma. Wymysoü ej a kłejny sztot."],
    "lad": ["Mi nona me kontava konsejas en la kuzina kuando azia borekas para el Shabat, i todos los "
            "inyetos se asentavanalderredor de eya."],
    "smn": ["Puorist! Mun lam Aanaarist já sarnum anarâškielâ. Täälvi lii kolmâ já muotâ lii ennâ."],
    "sms": ["Tiõrv! Mon sååʹrnem nuõrttsääʹmǩiõl, da mij jie'llep Čeʹvetjäuʹrest."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v51", QUOTA, HARD_NEGATIVES, "neg51")
    print(common.write_set(HERE, recs))
