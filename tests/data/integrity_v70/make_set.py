"""Build the v70 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v70/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v70: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from clock
tower restoration, mountain goats, whisky casks, quilting, sand dunes and fire lookout towers.

The passages (passages_<lang>.txt) are new, and each language has its own mix of topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in
French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: how mountain goats grip a cliff (split hooves, dewclaws), sketching quilt layouts in
      Python for Electric Quilt 8 (`itertools.product`, `matplotlib.pyplot.imshow`), a fire
      lookout spotting a smoke at dusk (literary), restoring a turret clock movement step by
      step, a day at Great Sand Dunes National Park, ex-bourbon barrels and Scotch after
      Prohibition, cranachan, a letter offering to help restore a town hall clock;
  fr: how a dune moves (saltation, barkhanes), setting a church clock from NTP with an ESP32
      in MicroPython and Thonny (`ntptime.settime()`, `machine.Pin`), ibex on a ridge at dawn
      (literary), assembling a first quilt, the fire lookouts of the Var ("Bien sûr !"), the
      history of the whisky cask, a whisky cream sauce, against electrifying village clocks,
      a letter booking a guided visit of the dune du Pilat;
  es: how whisky matures in the cask (the angels' share), mapping fire lookout coverage with
      geopandas and QGIS (`read_file()`, `buffer()`, `unary_union`), a woman alone in a
      lookout tower sees smoke (literary), restoring a tower clock step by step, the dunes of
      Maspalomas ("¡Claro!"), Losada's clock in the Puerta del Sol, grilled goat's cheese with
      honey, patchwork by hand or by machine, a teacher's e-mail about watching Iberian ibex;
  de: how a wandering dune wanders (Luv, Lee, Kurische Nehrung), driving a tower clock from a
      DCF77 receiver with an Arduino (`millis()`, `digitalWrite()`, Arduino IDE), a fire
      watcher in a Brandenburg tower (literary), binding a quilt, watching ibex in the Alps
      ("Klar!"), the Scotch whisky cask and the sherry trade, apple cake with whisky raisins,
      keeping fire lookout towers manned, a letter to the council about a stopped church
      clock, computing a pendulum's length (algorithm), how the Osborne fire finder works,
      why mountain goats do not slip (friction, science);
  it: why ibex climb the Cingino dam, a whisky cask inventory in SQLite (`sqlite3.connect`,
      `cursor.execute`, DB Browser for SQLite), an old man winding the tower clock
      (literary), sewing a first patchwork quilt, the dunes of Piscinas ("Certo!"), the Torre
      dell'Orologio in Venice, whisky risotto, against cask finishes, an e-mail volunteering
      for a fire lookout service;
  pt: why the Lençóis Maranhenses have lagoons among the dunes, plotting mountain goat GPS
      collars in JupyterLab (`pandas.read_csv()`, `groupby`, `plt.scatter()`), a woman sewing
      a patchwork quilt at night (literary), cleaning a tower clock step by step, Portugal's
      fire lookout posts ("Claro!"), port pipes and Scotch whisky, roast kid from the Beira,
      against motorising tower clocks, a letter inviting a friend back to the quilting group.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words and rarer words of the crafts (bellcrank, louvreboard,
dialwork, clockwinder, countwheel, motionwork, warehouseful, dunnage, stillman, crosshatched,
overstitch, selvage, firewatch, smokechaser, duneland, billygoat, dunegrass, driftsand;
cadranier, campanile, balancier, merrain, demi-muid, foudre, chantepleure, tire-bonde,
barriquaut, lède, oyat, bouquetine, cabri, matelassière, surpiqûre, ouatine; torreta,
atalayero, medanal, médano, chivato, íbice, vinatero, bocoy, pipería, arqueo, saetas,
trinquete, cuerdaje, carillón, retacería, guateada, sobrehilado; Viertelschlagwerk, Gehwerk,
Zeigerwerk, Pendellinse, Spundloch, Böttcher, Windkanter, Gämsbock, Steingeiß, Flugsand,
Brandwache; vedetta, antincendio, ghiaione, caprone, caratello, tinozza, cerchiatura,
cocchiume, trapuntista, imbottitura, impuntura, suoneria, rocchetto; médão, chibo,
cabra-montês, quartola, batoque, aduela, relojoeira, pespontar), tool and brand names in lower
case in prose (onedev, sourcehut, cronicle, dkron, duplicacy, sftpgo; filebrowser, pairdrop,
snapdrop, wikijs, appflowy, docuseal; opensign, documenso, listmonk, mautic, keila, mailu;
chasquid, haraka, rspamd, suricata, arkime, osquery; fleetdm, innernet, boringtun, wstunnel,
sish, pinggy; ackee, shynet, swetrix, lenpaste, microbin, gokapi), code identifiers in
snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles,
German long compounds (Turmuhrrestaurierungsverein, Steinbockbeobachtungsplattform,
Whiskyfasslagerhausverwalterin, Feuerwachturmbesatzungsdienstplan,
Dünenschutzgebietsverordnung) and particle verbs with zu inside (hinunterzurutschen,
auszubrennen, festzusteppen, nachzuölen, umzuschlagen, einzufassen), clitics and elisions
(apportez-les-leur, prête-le-nous; pásamelas, tráiganselos; portiamocelo, diteceli;
dir-lho-emos, deu-lhos, tê-los-íamos, encontrá-lo-ás), names of people and places, and
informal spellings and slang (plonker, numpty, cack-handed, chuntering, discombobulated,
hullabaloo; baraque, baratiner, binouze, poilant, zoner; marrón, chavalín, empanao, currelas,
mangar; ätzend, Glotze, Schnösel, gammelig, Moos, Schmu; secchione, sgobbare, cazzimma; xunga,
estoirado, caguinchas, ranhoso, sornas, galar); and texts in languages the detector does not
judge (S'gaw Karen and Pwo Karen in Latin letters, Lashi, Lahu, Lisu in Latin letters, Konyak
Naga, Nyishi, Adi), some with a glue in them, which must get no word finding at all.
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
        "The steeplejack checked the bellcrank, the louvreboard and the dialwork before the clockwinder "
        "climbed up to adjust the countwheel and clean the motionwork behind the north dial.",
        "At the distillery the stillman counted a warehouseful of casks resting on the dunnage, and the "
        "cooper drove the hoops down before the new fill went in.",
        "She quilted a crosshatched border and ran an overstitch along the selvage; later, from the "
        "firewatch cabin, the spotter saw a smokechaser hike across the duneland, where a billygoat stood "
        "in the dunegrass on a ridge of driftsand.",
        "Our workshop runs onedev and sourcehut for the code, cronicle and dkron for the scheduled jobs, "
        "duplicacy for backups and sftpgo for the scanned drawings of the old movement.",
        "The script calls load_beat_log, hands it to estimateRateError and then to "
        "plots.escapement.draw_amplitude; settings.pendulum_length_mm is read in tower/regulate_clock.py, the "
        "notes are at https://towerclock.example.org/restoration/2027-05#going-train, mail "
        "clock-crew@example.org or ping @winding_tamsin. #turretclock #horology",
        "Honestly, what a hullabaloo: Tamsin Fairweather was totally discombobulated, called Lachlan "
        "Moncrieff a plonker and a numpty for his cack-handed parking in Dufftown, and he just sat there "
        "chuntering.",
    ],
    "fr": [
        "Le cadranier redora les aiguilles du campanile pendant que l'horloger réglait le balancier et "
        "vérifiait la sonnerie des quarts.",
        "Au chai, le tonnelier fendit le merrain, monta un demi-muid et un foudre, posa la chantepleure et "
        "rangea la tire-bonde ; un barriquaut vide attendait près du mur.",
        "Depuis la vigie, le guetteur observait la lède humide où pousse l'oyat ; plus haut, une bouquetine "
        "et son cabri traversaient l'éboulis, tandis qu'au village la matelassière achevait une surpiqûre "
        "sur la ouatine.",
        "L'atelier utilise filebrowser et pairdrop pour échanger les plans, snapdrop en dépannage, wikijs "
        "pour la documentation, appflowy pour les tâches et docuseal pour faire signer les devis.",
        "La fonction lire_battements passe chaque mesure à calculerMarcheDiurne puis à "
        "courbes.echappement.tracer_amplitude ; la doc est sur "
        "https://horloges.exemple.fr/clochers/2027#sonnerie, écrivez à equipe-horloge@exemple.fr ou à "
        "@remontage_solene. #horlogerie #clocher",
        "Franchement, quelle baraque : Solène voulait zoner, Anatole a baratiné toute la soirée, et à "
        "Mimizan on a bu une binouze en rigolant, c'était poilant. Apportez-les-leur et prête-le-nous "
        "demain.",
    ],
    "es": [
        "Desde la torreta, el atalayero vigilaba el medanal y cada médano del arenal; en la ladera, una "
        "cabra montés con su chivato trepaba junto a un íbice viejo.",
        "El vinatero escogió un bocoy y revisó la pipería de la bodega antes del arqueo, mientras el "
        "tonelero cambiaba dos duelas rajadas.",
        "La relojera limpió la esfera, ajustó las saetas, el trinquete y el cuerdaje del carillón, y su "
        "hermana terminó una colcha de retacería guateada con sobrehilado a mano.",
        "En el taller usamos opensign y documenso para firmar presupuestos, listmonk y mautic para los "
        "boletines, keila para los avisos y mailu como servidor de correo.",
        "La función leer_latidos pasa cada medida a calcularMarchaDiaria y luego a "
        "graficos.escape.dibujar_amplitud; las notas están en https://relojes.ejemplo.es/torres/2027#cuartos, "
        "escribe a equipo-relojes@ejemplo.es o a @cuerda_ainhoa. #relojdetorre #restauracion",
        "Menudo marrón, chavalín: Xabier estaba empanao, Begoña quiso mangar churros en Gran Tarajal y "
        "Ainhoa, que es una currelas, lo arregló todo. Pásamelas y tráiganselos luego.",
    ],
    "de": [
        "Der Turmuhrrestaurierungsverein traf sich auf der Steinbockbeobachtungsplattform, und die "
        "Whiskyfasslagerhausverwalterin las den Feuerwachturmbesatzungsdienstplan vor.",
        "Laut Dünenschutzgebietsverordnung ist es verboten, den Kamm hinunterzurutschen; der Küfer hatte "
        "keine Zeit, die Fässer auszubrennen, und die Quilterin vergaß, die Kante festzusteppen.",
        "Jeden Samstag war es Aufgabe des Küsters, das Gehwerk nachzuölen, das Viertelschlagwerk zu prüfen "
        "und die Pendellinse zu justieren, während die Schneiderin versuchte, das Band umzuschlagen und die "
        "Decke einzufassen.",
        "Der Böttcher zeigte uns das Spundloch, am Hang standen ein Gämsbock und eine Steingeiß, im Flugsand "
        "lag ein Windkanter, und oben auf dem Turm hielt die Brandwache Ausschau.",
        "Auf dem Server laufen chasquid und haraka für die Post, rspamd als Filter, suricata und arkime für "
        "das Netz sowie osquery für die Inventur der Rechner im Uhrmacherbetrieb. Die Funktion "
        "lade_schlagprotokoll gibt jede Messung an berechneGangabweichung und dann an "
        "diagramme.hemmung.zeichne_amplitude weiter; die Notizen liegen unter "
        "https://turmuhr.beispiel.de/restaurierung/2027#gehwerk, Fragen an uhrenteam@beispiel.de oder an "
        "@aufzug_frauke. #turmuhr #uhrmacherei",
        "Mensch, war das ätzend: Frauke hat in Sankt Peter-Ording nur in die Glotze gestarrt, Jannik, dieser "
        "Schnösel, hat für viel Moos eine gammelige Kiste gekauft, und am Ende war alles Schmu.",
    ],
    "it": [
        "Dalla vedetta antincendio il guardiano osservava il ghiaione, dove un camoscio, uno stambecco e un "
        "caprone con due capretti brucavano tra le rocce.",
        "Nella cantina il caratello e la barrique stavano accanto alla tinozza; l'artigiano controllò la "
        "cerchiatura, sostituì una doga e chiuse il cocchiume con la spina.",
        "La trapuntista stese l'imbottitura sotto la trapunta e fece un'impuntura lungo il bordo, mentre "
        "sulla torre si controllavano il quadrante, la suoneria e il rocchetto della carica.",
        "In laboratorio usiamo fleetdm per l'inventario, innernet e boringtun per la rete, wstunnel quando "
        "il firewall blocca tutto, sish e pinggy per mostrare le pagine ai clienti.",
        "La funzione leggi_battiti passa ogni misura a calcolaScartoGiornaliero e poi a "
        "grafici.scappamento.disegna_ampiezza; gli appunti sono su "
        "https://orologi.esempio.it/torri/2027#suoneria, scrivete a squadra-orologi@esempio.it o a "
        "@carica_ginevra. #orologiodatorre #restauro",
        "Quel secchione di Tancredi ha passato l'estate a sgobbare, mentre Ginevra a Buggerru diceva che "
        "per quel lavoro ci vuole cazzimma. Il quadrante? Portiamocelo via. Gli orari? Diteceli domani.",
    ],
    "pt": [
        "Do posto de vigia, a vigilante via o areal e o médão, onde um bode e um chibo pastavam; mais acima "
        "passou uma cabra-montês com a cria.",
        "A tanoaria recebeu uma quartola e um tonel; a aduela partida foi trocada e o batoque substituído, "
        "enquanto a relojoeira acertava os ponteiros e o pêndulo.",
        "Dir-lho-emos logo à noite; ela deu-lhos ontem, mas nós tê-los-íamos guardado, e encontrá-lo-ás na "
        "feira de Arcos de Valdevez se lá fores. A costureira vai pespontar os retalhos.",
        "Na oficina usamos ackee e shynet para as visitas do sítio, swetrix para os relatórios, lenpaste e "
        "microbin para partilhar notas e gokapi para enviar fotografias grandes.",
        "A função ler_batidas passa cada medição a calcularDesvioDiario e depois a "
        "graficos.escape.desenhar_amplitude; as notas estão em https://relogios.exemplo.pt/torres/2027#corda, "
        "escreva para equipa-relogios@exemplo.pt ou para @corda_beatriz. #relogiodetorre #restauro",
        "Que cena xunga: o Tiago ficou todo estoirado em Sines, a Inês chamou-lhe caguinchas e ranhoso, e o "
        "Duarte, sempre sornas, foi galar as miúdas para a Comporta.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "ksw": ["Na ghay a? Ta blu a plah, pa wee ler hee k'law. Yer ler k'dah ah hee mu nay."],
    "pwo": ["Ma ngae a? Ta bluh doh ma, ya leh hee neh mu nay, hee taw leh."],
    "lsi": ["Nang kawk lo le? Ngo yum mo lo ang, nang kaw ang tsa sa."],
    "lhu": ["Aw bon ui sha ve! Nawˇ hkaw lo ve lo? Ngaˇ yaw hta ceu ve yo."],
    "lis": ["Nu ngua ma ze a? Nga a mo ma yi, nga sha tsa ma nga la o."],
    "nbe": ["Ngam kaw chum ai? Nyu ho-e ajang lah, ngam wang kho."],
    "njz": ["Ngo Nyishi nyi ngo. No aku doku? Ngo nam ha aga dude."],
    "adi": ["Ngo Adi ami ngo. No ayi dung? Donyi-Polo lok no ayi dungka."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v70", QUOTA, HARD_NEGATIVES, "neg70")
    print(common.write_set(HERE, recs))
