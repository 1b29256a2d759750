"""Build the v58 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v58/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v58: the sets before it are scored once at the end of their round and are tuning sets
from then on.  This set was written without looking at the detector's rules, code or word
lists and without running the detector on these texts, and it is committed before the next
round of detector changes; it is scored once, at the end of that round.  Rules, labels and
corruption kinds are v3's, through ``tests/data/integrity_common.py`` (hunspell decides every
label), with v7's quota, as in v9.

The passages (passages_<lang>.txt) are new, written by a different hand, with topics drawn
mainly from street food stalls, canoe building, ice rinks, seed banks, letterpress printing and
firefly watching; each language has its own topics, in the registers of LLM answers (an
explanation, a technical answer with code spans and a product name, a literary paragraph,
step-by-step advice, a "Sure! Here's..." reply, a historical summary, a recipe, an opinion, a
letter or e-mail); eight in English, nine in French, Spanish, Italian and Portuguese, twelve in
German (no glue of two content words there):
  en: why some fireflies flash in unison (Elkmont), counting firefly flashes in a video with
      OpenCV (`cv2.VideoCapture`, `cv2.threshold`, `cv2.findContours`, PyCharm), a noodle-stall
      keeper closing up in the rain at midnight (literary), steam-bending the ribs of a wood and
      canvas canoe, taking two small children to an ice rink for the first time ("Sure!
      Here's..."), the Millennium Seed Bank at Wakehurst, Mexican street corn (elotes), an
      e-mail applying for a steamed-bun stall at a night market;
  fr: why the ice is smooth after the resurfacing machine, the temperature of a garden rink
      with pandas (`read_csv`, `rolling`, matplotlib, Spyder), an old crêpe seller under her
      tarpaulin in winter (literary), watching glow-worms in a garden, letterpress wedding
      invitations on a platen press ("Bien sûr ! Voici..."), the birch-bark canoe of New France
      and the canots de maître, socca niçoise, indoor versus outdoor rinks, a letter to the
      mayor about a seed library (grainothèque) at the media library;
  es: why seeds live for decades in a gene bank, the order queue of a taco stall in
      JavaScript (`push`, `shift`, `setInterval`, `Intl.NumberFormat`, Visual Studio Code), a
      boy seeing fireflies for the first time in a farmyard (literary), learning to fall and get
      up on the ice, names for a taco stall ("¡Claro! Aquí tienes..."), the printer Joaquín
      Ibarra, tacos al pastor in a frying pan, cedar strip versus stitch-and-glue plywood
      canoes, an e-mail asking about a letterpress course;
  de: why the ice in a rink is white underneath, counting glow-worm flashes with a Raspberry Pi
      Pico in MicroPython (`machine.ADC`, `time.ticks_ms()`, Thonny), a woman at her snack
      van by the station at midnight (literary), cleaning the rollers of a platen press, a
      glow-worm walk with children ("Klar! Hier ist..."), the döner kebab in 1970s Berlin,
      currywurst sauce, a frozen lake versus the ice hall, a letter offering seeds to a
      library's seed library, the Wilson interval for germination tests (algorithm), how a
      platen press works, why a canoe tips over (centre of gravity);
  it: why fireflies are becoming rare, counting the lead type a text needs with
      `collections.Counter` (`most_common()`, IDLE), a fish-fry seller at the harbour at dawn
      (literary), sharpening ice skates, a weekend building a stitch-and-glue plywood canoe
      ("Certo! Ecco..."), Giambattista Bodoni in Parma, the lampredotto sandwich, a seed bank
      versus farmers keeping varieties in the field, a letter to a park asking to switch off
      street lamps for a firefly walk;
  pt: why a firefly's light is cold (luciferin), a food van's menu in Flask (`jsonify`,
      `@app.route`, `render_template`, `flask run`, Visual Studio Code), a grandfather watching
      his granddaughter on a Christmas ice rink (literary), caring for a varnished wooden
      canoe, organising a seed swap ("Claro! Aqui estão..."), the Impressão Régia in Rio de
      Janeiro (1808), farturas, letterpress versus digital wedding invitations, a letter
      offering family bean varieties to a seed bank.

The hard negatives are new too, six per judged language: words the language itself writes as
one, mostly topic words and rarer forms since the common closed-class compounds are used up
(inwale, outwale, sternman, pushcart, handcart, curbside, printshop, inkstand, newsprint,
glowworm, seedbed, seedpod, rinkside, kneepad, typeset, linocut, hotcake, sidewalk, takeout,
streetwise, firelight, uptown, whitewater, forehand, thereout; ensuite, surcroît, parterre,
piédestal, sourdine, mille-pattes, on-dit, typographe, interligne, bas-de-casse, luciole,
essuie-mains, tire-fesses, lave-linge, soupirail, malaise; luciérnaga, tipógrafo, bocadillo,
picahielos, escurreplatos, vendehúmos, linotipia, entreplanta, contrachapado, balompié,
malvavisco; anstelle, voneinander, umeinander, beieinander, zueinander,
auseinanderzureißen, Eisschnelllaufbahn, Kunsteisbahnbetreiberin, Saatgutgenbank, Setzkastenregal,
Kältemittelkreislauf, Imbisswagenbetreiber; passaporto, terremoto, tipografo, lucciola,
compensato, pattinatore, lungolago, perditempo; tipógrafo, caça-níqueis, roulote,
contraplacado, pica-gelo, entreaberta), tool names in lower case in prose (darcs, pijul,
zstd, pigz, lighttpd, memcached, aria2c, diffoscope, meld, kdiff3, fossil, groff, mapserver,
seaweedfs, keydb, questdb, redash, promtail, kitchenowl), code identifiers in snake_case and
camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles, German long
compounds and particle verbs with zu inside (nachzufetten, einzufärben, einzuölen,
auszusäen, nachzuwalzen, abzuziehen, zurechtzubiegen), clitics and elisions (envoie-le-moi,
vends-les-leur; pruébatelos, límpiamelos, súbeselas; fatteli, portatemeli, rendetecelo,
vendiglieli, scrivimelo; dar-vo-lo-ia, vendê-las-ia), names of people and places, and informal
spellings and slang (noob, ghosted, adulting, hangry, gtg, tix, defo; ouech, mgl, mskn;
buenardo, crush, ghostear, mñn, bbs, nms, holi; tschausen, gscheit, okidoki, yalla, goofy;
frate, ghostato, shippare, spoilerato, triggerato, accollo, bufu; migo, kk, pdc); and texts in
languages the detector does not judge (Mizo, Khasi, Garo, Kokborok, Ao Naga, Hakha Chin,
Tedim Chin, Jingpho), some with a glue in them, which must get no word finding at all.
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
        "He clamped the inwale and the outwale together while the sternman held the rib; outside, a pushcart "
        "and a handcart stood at the curbside, and the old printshop next door still kept an inkstand and a "
        "stack of newsprint in the window.",
        "A glowworm shone at the edge of the seedbed, beside a split seedpod, while rinkside the kids pulled on "
        "a kneepad each and argued whether the menu was typeset or a linocut; thereout came a smell of hotcake "
        "batter from the takeout on the sidewalk.",
        "For the stall's laptop I keep the history in darcs and the recipes in pijul, compress the nightly "
        "dumps with zstd and pigz, serve the menu with lighttpd behind memcached, and pull big files with "
        "aria2c.",
        "The handler calls load_stall_orders, passes each row to formatTicketLine and then to "
        "kitchen.printer.queue_job; config.max_wait_seconds is read once in stalls/order_router.py, and "
        "test_refund_after_close covers the odd case.",
        "The canoe plans are at https://plans.example.org/2028/cedar-strip-16ft#ribs and the forum thread at "
        "https://forum.example.net/t/steam-box-help/8841; write to builds@example.org or ping "
        "@paddle_oyelaran. #canoebuilding #whitewater",
        "I'm hangry and ghosted by the group chat, adulting is a lot, gtg, got tix for the uptown "
        "rink tonight, defo not a noob on my forehand anymore. Tunde and Siobhan are driving down from "
        "Saskatoon and Fairbanks.",
    ],
    "fr": [
        "Le typographe a ensuite réglé l'interligne, rangé les bas-de-casse et, pour surcroît de prudence, "
        "posé la casse sur un piédestal ; dans le parterre, une luciole brillait en sourdine près d'un "
        "mille-pattes.",
        "Selon un on-dit du quartier, le vieux soupirail de la crêperie laisse passer l'odeur du lave-linge, "
        "et un malaise s'installe quand on cherche les essuie-mains ; à la station, le tire-fesses était en "
        "panne.",
        "Pour comparer les épreuves, j'utilise diffoscope, meld ou kdiff3 ; le catalogue de l'atelier vit "
        "dans un dépôt fossil, les notices sont écrites avec groff, et la carte des marchés est servie par "
        "mapserver.",
        "La tâche appelle charger_commandes_stand, passe chaque ligne à formaterTicketCuisine puis à "
        "cuisine.imprimante.envoyer_travail ; reglages.attente_max_secondes est lu une fois dans "
        "stands/routeur_commandes.py.",
        "Le programme est sur https://patinoire.exemple.fr/2028/seances-publiques#soiree, les questions "
        "vont à accueil-glace@exemple.fr ou à @patin_quimper. #patinoire #glisse",
        "Ouech, mgl, envoie-le-moi vite et vends-les-leur demain, mskn le pauvre il a tout raté. Gwendoline "
        "et Ronan descendent de Morlaix à Douarnenez, puis à Paimpol chez Maïwenn.",
    ],
    "es": [
        "Anoche vimos una luciérnaga en la entreplanta del taller del tipógrafo, junto a la vieja linotipia; "
        "él comía un bocadillo mientras buscaba el picahielos en el escurreplatos.",
        "El vendehúmos del barrio hablaba de balompié y de malvavisco a la vez, y juraba que su canoa de "
        "contrachapado era la mejor del lago.",
        "Guardamos los archivos de la pista en seaweedfs, la caché en keydb, las temperaturas del hielo en "
        "questdb, los paneles en redash y los registros con promtail.",
        "El servicio llama a cargar_pedidos_puesto, pasa cada fila a formatearTicketCocina y luego a "
        "cocina.impresora.enviar_trabajo; ajustes.espera_maxima_segundos se lee una vez en "
        "puestos/enrutador_pedidos.py.",
        "Las bases están en https://semillas.ejemplo.es/2028/intercambio-otono#variedades; las dudas, a "
        "banco-semillas@ejemplo.es o a @semillas_cuenca. #bancodesemillas #huerta",
        "Holi, pruébatelos y súbeselas a tu madre, luego límpiamelos, porfis. Mñn nos vemos, nms, qué "
        "buenardo el crush de Xiomara, no lo vayas a ghostear, bbs. Vamos de Chiclayo a Huancayo con "
        "Ximena y Eleuterio.",
    ],
    "de": [
        "Anstelle der alten Eisschnelllaufbahn plant die Kunsteisbahnbetreiberin nun eine Halle, in der "
        "Kältemittelkreislauf und Lüftung "
        "voneinander getrennt laufen.",
        "Die Saatgutgenbank bat darum, die Tüten nicht auseinanderzureißen: Verwandte Sorten sollen im selben "
        "Fach beieinander sein, damit man sieht, wie sie zueinander stehen, während draußen der "
        "Imbisswagenbetreiber mit seinem Setzkastenregal wartete und zwei Glühwürmchen umeinander kreisten.",
        "Bevor die Presse wieder läuft, ist die Walze nachzufetten, die Form einzufärben, das Lager "
        "einzuölen, die Probe abzuziehen und nachzuwalzen; im Garten gilt es, Salat auszusäen und den Draht "
        "zurechtzubiegen.",
        "Ich versioniere die Kassendaten mit darcs, packe die Backups mit zstd, liefere die Speisekarte mit "
        "lighttpd aus und lade große Dateien mit aria2c herunter; die Unterschiede zeigt mir meld.",
        "Die Funktion lade_imbiss_bestellungen reicht jede Zeile an formatiereBon und dann an "
        "kueche.drucker.sende_auftrag weiter; einstellungen.max_wartezeit_s steht in "
        "imbiss/bestell_router.py, Fragen an kasse@beispiel.de oder @imbiss_goerlitz, Doku unter "
        "https://doku.beispiel.de/2028/bondrucker#fehler. #imbiss",
        "Tschausen, Leute, war gscheit schön heute, okidoki, bis morgen! Yalla, der Film war goofy. Wiebke und "
        "Hinnerk fahren mit Ludgera aus Wernigerode nach Quedlinburg und dann nach Bautzen.",
    ],
    "it": [
        "Sul lungolago il tipografo, che non è certo un perditempo, ha mostrato una lucciola al pattinatore "
        "mentre caricavano la canoa di compensato; poi ha cercato il passaporto, perso dopo il terremoto.",
        "Fatteli spedire subito, portatemeli entro venerdì e rendetecelo pulito; vendiglieli pure, ma "
        "scrivimelo prima.",
        "In bottega uso diffoscope e meld per confrontare le bozze, groff per i foglietti, memcached davanti "
        "al sito e kitchenowl per la lista della spesa del chiosco.",
        "Il servizio chiama carica_ordini_chiosco, passa ogni riga a formattaScontrino e poi a "
        "cucina.stampante.invia_lavoro; impostazioni.attesa_massima_s viene letto una volta in "
        "chioschi/instradatore_ordini.py.",
        "Il programma è su https://lucciole.esempio.it/2028/serate-al-buio#giugno; le domande a "
        "serate-buio@esempio.it oppure a @lucciole_urbino. #lucciole #cielobuio",
        "Frate, che accollo, mi ha spoilerato tutto e poi mi ha ghostato, sono triggerato, bufu. Vado a "
        "shippare la coppia del film. Ottaviano e Benedetta vanno da Spoleto a Matera e poi a Cividale.",
    ],
    "pt": [
        "O tipógrafo deixou a porta entreaberta, estacionou a roulote junto da "
        "oficina, guardou a canoa de contraplacado e o pica-gelo e ainda jogou numa máquina caça-níqueis.",
        "Ele disse que amanhã vos traria o livro e dar-vo-lo-ia em mão; quanto às broas, vendê-las-ia todas "
        "na feira de domingo.",
        "Guardo as receitas da roulote num repositório pijul, comprimo as cópias com pigz, sirvo o menu com "
        "lighttpd e uso o kitchenowl para as compras.",
        "A função carregar_pedidos_roulote passa cada linha a formatarTalao e depois a "
        "cozinha.impressora.enviar_trabalho; definicoes.espera_maxima_s é lida uma vez em "
        "roulotes/encaminhador_pedidos.py.",
        "As regras estão em https://sementes.exemplo.pt/2028/troca-de-primavera#variedades; as dúvidas vão "
        "para troca-sementes@exemplo.pt, ou mencione @sementes_braganca. #trocadesementes #horta",
        "Kk, migo, pdc, amanhã vamos todos! A Filomena e o Anacleto vêm de Mirandela e de Elvas, e a Jucélia "
        "de Maceió.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "lus": ["Vawiin hi ruah a sur nasa hle a, in ah kan awm ang. Zanah chuan kan chhungte nen "
            "thingpui kan dawn thin."],
    "kha": ["Mynta ka sngi, nga la leit sha iew bad nga la thied ka dohkha. Ha Shillong ki briew ki "
            "ieit ban bamja ha ka iew."],
    "grt": ["Anga Tura-o donga. Salo salo anga bazaro re·anga."],
    "trp": ["Ang tini bazar o thangkha. Nwng chini nok o phaidi."],
    "njo": ["Ni Mokokchung nung aliba. Ozü tanur ka arep ajak nung ajanga."],
    "cnh": ["Kei cu Hakha ah ka um. Nihin cu ruah a sur caah inn ah kanum."],
    "ctd": ["Kei Tedim ah ka teng hi. Tuni in vuah a zu ahih manin inn ah ka om hi."],
    "kac": ["Ngai gaw Myitkyina kaw nga ai. Dai na gaw graimai kaja ai."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v58", QUOTA, HARD_NEGATIVES, "neg58")
    print(common.write_set(HERE, recs))
