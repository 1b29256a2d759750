"""Build the v42 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v42/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v42: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from peat
bogs, blacksmithing, paragliding, night markets, sign languages and migratory birds.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why bog bodies are preserved (sphagnan, acidity, no oxygen), reading IGC paragliding
      tracks into pandas (JupyterLab), a squid seller at closing time in a night market
      (literary), learning a sign language as an adult, the Sweet Track in the Somerset
      Levels, Taiwanese scallion pancakes, hand-forged versus factory kitchen knives, a letter
      booking a two-day blacksmithing course;
  fr: why cranes and geese fly in a V, a morning wind check for a take-off site with
      `requests`, Open-Meteo and `crontab`, a woman blacksmith lighting the forge (literary),
      visiting a Jura peat bog, five first signs of LSF ("Bien sûr !"), the abbé de l'Épée
      and the history of LSF, home-made nems from the night market, paragliding versus hang
      gliding, a letter to the mayor about the night market's late packing-up;
  es: how thermals lift a paraglider, counting storks by month in SQLite (`strftime`,
      DBeaver), an old tamale seller as a night market closes (literary), a first day on a
      forging course, autumn birds in Doñana ("¡Claro!"), the birth of Nicaraguan Sign
      Language, arepas from the night markets, giving up peat compost, an e-mail booking a
      tandem paragliding flight;
  de: why raised bogs store carbon, a tagged stork's route in R with `sf` and `leaflet`
      (RStudio), an old village smith at dawn (literary), the pre-launch check with a
      paraglider, starting Deutsche Gebärdensprache ("Klar!"), Samuel Heinicke and the
      Leipzig school, Flammkuchen from the night market, peat-free potting compost, a letter
      applying for a night-market stall with a mobile forge, the haversine formula between
      two ringing stations, how a variometer works, why quenched steel gets hard;
  it: why swallows come back to the same nest, reading a Bluetooth variometer with `bleak`
      (PyCharm), the blacksmith of Cibiana (literary), visiting an Alpine peat bog, starting
      LIS ("Certo!"), the history of Italian Sign Language to its recognition in 2021,
      Palermo panelle, evening markets versus morning markets, a letter to a paragliding
      school;
  pt: why peat fires smoulder for months, a bird-sightings app with Flask and `sqlite3`
      (Visual Studio Code), a blacksmith in Trás-os-Montes (literary), preparing a first
      tandem paragliding flight, starting Língua Gestual Portuguesa ("Claro!"), Pär Aron Borg
      and the history of LGP, bifanas from the arraial, a tandem flight versus a full course,
      a letter volunteering for bird ringing in the Ria Formosa.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one (anew, adrift, awhile, aground, afoot, astray, fortnight, overland; bonnement,
fainéant, sciemment, entrouverte, chemin faisant, plate-bande, perce-neige, faitout,
quatre-quarts; zampabollos, patitieso, alicaído, buenamente, milhojas, manirroto, endenantes,
portalámpara; geflissentlich, hierorts, zuhauf, vonstatten, indes, jedweden; capolino,
fannullone, dopoguerra, entroterra, fuorilegge, nullafacente, pianpiano, viemmeglio;
naqueloutro, aqueloutro, estoutro), bird names written as one word (redstart, whinchat,
stonechat, nightjar, wheatear, greenshank, yellowhammer; hochequeue, engoulevent, rougequeue,
gorgebleue, bouvreuil; colirrojo, pechiazul, papamoscas, chotacabras, correlimos;
Hausrotschwanz, Ziegenmelker, Neuntöter, Zilpzalp, Blaukehlchen; pettirosso, codirosso,
capinera, martinpescatore, pigliamosche, succiacapre; papa-figos, andorinhão, abelharuco,
rabirruivo, toutinegra, tarambola), tool names in lower case in prose (kanboard, vikunja,
netdata, dozzle, portainer, zola, httpie, timewarrior), code identifiers in snake_case and
camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles, German long
compounds and particle verbs with zu inside (Zugvogelbeobachtungsstation,
Kunstschmiedemeisterprüfung, Gebärdensprachdolmetscherausbildung; anzuschüren,
auszubreiten, zurechtzufinden, loszulaufen, abzuschrecken), clitics and elisions
(montre-les-moi, regálaselas, ofréceselo, portatecela, compramene, dateceli, scrivetegliela,
facendoglielo, ensiná-lo-ia, dizer-vos-ei, deixá-los-emos, perguntar-lhes-ei, trouxe-mo),
names of people and places (Ballinasloe, Clonmacnoise, Kinlochbervie; Frasne, Sixtine,
Aurèle; Villamanrique, Fuenteheridos, Hinojos; Worpswede, Gnarrenburg, Wümme; Cibiana,
Marostica, Agordo; Olhão, Fuzeta, Cacela), and informal spellings and slang (lmk, np, lotta,
bc, dontcha, musta; mouais, t'es, ptet, bolos, pécho, koi, bjr, jte; holis, illo, miarma,
chacho, to' flama, wapo, besis; siehste, schaumermal, gemma, pfiat di, wurscht, na servas;
eh vabbè, mò, sti, guagliò, ammò; tá bem, fica fixe, marado, bacorada, kkkk, xôr, tasse); and
texts in languages the detector does not judge (Livvi-Karelian, Karelian, Veps, Latgalian,
Samogitian, West Flemish, Saterland Frisian, Bavarian), some with a glue in them, which must
get no word finding at all.
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
        "The old drover set out anew at first light, for the boat had run aground and lay adrift awhile "
        "before the tide turned; something was afoot in the village, and he feared his sheep would go astray "
        "on the long trek overland.",
        "A fortnight on the reserve gave us a redstart, a whinchat, a stonechat, two nightjars, a wheatear, "
        "a godwit, a whimbrel, a shelduck, a turnstone, a dotterel and a greenshank, but no yellowhammer.",
        "At the club we plan the flights in kanboard and vikunja, watch the servers with netdata and dozzle, "
        "run the containers through portainer, build the site with zola and test the weather API with httpie; "
        "timewarrior tracks the hours.",
        "The loader calls parse_igc_fixes, passes each track to computeClimbRate and then to "
        "flights.tracklog.to_geojson; settings.thermal_threshold_ms is read once in "
        "tools/igc_importer.py, and test_rejects_broken_b_records covers the odd file.",
        "The guide is at https://peatlands.example.org/2028/restoring-raised-bogs#rewetting; send photos to "
        "volunteers@bogwatch.example.org or tag @curlew_counts_ni. #peatland #rewetting",
        "Ffion and Tavish drove from Tullamore past Banagher and Clonmacnoise to Ballinasloe, then flew on "
        "to Lerwick and took the ferry to Kinlochbervie with Ptolemy.",
        "Lmk if you're coming, np if not, there's a lotta food bc Mum went overboard. Dontcha think the "
        "smith musta burnt his hand?",
    ],
    "fr": [
        "Tout bonnement, le fainéant a sciemment laissé la porte entrouverte ; chemin faisant, il a piétiné "
        "la plate-bande, écrasé les perce-neige du parterre et renversé le faitout où refroidissait le "
        "quatre-quarts.",
        "Au bord de la tourbière, on entend le hochequeue, l'engoulevent, la bergeronnette, le chardonneret, "
        "la fauvette et le rougequeue ; plus loin, la gorgebleue, le bouvreuil, le torcol et la huppe, et "
        "sur l'étang une sarcelle.",
        "Au club, kanboard et vikunja servent à préparer les vols, netdata et dozzle surveillent les "
        "serveurs, portainer gère les conteneurs, zola construit le site, httpie interroge la météo et "
        "timewarrior compte les heures.",
        "Le programme appelle lire_points_igc, passe chaque trace à calculerTauxMontee puis à "
        "vols.trace.vers_geojson ; parametres.seuil_thermique_ms est lu une fois dans "
        "outils/import_igc.py.",
        "Le guide est sur https://tourbieres.exemple.fr/2028/rehumidifier-une-tourbiere#drains ; les photos "
        "vont à benevoles@tourbieres.exemple.fr ou à @comptage_grues_jura. #tourbiere #grues",
        "Montre-les-moi, puis range-les : Sixtine et Aurèle partent de Frasne pour Bellegarde, où Baptistin "
        "et Gaspard les attendent depuis midi.",
        "Mouais, t'es sûr ? Y'a ptet moyen, mais ce bolos a pécho la dernière place, ben voyons, koi. "
        "Bjr à ta mère, jte rappelle.",
    ],
    "es": [
        "El zampabollos de mi primo, patitieso y alicaído después de la cena, se comió buenamente el último "
        "milhojas; es un manirroto que endenantes gastaba todo en un portalámpara tras otro.",
        "Desde el observatorio vimos un colirrojo, un petirrojo, un pechiazul, varios papamoscas, un "
        "chotacabras, un abejaruco, una lavandera, un picogordo, muchos correlimos y un aguilucho sobre el "
        "carrizal.",
        "En el club, kanboard y vikunja sirven para planificar los vuelos, netdata y dozzle vigilan los "
        "servidores, portainer gestiona los contenedores, zola genera la web, httpie consulta el tiempo y "
        "timewarrior cuenta las horas.",
        "El programa llama a leer_puntos_igc, pasa cada traza a calcularTasaAscenso y luego a "
        "vuelos.traza.a_geojson; ajustes.umbral_termica_ms se lee una vez en herramientas/importar_igc.py.",
        "La guía está en https://aves.ejemplo.es/2028/censo-de-grullas#gallocanta; las fotos, a "
        "voluntarios@aves.ejemplo.es o a @censo_grullas_aragon. #aves #migracion",
        "Regálaselas a Teodoro y ofréceselo también a su hermana: van de Almonte a Villamanrique, y luego "
        "pasan por Hinojos y Fuenteheridos antes de volver a Triana.",
        "Holis, illo, ¿qué tal? Chacho, miarma, lo de anoche fue to' flama, pos sí. Besis, wapo, y pa' que "
        "lo sepas, mañana ná de ná.",
    ],
    "de": [
        "Der Redner wies geflissentlich darauf hin, dass hierorts zuhauf Störche rasten; indes ging die "
        "Zählung ohne jedweden Zwischenfall vonstatten, und niemand musste versuchen, die Vögel abzuschrecken.",
        "Im Teufelsmoor sahen wir Rotkehlchen, Hausrotschwanz, Bachstelze, Ziegenmelker, Neuntöter, "
        "Zilpzalp, Wiedehopf, Mauersegler und ein Blaukehlchen; die Moorleiche im Museum war uns dann "
        "fast zu viel.",
        "Die Zugvogelbeobachtungsstation, die Kunstschmiedemeisterprüfung und die "
        "Gebärdensprachdolmetscherausbildung hatten eines gemeinsam: Man versuchte, das Feuer anzuschüren, "
        "die Netze auszubreiten, sich zurechtzufinden und nicht zu früh loszulaufen.",
        "Im Verein planen wir die Flüge mit kanboard und vikunja, netdata und dozzle überwachen die Server, "
        "portainer verwaltet die Container, zola baut die Seite, httpie fragt das Wetter ab und timewarrior "
        "zählt die Stunden.",
        "Das Programm ruft lade_beringungsdaten auf, reicht jeden Fund an berechneZugstrecke und dann an "
        "voegel.ringfunde.als_tabelle weiter; einstellungen.mindest_abstand_km wird einmal in "
        "werkzeuge/ringfund_import.py gelesen.",
        "Die Anleitung steht unter https://moore.beispiel.de/2028/wiedervernaessung-im-teufelsmoor#graeben, "
        "Fotos bitte an ehrenamt@moore.beispiel.de oder an @kraniche_zaehlen. #moorschutz #vogelzug",
        "Fiete und Wiebke fahren von Worpswede über Gnarrenburg nach Osterholz-Scharmbeck und dann an die "
        "Wümme, wo Hinnerk Tönnies schon wartet.",
        "Siehste? Is' ja wurscht, schaumermal! Gemma, pfiat di, a bisserl gscheiter wär's scho gewesen, "
        "hoit. Na servas, wie geht's?",
    ],
    "it": [
        "Il fannullone fece capolino dalla porta: nel dopoguerra era stato un fuorilegge dell'entroterra, "
        "poi un nullafacente, e aveva imparato pianpiano a cavarsela viemmeglio con sottaceti "
        "e ricordi.",
        "Nel canneto abbiamo visto un pettirosso, un codirosso, un pettazzurro, una capinera, un "
        "codibugnolo, un beccaccino, un martinpescatore, un saltimpalo, un fiorrancino, un pigliamosche e un "
        "succiacapre.",
        "Portatecela domani, compramene due, dateceli pure e scrivetegliela in fretta: andandosene, lui "
        "disse che facendoglielo notare l'avremmo solo irritato, e allora mettiamocela via.",
        "Al club pianifichiamo i voli con kanboard e vikunja, netdata e dozzle controllano i server, "
        "portainer gestisce i container, zola costruisce il sito, httpie interroga il meteo e timewarrior "
        "conta le ore.",
        "Il programma chiama leggi_punti_igc, passa ogni traccia a calcolaTassoSalita e poi a "
        "voli.traccia.in_geojson; impostazioni.soglia_termica_ms viene letto una volta in "
        "strumenti/importa_igc.py.",
        "La guida è su https://torbiere.esempio.it/2028/riumidificare-una-torbiera#canali; le foto a "
        "volontari@torbiere.esempio.it oppure a @conta_gru_veneto. #torbiere #migrazione",
        "Eh vabbè, ok raga, oh mamma, mò arrivo! Guagliò, sti piciu ammò non hanno capito, minchia. Ernestina "
        "torna da Feltre con Gualtiero, poi passano per Marostica, Asiago e Agordo.",
    ],
    "pt": [
        "Na ria vimos um papa-figos, um andorinhão, um abelharuco, um borrelho, um maçarico, uma alvéola, "
        "um rabirruivo, um chapim, uma toutinegra, uma felosa, um garajau, um abibe e uma tarambola.",
        "Ensiná-lo-ia com gosto, e dizer-vos-ei porquê: deixá-los-emos tentar, escrevê-la-ia eu mesma e "
        "perguntar-lhes-ei depois; pedi-lho ontem e ele trouxe-mo hoje, contar-lhe-ei tudo.",
        "No clube planeamos os voos no kanboard e no vikunja, o netdata e o dozzle vigiam os servidores, o "
        "portainer gere os contentores, o zola constrói o site, o httpie consulta o tempo e o timewarrior "
        "conta as horas.",
        "O programa chama ler_pontos_igc, passa cada traço a calcularTaxaSubida e depois a "
        "voos.traco.para_geojson; definicoes.limiar_termica_ms é lido uma vez em ferramentas/importar_igc.py.",
        "O guia está em https://aves.exemplo.pt/2028/anilhagem-na-ria#redes; as fotografias vão para "
        "voluntarios@aves.exemplo.pt, ou mencione @contagem_flamingos_algarve. #anilhagem #migracao",
        "A Gertrudes e o Bartolomeu vieram de Olhão pela Fuzeta até Cacela, e daí a Quarteira, naqueloutro "
        "carro velho de que aqueloutro vizinho estoutro dia se queixava.",
        "Estás bom? Tá bem, sim senhor, fica fixe, mas aquele miúdo marado fez uma bacorada, tchê, kkkk. "
        "Bjo, xôr, tasse!",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "olo": ["Keväil linnut tullah suves järven rannoile, i kylän rahvas kuundelou heijän pajuo. Minä tahton "
            "mennä suoh karbaloih, konzu lumi on sulannuhlähtemäs."],
    "krl": ["Syksyllä joučenet lennetäh suurina parvina lounuaseh päin. Meijän kylän vanhat ihmiset šanotah, "
            "jotta talvitulou varoin, kun linnut lähetäh aijoin."],
    "vep": ["Sügüzel lindud lendaba suvhe, i mecas kuleb heiden änid. Minä tahtoin lähtta sohokarpaloiden "
            "täht."],
    "ltg": ["Rudinī putni lidoj iz dīnvydim, a pavasarī jī atsagrīž atpakaļ iz sovom ligzdom. Sūs pūrā "
            "aug daudzi dzierveņu i lielu ūgu."],
    "sgs": ["Rodinė paukštē skrend i šėltus kraštus, o pavasarī grīž atgal i sava lėzdus. Mona tievs kalvie "
            "kāla pasagas arklems."],
    "vls": ["In 't najaar vliegn de gansn over ons uus noa 't zuudn. Mien grootvader was smid in Poperinge en "
            "ie kost nog peirdn beslaon."],
    "stq": ["In dän Hääst fljoogje do Gäis uur dät Moor suudwäids. Mien Oupa hied fröier Torf in dätFeen "
            "stoken."],
    "bar": ["Im Herbst fliagn de Zugvögl in Siedn, und mia schaung eana nach. Da Schmied im Dorf hod friahra de "
            "Ross beschlong, heid mochtabloß no Gartntürl."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v42", QUOTA, HARD_NEGATIVES, "neg42")
    print(common.write_set(HERE, recs))
