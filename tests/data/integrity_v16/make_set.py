"""Build the v16 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v16/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v16: the sets before it are scored once at the end of their round and are tuning sets
from then on, like v3-v15.  This set was written (without looking at the detector's rules or
running it on these texts) and committed before the next round of detector changes, and is
scored once, at the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label; the same code rebuilds the
earlier sets byte for byte), with v7's quota.  It was written at the same time as v17 by a
different hand, with topics taken only from sleep and dreams, birds and insects, chemistry in
the kitchen, board games and chess, rivers and bridges, and elections and civic life, so that
the two sets do not share topics.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: the hypnic jerk when falling asleep, Haskell's `Maybe` with `readMaybe`, `traverse` and
      `mapMaybe` for counting ballots (GHCi), a heron fishing below a bridge (literary),
      resetting the body clock after night shifts, the Tay Bridge disaster of 1879, homemade
      mayonnaise as an emulsion, first past the post versus proportional representation, an
      e-mail volunteering to work at a polling station;
  fr: why bicarbonate of soda makes a batter rise, a GraphQL API with Apollo Server, a ferryman
      on the Loire before the bridge is built (literary), sleeping badly without sleeping
      pills, the rules of go ("Bien sûr !"), the Pont du Gard, cheese soufflé, compulsory
      voting, a letter to the town hall to register on the electoral roll;
  es: how ants follow a pheromone trail, a `~/.tmux.conf` for tmux, a boatman on the Ebro
      (literary), bringing butterflies and bees to a balcony, the rules of parchís
      ("¡Claro!"), the general election of June 1977, meringue, the siesta, an e-mail booking
      a canoe trip down the river Sella;
  de: why birds on a power line get no shock, election results filtered with `jq`, a girl who
      cannot sleep listening to the house at night (literary), building an insect hotel for
      wild bees, the rules of Mühle ("Klar!"), the first Bundestag election of 1949,
      Laugenbrezeln, postal voting versus the polling station, a letter to a landlady about a
      wasps' nest, computing an Elo rating, how a suspension bridge carries its load, why we
      dream;
  it: how rivers form meanders and oxbow lakes, plotting a river's level with `ggplot2` in R
      (RStudio), a beekeeper on a hillside at dawn (literary), starting birdwatching, the rules
      of Italian draughts ("Certo!"), the Ponte Vecchio in Florence, zabaione, votes at
      sixteen, an e-mail booking a sleep study (polysomnography);
  pt: why mosquitoes bite some people more than others, a Kotlin `data class` with `groupBy`
      and `sumOf` for garden bird sightings (IntelliJ IDEA), an old angler on the Douro below
      the bridge (literary), voting for the first time in Portugal, never losing at noughts
      and crosses ("Claro!"), the bridge over the Tagus opened in 1966, leite-creme, birds in
      cages, an e-mail to a hotel asking for a quieter room.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one (aforesaid, undersigned, whensoever, thenceforward, hereunder, whereon,
homeward, elsewhere, moreover; dès lors, la plupart, après-midi, grand-chose, rouge-gorge,
chauve-souris, couvre-feu, tire-bouchon, taille-crayon, porte-clés, casse-tête, lave-vaisselle,
arc-en-ciel, gratte-ciel; aunque, siquiera, mientras, cualquiera, demás, trotamundos,
altibajos, rompeolas, bocabajo, zarzamora, traspié; vorneweg, nunmehr, sogleich, fortan,
ringsum, nebenbei, schlechterdings, nachgerade, trotzdem; casomai, perlomeno, giammai,
viceversa, allorquando, altrimenti, frattempo, pescespada, schiaccianoci, soprammobile,
asciugacapelli, guardaroba, capostazione; acolá, planalto, fidalgo, entanto, conforme,
bem-te-vi, beija-flor, porta-voz, louva-a-deus, quebra-nozes, cachecol), tool and brand names
in lower case in prose (helix, zoxide, btop, atuin, yazi, nushell, hyperfine, ncdu), code
identifiers in snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags
and @handles, German long compounds and particle verbs (with zu inside: einzuschlafen,
auszuschlafen, abzustimmen, anzustoßen), clitics, elisions and contractions
(rapporte-les-nous, passe-le-leur, achète-m'en, laisse-la-lui; cántaselo, escóndemelo,
súbetelo; cantaglielo, nascondimelo, lasciaglielo, vattene, m'hanno; cantá-lo-ia,
escondê-lo-emos, traz-mo, vê-la-ás), names of people and places, and informal spellings
(mid, rizz, fr fr, shook, yeeted, hella; téma, zarma, boloss, ça passe crème, on se capte,
tranquilou; neta, chévere, parce, vale, curro, órale; läuft bei dir, Mensch, keine Ahnung,
schnackt, na klar; annamo, ragà, porca miseria, sgamato, ganzo; nossa, massa, cringe, valeu,
caraca, uau); and texts in languages the detector does not judge (Corsican, Sardinian,
Romansh, Malagasy, Faroese, Yoruba, Haitian Creole, Javanese, none of them used by v9-v15),
some with a glue in them, which must get no word finding at all.
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
        "The undersigned agree that the aforesaid fence, whereon the roses grow, shall be painted whensoever "
        "it peels; thenceforward each party pays half, as set out hereunder, and moreover a signed copy is to "
        "be kept elsewhere, not in the shed.",
        "Every evening, homeward bound on the late bus, she reads the minutes of the parish council, which "
        "are dull enough to send anyone to sleep before the bridge.",
        "On the old laptop I write in helix, jump between folders with zoxide, watch the load in btop and "
        "keep my shell history in atuin; yazi browses the files, nushell is the shell, hyperfine times the "
        "scripts and ncdu finds what fills the disk.",
        "The scraper calls fetch_ballot_totals, passes each row to normalizeWardName and then to "
        "reports.turnout_chart.draw_bars; config.max_retry_seconds is read once in "
        "pipelines/count_import.py, and test_ignores_spoilt_ballots covers the odd case.",
        "The results are at https://elections.example.org/2028/ward-results#riverside and the raw data at "
        "https://data.example.net/civic/turnout/2028.csv; write to returning-officer@example.org or tag "
        "@civic_priyanka. #LocalElections #VoteEarly",
        "Priyanka Raghunathan drove from Llanfairfechan to Kirkcudbright with Ignatius Okonkwo-Bell and "
        "Saoirse Ní Bhriain, then took the ferry on to Stornoway and Tobermory.",
        "Nah, that set was mid, but the drummer had serious rizz, fr fr. I was shook when he yeeted a stick "
        "into the crowd, hella good night.",
    ],
    "fr": [
        "Dès lors qu'il pleut, la plupart des voisins restent chez eux tout l'après-midi ; il n'y a pas "
        "grand-chose à faire, sinon regarder le rouge-gorge sur la haie et la chauve-souris qui sort au "
        "crépuscule, juste avant le couvre-feu des enfants.",
        "Dans le tiroir, on trouve un tire-bouchon, un taille-crayon, des porte-clés et un vieux casse-tête ; "
        "le lave-vaisselle est en panne, et l'arc-en-ciel au-dessus du gratte-ciel n'y change rien.",
        "Je code dans helix, je saute d'un dossier à l'autre avec zoxide, je surveille la machine avec btop "
        "et je garde l'historique du terminal dans atuin ; yazi me sert de gestionnaire de fichiers et "
        "nushell de shell.",
        "Le script appelle recuperer_totaux_bureaux, passe chaque ligne à normaliserNomCommune puis à "
        "rapports.graphique_participation.tracer_barres ; config.delai_max_secondes est lu une fois dans "
        "chaines/import_depouillement.py.",
        "Les résultats sont sur https://elections.exemple.fr/2028/resultats-par-bureau#rive-gauche, et les "
        "questions vont à bureau-centralisateur@exemple.fr ou à @civique_anaelle. #Municipales2028 #JeVote",
        "Rapporte-les-nous demain, passe-le-leur ensuite, achète-m'en deux et laisse-la-lui : Anaëlle et "
        "Gaëtan partent de Villefranche-sur-Saône pour Châlons-en-Champagne, chez Perrine.",
        "Téma la dégaine du boloss, zarma il connaît tout. Bref, ça passe crème, on se capte ce soir, "
        "tranquilou.",
    ],
    "es": [
        "Aunque el trotamundos tuvo sus altibajos, siquiera una vez al año volvía al rompeolas; mientras "
        "tanto, cualquiera que pasara lo veía dormir bocabajo junto a la zarzamora, y los demás se reían de "
        "su último traspié.",
        "Escribo en helix, salto entre carpetas con zoxide, vigilo el portátil con btop y guardo el historial "
        "en atuin; yazi me sirve para los archivos y nushell es mi terminal de cada día.",
        "El script llama a obtener_totales_mesa, pasa cada fila a normalizarNombreMunicipio y luego a "
        "informes.grafico_participacion.dibujar_barras; config.espera_maxima_segundos se lee una vez en "
        "procesos/importar_escrutinio.py.",
        "Los resultados están en https://elecciones.ejemplo.es/2028/resultados-por-mesa#ribera y las dudas, "
        "a junta-electoral@ejemplo.es o a @civica_maite. #Elecciones2028 #YoVoto",
        "Cántaselo a Maite, escóndemelo bien y súbetelo luego: Xabier y Macarena se van de Villanueva de la "
        "Serena a Alcañiz, y después Nerea Goikoetxea los lleva a Cangas de Onís.",
        "Neta, qué chévere estuvo el concierto. Parce, vale, mañana toca curro temprano, pero el sábado nos "
        "vemos, ¿órale?",
    ],
    "de": [
        "Vorneweg: Sie hat die Abrechnung nunmehr geprüft und sogleich gemerkt, dass fortan ringsum gespart "
        "wird; nebenbei bemerkt war das schlechterdings nicht anders zu erwarten, und nachgerade lächerlich "
        "fand sie es trotzdem.",
        "Die Wahlbenachrichtigungskarte, das Brückeninstandsetzungsprogramm und das "
        "Schlafforschungslaboratorium haben wenig gemeinsam, außer dass man nach dem Lesen kaum noch "
        "einzuschlafen vermag und vergisst, am Sonntag auszuschlafen, abzustimmen und mit den Nachbarn "
        "anzustoßen.",
        "Ich programmiere in helix, springe mit zoxide zwischen den Ordnern, beobachte den Rechner mit btop "
        "und speichere den Verlauf der Shell in atuin; yazi zeigt die Dateien, und ncdu findet, was die "
        "Platte füllt.",
        "Das Skript ruft hole_stimmen_je_bezirk auf, reicht jede Zeile an normalisiereBezirksName und dann an "
        "berichte.beteiligung_diagramm.zeichne_balken weiter; einstellungen.max_wartezeit_sekunden wird "
        "einmal in ablauf/zaehlung_import.py gelesen.",
        "Die Ergebnisse stehen unter https://wahlen.beispiel.de/2028/ergebnisse-nach-bezirk#altstadt, Fragen "
        "bitte an wahlamt-team@beispiel.de oder an @buergerbuero_malte. #Kommunalwahl #Wahlhelfer",
        "Läuft bei dir, Mensch! Keine Ahnung, wann Malte und Wiebke aus Castrop-Rauxel kommen, aber "
        "Hannelore aus Bad Münstereifel schnackt schon mit Torben, na klar.",
    ],
    "it": [
        "Casomai piovesse, perlomeno restate a casa; giammai uscite senza ombrello, e viceversa portatelo "
        "anche col sole, allorquando il cielo è incerto, altrimenti nel frattempo vi bagnerete.",
        "Cantaglielo stasera, nascondimelo in cantina e lasciaglielo sul tavolo, poi vattene: il pescespada è "
        "in frigo, lo schiaccianoci sul soprammobile e l'asciugacapelli nel guardaroba del capostazione.",
        "Programmo in helix, salto tra le cartelle con zoxide, controllo il portatile con btop e tengo la "
        "cronologia del terminale in atuin; yazi mi mostra i file e hyperfine misura gli script.",
        "Lo script chiama recupera_totali_seggio, passa ogni riga a normalizzaNomeComune e poi a "
        "rapporti.grafico_affluenza.disegna_barre; config.attesa_massima_secondi viene letto una volta in "
        "processi/importa_scrutinio.py.",
        "I risultati sono su https://elezioni.esempio.it/2028/risultati-per-seggio#oltrarno; le domande vanno "
        "scritte a ufficio-elettorale@esempio.it oppure a @civico_ludovica. #Elezioni2028 #IoVoto",
        "Annamo, ragà, che Ludovica e Tancredi arrivano da Civitavecchia con Ermenegildo da Bassano del "
        "Grappa; porca miseria, m'hanno sgamato, ma è ganzo lo stesso.",
    ],
    "pt": [
        "Acolá, no planalto, o fidalgo viu um bem-te-vi e um beija-flor; no entanto, conforme combinado com o "
        "porta-voz, guardou o louva-a-deus num frasco, o quebra-nozes no bolso e o cachecol na mala.",
        "Cantá-lo-ia se pudesse, mas escondê-lo-emos até sábado; traz-mo amanhã, e depois do jantar tu "
        "vê-la-ás na gaveta onde a pus.",
        "Programo no helix, salto entre pastas com o zoxide, vigio o portátil com o btop e guardo o histórico "
        "do terminal no atuin; o yazi mostra os ficheiros e o ncdu encontra o que enche o disco.",
        "O script chama obter_totais_mesa, passa cada linha a normalizarNomeFreguesia e depois a "
        "relatorios.grafico_afluencia.desenhar_barras; config.espera_maxima_segundos é lido uma vez em "
        "processos/importar_apuramento.py.",
        "Os resultados estão em https://eleicoes.exemplo.pt/2028/resultados-por-freguesia#ribeira; as dúvidas "
        "vão para comissao-eleitoral@exemplo.pt, ou mencione @civico_tiago. #Autarquicas2028 #EuVoto",
        "Nossa, que massa, o show foi meio cringe mas valeu, caraca! O Tiago e a Leonor vieram de Vila Nova "
        "de Famalicão e a Guilhermina de Castelo de Vide, uau.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "co": ["D'estate, a ghjente di u paese si mette à pusà nant'à a piazza à u fresculu, è i zitelli ghjocanu "
           "finu à notte cù u ballò."],
    "sc": ["Su sàbadu a mangianu andamus a su mercadu de sa bidda a comporare casu e pane carasau, e apustis "
           "torramus a domo a pei."],
    "rm": ["La dumengia faschain nus savens ina spassegiada en il guaud e mangiain sper il lai. Ils uffants "
           "dorman alura bain ed endretg lasaira."],
    "mg": ["Isaky ny alahady dia mandeha any am-piangonana ny fianakaviana, ary avyeo dia misakafo miaraka "
           "amin'ny raibe sy renibe."],
    "fo": ["Um summarið fara vit ofta út at fiska við pápa, og umkvøldið eta vit fiskin saman við "
           "familjuni."],
    "yo": ["Ní ọjọ́ Àìkú, àwọn ọmọdé máa ń ṣeré ní àgbàlá, àwọn àgbàlagbà sì ń sọ̀rọ̀ lábẹ́ igi."],
    "ht": ["Chak dimanch, fanmi an al legliz, epi apre sa nou manje diri ak pwa kole lakay grann mwen. "
           "Timoun yo jwe nanlakou a jiskaswa."],
    "jv": ["Saben esuk, simbah tindak menyang pasar tuku sayuran, banjur masak sega lan sayur asem kanggo "
           "kulawarga."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v16", QUOTA, HARD_NEGATIVES, "neg16")
    print(common.write_set(HERE, recs))
