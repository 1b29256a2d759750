"""Build the v14 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v14/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v14: the sets before it are scored once at the end of their round and are tuning sets
from then on, like v3-v13.  This set was written (without looking at the detector's rules or
running it on these texts) and committed before the next round of detector changes, and is
scored once, at the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label; the same code rebuilds the
earlier sets byte for byte), with v7's quota.  It was written at the same time as v15 by a
different hand, with topics taken only from science and space, architecture and buildings,
fashion and textiles, farming and the countryside, games and puzzles, and volunteering and
community, so that the two sets do not share topics.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why we always see the same face of the Moon (tidal locking), SQLite's write-ahead log
      with `PRAGMA journal_mode=WAL` and DB Browser for SQLite, bringing in the hay before the
      rain (literary), organising a community litter pick, solving a Rubik's Cube layer by
      layer ("Sure!"), Paxton's Crystal Palace of 1851, Cornish pasties, a letter to a tailor
      about altering a grandfather's wool coat;
  fr: how the northern lights form, `ipairs` versus `pairs` in Lua tables in a LÖVE game, a
      weaver at her loom in a valley (literary), volunteering at a food bank, the rules of
      belote ("Bien sûr !"), Le Corbusier's Cité radieuse in Marseille, tarte Tatin, new versus
      second-hand clothes, a letter asking to join a farm's vegetable-box scheme (AMAP);
  es: why Mars is red, Nginx as a reverse proxy with `proxy_pass` for a neighbours'
      association website, the olive harvest near Jaén (literary), ironing a shirt, a first
      sudoku ("¡Claro!"), Gaudí and the Sagrada Familia, migas extremeñas, volunteering in
      person versus online, an e-mail booking a group visit to an observatory on Tenerife;
  de: why a comet has a tail, `git bisect` with `git bisect run` and GitLab, an old farmer
      ploughing in the autumn fog (literary), sewing a button back on, becoming a volunteer
      reading mentor at a primary school ("Klar!"), the Bauhaus from Weimar to Dessau,
      Bauernfrühstück, board games versus video games, a letter asking to join a public
      observatory's society, solving a sudoku by backtracking, how a milking robot works, why
      wool keeps you warm even when damp;
  it: the Perseids, an Ansible playbook with the `apt`, `service` and `template` modules for a
      neighbourhood library's servers, an old man pruning vines in the Langhe (literary),
      hand-washing a wool jumper, volunteering at a soup kitchen ("Certo!"), Brunelleschi's
      dome in Florence, polenta concia, chess online versus over the board, an e-mail to an
      agriturismo about a grape-harvest week;
  pt: why astronauts float on the International Space Station, arrays in GNU Bash
      (`"${fotos[@]}"`, `mapfile`, `declare -A`), an old embroiderer on Madeira (literary),
      doing a thousand-piece jigsaw, volunteering at an old people's home ("Claro!"), the
      Jerónimos Monastery, sopa da pedra, a house in the country versus a flat in town, an
      e-mail asking to join a chess club.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one (hereupon, hereabouts, therewith, thenceforth, whichever, somehow, whereafter,
alongside, forevermore, upstream; d'ailleurs, malgré, avant-hier, après-demain, là-haut,
quelques-uns, pourboire, portemanteau, bonhomme, passe-partout; quitanieves, guardarropa,
cortacésped, anteojos, pararrayos, mapamundi, malentendido, quizá, apenas, salvamanteles,
telaraña, sinsabor, adentro, afuera, encima, lavavajillas, paracaídas; freilich, nämlich,
wodurch, zumindest, hingegen, seither, ohnedies, überhaupt, irgendwie, miteinander; dacché,
sicché, malgrado, ovvero, ogniqualvolta, chissà, neppure, alcunché, quantomeno, apribottiglie,
portachiavi, tergicristallo, spazzaneve, grattacielo, lavastoviglie, dopodomani; outrem,
alhures, consoante, através, malgrado, dali, sobremaneira, guarda-roupa, abre-latas,
arco-íris, couve-flor, pontapé, guarda-redes), tool and brand names in lower case in prose
(stellarium, lichess, godot, tiled, freecad, qgis, kdenlive, mastodon), code identifiers in
snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles,
German long compounds and particle verbs (with zu inside: abzustützen, nachzupflanzen,
einzudecken, auszuschildern), clitics, elisions and contractions (offre-les-leur, garde-t'en,
parlons-en, prends-en; enséñaselo, regálamelas, pídeselo, tráetelo; regalaglielo,
raccontacela, comprameli, dateglielo, c'ho, s'esce; oferece-lha, mandá-lo-ia,
devolvê-la-emos, dir-nos-á, noutro, duma), names of people and places, and informal
spellings (tryna, peng, wotcha, soz, brew, gobsmacked, no cap; j'avoue, la flemme, ça me
saoule, dingue, vas-y; tronco, birras, la leche, ahorita, dale; hömma, dat, kommste, Bock,
tschüssi; mannaggia, uffa, vabbuò, ciauz; olha, top, pronto, xau, beijinhos); and texts in
languages the detector does not judge (Dutch, Slovak, Slovenian, Estonian, Latvian, Malay,
Occitan, Zulu, none of them used by v9-v13), some with a glue in them, which must get no word
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
        "Hereupon the committee met and, somewhere hereabouts around nine, decided that the marquee and the "
        "benches supplied therewith would stay up till Sunday; thenceforth the raffle would go ahead whichever "
        "way the vote went, and nobody could somehow object.",
        "We had supper in the barn, whereafter everyone walked home alongside the river, a mile upstream to "
        "the bridge, and the farmer swore he would remember that harvest forevermore.",
        "I plan the night sky in stellarium, play blitz on lichess, build little games in godot with maps "
        "drawn in tiled, model the shed in freecad, check field boundaries in qgis, cut the club video in "
        "kdenlive and post it on mastodon.",
        "The scheduler calls assign_volunteer_shift, passes each slot to computeHarvestWindow and then to "
        "rota.exporter.write_ics; config.max_shifts_per_week is read in community/rota_planner.py, and "
        "test_handles_double_booking covers the odd case.",
        "Sign up at https://volunteers.example.org/2027/river-clean-up?ref=newsletter#saturday and read "
        "https://wiki.example.net/farm-days/Getting_Started; questions go to farmdays-team@example.org or "
        "@greenacre_rota. #litterpick #volunteering",
        "Siobhán Ní Bhraonáin drove from Llanfairpwllgwyngyll to Machynlleth with Wojciech Szczepański and "
        "Ngozi Chukwuemeka-Hartley, then flew on to Tegucigalpa and Quetzaltenango.",
        "Wotcha, fam! That gig was peng, no cap, proper gobsmacked I was. I'm tryna grab a brew first, soz, "
        "be there in five.",
    ],
    "fr": [
        "D'ailleurs, malgré la pluie, elle est restée chez sa sœur ; avant-hier, puisqu'elle avait raté le "
        "dernier car, elle a dormi là-haut, et elle repartira après-demain si le temps le permet.",
        "Quelques-uns ont laissé un pourboire ; le bonhomme a accroché sa veste au portemanteau et glissé son "
        "passe-partout dans sa poche avant de fermer la grange.",
        "Offre-les-leur, garde-t'en un et parlons-en ensuite, prends-en soin : Solène et Erwan partent de "
        "Quimperlé pour Château-Gontier, puis pour Villefranche-sur-Saône chez Aurélien.",
        "Je prépare mes nuits d'observation avec stellarium, je joue des parties rapides sur lichess, je fais "
        "de petits jeux avec godot et des cartes dessinées dans tiled ; pour l'abri de jardin, freecad, pour "
        "les parcelles, qgis, et pour la vidéo du club, kdenlive, publiée ensuite sur mastodon.",
        "Le planificateur appelle attribuer_creneau_benevole, passe chaque créneau à calculerFenetreRecolte "
        "puis à planning.exporteur.ecrire_ics ; config.max_creneaux_semaine est lu dans "
        "association/planning_benevoles.py.",
        "Inscriptions sur https://benevoles.exemple.org/2027/nettoyage-des-berges?ref=lettre#samedi, questions "
        "à equipe-benevoles@exemple.org ou à @jardin_partage_lyon. #bénévolat #ramassage",
        "C'est dingue, j'avoue ! Bref, on se retrouve ce soir, vas-y, j'ai la flemme de bosser, ça me saoule "
        "grave.",
    ],
    "es": [
        "Al amanecer pasó el quitanieves; el vecino sacó un chubasquero del guardarropa, guardó el cortacésped "
        "en el cobertizo y, con los anteojos empañados, revisó el pararrayos del pajar mientras su nieto "
        "buscaba Bolivia en un mapamundi.",
        "Quizá fue un malentendido, pero apenas llegó dejó la bandeja encima del salvamanteles, debajo de una "
        "telaraña, y se fue adentro con un sinsabor que no supo explicar; afuera seguía lloviendo.",
        "Enséñaselo a tu prima, regálamelas si ya no las usas, pídeselo al abuelo y tráetelo el domingo: "
        "Xoán y Maitane van de Villanueva de la Serena a Alcañiz, y luego Ainhoa Etxeberria los lleva a "
        "Cangas de Onís.",
        "Preparo las noches de observación con stellarium, juego partidas rápidas en lichess, hago juegos "
        "pequeños con godot y mapas dibujados en tiled; el cobertizo lo diseño en freecad, las parcelas las "
        "miro en qgis y el vídeo del club lo monto en kdenlive y lo subo a mastodon.",
        "El planificador llama a asignar_turno_voluntario, pasa cada turno a calcularVentanaCosecha y luego a "
        "turnos.exportador.escribir_ics; config.max_turnos_semana se lee en asociacion/planificador_turnos.py.",
        "Apúntate en https://voluntarios.ejemplo.org/2027/limpieza-del-rio?ref=boletin#sabado; las dudas, a "
        "equipo-voluntarios@ejemplo.org o a @huerto_vecinal_cadiz. #voluntariado #limpieza",
        "Ostras, tronco, el concierto fue la leche, lo juro. ¿Nos tomamos unas birras luego o qué? Dale, "
        "hasta ahorita.",
    ],
    "de": [
        "Er wusste nämlich selbst nicht, wodurch der Schaden entstanden war, zumindest behauptete er das. "
        "Seine Schwester hingegen meinte, seither sei ohnedies alles anders, und überhaupt hätten die beiden "
        "irgendwie schon vorher kaum miteinander gesprochen; freilich glaubte ihr keiner.",
        "Die Denkmalschutzbehörde, die Landwirtschaftskammer und der Sternwartenförderverein haben im "
        "Baugenehmigungsverfahren beschlossen, im Frühjahr die alte Scheune abzustützen, die Streuobstwiese "
        "nachzupflanzen, die Kuppel neu einzudecken und die Wanderwege auszuschildern.",
        "Ich plane die Beobachtungsnächte mit stellarium, spiele Blitzpartien auf lichess, baue kleine Spiele "
        "mit godot und Karten aus tiled; den Schuppen zeichne ich in freecad, die Flurstücke prüfe ich in "
        "qgis, und das Vereinsvideo schneide ich in kdenlive und poste es auf mastodon.",
        "Der Planer ruft assign_volunteer_shift auf, reicht jede Schicht an computeHarvestWindow und dann an "
        "rota.exporter.write_ics weiter; config.max_shifts_per_week wird in community/rota_planner.py "
        "gelesen.",
        "Anmeldung unter https://ehrenamt.beispiel.de/2027/bachputz?ref=rundbrief#samstag, Fragen bitte an "
        "ehrenamtsteam@beispiel.de oder an @gemeinschaftsgarten_kiel. #ehrenamt #bachputz",
        "Hömma, dat war voll geil gestern, echt jetzt! Kommste morgen mit? Bock hab ich, aber null Plan, "
        "wann. Tschüssi! Wiebke und Hauke aus Castrop-Rauxel fahren mit Gesine nach Bad Münstereifel.",
    ],
    "it": [
        "Dacché era arrivato il nonno nessuno giocava più a carte, malgrado la pioggia, ovvero proprio per "
        "quella; ma ogniqualvolta perdeva, chissà perché, rideva, sicché neppure la nonna osò dirgli "
        "alcunché, quantomeno all'inizio.",
        "Nel cassetto c'erano un apribottiglie, un portachiavi e un tergicristallo nuovo, mentre la "
        "lavastoviglie girava; fuori lo spazzaneve aveva già liberato la strada davanti al grattacielo, e "
        "dopodomani si riparte.",
        "Regalaglielo a Natale, raccontacela tutta e comprameli domani; il cavatappi, invece, dateglielo "
        "subito. Ludovica e Gianmarco da Civitavecchia vanno a Sannicandro Garganico con Ermenegildo.",
        "Preparo le notti di osservazione con stellarium, gioco partite lampo su lichess, faccio piccoli giochi "
        "con godot e mappe disegnate in tiled; il capanno lo disegno in freecad, i campi li guardo in qgis e "
        "il video del circolo lo monto in kdenlive e lo pubblico su mastodon.",
        "Il pianificatore chiama assegna_turno_volontario, passa ogni turno a calcolaFinestraRaccolta e poi a "
        "turni.esportatore.scrivi_ics; config.max_turni_settimana viene letto in "
        "associazione/pianificatore_turni.py.",
        "Iscrizioni su https://volontari.esempio.org/2027/pulizia-del-fiume?ref=notiziario#sabato; le domande "
        "a squadra-volontari@esempio.org oppure a @orto_condiviso_bari. #volontariato #pulizia",
        "Mannaggia, stasera s'esce o no? Uffa, c'ho da studiare, vabbuò, ci sentiamo dopo, ciauz.",
    ],
    "pt": [
        "Malgrado a chuva, ele foi através do campo e, consoante o combinado, chegou dali a pouco; outrem "
        "teria desistido ou ido procurar abrigo alhures, mas ele gostava sobremaneira daquele caminho.",
        "Tirou do guarda-roupa o abre-latas esquecido, viu o arco-íris por cima da couve-flor na horta e "
        "ouviu os miúdos discutir um pontapé do guarda-redes no jogo da aldeia.",
        "Oferece-lha amanhã; eu mandá-lo-ia hoje, mas devolvê-la-emos só depois, noutro dia, e ele dir-nos-á "
        "duma vez se gostou.",
        "Preparo as noites de observação com o stellarium, jogo partidas rápidas no lichess, faço pequenos "
        "jogos com o godot e mapas desenhados no tiled; o barracão desenho-o no freecad, os terrenos vejo-os "
        "no qgis e o vídeo do clube monto-o no kdenlive e publico-o no mastodon.",
        "O planeador chama atribuir_turno_voluntario, passa cada turno a calcularJanelaColheita e depois a "
        "turnos.exportador.escrever_ics; config.max_turnos_semana é lido em associacao/planeador_turnos.py.",
        "Inscrições em https://voluntarios.exemplo.pt/2027/limpeza-do-rio?ref=boletim#sabado; as dúvidas vão "
        "para equipa-voluntarios@exemplo.pt, ou mencione @horta_comunitaria_braga. #voluntariado #limpeza",
        "Olha, aquilo foi mesmo top, a sério! Vamos lá às dez? Pronto, combinado, beijinhos, xau. O Gonçalo e "
        "a Leonor vieram de Vila Nova de Foz Côa, e a Matilde de Castelo Branco.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "nl": ["In het voorjaar gaan de koeien weer naar buiten, en het halve dorp komt kijken hoe ze in de wei "
           "springen. Het isaltijd een feest, ook voor de boer."],
    "sk": ["Na jeseň zbierame v záhrade jablká a hrušky a babka z nich varí lekvár. Deti pomáhajú ajpotom "
           "dostanú palacinky."],
    "sl": ["Ob nedeljah pogosto gremo v hribe, kjer je zrak svež in razgled čudovit. Na poti se ustavimo v "
           "koči na čaju in domačih štrukljih."],
    "et": ["Suvel käime vanaema juures maal, kus korjame metsast mustikaid ja ujume järves. Õhtul istume "
           "saunas ja räägime lugusid."],
    "lv": ["Ziemā mēs bieži slidojam uz ezera un pēc tam dzeram karstu tēju. Vecmāmiņa cep pīrāgus arspeķi "
           "un sīpoliem."],
    "ms": ["Pada hujung minggu, kami pergi ke pasar malam untuk membeli sate dan air tebu. Adik saya "
           "sukamakan kuih lapis yang manis."],
    "oc": ["Cada estiu, los pastres menan las fedas a la montanha, e tornan a l'auton amb los anhèls. Es una "
           "fèsta granda per tot lo vilatge."],
    "zu": ["Ekuseni kakhulu, umalume uvuka ayosenga izinkomo. Emva kwalokho, sidla isidudu ngobisi "
           "olusha."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v14", QUOTA, HARD_NEGATIVES, "neg14")
    print(common.write_set(HERE, recs))
