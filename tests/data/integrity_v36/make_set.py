"""Build the v36 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v36/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v36: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once,
at the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as another set by a different hand, with topics taken mainly from
windmills, mountain rescue, origami, olive oil pressing, submarine cables and choral singing.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why olive oil turns cloudy in the fridge, the latency of a submarine cable with
      `haversine` in Visual Studio Code, a miller starting his windmill at dawn (literary),
      folding a paper crane, a ten-minute warm-up for a community choir, the 1858 transatlantic
      telegraph cable, olive oil cake, a letter thanking a mountain rescue team;
  fr: why the sails of a windmill turn, choir scores with LilyPond (`\\new ChoirStaff`,
      `\\addlyrics`), a night at the olive mill with a grandfather (literary), packing a bag for a
      mountain hike, origami ideas for a children's party, the windmills of Montmartre,
      tapenade, singing in a choir versus solo lessons, a letter to the mayor about saving a
      village windmill;
  es: why submarine cables break (turbidity currents, 1929), olive harvest yields with pandas in
      JupyterLab, the windmills of the sierra at dusk (literary), what to do when lost in the
      mountains, a spring concert programme for an amateur choir, the history of the almazara,
      salmorejo, whether origami is only for children, an e-mail to a choir leader about
      missing a rehearsal;
  de: how an avalanche dog smells a buried person, measuring a windmill's speed with a
      Raspberry Pi and `gpiozero`, a night rescue on a ridge (literary), folding a paper box,
      rounds for a mixed choir, windmills in East Frisia, herb oil, cold-pressed versus refined
      oil, a letter to a choir director about changing voice part, locating a cable fault with
      light echoes, how erbium-doped repeaters amplify light, why high altitude causes
      headaches;
  it: why new olive oil stings the throat (oleocanthal), voice ranges of a choral score with
      music21 in PyCharm and MuseScore, an old man at the olive mill before dawn (literary),
      folding a paper boat, what to pack for a night in a mountain hut, the history of the
      Italian alpine rescue corps, bruschetta with new oil, amateur choir versus private
      lessons, a letter to an olive mill about pressing a small harvest;
  pt: why a choir sounds better in an old church (reverberation), wind data near a windmill
      with pandas in Jupyter, a windmill on the hill with whistling pots (literary), folding a
      jumping frog, a day among the windmills of the Oeste region, the Carcavelos cable station
      (1870-1969), smashed potatoes with olive oil, traditional versus modern olive mills, a
      letter thanking a mountain rescue team.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one (whereinsoever, thereamong, whereagainst, whereout, anywhen, elsewhen, everywhen,
withershins, widdershins, sunwise, edgewise, overhand, forsooth; soubassement, bienséance,
sous-entendu, qu'en-dira-t-on, m'as-tu-vu, presqu'entier; hispanoamericano, patizambo, ojiverde,
claroscuro; solcherart, stromabwärts, bergauf, talwärts, himmelwärts, nirgendwohin,
querfeldein, allzumal, ebensowenig; nientepopodimeno, cavalcioni, tentoni, ginocchioni,
penzoloni, carponi, tastoni, ciondoloni, lustrascarpe, suppergiù, grossomodo, perdipiù;
antanho, pontiagudo, alvinegro, lusodescendente, fidalguia, trasanteontem, para-quedas), tool
names in lower case in prose (pipewire, qpwgraph, easyeffects, denemo, rosegarden, cmus,
ncspot, puddletag; frescobaldi, valkey, biome, clickhouse, yt-dlp; sonobus, jamulus,
audiveris, zrythm; octoprint, tasmota, domoticz, gatus, gotify; etherpad, cryptpad, onlyoffice,
tesseract, shiori; quarto, marimo, tectonic, apprise, stirling-pdf), code identifiers in
snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles,
German long compounds and particle verbs with zu inside (abzuseilen, danebenzulegen,
hinaufzusteigen, wiederaufzubauen), clitics and elisions (donnez-la-moi, envoie-le-lui,
parle-leur-en, aime-t-il; mándenselo, escóndeselo, bébetelo, contándonoslo, cuéntamelo,
tráiganoslas; mettiamocelo, dicendoglielo, portarsela, ridateglielo, mandatecene, fregarsene,
ditemelo, compratevelo, dandoglielo; vendê-la-ia, levá-lo-emos, diga-lho, trouxe-lhos,
mostrar-lhas), names of people and places, and informal spellings (bevvy, onetime; j'sais,
vachement; flipamos; rockt, komm'se; menomale, perdinci, accipicchia, manco); and texts in
languages the detector does not judge and no earlier set used (Lower Sorbian, Ido,
Interlingue, Silesian, Extremaduran, Lingua Franca Nova, Jèrriais, Võro), some with a glue in
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
        "The old charter, whereinsoever it mentions the mill, gives the villagers nothing whereagainst "
        "they could appeal, and thereamong its clauses is one, forsooth, about the miller's sheep. He walked "
        "sunwise round the tower each morning, never widdershins, or withershins as his grandmother said.",
        "Anywhen you like, elsewhen if you must, and everywhen in the poem: the rescuer tied an overhand knot, "
        "laid the stretcher edgewise on the scree and pointed at the gully whereout the stream ran. We were "
        "onetime neighbours, so I owe him a bevvy.",
        "For the choir recordings I route the inputs with pipewire and qpwgraph, add a gentle compressor in "
        "easyeffects, write the parts in denemo or rosegarden, listen back in cmus or ncspot, and fix the "
        "tags with puddletag before the files go up to the shared folder.",
        "The job calls fetch_cable_faults, passes each record to estimateRepeaterSpacing and then to "
        "landing.stations.resolve_by_code; config.max_span_km is read once in tools/route_planner.py, and "
        "test_rejects_negative_depth covers the odd case where the survey data is wrong.",
        "The callout rota is at https://rota.example.org/2027/winter-callouts#weekends and the kit list at "
        "https://wiki.example.net/mountain-rescue/kit_list_v3; send changes to callout-desk@example.org or "
        "message @ridge_team_kestrel. #mountainrescue #origamicrane #firstpress",
        "Siobhán and Tadhg drove from Ballyvaughan to Keswick with Gwenllian and Oluwadamilare to hear the "
        "choir sing in St Kentigern's, then went on to Portmeirion and Llanfairfechan the next morning.",
    ],
    "fr": [
        "Le soubassement du moulin, fissuré par le gel, inquiétait l'architecte ; par bienséance, personne "
        "n'osa le dire au maire, mais le sous-entendu était clair, et le qu'en-dira-t-on fit le reste. Un "
        "m'as-tu-vu du village jurait pourtant que le mécanisme était presqu'entier.",
        "Si les choristes demandent la partition, donnez-la-moi d'abord, puis envoie-le-lui par la poste ; "
        "et s'ils veulent des nouvelles du concert, parle-leur-en vous-mêmes. Aime-t-il vraiment chanter, ce "
        "garçon ?",
        "Pour la chorale, j'édite les partitions avec frescobaldi, le petit site utilise valkey comme cache "
        "et biome pour vérifier le JavaScript, les vidéos des concerts sont récupérées avec yt-dlp, et la "
        "liste des membres tourne sous clickhouse, ce qui est sans doute excessif.",
        "La fonction calculer_rendement_huile appelle chargerPeseesDuJour, puis moulin.stats.moyenne_glissante ; "
        "la doc est sur https://doc.exemple.fr/moulin/v2/rendement et les questions vont à "
        "pressoir-support@exemple.fr ou à @moulin_de_la_cote. #huiledolive #patrimoinemeunier",
        "J'sais pas si t'as entendu la chorale de Saint-Rémy-de-Provence, mais c'était vachement beau ; "
        "Maëlys et Gwénaël chantaient avec Anne-Sophie Lefèvre, et on a fini la soirée à Châteauneuf-du-Pape.",
    ],
    "es": [
        "El pastor, patizambo y ojiverde, miraba el claroscuro del atardecer sobre los molinos; era un "
        "hombre hispanoamericano que había vuelto al pueblo de sus abuelos y siempre decía que flipamos "
        "demasiado con las cosas nuevas.",
        "Si los tenores piden las partituras, mándenselo todo por correo; el regalo del director, escóndeselo "
        "hasta el concierto; el caldo, bébetelo antes de que se enfríe. La abuela siguió contándonoslo toda la "
        "tarde: cuéntamelo otra vez, le pedíamos, y tráiganoslas, las fotos del molino.",
        "Ensayamos a distancia con sonobus y a veces con jamulus, pasamos las partituras escaneadas por "
        "audiveris para sacar el MusicXML, y el arreglo final lo montamos en zrythm antes de mandarlo al "
        "director.",
        "La función calcular_rendimiento_graso llama a cargarPesadasDiarias y luego a "
        "almazara.informes.exportar_pdf; la documentación está en https://docs.ejemplo.es/almazara/rendimiento "
        "y el soporte en soporte-almazara@ejemplo.es. #aceitedeoliva @coop_olivarera_jaen",
        "Iñaki, Rocío y Begoña fueron de Campo de Criptana a Alcázar de San Juan y luego a Mota del Cuervo, "
        "donde los esperaba Xosé Manuel con su coro de Ourense.",
    ],
    "de": [
        "Solcherart gewarnt, gingen die Retter erst stromabwärts und dann bergauf querfeldein, anstatt "
        "talwärts zu steigen; nirgendwohin sonst hätten sie den Verletzten bringen können, und ebensowenig "
        "wollten sie himmelwärts auf den Hubschrauber warten, allzumal der Nebel dicht war.",
        "Der Bergrettungshubschrauber landete neben dem Windmühlenflügelbespannungslager, das "
        "Unterseekabelverlegeschiff lag noch im Hafen, und das Olivenölverkostungsseminar fiel aus, weil das "
        "Chorprobenwochenende verschoben wurde.",
        "Es war nicht leicht, den Verletzten abzuseilen, die Trage danebenzulegen und danach wieder zur Hütte "
        "hinaufzusteigen; der Verein hofft, die alte Mühle bis zum Sommer wiederaufzubauen.",
        "Die Funktion berechne_drehzahl ruft leseHallSensor auf und schreibt über muehle.log.schreibe_zeile; "
        "die Doku steht unter https://wiki.beispiel.de/muehle/sensor-v2, Fragen an muehlenverein@beispiel.de "
        "oder @muehle_ostfriesland. #Windmühle #Mühlentag",
        "Den 3D-Drucker steuere ich mit octoprint, die Steckdosen laufen mit tasmota und domoticz, gatus "
        "prüft, ob alles erreichbar ist, und gotify schickt mir eine Nachricht aufs Handy, wenn die Mühle "
        "stillsteht.",
        "Die Chorleiterin aus Castrop-Rauxel hat's echt gerockt, und die Jana aus Wuppertal-Elberfeld auch; "
        "komm'se doch nächstes Mal mit nach Bad Zwischenahn, sagte Frau Thießen-Oltmanns.",
    ],
    "it": [
        "Il vecchio frantoiano, nientepopodimeno, stava a cavalcioni sul muretto, poi scese a tentoni nel "
        "buio, quasi carponi, e restò ginocchioni davanti alla vasca con le braccia penzoloni e le gambe "
        "ciondoloni, cercando tastoni la chiave; il lustrascarpe della piazza rideva.",
        "Mettiamocelo in testa: dicendoglielo con calma, accetterà di portarsela a casa, la bottiglia. Se la "
        "rivuole, ridateglielo; se ne avete altro, mandatecene un po', e ditemelo prima. Compratevelo pure, "
        "dandoglielo poi in regalo, e non fregarsene.",
        "Il costo del restauro del mulino è suppergiù di trentamila euro, grossomodo come l'anno scorso, e "
        "perdipiù manco la metà è coperta dai contributi; menomale che i soci sono tanti. Perdinci, "
        "accipicchia, che spesa!",
        "Per il coro usiamo etherpad per i testi, cryptpad e onlyoffice per i calendari, tesseract per "
        "leggere le vecchie partiture scansionate e shiori per salvare i link utili.",
        "La funzione calcola_resa_olio chiama leggiPesateGiornaliere e poi frantoio.report.esporta_pdf; la "
        "documentazione è su https://docs.esempio.it/frantoio/resa e il supporto a assistenza@esempio.it. "
        "#olionuovo @frantoio_ferri",
        "Giulia Marchetti e Pierluigi Sant'Ambrogio sono saliti da Courmayeur al rifugio Torino con Ilaria "
        "Dell'Oglio, e poi sono scesi a Entrèves per la cena.",
    ],
    "pt": [
        "Em tempos de antanho, o moleiro de nariz pontiagudo, lusodescendente nascido em Toronto, usava um "
        "cachecol alvinegro e falava da fidalguia da serra; trasanteontem voltou a subir ao moinho e até "
        "levou um para-quedas velho para remendar as velas.",
        "Se ele pedisse a casa, o dono vendê-la-ia sem pensar; as azeitonas, levá-lo-emos ao lagar amanhã. "
        "Diga-lho o senhor, por favor. O estafeta trouxe-lhos ontem, e ela quer mostrar-lhas antes do "
        "concerto.",
        "Os relatórios do lagar são feitos em quarto, os gráficos num caderno marimo, o PDF é compilado com "
        "tectonic, os avisos chegam por apprise e os recibos passam pelo stirling-pdf antes de irem para o "
        "arquivo.",
        "A função calcular_rendimento_azeite chama lerPesagensDoDia e depois lagar.relatorios.exportar_pdf; a "
        "documentação está em https://docs.exemplo.pt/lagar/rendimento e o apoio em apoio-lagar@exemplo.pt. "
        "#azeitenovo @lagar_da_serra",
        "A Maria João e o Gonçalo foram de Torres Vedras a Sobral de Monte Agraço com o Sr. Conceição, e "
        "depois seguiram até à Lourinhã para ouvir o coro de São Pedro da Cadeira.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "dsb": ["Naša wjas ma stary wětšnik na górce, a kuždu njeźelu tam spiwa chór z Chóśebuza. Pó koncerśe "
            "pijomy kafej a jěmy tykanc."],
    "io": ["La muelisto levis su frue en la matino e turnis la veli di la muelilo adversa la vento. Omna "
           "infanti de la vilajo amas askoltar la kantadodil koro ye dimanchi."],
    "ie": ["Li salvatores del montes ha trovat li perdit turist ante li nocte, e ili portat le al valle sur "
           "un portatore. Chascun esset tre fatigat, ma felici."],
    "szl": ["We niedziela my poszli nawiatrok, kery stoi za wsiom, a potym my śpiewali w kerchōwku ze "
            "chorym. Starka dała nōm kołocz i kafyj."],
    "ext": ["El molinu de azeiti d'el pueblu jaziba gûenu azeiti tos los añus, i la genti dibacon las "
            "aceitunas enas capachas a la vera del ríu."],
    "lfn": ["La coro canta en la eglesa cada domingo, e la vosisde la sopranos es multe bela. Me ama "
            "pliega papel en forma de avias per la enfantes."],
    "nrf": ["Les moulîns d'Jèrri tournaient quand l'vent soufflait d'la mé, et les gens d'la paraisse "
            "y portaient leu grain. Ch'tait un bieau temps."],
    "vro": ["Tuuleveski saisõ mäe pääl ja tuul ajasi tä tiivo ümbre. Vanaimä kõnõl' latsilõ, kuis jahvatõdi "
            "vanastõ vilja jahus."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v36", QUOTA, HARD_NEGATIVES, "neg36")
    print(common.write_set(HERE, recs))
