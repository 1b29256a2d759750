"""Build the v43 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v43/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v43: v42 and the sets before it are scored once at the end of their round and are tuning
sets from then on.  This set was written (without looking at the detector's rules or running it
on these texts) and committed before the next round of detector changes, and is scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v7's quota.

The passages (passages_<lang>.txt) are new, and each language has its own topics, drawn mainly
from cacti and succulents, locksmithing, sailing regattas, the spice trade, planetariums and
quilting, written in the registers of LLM answers (an explanation, a technical answer with code
spans and a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply,
a historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in
French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why cacti have spines, scripting Stellarium with .ssc files, a locksmith cutting a key at
      night in an arcade (literary), repotting a cactus without getting pricked, binding a first
      quilt, nutmeg, cloves and the Banda Islands, spiced basmati rice, an e-mail entering a
      boat in an autumn regatta;
  fr: how a sailing boat goes upwind, a regatta ranking with pandas, a grandmother's patchwork
      quilt (literary), changing a lock cylinder, succulents for a sunny balcony, Pierre Poivre
      smuggling cloves and nutmeg to Île de France, pain d'épices, planetarium versus a night
      outdoors, a letter to the building manager about the cellar locks;
  es: how cacti breathe at night (CAM), a keypad lock with a servo on an Arduino Nano, a
      regatta start in the bay of Cádiz (literary), a first patchwork quilt, a planetarium visit
      with small children, the Manila galleon, pollo en pepitoria, keyed versus combination
      padlocks, an e-mail to a sailing school;
  de: why some cacti flower for one night, a star's culmination with astropy, an old locksmith in
      a back yard (literary), overwintering cacti, three first quilt patterns, Venice and the
      medieval spice trade, Lebkuchengewürz, dinghy versus keelboat regattas, a letter to the
      property manager about the front-door lock, the low-point scoring of a regatta
      (algorithm), how a pin-tumbler cylinder works, why succulents turn red in the sun;
  it: how succulents store water, a regatta table in LibreOffice Calc, a spice merchant's
      warehouse in Venice (literary), looking after a lock that sticks, a birthday party at a
      planetarium, the Barcolana of Trieste, panforte, hand versus machine quilting, an e-mail to
      an online nursery about a damaged order;
  pt: how a sail works like a wing, planetarium dome lights with gpiozero on a Raspberry Pi, a
      Lisbon locksmith (literary), growing succulents from leaves, a patchwork quilt from family
      clothes, Vasco da Gama in Calicut, Goan chicken curry, planetarium versus a first
      telescope, an e-mail entering a regatta in Cascais.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one (withinside, makeshift, nonstop, lifelong, sideways, outward, thereabout, landfall,
deadbolt, keyway, passkey, doorjamb; icelui, jusques, nenni, assurément, ci-devant, dudit,
deçà, ici-bas, justement, sursaut, entrebâillement, contrebande; asaz, matasanos,
cortafríos, ganapán, salvapantallas, cubrecamas, guardamuebles, portavelas, portaherramientas;
ebendaher, hierorts, allweil, derentwegen, hierselbst, allda, fortwährend, sintemal, schnurstracks,
bäuchlings; costassù, nientaffatto, orbene, volentieri, portaspezie, copripiumino, apriporta;
conseguintemente, guarda-fato, guarda-joias, quebra-luz, apanha-bolas), tool and
brand names in lower case in prose (htop, neofetch, asdf, haproxy, woodpecker, pgbouncer,
fluentbit, qbittorrent, blender), code identifiers in snake_case and camelCase and dotted
names, URLs, e-mail addresses, hashtags and @handles, German long compounds and particle verbs
with zu inside (Schließzylinderaustauschpauschale, Kakteenüberwinterungsquartier,
nachzufeilen, einzutopfen, abzutakeln), clitics and elisions (envoie-le-nous, montre-la-lui,
tiens-le-toi, entr'ouvert; devuélvemelo, enséñanoslo, tráemelas, prométemelo, sácatela,
cuídamelas; ricordatevelo, compratevela, ve l'ho; dá-la, dizer-lhe, levá-lo-ia, contar-vo-lo-ei,
manda-mo, tira-lhas), names of people and places, and informal spellings and slang (minging,
clocked off, iykyk; ouèche, tavu, nrv; bacanísima, petao, churri, cuqui; Hallöchen,
Fisimatenten, ratzfatz, Gedöns, Kladderadatsch, wuppen; sbroccare, sgamato; brutalíssima,
maluco). Texts in languages the detector does not
judge (Acehnese, Balinese, Iban, Hmong in RPA, Tausug, Buginese in Latin letters, Efik, Tiv),
some with a glue in them, must get no word finding at all.
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
        "Withinside the makeshift shed the crew kept a lifelong habit: a nonstop brew of tea, sails "
        "stowed sideways, and every hatch opening outward, so that at landfall, or thereabout, nobody "
        "tripped over anything.",
        "The locksmith swapped the deadbolt, filed the keyway a little wider and cut a passkey for the "
        "caretaker, then shaved a sliver off the doorjamb so the bolt slid home without a fight.",
        "On the planetarium's control box I watch the load with htop, show off the specs with neofetch, "
        "pin the runtime versions with asdf and put haproxy and pgbouncer in front of the booking "
        "database; woodpecker runs the builds, fluentbit ships the logs, blender renders the dome "
        "intros, and qbittorrent has no business being on there at all.",
        "The scorer calls load_race_results, hands each boat to computeLowPointTotal and then to "
        "regatta.scoring.apply_discards; config.max_discard_races is read once in "
        "scoring/series_table.py, and test_ties_broken_by_last_race covers the odd case.",
        "Results go up at https://sailing.example.org/2027/autumn-series/results#fleet-b and protests "
        "to https://sailing.example.org/protests?race=7; write to race-office@sailing.example.org or "
        "ping @pro_aoife_byrne. #sailing #regatta #clubracing",
        "Aoife Nic Giolla Phádraig sailed from Dún Laoghaire to Scheveningen with Tadhg Ó Súilleabháin "
        "and Wojciech Brzęczyszczykiewicz, then took the train to Kraków.",
        "That race was minging, mate, the wind clocked off halfway round. Iykyk. Still, "
        "we're having another go next week, ain't we?",
    ],
    "fr": [
        "Assurément, jusques à ce jour, le ci-devant serrurier dudit quartier n'a rien dit ; nenni, "
        "il est resté en deçà du pont, et, justement, le moindre entrebâillement d'une porte lui "
        "arrache un sursaut, car ici-bas rien ne lui échappe.",
        "Envoie-le-nous demain, montre-la-lui d'abord, et tiens-le-toi pour dit : la contrebande de "
        "girofle, c'était l'affaire du capitaine ; icelui n'en a jamais parlé.",
        "Sur le serveur du club, je surveille la charge avec htop, j'affiche la machine avec neofetch, "
        "je fixe les versions avec asdf, et haproxy et pgbouncer protègent la base des inscriptions ; "
        "woodpecker lance les compilations et fluentbit expédie les journaux.",
        "Le script appelle charger_resultats_manches, passe chaque bateau à calculerPointsBas puis à "
        "regate.classement.retirer_pire_manche ; config.nb_manches_retirees est lu une seule fois dans "
        "classement/tableau_serie.py.",
        "Les résultats sont sur https://voile.exemple.fr/2027/regate-automne/resultats#serie-b ; les "
        "réclamations vont à comite-course@voile.exemple.fr ou à @jury_solenn. #voile #regate",
        "Solenn Le Goff et Anne-Laure Kervella sont parties de Trégastel pour Lons-le-Saunier, avec "
        "un arrêt à Châlons-en-Champagne chez Gwendal, la porte entr'ouverte toute la nuit.",
        "Ouèche, tavu la régate ? Le skipper était trop nrv au départ, mais on a fini troisièmes, "
        "franchement.",
    ],
    "es": [
        "Asaz cansado, el cerrajero guardó los cortafríos en el portaherramientas, dobló el "
        "cubrecamas que le prestaron en el guardamuebles, apagó el salvapantallas del ordenador y "
        "encendió la vela del portavelas.",
        "El viejo ganapán del puerto llamaba matasanos al médico del pueblo, pero le llevaba azafrán "
        "y pimienta cada vez que volvía de Manila.",
        "Devuélvemelo mañana, enséñanoslo antes de la regata, tráemelas a casa, prométemelo y "
        "sácatela del bolsillo; cuídamelas bien, que son las llaves de la cerradura nueva.",
        "En el servidor del club vigilo la carga con htop, muestro los datos con neofetch, fijo las "
        "versiones con asdf y pongo haproxy y pgbouncer delante de la base de inscripciones; "
        "woodpecker compila y fluentbit envía los registros.",
        "El programa llama a cargar_resultados_pruebas, pasa cada barco a calcularPuntosBajos y luego "
        "a regata.clasificacion.descartar_peor; config.pruebas_descartables se lee una vez en "
        "clasificacion/tabla_serie.py.",
        "Los resultados están en https://vela.ejemplo.es/2027/regata-otono/resultados#flota-b; las "
        "protestas, a comite-regatas@vela.ejemplo.es o a @juez_ainhoa. #vela #regata",
        "Ainhoa Etxeberria y Xoán Outeiriño salieron de Sanlúcar de Barrameda hacia Vilagarcía de "
        "Arousa con Guadalupe Iturriaga.",
        "La regata estuvo bacanísima, el puerto estaba petao y mi churri me regaló un llavero cuqui.",
    ],
    "de": [
        "Ebendaher ging er schnurstracks zum Hafen, denn hierorts, so sagte er allweil, warte man "
        "fortwährend auf die Brise, derentwegen er abends bäuchlings auf dem Steg lag, allda und "
        "hierselbst, sintemal das Boot noch nicht fertig war.",
        "Die Schließzylinderaustauschpauschale der Hausverwaltung, das Kakteenüberwinterungsquartier "
        "im Treppenhaus und die Regattaausschreibungsänderung hatten eines gemeinsam: Niemand hatte "
        "vor, die Schlüssel nachzufeilen, die Kakteen einzutopfen oder das Boot abzutakeln.",
        "Auf dem Vereinsserver beobachte ich die Last mit htop, zeige die Hardware mit neofetch, lege "
        "die Versionen mit asdf fest und setze haproxy und pgbouncer vor die Meldedatenbank; "
        "woodpecker baut und fluentbit verschickt die Protokolle.",
        "Das Skript ruft lade_wettfahrt_ergebnisse auf, reicht jedes Boot an berechneLowPoint und dann "
        "an regatta.wertung.streiche_schlechteste weiter; config.max_streicher wird einmal in "
        "wertung/serien_tabelle.py gelesen.",
        "Ergebnisse unter https://segeln.beispiel.de/2027/herbstpokal/ergebnisse#gruppe-b, Proteste an "
        "wettfahrtleitung@segeln.beispiel.de oder an @schiri_hauke. #segeln #regatta",
        "Hauke Petersen aus Büsum und Wiebke Ohlendorf aus Eckernförde fahren mit Ludwig Sternthaler "
        "nach Garmisch-Partenkirchen.",
        "Hallöchen! Mach keine Fisimatenten, dat jeht ratzfatz. Dat janze Gedöns um nüscht, "
        "so 'n Kladderadatsch und Kokolores, dat wuppen wir schon, keine Bambule.",
    ],
    "it": [
        "Orbene, costassù in soffitta la nonna teneva il portaspezie, il copripiumino trapuntato e "
        "un vecchio apriporta; nientaffatto disposta a buttarli, li mostrava volentieri a chiunque.",
        "Ricordatevelo: la chiave nuova compratevela dal fabbro, perché quella copia ve l'ho già "
        "detto che non funziona.",
        "Sul server del circolo controllo il carico con htop, mostro l'hardware con neofetch, fisso le "
        "versioni con asdf e metto haproxy e pgbouncer davanti al database delle iscrizioni; "
        "woodpecker compila e fluentbit spedisce i log.",
        "Lo script chiama carica_risultati_prove, passa ogni barca a calcolaPunteggioMinimo e poi a "
        "regata.classifica.scarta_peggiore; config.prove_scartabili viene letto una volta in "
        "classifica/tabella_serie.py.",
        "I risultati sono su https://vela.esempio.it/2027/regata-autunno/risultati#flotta-b; le "
        "proteste a comitato-regata@esempio.it oppure a @giudice_ludovica. #vela #regata",
        "Ludovica Scarpa e Tancredi Bonanno partono da Porto Santo Stefano per Santa Margherita "
        "Ligure con Filiberto Zanetti.",
        "Non sbroccare, dai: è assurdo prendersela col giudice, ti ha sgamato a partire in anticipo "
        "e basta, non fare lo sbroccato.",
    ],
    "pt": [
        "Conseguintemente, o velejador guardou no guarda-fato o essencial: o guarda-joias da mãe, o "
        "quebra-luz do camarote e a fotografia do tempo em que o avô era apanha-bolas no clube de ténis.",
        "Tens de dá-la amanhã ao serralheiro, e não te esqueças de dizer-lhe que eu levá-lo-ia se pudesse; "
        "depois, manda-mo por correio e tira-lhas da mochila, que contar-vo-lo-ei tudo.",
        "No servidor do clube vigio a carga com o htop, mostro o hardware com o neofetch, fixo as "
        "versões com o asdf e ponho o haproxy e o pgbouncer à frente da base de inscrições; o "
        "woodpecker compila e o fluentbit envia os registos.",
        "O programa chama carregar_resultados_provas, passa cada barco a calcularPontosBaixos e depois "
        "a regata.classificacao.descartar_pior; config.provas_descartaveis é lido uma vez em "
        "classificacao/tabela_serie.py.",
        "Os resultados estão em https://vela.exemplo.pt/2027/regata-outono/resultados#frota-b; os "
        "protestos vão para comissao-regata@exemplo.pt, ou mencione @juiz_leonor. #vela #regata",
        "A Leonor Magalhães e o Tomás Figueiredo partiram de Vila Nova de Milfontes para Angra do "
        "Heroísmo com o Gonçalo Vasconcelos.",
        "A regata foi brutalíssima, o timoneiro é um maluco e a festa no fim foi uma loucura.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "ace": ["Lôn jak u peukan uroe nyoe keu bloe eungkôt. Ureueng Aceh galak that jep kupi bakkeude kupi "
            "watee beungoh."],
    "ban": ["Tiang jagi ka peken mangkin numbas biu. Ring Bali, anake ngaturang canang sabilang semeng."],
    "iba": ["Aku deka pulai ka rumah panjai maya Gawai. Kami makai asi enggaujani di ruai, lalu "
            "ngirup tuak begulai enggau apai indai."],
    "hmn": ["Kuv mus tom khw yuav zaub thiabnqaij rau kuv niam. Peb cov menyuam nyiam ua si ntawm tsev kawm "
            "ntawv."],
    "tsg": ["Magkaun kami ista' iban kaun ha bay ha hapun. In manga anak-anak naglangoy hadagat ha "
            "adlaw Hapitan."],
    "bug": ["Uwelo lao ri pasa'e melli bale sibawa berre. Iyaro tau macowae monro ri bolae."],
    "efi": ["Ami nyaka ke urua ndidep iyak ye ukom. Abasi ọdiọn̄ fi, sosongo etieke."],
    "tiv": ["M ngu yemen ken kasua u yamen kwaghyan. Aondo a ver u iveren."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v43", QUOTA, HARD_NEGATIVES, "neg43")
    print(common.write_set(HERE, recs))
