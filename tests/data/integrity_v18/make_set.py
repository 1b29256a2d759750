"""Build the v18 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v18/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v18: v17 is scored once at the end of its round and is a tuning set from then on, like
v3-v16.  This set was written (without looking at the detector's rules or running it on these
texts) and committed before the next round of detector changes, and is scored once, at the end
of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.

The passages (passages_<lang>.txt) are new, and each language has its own topics, drawn from
glass and metalwork, islands, mushrooms and foraging, the post and letters, clocks and time,
and cooperative games and team-sports coaching, written in the registers of LLM answers (an
explanation, a technical answer with code spans and a product name, a literary paragraph,
step-by-step advice, a "Sure! Here's..." reply, a historical summary, a recipe, an opinion, a
letter or e-mail); eight in English, nine in French, Spanish, Italian and Portuguese, twelve in
German (no glue of two content words there):
  en: why old window panes are thicker at the bottom (crown glass, not flowing glass), a
      ticking clock as a Svelte `readable` store (`setInterval`, `derived`, SvelteKit in
      Visual Studio Code), a glassblower at the furnace (literary), starting to forage for
      mushrooms safely, five cooperative board games for a family ("Sure!"), Rowland Hill and
      the Penny Black (1840), chanterelles on toast, an e-mail booking a glassblowing taster
      session;
  fr: why heated iron glows red, orange then yellow at the forge, a countdown timer with
      Kotlin coroutines (`viewModelScope.launch`, `delay`, `StateFlow`, Android Studio), a
      woman on an island waiting for the mail boat (literary), sending a registered letter
      with acknowledgement of receipt, a training session for an under-11 basketball team
      ("Bien sûr !"), the Aéropostale (Latécoère, Mermoz, Saint-Exupéry), omelette aux cèpes,
      handwritten letters versus e-mail, a claim to the post office for a lost parcel;
  es: how sea glass forms, a test virtual machine with Vagrant (`Vagrantfile`, `vagrant up`,
      VirtualBox), a village blacksmith at his forge (literary), a first training session
      for a team of eight-year-old footballers, three walking days on La Gomera ("¡Claro!"),
      the swordsmiths of Toledo, setas al ajillo, Spain's time zone, an e-mail asking a
      silversmith to repair a grandmother's ring;
  de: why mushrooms appear overnight after rain, functions, `set -gx`, `funcsave` and `abbr`
      in the Fish shell, an old woman picking ceps in the morning fog (literary), regulating
      a pendulum clock, cooperative games for a children's party ("Klar!"), railway time and
      the 1893 law on Central European Time, Pilzrahmsoße with Semmelknödel, abolishing the
      clock change, a letter to the post office about a mail-forwarding order, Zeller's
      congruence for the day of the week, how a radio-controlled clock (DCF77) works, why a
      thick glass cracks under boiling water;
  it: fairy rings of mushrooms, a timing macro in Common Lisp (`defmacro`, `gensym`,
      `macroexpand-1`, SBCL and SLIME), an old man winding a bell-tower clock (literary),
      cleaning tarnished silver with aluminium foil and bicarbonate, a warm-up for an
      under-10 volleyball team ("Certo!"), the move of the glass furnaces to Murano in 1291,
      tagliatelle ai porcini, cast iron versus stainless steel pans, an e-mail to a clock
      repairer about a grandfather's pendulum clock;
  pt: why some Azorean beaches have black sand, common table expressions (`WITH`,
      `WITH RECURSIVE`) in PostgreSQL and DBeaver on letters per post office, an old woman on
      an island writing to her emigrant son (literary), sending a parcel abroad, cooperative
      games for a primary class ("Claro!"), the settlement of the Azores, bolo do caco,
      living on a small island, an e-mail signing up for a mushroom-foraging walk.

The hard negatives are new too, six per judged language: words the language itself writes as
one (hereinbefore, whereunto, thereat, howbeit, offhand, hereof, wherefrom, whereto, therefor,
forthright, overhead, outset; bonjour, bienvenue, gendarme, quoiqu'il, puisqu'elle, beaucoup,
toujours, pourvu, lorsqu'enfin, tournesol, vinaigre, autour, dedans; contigo, consigo,
además, enfrente, todavía, quizás, acaso, hojalata, picaporte, tirachinas, guardameta,
hierbabuena, agridulce, boquiabierto, puntapié; gleichzeitig, indessen, bisweilen, durchaus,
mithin, sofern, ehedem, hernach, abermals, allesamt, beiderseits, dergleichen, derweil,
zugleich; oltreché, suddetto, quaggiù, addosso, qualcosa, inoltre, portalettere, pomodoro,
ficcanaso, scolapasta, saliscendi, dianzi; afora, diante, detrás, agora, porquê, nalgum,
doutrem, vaga-lume, pé-de-meia, guarda-lamas, para-brisas, corta-unhas), tool and brand
names in lower case in prose (forgejo, miniflux, wallabag, mealie, traefik, ntfy, kopia,
dnsmasq), code identifiers in snake_case and camelCase and dotted names, URLs, e-mail
addresses, hashtags and @handles, German long compounds and particle verbs (with zu inside:
aufzuziehen, nachzustellen, abzuholen, freizumachen, einzuwerfen, einzuschmelzen), clitics,
elisions and contractions (écris-la-leur, poste-la-moi, occupe-t'en, sers-t'en, penses-y;
envíaselo, échamela, quítaselo, cuélgamelo, fírmamelo; scrivimela, imbucaglielo,
spediscigliela, aggiustamelo, caricatelo; envia-lha, escrevê-la-ei, pô-lo-ás, fi-lo, dei-lha,
deixá-lo-emos), names of people and places, and informal spellings (oof, yikes, totes, obvs,
srsly, thx, ikr, tbf; ça roule, nickel, mytho, bg, j'te jure, pfff; tranqui, majo, cutre,
peli, cole, qué fuerte, che, pibe; servus, oida, jo mei, schau ma mal, nix, sachma, gehste,
voll; ci sta, bella lì, gasatissimo, pischelli, a bomba; porreiro, cota, na boa, tmj, vlw,
mds, rolê); and texts in languages the detector does not judge (Aragonese, Venetian,
Sicilian, Quechua, Hausa, Samoan, Azerbaijani, Kurmanji Kurdish, none of them used by
v9-v17), some with a glue in them, which must get no word finding at all.
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
        "The fee hereinbefore mentioned, whereunto both parties agreed at the outset, covers the overhead "
        "therefor; the tenant balked thereat, howbeit the agent, speaking offhand, said the terms hereof were "
        "fixed, and nobody could say wherefrom the money came or whereto it went, which was hardly forthright.",
        "Our little server runs forgejo for the code, miniflux for the feeds, wallabag for saved articles "
        "and mealie for recipes; traefik sits in front of it all, ntfy pings my phone, kopia takes the "
        "backups and dnsmasq answers the local lookups.",
        "The job calls schedule_pickup_window, passes each label to parseTrackingCode and then to "
        "postal.routing.sort_by_district; config.retry_after_secs is read once in "
        "workers/parcel_sorter.py, and test_rejects_unstamped_letters covers the odd case.",
        "Slides are at https://talks.example.org/2027/coop-games-for-coaches#drills and the signup sheet at "
        "https://forms.example.net/u11-coaching?season=spring; write to coaching-desk@example.org or tag "
        "@coach_ngozi. #grassroots #coopgames",
        "Ngozi Okonkwo-Brennan flew from Kirkwall to Stornoway with Tavita Leauanae and Sigríður "
        "Þórhallsdóttir, then took the ferry on to Tobermory and Lochboisdale.",
        "Oof, yikes, totes forgot the stamps again, obvs. Srsly tho, thx for posting it, ikr, tbf the queue "
        "was massive.",
    ],
    "fr": [
        "Bonjour et bienvenue ! Le gendarme du village, quoiqu'il paraisse bourru, a beaucoup d'humour ; "
        "puisqu'elle le sait, la boulangère lui garde toujours une tartelette, pourvu qu'il passe avant midi.",
        "Lorsqu'enfin le soleil revint, les tournesols autour de la ferme se relevèrent, et dedans, sur la "
        "table, le vinaigre de cidre attendait la salade.",
        "Chez nous, forgejo héberge le code, miniflux lit les flux, wallabag garde les articles et mealie "
        "les recettes ; traefik est devant le tout, ntfy prévient le téléphone, kopia fait les sauvegardes "
        "et dnsmasq répond aux requêtes du réseau local.",
        "La tâche appelle planifier_creneau_retrait, passe chaque étiquette à lireCodeSuivi puis à "
        "poste.tri.classer_par_quartier ; config.delai_relance_s est lu une fois dans "
        "ouvriers/tri_colis.py. Le guide est sur https://doc.exemple.fr/2027/colis#suivi, les questions "
        "à tri-colis@exemple.fr ou à @poste_solenn. #courrier #logistique",
        "Écris-la-leur ce soir, poste-la-moi demain, et pour le timbre, occupe-t'en ou sers-t'en d'un vieux, "
        "mais penses-y : Solenn et Yannig partent de Paimpol pour Pont-l'Abbé chez Gwendoline Le Goff.",
        "Ça roule, nickel ! Pfff, arrête, c'est un mytho, j'te jure, il a dit qu'il était bg sur la photo.",
    ],
    "es": [
        "Quizás todavía vengan contigo, o acaso traigan consigo al primo; además, el de enfrente dijo que "
        "vendría, así que pon otra silla.",
        "El guardameta llegó boquiabierto: alguien había dejado en la portería una lata de hojalata, un "
        "tirachinas, un ramo de hierbabuena y una salsa agridulce, y de un puntapié lo mandó todo contra el "
        "picaporte del vestuario.",
        "En casa, forgejo guarda el código, miniflux lee las noticias, wallabag guarda los artículos y mealie "
        "las recetas; traefik va delante de todo, ntfy avisa al móvil, kopia hace las copias y dnsmasq "
        "responde en la red local.",
        "La tarea llama a programar_ventana_recogida, pasa cada etiqueta a leerCodigoEnvio y luego a "
        "correos.reparto.ordenar_por_barrio; ajustes.espera_reintento_s se lee en trabajos/clasificador.py. "
        "La guía está en https://docs.ejemplo.es/2027/envios#seguimiento; dudas a envios@ejemplo.es o a "
        "@correos_ainhoa. #paquetería #logística",
        "Envíaselo hoy, échamela al buzón, quítaselo de la mesa, cuélgamelo en la puerta y fírmamelo luego: "
        "Ainhoa y Xabier van de Vilagarcía de Arousa a Hermigua a ver a Candelaria Mendizábal.",
        "Tranqui, majo, que el cole empieza el lunes. Qué fuerte la peli, che, un poco cutre, pero el pibe "
        "lo hizo bien, ¿no?",
    ],
    "de": [
        "Gleichzeitig kamen alle an, indessen war die Tür verschlossen; bisweilen geschieht dergleichen, und "
        "es ist durchaus kein Drama, sofern man ehedem einen Schlüssel hinterlegt hat. Hernach lachten sie "
        "allesamt, zugleich und abermals, derweil die Kinder beiderseits des Weges spielten; mithin war alles gut.",
        "Der Turmuhrenwartungsvertrag und das Inselfährverbindungsverzeichnis liegen vor; am Samstag haben "
        "wir vor, die Uhr aufzuziehen, die Zeiger nachzustellen, die Pakete abzuholen und die Briefe "
        "freizumachen und einzuwerfen, bevor die Glasbläserei beginnt, die Scherben einzuschmelzen.",
        "Bei mir verwaltet forgejo den Code, miniflux liest die Feeds, wallabag sammelt Artikel und mealie "
        "Rezepte; traefik steht vor allem, ntfy meldet sich auf dem Handy, kopia macht die Sicherungen und "
        "dnsmasq beantwortet die Anfragen im Heimnetz.",
        "Der Dienst ruft schedule_pickup_window auf, reicht jedes Etikett an parseTrackingCode und dann an "
        "postal.routing.sort_by_district weiter; config.retry_after_secs wird in workers/parcel_sorter.py "
        "gelesen. Die Anleitung steht unter https://doku.beispiel.de/2027/pakete#verfolgung, Fragen an "
        "paketstelle@beispiel.de oder @post_henrike. #Pilzzeit #Briefkultur",
        "Henrike Dittberner und Wendelin Schaffrath fahren von Oberammergau nach Wyk auf Föhr und dann mit "
        "Kunigunde Ahlgrimm weiter nach Pellworm.",
        "Servus, oida! Jo mei, schau ma mal, nix passiert. Sachma, gehste mit? Voll gut, die Pilze heut.",
    ],
    "it": [
        "Il suddetto portalettere, oltreché puntuale, è un gran ficcanaso: quaggiù tutti lo sanno, e qualcosa "
        "gli resta sempre addosso, inoltre dianzi ha chiesto perfino del saliscendi del cancello.",
        "Metti i pomodori nello scolapasta, scrivimela la ricetta e imbucaglielo domani, quel biglietto; "
        "spediscigliela tu la cartolina, aggiustamelo l'orologio e caricatelo sabato.",
        "Da me forgejo tiene il codice, miniflux legge i feed, wallabag salva gli articoli e mealie le "
        "ricette; traefik sta davanti a tutto, ntfy avvisa il telefono, kopia fa i backup e dnsmasq risponde "
        "in rete locale.",
        "Il servizio chiama pianifica_finestra_ritiro, passa ogni etichetta a leggiCodiceSpedizione e poi a "
        "posta.smistamento.ordina_per_quartiere; config.attesa_riprova_s viene letto in "
        "lavori/smistatore_pacchi.py. La guida è su https://doc.esempio.it/2027/pacchi#tracciamento, domande "
        "a smistamento@esempio.it o a @posta_ilaria. #funghi #orologeria",
        "Ilaria Scognamiglio e Gaspare Lo Presti partono da Lipari per Carloforte, poi raggiungono "
        "Bartolomeo Zanardelli a Burano.",
        "Ci sta, bella lì! I pischelli erano gasatissimi, tipo la partita è andata a bomba.",
    ],
    "pt": [
        "Agora, diante do portão e detrás da sebe, os vaga-lumes acendem-se; nalgum canto, ninguém sabe "
        "porquê, um pé-de-meia de moedas foi esquecido por doutrem, e o jardim afora fica em silêncio.",
        "O carteiro trocou o para-brisas e os guarda-lamas da carrinha e deixou um corta-unhas no tablier.",
        "Cá em casa, o forgejo guarda o código, o miniflux lê os feeds, o wallabag guarda os artigos e o "
        "mealie as receitas; o traefik fica à frente de tudo, o ntfy avisa o telemóvel, o kopia faz as "
        "cópias e o dnsmasq responde na rede local.",
        "O serviço chama agendar_janela_recolha, passa cada etiqueta a lerCodigoEnvio e depois a "
        "correio.triagem.ordenar_por_bairro; config.espera_repeticao_s é lido em "
        "trabalhos/triagem_encomendas.py. O guia está em https://docs.exemplo.pt/2027/encomendas#seguimento; "
        "dúvidas para triagem@exemplo.pt ou @correio_benedita. #cogumelos #ilhas",
        "Envia-lha amanhã; eu escrevê-la-ei hoje e tu pô-lo-ás no correio. Já fi-lo uma vez, dei-lha em mão, "
        "e deixá-lo-emos assim: a Benedita e o Gervásio vão de Santa Cruz das Flores a Vila do Porto.",
        "Porreiro, na boa! O cota dela é impecável, mds. Tmj, vlw pelo rolê de ontem.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "an": ["Os mozez d'o lugar van cada disabdo t'a plaza ta chugar a la pelota, y dimpués minchan toz "
           "chuntos en casa d'a pai."],
    "vec": ["Dopo disnar, i veci se senta in campo a zogar a carte e a contarse le storie dequando i jera "
            "zovani, fin che 'l sol va zo."],
    "scn": ["Ogni matina me nanna va ô mircatu a accattari upisci friscu, e poi cucina pasta chî sardi pi "
            "tutta a famigghia."],
    "qu": ["Tayta Inti lluqsimuptinqa, runakunaqa chakraman rinku papa tarpunankupaq."],
    "ha": ["Da safe, mata suna zuwa kasuwa dominsayen kayan abinci, kuma yara suna zuwa makaranta."],
    "sm": ["O le aso Sa, e alu uma le aiga i le lotu, ona fai ai lea o le to'ona'i i le fale o le tinamatua."],
    "az": ["Yayda biz nənəmgilə kəndə gedirik, orada bağda alma və ərik yığırıq, axşamlar isə çayiçib "
           "söhbət edirik."],
    "ku": ["Havînê em diçin gund, li wir em bi malbata xwe re nan dixwin û heta dereng şevê çîrokan dibêjin."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v18", QUOTA, HARD_NEGATIVES, "neg18")
    print(common.write_set(HERE, recs))
