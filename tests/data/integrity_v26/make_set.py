"""Build the v26 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v26/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v26: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written (without looking at the detector's rules or running it on these
texts) and committed before the next round of detector changes, and is scored once, at the end
of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as another set by a different hand, with topics taken mainly from
railways, pottery, meteorites, veterinary care, typography and orchards.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why a fresh meteorite has a black fusion crust, checking a train connection after a
      delay in Go (`time.Parse`, `time.Duration`, a table test, GoLand), an old woman pruning
      apple trees on a frosty morning (literary), giving a cat a tablet, five habits for the
      type on a poster ("Sure!"), the Stockton and Darlington Railway (1825), pear and ginger
      chutney, an e-mail to a vet moving a dog's annual vaccination;
  fr: why shooting stars glow, ligatures that do not show on a web page
      (`font-feature-settings`, `font-variant-ligatures`, `woff2`, Firefox's font inspector), a
      level-crossing keeper's day (literary), removing a tick from a dog, planting an apple
      tree ("Bien sûr !"), the Paris to Le Pecq railway (1837), tarte Tatin, adopting a cat
      from a shelter versus buying from a breeder, a letter to a vet clinic asking for an
      itemised invoice;
  es: why meteorites are found in deserts and in Antarctica, subsetting a web font with
      `pyftsubset` (fontTools, `--flavor=woff2`, Chrome's developer tools), a closed railway
      station and its old station master (literary), caring for a dog after spaying, fruit
      trees for a small patio ("¡Claro!"), the Madrid to Aranjuez railway (1851) and the Tren
      de la Fresa, baked apples, clay casseroles versus non-stick pans, an e-mail to a vet
      about a rabbit that has stopped eating hay;
  de: why there are so many shooting stars in August (Perseids), departures of a stop from
      GTFS timetable data with pandas in JupyterLab, an old cherry grower in the Altes Land at
      blossom time (literary), getting a cat used to its carrier, rules for a readable notice
      ("Klar!"), the Ludwigseisenbahn Nürnberg-Fürth (1835), Zwetschgendatschi, stoneware versus
      porcelain for everyday use, a letter to a vet about a dog's new joint tablets,
      Knuth-Plass line breaking, how a railway switch works, why apples turn red on one side;
  it: Widmanstätten patterns in iron meteorites, appointments for a veterinary surgery in
      Django (`DateTimeField`, `clean()`, `USE_TZ`, PyCharm), a station master in
      Castelvetrano at noon (literary), cleft grafting an apple tree, choosing clay for a
      first wheel-throwing course ("Certo!"), the Naples to Portici railway (1839), apple
      cake, a cat or a dog in a flat, an e-mail to a museum booking a school visit to its
      meteorite room;
  pt: why the Moon has so many craters and the Earth so few, orchard harvests in SQLite
      (`SUM`, `GROUP BY`, `strftime`, DB Browser for SQLite), a retired railwayman on the
      Douro line (literary), a kitten's first visits to the vet, a weekend on a rail trail
      ("Claro!"), the first Portuguese railway, Lisbon to Carregado (1856), pears poached in
      red wine, hand-painted versus industrial tiles, an e-mail ordering a dinner service from
      a pottery.

The hard negatives are new too, six per judged language: words the language itself writes as
one (erstwhile, anywise, underneath, henceforward, therewithal, whereabout, therefore,
thereinto, timetable, boxcar, caboose, handcar, sandpaper, inkwell, boldface, stoneware,
earthenware, windfall, typesetter, wheelbarrow, gatekeeper, railroad; porte-greffe,
garde-barrière, tire-tique, contre-jour, sous-bois, aigre-doux, par-delà, paratonnerre,
puisqu'on, celles-ci, derechef, illico, aucunement, nullement, quasiment, aiguillage,
contrepoids, alentours, là-dessous, au-dedans; ferrocarril, guardagujas, guardavía,
guardabarrera, guardafrenos, sacamuelas, sacacuartos, tapacubos, limpiabotas, marcapáginas,
ciempiés, correveidile, bajorrelieve, altamar, cualesquiera, sobretodo, aquello, maleducado,
bienvenido, pasodoble; wohlgemerkt, ansonsten, insbesondere, größtenteils, hierbei, worin,
umsonst; fuorché, ancorché, ognora, appunto, dunque, indi, macchinista, capotreno,
guardalinee, portinaio, portaborse, coprifuoco, mezzanotte, pastasciutta, sottoscala,
battiscopa, tagliaerba, ferrovia; caminho-de-ferro, guarda-freio, guarda-linha, guarda-fios,
porta-enxertos, passa-montanhas, pára-quedas, bota-fora, claraboia, vinagre, sobremodo,
nalgumas, doutros, quaisquer, alguém, ninguém), tool and brand names in lower case in prose
(ghostty, eza, mise, chezmoi, lazydocker, gitui, difftastic, tokei), code identifiers in
snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles,
German long compounds and particle verbs (with zu inside: einzukochen, aufzupfropfen,
nachzuschneiden, umzuleiten, anzukoppeln, freizuschalten, umzuspannen, abzukuppeln,
anzuheizen), clitics, elisions and contractions (garde-la-nous, puisqu'on, celles-ci;
cómpraselo, llévaselos, véndemelo; prestamelo, vendicelo, riportatemelo; vende-lho,
leva-la-ei, trá-lo-emos), names of people and places, and informal spellings (omg, wyd, smol,
yass, vibes, cheers; t'inquiète, bouffe, trop bien; qué va, anda ya, currar, de locos,
ostia, cheto; gehts, joa, jau, mach's, hab's, boah, lecker, fett; beh, zi, sgravato; oh pá,
brutal, curtir, bora lá); and texts in languages the detector does not judge (Ewe, Twi,
Kikuyu, Ilocano, Hiligaynon, Waray, Tahitian, Manx, none of them used by v9-v25), some with a
glue in them, which must get no word finding at all.
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
        "The erstwhile gatekeeper kept the timetable underneath an inkwell, and henceforward nobody could "
        "say in anywise where it was; therefore the whereabout of the last boxcar, and of the caboose and "
        "the old handcar that went with it, stayed a mystery, and the railroad lost its records therewithal.",
        "The potter sells stoneware and earthenware from a shed by the orchard, where a windfall of apples "
        "lies beside the wheelbarrow; her brother, a retired typesetter, sets the price labels in boldface "
        "and rubs the old sign with sandpaper every spring before he looks thereinto.",
        "My dotfiles live in chezmoi, the shell runs in ghostty, I list folders with eza, pin tool versions "
        "with mise, poke at containers through lazydocker, commit from gitui, read diffs in difftastic and "
        "count lines of code with tokei.",
        "The handler calls parse_stop_times, passes each row to buildDepartureBoard and then to "
        "timetable.render.platform_html; config.max_transfer_minutes is read in services/gtfs_loader.py, "
        "and test_overnight_trips_wrap covers the odd case.",
        "The schedule is at https://rail.example.org/2027/heritage-line#autumn, bookings go to "
        "footplate-days@example.org, and updates come from @orchard_halt_rly. #heritagerail #applefair",
        "Omg wyd, the smol kitten from the vets is home! Yass, proper good vibes today, cheers for the lift, "
        "Siobhan, see you in Ystalyfera with Tobias and Marguerite Okonjo-Hale.",
    ],
    "fr": [
        "Le porte-greffe était caché sous-bois, à contre-jour, par-delà la maison du garde-barrière ; "
        "derechef le vieux est parti illico vérifier l'aiguillage et le contrepoids, et il n'a aucunement "
        "voulu qu'on l'aide, puisqu'on l'aurait nullement compris, disait-il.",
        "Les alentours de l'atelier sentent la sauce aigre-doux ; là-dessous, au-dedans du vieux four, le "
        "potier garde celles-ci, quasiment intactes, et le paratonnerre du toit veille sur le tout, avec le "
        "tire-tique du chien posé sur l'étagère.",
        "Mes fichiers de configuration sont gérés par chezmoi, le terminal est ghostty, je liste les "
        "dossiers avec eza, mise fixe les versions des outils, lazydocker surveille les conteneurs, gitui "
        "sert aux commits et difftastic aux différences.",
        "Le service appelle lire_horaires_gtfs, passe chaque ligne à construireTableauDeparts puis à "
        "affichage.quai.rendre_html ; config.correspondance_min_minutes est lu dans "
        "services/chargeur_gtfs.py.",
        "Le programme est sur https://train-touristique.exemple.fr/2027/vapeur#automne ; les réservations "
        "vont à reservations-vapeur@exemple.fr ou à @verger_du_morvan. #cheminsdefer #vergers",
        "Garde-la-nous jusqu'à jeudi, t'inquiète, c'était trop bien, la bouffe chez Gwendoline et Anatole à "
        "Lons-le-Saunier, puis chez Mathurin à Pont-Audemer.",
    ],
    "es": [
        "El guardagujas y el guardabarrera del ferrocarril comían aquello que les traía el guardafrenos; "
        "el guardavía, un tipo maleducado, se burlaba del sacamuelas del pueblo, un correveidile que bailaba "
        "un pasodoble cualquier domingo.",
        "En el bajorrelieve de la estación hay un ciempiés, un limpiabotas y un barco en altamar; el "
        "sacacuartos de la feria vendía tapacubos y marcapáginas, sobretodo a los turistas, a cualesquiera "
        "precios, y nadie le decía bienvenido.",
        "Gestiono la configuración con chezmoi, uso ghostty como terminal, listo carpetas con eza, fijo las "
        "versiones con mise, vigilo los contenedores con lazydocker y hago los commits desde gitui.",
        "El servicio llama a leer_horarios_gtfs, pasa cada fila a construirPanelSalidas y luego a "
        "pantalla.anden.generar_html; config.transbordo_min_minutos se lee en servicios/cargador_gtfs.py.",
        "El horario está en https://tren-historico.ejemplo.es/2027/vapor#otono; las reservas, a "
        "reservas-vapor@ejemplo.es o a @huerto_del_jerte. #ferrocarril #frutales",
        "¡Qué va, anda ya! Cómpraselo a Iratxe, llévaselos a Eustaquio y véndemelo a mí, que currar así es "
        "de locos, ostia, y el coche cheto de Maribel sigue en Villanueva de la Serena.",
    ],
    "de": [
        "Wohlgemerkt ist die Weiche insbesondere im Winter größtenteils beheizt; ansonsten friert sie, und "
        "hierbei hilft dann auch kein Fluchen, worin sich alle Stellwerker einig sind. Umsonst ist der "
        "Strom dafür natürlich nicht.",
        "Die Eisenbahnbetriebswerksleiterin, der Obstbaumschnittkursteilnehmer und die "
        "Kleintierpraxisöffnungszeitenregelung hatten nichts miteinander zu tun, aber alle fanden es "
        "mühsam, die Waggons abzukuppeln, die Lok anzukoppeln und die Züge umzuleiten.",
        "Im Herbst fängt sie an, die Zwetschgen einzukochen, die Zweige nachzuschneiden und neue Reiser "
        "aufzupfropfen; im Frühjahr hat sie vor, den Brennofen anzuheizen, die Pferde umzuspannen und das "
        "neue Konto freizuschalten.",
        "Meine Konfiguration verwaltet chezmoi, als Terminal nutze ich ghostty, Ordner liste ich mit eza, "
        "Versionen legt mise fest, Container beobachte ich mit lazydocker, und Commits mache ich in gitui.",
        "Das Skript ruft lese_gtfs_abfahrten auf, reicht jede Zeile an baueAbfahrtstafel und dann an "
        "anzeige.bahnsteig.render_html weiter; config.min_umstieg_minuten steht in dienste/gtfs_lader.py. "
        "Fahrplan unter https://bahn.beispiel.de/2027/dampf#herbst, Fragen an dampftage@beispiel.de oder "
        "@obsthof_jork. #eisenbahn #obstbau",
        "Na, wie gehts? Joa, jau, mach's gut, hab's schon okay gefunden, boah, war das lecker und fett! "
        "Grüße an Hinnerk und Mareike in Buxtehude und an Wiebke aus Quakenbrück.",
    ],
    "it": [
        "Il macchinista e il capotreno, fuorché la domenica, si fermavano ognora a mezzanotte; appunto per "
        "questo il guardalinee, ancorché stanco, li aspettava, e dunque indi partivano insieme verso la "
        "ferrovia del porto.",
        "Il portinaio teneva la pastasciutta nel sottoscala, accanto al battiscopa rotto e al tagliaerba; "
        "durante il coprifuoco il portaborse del sindaco passava a prenderne un piatto.",
        "Gestisco la configurazione con chezmoi, uso ghostty come terminale, elenco le cartelle con eza, "
        "fisso le versioni con mise, controllo i container con lazydocker e faccio i commit da gitui.",
        "Il servizio chiama leggi_orari_gtfs, passa ogni riga a costruisciTabellone e poi a "
        "schermo.binario.genera_html; config.cambio_min_minuti viene letto in servizi/caricatore_gtfs.py.",
        "Il programma è su https://treno-storico.esempio.it/2027/vapore#autunno; le prenotazioni a "
        "prenotazioni-vapore@esempio.it oppure a @frutteto_valdinon. #ferrovie #meleti",
        "Beh, prestamelo, vendicelo e poi riportatemelo, zi, che sono sgravato: passo da Ludovica e "
        "Ermenegildo a Sansepolcro e poi da Crescenzo a Castelfranco Emilia.",
    ],
    "pt": [
        "No caminho-de-ferro, o guarda-freio e o guarda-linha conheciam alguém que guardava os guarda-fios; "
        "ninguém sabia a razão, mas sobremodo nalgumas aldeias doutros tempos quaisquer estranhos eram "
        "recebidos com um bota-fora.",
        "Na claraboia da olaria havia um pára-quedas velho, um frasco de vinagre e um gorro de "
        "passa-montanhas; os porta-enxertos do pomar estavam encostados à parede.",
        "Faço a gestão da configuração com o chezmoi, uso o ghostty como terminal, listo as pastas com o "
        "eza, fixo as versões com o mise, vejo os contentores no lazydocker e faço os commits no gitui.",
        "O serviço chama ler_horarios_gtfs, passa cada linha a construirQuadroPartidas e depois a "
        "ecra.plataforma.gerar_html; config.transbordo_min_minutos é lido em servicos/carregador_gtfs.py.",
        "O horário está em https://comboio-historico.exemplo.pt/2027/vapor#outono; as reservas vão para "
        "reservas-vapor@exemplo.pt, ou mencione @pomar_da_cova_da_beira. #ferrovia #pomares",
        "Oh pá, vende-lho já, eu leva-la-ei amanhã e trá-lo-emos juntos; foi brutal, bora lá curtir a "
        "festa do Leopoldino e da Genoveva em Vila Nova de Foz Côa.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "ee": ["Ŋdi sia la, míeyi asi me be míaƒle nuɖuɖu kple akpa. Ame geɖewo nɔ afima eye nuwo xɔ "
           "asi ŋutɔ egbe."],
    "tw": ["Me maame kɔɔ dwam anɔpa yi sɛ ɔrekɔtɔ bayerɛ ne nkwan. Ɔde ne ba no kaa neho kɔɔ hɔ, na "
           "wɔsanbaa fie no, na owia abɔ."],
    "ki": ["Rũciinĩ, andũ aingĩ nĩ mathiaga mũgũnda kũrĩma na kũhanda mbembe. Mbura ĩrĩkuura, "
           "tũnoragia irio nyingĩ mũnonagũ."],
    "ilo": ["Iti bigat, mapan kami iti talon tapnoagmula iti pagay. Naimas unay ti makan nga inluto ni "
            "lola idi rabii."],
    "hil": ["Sa aga, nagakadto kami sa merkado agod magbakal sang isda kag utan. Malipayon gid ang tanan "
            "sa balay sang akon lola."],
    "war": ["Ha aga, kami nakadto ha merkado basi pumalit hin isda nganutan. Maupay gud an panahon yana "
            "ha aton lugar."],
    "ty": ["E haere mātou i te moana i teie mahana no te tai'a i te i'a. Ua nehenehe roa te mahana e "
           "ua rahi te i'a."],
    "gv": ["Ta'n emshir feer vie jiu, asta ny paitchyn cluiche er y traie. Ta mee goll dys y valley "
           "marish my charrey."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v26", QUOTA, HARD_NEGATIVES, "neg26")
    print(common.write_set(HERE, recs))
