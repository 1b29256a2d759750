"""Build the v28 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v28/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v28: the sets before it are scored once at the end of their round and are tuning sets
from then on, like v3-v27.  This set was written (without looking at the detector's rules or
running it on these texts) and committed before the next round of detector changes, and is
scored once, at the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label; the same code rebuilds the
earlier sets byte for byte), with v7's quota.  It was written at the same time as v29 by a
different hand, with topics taken mainly from lighthouses, cheese-making, caves, tailoring,
chess and epidemiology, so that the two sets do not share topics.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why caves blow cold air out in summer and draw it in in winter, an SIR outbreak model
      with `scipy.integrate.solve_ivp` in JupyterLab, an old tailor pinning a groom's suit the
      night before the wedding (literary), mating with king and rook against a lone king, a
      checklist for a first guided caving trip ("Sure!"), the four Eddystone lighthouses
      (Winstanley, Smeaton), homemade paneer, an e-mail offering to guide visitors at a
      lighthouse's open days;
  fr: why Roquefort has blue veins (piercing, the Combalou caves), a seven-day rolling mean and
      an incidence rate with pandas (`rolling`, `pct_change`) in Jupyter, an alterations
      seamstress on a Saturday morning (literary), spotting and parrying the scholar's mate,
      visiting the Gouffre de Padirac with children ("Bien sûr !"), the Cordouan lighthouse
      (Louis de Foix, 1584-1611, Fresnel's lens), homemade faisselle with rennet, made-to-measure
      versus off-the-peg suits, a school's letter to parents about a case of chickenpox;
  es: how karst caves are dissolved out of limestone, analysing one's games with python-chess
      and Stockfish (`SimpleEngine.popen_uci`, `engine.analyse`), a goat-cheese maker at dawn in
      the sierra (literary), taking measurements for a made-to-measure shirt, three days
      along the lighthouses of Asturias ("¡Claro!"), the 1918 flu and why it was called
      Spanish, homemade requesón, slow versus blitz chess, an e-mail booking a school visit
      to the Cueva de Nerja;
  de: why caves stay at the same temperature all year, a seven-day incidence per district with
      pandas (`groupby`, `rolling`, `asfreq`) in JupyterLab, an old tailor sewing a collar in
      his shop window at the first snow (literary), shortening trousers, castling explained
      ("Klar!"), the Roter Sand lighthouse (1885), Hessian Kochkäse, raw-milk versus
      pasteurised cheese, a letter to a paediatrician about a lost vaccination record and the
      measles certificate for a nursery, minimax with alpha-beta pruning, how a Fresnel lens
      works in a lighthouse, why Emmental has holes;
  it: why aged Parmigiano has almost no lactose, an interactive board with chess.js and
      chessground (`game.move`, `game.fen`, `isCheckmate`), a Neapolitan tailor cutting a
      jacket (literary), preparing for a first caving course, five Italian lighthouses
      ("Certo!"), Fracastoro's De contagione (1546), homemade ricotta, is the flu jab worth it,
      an e-mail asking a dairy for a school visit;
  pt: how the sea carved the Benagil cave, estimating Rt with EpiEstim (`estimate_R`) in
      RStudio, an old tailor in Rua dos Fanqueiros (literary), learning the Italian opening,
      five Portuguese cheeses ("Claro!"), the Cabo de São Vicente lighthouse (1846), homemade
      requeijão from whey, show caves versus wild caving, a school's letter to parents about
      head lice.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one (hence, hereat, therethrough, aforethought, upstairs, underground, cheesecloth,
waistcoat, checkmate, stalemate, lamplight, sinkhole, headland, foghorn, shipwreck, milkmaid,
handkerchief, pinstripe, pocketknife, buttermilk, sheepskin; celui-ci, chausse-pied, cache-nez,
garde-robe, par-dessus, sauf-conduit, porte-drapeau, chef-d'œuvre, arrière-pays, pissenlit,
entresol, malheur, madame, monsieur, là-dedans, ceux-là, eux-mêmes; sordomudo, maniatar,
saltamontes, medialuna, madreselva, portavoz, vanagloria, doquier, malcriado, sobrenombre,
parabién, cabizbajo, marejada, pasapurés; ringsherum, hintereinander, vorsichtshalber,
dahinter, jedesmal, keinerlei, allzu, anhand, zufolge, mithilfe, infrage, zuliebe;
fintantoché, perocché, dapprima, altrettanto, quassù, dinanzi, innanzitutto, oramai,
portabandiera, mangiafuoco, battipanni, copricapo, spremiagrumi, caposquadra; quejando,
daquém, dalém, entrecosto, amor-perfeito, pão-de-ló, ultramar, madressilva, toda-a-gente,
tão-pouco, tão-somente, mau-olhado, abaixo-assinado, mal-estar, recém-nascido), tool and brand
names in lower case in prose (gitea, croc, glances, navi, tldr, watchexec, lsd, uv), code
identifiers in snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and
@handles, German long compounds and particle verbs (with zu inside: anzuheften,
herunterzuklettern, aufzuschneiden, auseinanderzunehmen, hinterherzulaufen, einzuritzen,
hinabzusteigen, festzuhalten), clitics, elisions and contractions (donne-la-lui, couds-le-moi,
rapporte-les-leur; cósemelo, tráigannoslas; cucitemelo, portatemela, ne'; cose-mo, pô-lo-ei,
mostrem-lho, daquém), names of people and places, and informal spellings (tysm, prolly, hmu,
ily, lmao, irl; chui, trkl, mdrr, keum; dnd, bn, toy; naja, jup, hab, isch, mega; qnd, anke,
paccare; pfv, mt); and texts in languages the detector does not judge (Cornish,
Kapampangan, Bikol, Tsonga, Venda, Kirundi, Bemba, Fula, none of them used by v9-v27), some
with a glue in them, which must get no word finding at all.
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
        "Hence the old keeper, with something like malice aforethought, went upstairs by lamplight and "
        "sounded the foghorn, and hereat the milkmaid on the headland waved a handkerchief toward the "
        "shipwreck; therethrough the mist nobody saw her.",
        "Strain the curds through cheesecloth, keep the buttermilk for scones, and hang the pinstripe "
        "waistcoat by the sheepskin coat upstairs; the pocketknife is in the drawer, and the sinkhole "
        "underground is fenced off.",
        "It was checkmate in three, not stalemate, she said. On the server we run gitea behind a small "
        "proxy, glances shows the load, croc sends files between laptops, and watchexec reruns the tests; "
        "I read tldr pages, list folders with lsd, search snippets with navi and install Python with uv.",
        "The job calls compute_attack_rate on each cohort, then passes the result to isOutbreakLikely and "
        "to surveillance.weekly_report.render_table; config.lens_focal_length_mm is read once in "
        "tools/cave_survey/stations.py, and test_scholars_mate_is_blocked covers the opening trap.",
        "Slides are at https://talks.example.org/2027/eddystone-smeaton#granite and the data at "
        "https://data.example.net/epi/weekly-cases.csv; mail keepers-guild@example.org or ping "
        "@cheddar_cave_club. #lighthouses #caving",
        "Eilidh MacLeod drove from Ullapool to Tobermory with Kwabena Asante-Darko and Gwendoline "
        "Tresidder, then took the ferry to Lochboisdale and on to Penzance.",
        "tysm for the tea!! prolly late again, srry, hmu when ur home. ily, lmao that cat irl.",
    ],
    "fr": [
        "Celui-ci, madame, n'est pas un chef-d'œuvre, dit le monsieur : le chausse-pied et le cache-nez "
        "sont restés dans la garde-robe, par-dessus les boîtes, là-dedans, et ceux-là sont à eux-mêmes.",
        "Dans l'arrière-pays, le porte-drapeau du village avait un sauf-conduit pour traverser l'entresol "
        "de la mairie ; par malheur, il s'est assis sur un pissenlit et a ri de lui-même.",
        "Donne-la-lui ce soir, couds-le-moi demain et rapporte-les-leur avant lundi : la veste de Yannick "
        "et la jupe de Maëlle partent ensuite à Quimperlé, puis à Ploumanac'h.",
        "J'héberge le code sur gitea, je surveille la machine avec glances, j'envoie les fichiers avec croc "
        "et je relance les tests avec watchexec ; pour les commandes, je lis tldr, j'affiche les dossiers "
        "avec lsd et j'installe Python avec uv.",
        "La fonction calculer_taux_attaque reçoit chaque cohorte, puis estEpidemieProbable et "
        "surveillance.rapport_hebdo.afficher_tableau ; config.focale_lentille_mm est lue dans "
        "outils/releve_grotte/stations.py.",
        "Le programme est sur https://fromages.exemple.fr/2027/affinage-en-cave#roquefort, les "
        "inscriptions à club-echecs@exemple.fr ou à @phare_cordouan. #echecs #fromage",
        "Chui en retard, trkl, j'arrive dans dix minutes, mdrr le keum du club d'échecs a encore perdu.",
    ],
    "es": [
        "El portavoz, cabizbajo, habló de la marejada con vanagloria; el malcriado del barrio, cuyo "
        "sobrenombre era Saltamontes, le dio el parabién, y un sordomudo sonrió a la medialuna.",
        "Cósemelo antes del sábado y tráigannoslas al taller: la madreselva del patio, el pasapurés de "
        "la abuela y las cuerdas para maniatar los sacos, que por doquier nos faltan.",
        "Aitziber Etxeberria fue de Zarautz a Lekeitio con Candela Ruiz, y luego a Cudillero y a Candás "
        "para ver los faros. ¡Adiós, y conduce despacio!",
        "Tengo el código en gitea, vigilo el servidor con glances, paso archivos con croc y vuelvo a "
        "lanzar las pruebas con watchexec; consulto tldr, listo carpetas con lsd e instalo Python con uv.",
        "La tarea llama a calcular_tasa_ataque para cada cohorte, luego a esBroteProbable y a "
        "vigilancia.informe_semanal.pintar_tabla; ajustes.focal_lente_mm se lee en "
        "herramientas/topografia_cueva/estaciones.py.",
        "Las bases están en https://ajedrez.ejemplo.es/2027/torneo-de-verano#inscripcion; dudas a "
        "club-ajedrez@ejemplo.es o a @quesos_de_cabra. #ajedrez #espeleologia",
        "toy llegando, dnd estás? bn, te espero en la puerta del club, no tardes que empieza la partida.",
    ],
    "de": [
        "Vorsichtshalber liefen die Kinder hintereinander ringsherum, und jedesmal blieb dahinter keinerlei "
        "Spur zurück; allzu weit wollte man nicht gehen, anhand der Karte und zufolge der Führerin.",
        "Mithilfe der Karte stellte niemand infrage, dass es sich lohnte, die Leiter hinabzusteigen, sich "
        "am Seil festzuhalten und dem Führer zuliebe die Namen nicht in den Fels einzuritzen.",
        "Die Leuchtturmwärterhausrenovierungsarbeiten, die Höhlenrettungsbereitschaftsübung und der "
        "Rohmilchkäsereigenossenschaftsvorstand haben vor, die Zettel anzuheften, vom Gerüst "
        "herunterzuklettern, den Laib aufzuschneiden und die Maschine auseinanderzunehmen.",
        "Ich hoste den Code auf gitea, beobachte den Rechner mit glances, schicke Dateien mit croc und "
        "starte die Tests mit watchexec neu; Befehle schlage ich in tldr nach, Ordner zeige ich mit lsd an "
        "und Python installiere ich mit uv.",
        "Die Funktion berechne_befallsrate wird für jede Kohorte aufgerufen, danach istAusbruchWahrscheinlich "
        "und meldewesen.wochenbericht.tabelle_zeichnen; konfig.linse_brennweite_mm wird in "
        "werkzeuge/hoehlenvermessung/stationen.py gelesen.",
        "Die Termine stehen unter https://schach.beispiel.de/2027/sommerturnier#anmeldung, Fragen bitte an "
        "leuchtturmfreunde@beispiel.de oder an @kaese_aus_dem_allgaeu. #schach #hoehlen",
        "Naja, jup, hab gesehen, isch komm später, is mega voll hier. Hinnerk und Wiebke aus Hörnum "
        "holen uns in Wilhelmshaven ab, dann geht's nach Pellworm.",
    ],
    "it": [
        "Dapprima il caposquadra, dinanzi al portabandiera, disse che innanzitutto bisognava salire quassù; "
        "fintantoché pioveva, perocché nessuno aveva il copricapo, restammo tutti fermi.",
        "Oramai il mangiafuoco del paese usava il battipanni come bacchetta e lo spremiagrumi come "
        "trofeo; altrettanto fece suo nipote, ne' giorni di festa.",
        "Cucitemelo entro venerdì e portatemela sabato: la giacca di Gianmarco va a Ventotene, il "
        "cappotto di Ludovica a Tropea e poi a Lampedusa.",
        "Tengo il codice su gitea, controllo il server con glances, passo i file con croc e rilancio i "
        "test con watchexec; per i comandi leggo tldr, elenco le cartelle con lsd e installo Python con uv.",
        "La funzione calcola_tasso_attacco riceve ogni coorte, poi passa a eFocolaioProbabile e a "
        "sorveglianza.report_settimanale.disegna_tabella; config.focale_lente_mm si legge in "
        "strumenti/rilievo_grotta/stazioni.py.",
        "Il programma è su https://formaggi.esempio.it/2027/stagionatura-in-grotta#visite, le iscrizioni a "
        "circolo-scacchi@esempio.it o a @faro_di_capel_rosso. #scacchi #speleo",
        "qnd arrivi? anke io sono in ritardo, oggi pacco la lezione di chimica, ci vediamo al circolo.",
    ],
    "pt": [
        "Toda-a-gente diz que o mal-estar do recém-nascido foi mau-olhado, mas o médico, tão-somente, "
        "mandou assinar um abaixo-assinado e tão-pouco se preocupou com isso.",
        "Do ultramar chegavam quejandas novidades, daquém e dalém-mar, e a avó servia entrecosto, "
        "pão-de-ló e chá de madressilva enquanto regava o amor-perfeito.",
        "Cose-mo até sexta, que eu pô-lo-ei no sábado; depois mostrem-lho à Belmira, que vem de Mértola "
        "com o Rui, e seguimos para Sagres e Alcobaça.",
        "Tenho o código no gitea, vigio o servidor com o glances, passo ficheiros com o croc e volto a "
        "correr os testes com o watchexec; leio as páginas do tldr, listo pastas com o lsd e instalo o "
        "Python com o uv.",
        "A função calcular_taxa_ataque recebe cada coorte, depois chama eSurtoProvavel e "
        "vigilancia.relatorio_semanal.desenhar_tabela; config.focal_lente_mm é lida em "
        "ferramentas/levantamento_gruta/estacoes.py.",
        "O programa está em https://queijos.exemplo.pt/2027/cura-em-gruta#visitas e as inscrições em "
        "clube-xadrez@exemplo.pt ou com @farol_sao_vicente. #xadrez #grutas",
        "Pfv avisa qnd chegares, tou mt cansado, mas vou ao torneio na mesma, ok?",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "kw": ["Yma tour golow war an als ogas dhe Bennsans. An gwithyas a vewa ynnogans y wreg ha'y fleghes, "
           "hag ev a wolow an lugarn pub nos."],
    "pam": ["Ing keso a gawa da king gatas ning damulag manyaman ya king almusal. Ali ya masyadong "
            "maalat, anya mayapya king pandesal."],
    "bcl": ["Igwa nin dakulang kweba sa bukid harani sa samong banwa. Kan sakuyang aki pa, kaiba ko an "
            "sakuyang ama na naglaog digdi."],
    "ts": ["Vana va tlanga xikhise exikolweni endzhaku ka tidyondzo. Mudyondzisi wa vona u va dyondzisa "
           "ku ehleketakahle."],
    "ve": ["Ndi a livhuwa nga maanda nga thuso yaṋu. Ri ḓo ṱangana matshelo nga matsheloni kha tshikolo."],
    "rn": ["Abana benshi barwaye malariya muri uku kwezi. Abaganga basaba abantu bose kuryama "
           "mu rushundura ijoro ryose."],
    "bem": ["Umufyashi wandi alelanda ukuti tulefwaya ukuya ku musumba mailo. Natotelasana pa cilya "
            "mwapangile."],
    "ff": ["Mi yiɗi kosam e ñiiri, ko ngam ɗum hokki kam doole. Neɗɗo kala no waawi jaŋde e "
           "winndude."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v28", QUOTA, HARD_NEGATIVES, "neg28")
    print(common.write_set(HERE, recs))
