"""Build the v68 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v68/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v68: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
falconry equipment repair, sea kayaking, vinegar making, textile conservation in museums,
mountain railways and composting toilets.

The passages (passages_<lang>.txt) are new, and each language has its own mix of topics, written
in the registers of LLM answers (an explanation, a technical answer with code spans and a
product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: how a mother of vinegar forms, finding slack water for a kayak crossing from Navionics
      stream rates with pandas (`read_csv`, `idxmin()`, `rolling()`), an old falconer re-bracing
      a goshawk's hood in the mews (literary), imping a broken flight feather step by step, Eduard
      Locher's rack and the Pilatus Railway, raspberry vinegar, composting toilets for cabins and
      huts, an e-mail asking to volunteer in a museum's textile conservation studio;
  fr: why a well-kept dry toilet does not smell, watching a vinegar jar with an ESP32 in
      MicroPython (`urequests.post()`, `machine.deepsleep()`), a kayaker at dawn on the mer
      d'Iroise (literary), replacing a falcon's jesses, keeping a grandmother's wedding dress
      ("Bien sûr !"), the vinaigriers of Orléans, cornichons au vinaigre, keeping the Montenvers
      rack railway, a letter to a mayor about dry toilets at a music festival;
  es: what the skeg of a sea kayak is for, display-case humidity from HOBO loggers in Python
      (`csv.DictReader`, `statistics.mean()`, `matplotlib`), a rack train climbing out of the fog
      to a sanctuary (literary), building a composting toilet for a cabin, starting wine vinegar
      at home ("¡Claro!"), the Núria rack railway of 1931, bonito en escabeche, sea kayaking alone
      or in a group, an e-mail asking a workshop to repair a falconry glove;
  de: Orléans process versus submerged fermentation for vinegar, a fan controller for a
      composting toilet on a Raspberry Pi Zero (`gpiozero`, `fan.on()`), a woman riding a rack
      railway through snow to clear her late father's flat (literary), renewing a falcon's bells,
      a packing list for a sea-kayak trip ("Klar!"), Riggenbach and the Rigi railway of 1871,
      herb vinegar, separating toilets in allotment gardens, a letter to a textile conservator
      about a society banner of 1898, the rule of twelfths (algorithm), how a funicular's two
      cars balance and pass, why silk falls apart in light;
  it: how aceto balsamico tradizionale ages in a battery of casks, kayak speed from Garmin GPX
      tracks in Python (`geopy`, `geodesic`, `folium`), a restorer stitching a tapestry's sky
      (literary), replacing a falcon's bell, a composting toilet in a camper van ("Certo!"), the
      Vesuvius funicular and "Funiculì, funiculà", cipolline in agrodolce, the boom in sea-kayak
      rentals, an e-mail booking school groups on the Bernina line;
  pt: how a composting toilet works (carbon, oxygen, moisture), vinegar titration in a Google
      Colab notebook (`round()`, `matplotlib.pyplot.plot()`), kayaking along the Arrábida cliffs
      at dawn (literary), repairing a falconry glove, caring for a Castelo Branco bedspread
      ("Claro!"), the water-ballast Elevador do Bom Jesus of 1882, sardinhas de escabeche,
      closing the Berlengas to motor boats in summer, a letter offering a 1912 wedding dress to
      the Museu Nacional do Traje.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words and rarer words of the crafts, none from earlier sets'
lists (austringer, bewit, creance, passager, restitched, seamanship, overfalls, riptide,
windbound, rehumidified, interleaved, colourfast, embrittled, underlayer, acetification,
cogwheel, switchback, railcar, windowledge; autoursier, autourserie, émerillon, gibecière,
touret, pare-battage, funiculaire, aller-retour, crémaillère, contre-rail, wagonnets,
vinaigrier, lombricompost, réhumidifia, crêpeline; altanería, capirote, pihuelas, alcándara,
cubrebañeras, vaciante, reflujo, escollera, vinagrera, lombricompostaje, humectó, entreteló,
crepelina; Beizjagd, kröpfte, Federspiel, Drahle, Langfessel, Falkenhaube; strozziere, geti,
girello, logoro, carniera, battigia, cremagliera, controrotaia, acetificio, agrodolce,
lombricaio; cetreiro, piós, tornel, negaça, bornal, rebentação, paredão, ascensor,
cremalheira, minhocário, vermicompostor, vinagreira, autoclismo, entretelou-o), tool and brand
names in lower case in prose (xygrib, navit, opentopomap, mytourbook, foxtrotgps; omeka,
collectiveaccess, islandora, dspace, archivesspace, invenio; emoncms, thingsboard, chirpstack,
timescaledb, kapacitor, openremote; openrouteservice, vroom, nominatim, openmaptiles, zygrib,
organicmaps; lightzone, filmulator, vkdt, ansel, piwigo, lychee; lasergrbl, bcnc, linuxcnc,
grblhal, fluidnc, cncjs), code identifiers in snake_case and camelCase and dotted names, URLs,
e-mail addresses, hashtags and @handles, German long compounds
(Falkenhaubenreparaturwerkstatt, Zahnradbahnbetriebsgesellschaft,
Textilrestaurierungsabteilung, Komposttoilettenentleerungsfahrzeug) and particle verbs with zu
inside (aufzubocken, anzulanden, abzukleben, loszupaddeln), clitics and elisions
(fais-le-moi, donne-nous-en; ábrela, pásanosla; spediteglielo, avvisateci, nell'acetificio;
trar-nos-á, vê-lo-ão, entretelou-o), names of people and places, and informal and dialect
spellings and slang (mizzle, conking, dimpsy, teasy; pleuvine, ça pèle, lessivé, ratatiné,
de la balle; arsa, ojú, guiris, pillaron; Heidenei, Gsälzbrot, Muggeseggele, Grombira,
tüdelig; rosicavano, gasati, ganzissima, zio; neura, bófia, piela); and texts in languages
the detector does not judge (Ngaju, West Coast Bajau, Coastal Kadazan, Central Dusun, Duri,
Manggarai, Selaru, Betawi), some perhaps with a glue in them, which must get no word finding
at all.
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
        "The austringer mended a frayed bewit at the bench, oiled the swivel, restitched the gauntlet and "
        "coiled the creance beside the leash; the passager on the screen perch was still in her first "
        "plumage, and the new hood stood drying on its block by the stove.",
        "Good seamanship means reading the overfalls off the point before you commit: a riptide can build "
        "there within minutes, so we kept the skeg half down, paddled close along the shingle and rafted up behind "
        "the spit to wait for the slack; windbound crews do the same.",
        "In the textile store the conservator rehumidified a crumpled banner, interleaved it with tissue "
        "and noted that the silk was colourfast but embrittled along the underlayer; next door, the "
        "acetification tank of the vinegar works hummed, and a cogwheel from the old switchback railcar "
        "lay on the windowledge.",
        "For the crossing I check the GRIB files in xygrib, the route in navit and the offline maps from "
        "opentopomap, log every trip in mytourbook and keep foxtrotgps running on the old tablet as a spare.",
        "The script calls load_tide_table, hands the frame to findSlackWindow and then to "
        "charts.stream.plot_rates; config.max_stream_knots is read once in trips/plan_crossing.py, the "
        "notes are at https://paddle.example.net/trips/2028-06-02#crossing, mail "
        "sea-crew@example.net or ping @skeg_tamsin_k. #seakayaking #slackwater",
        "Honestly it was all mizzle and the van kept conking out, but Tamsin Polglase and Jory Trevithick "
        "paddled from Porthleven to Mullion anyway and came back at dimpsy; I was too teasy to go with them.",
    ],
    "fr": [
        "L'autoursier répara la longe et le touret, cira le gant, puis posa le chaperon sur l'établi ; "
        "dans l'autourserie, l'émerillon se tenait sur son bloc et la gibecière pendait à côté du leurre.",
        "Au retour, on amarra les kayaks au ponton, on rangea le pare-battage et on prit le funiculaire "
        "pour l'aller-retour jusqu'au village ; la crémaillère et le contre-rail de la vieille ligne "
        "grinçaient sous les wagonnets.",
        "Le vinaigrier orléanais vendait aussi du terreau et du lombricompost ; à côté, la restauratrice "
        "dépoussiéra la tenture, la réhumidifia et la doubla d'une crêpeline teinte avant de la remonter "
        "sur son châssis.",
        "Pour les collections du musée, nous utilisons omeka pour les expositions en ligne, "
        "collectiveaccess pour l'inventaire, islandora et dspace pour les dépôts, archivesspace pour les "
        "fonds d'archives et invenio pour les données de recherche.",
        "La fonction charger_constat passe chaque fiche à calculerTauxHumidite puis à "
        "rapports.vitrine.tracer_courbe ; la doc est sur https://textiles.exemple.fr/vitrines/2028#salle-3, "
        "les questions vont à atelier-textile@exemple.fr ou à @restauratrice_sidonie. #conservation #textile",
        "Fais-le-moi savoir et donne-nous-en deux ; il pleuvine, ça pèle, et Aurélien Kerjean est rentré de "
        "Douarnenez lessivé, ratatiné, mais il dit que la sortie était de la balle.",
    ],
    "es": [
        "El cazador de altanería guardó el capirote, las pihuelas y el señuelo en el morral; después colocó el azor en la "
        "alcándara, revisó el tornillo y el cascabel, y colgó el guante junto a la lonja de cuero.",
        "Ajustamos el cubrebañeras, comprobamos la orza y salimos con la marea vaciante hacia el islote; "
        "al volver, la corriente de reflujo nos obligó a remar pegados a la escollera.",
        "En la bodega, la vinagrera de barro reposaba junto al lombricompostaje del huerto; en el museo, "
        "la restauradora humectó el estandarte, lo entreteló con crepelina y lo montó sobre un bastidor "
        "acolchado.",
        "Para los sensores de las vitrinas usamos emoncms y thingsboard como paneles, chirpstack para la "
        "red inalámbrica, timescaledb para guardar las series, kapacitor para las alertas y openremote "
        "para el edificio.",
        "La función leer_registro pasa cada lectura a calcularHumedadMedia y luego a "
        "informes.vitrina.dibujar_grafico; los datos están en https://museo.ejemplo.es/vitrinas/2028#sala-2, "
        "escribe a taller-textil@ejemplo.es o a @restauradora_nerea. #conservacion #textiles",
        "Ábrela y pásanosla luego, arsa; ojú, qué calor. Nerea Arrizabalaga y Fermín Olazábal llegaron a "
        "Barbate con la playa llena de guiris, pero pillaron sitio al lado del agua.",
    ],
    "de": [
        "Die Falkenhaubenreparaturwerkstatt, die Zahnradbahnbetriebsgesellschaft und die "
        "Textilrestaurierungsabteilung des Landesmuseums teilen sich neuerdings ein "
        "Komposttoilettenentleerungsfahrzeug.",
        "Vor dem Ablegen vergaß er, das Boot aufzubocken, und versuchte später vergeblich, bei Ebbe "
        "anzulanden; seine Partnerin bat ihn, die Luken abzukleben und erst nach dem Frühstück loszupaddeln.",
        "Nach der Beizjagd kröpfte der Habicht auf dem Federspiel, während der Falkner Drahle und "
        "Langfessel verstaute und die Falkenhaube in die Tasche steckte.",
        "Für die Tourenplanung laufen bei uns openrouteservice und vroom für die Routen, nominatim für die "
        "Adresssuche, openmaptiles für die Kacheln, zygrib für die Windkarten und organicmaps auf dem Handy.",
        "Die Funktion lade_gezeiten gibt jede Zeile an berechneStauwasser und dann an "
        "karten.strom.zeichne_pfeile weiter; die Daten liegen unter "
        "https://kajak.beispiel.de/touren/2028#ueberfahrt, Fragen an kajakgruppe@beispiel.de oder an "
        "@paddel_merle. #seekajak #gezeiten",
        "Heidenei, so ein Wetter: Merle Ketelsen und Jannik Thordsen wollten in Tübingen Gsälzbrot probieren, "
        "aber es gab kein Muggeseggele mehr davon, die Grombira waren auch aus, und Jannik war ganz tüdelig.",
    ],
    "it": [
        "Lo strozziere ripose il cappuccio, i geti, il girello e il logoro nella carniera, poi sistemò il "
        "pellegrino sul blocco e appese il guanto accanto alla lunga di cuoio.",
        "Dopo la battigia il kayak prese il largo; sulla ferrovia a cremagliera del monte, intanto, i "
        "tecnici sostituivano la controrotaia, e nell'acetificio della valle si imbottigliava l'agrodolce.",
        "La restauratrice umidificò lo stendardo, lo foderò con crepeline tinta e lo fissò con punti "
        "posati su un supporto imbottito; fuori, il lombricaio del giardino del museo fumava al sole.",
        "Per le foto delle uscite usiamo lightzone, filmulator, vkdt e ansel per lo sviluppo, piwigo per la "
        "galleria del club e lychee per gli album privati.",
        "La funzione leggi_traccia passa ogni punto a calcolaVelocitaMedia e poi a "
        "mappe.rotta.disegna_segmenti; i dati sono su https://kayak.esempio.it/uscite/2028#traversata, "
        "scrivete a gruppo-kayak@esempio.it o a @pagaia_ottavia. #kayakdamare #traversata",
        "Spediteglielo domattina e avvisateci, zio; Ottavia Scarpellini e Gianmarco Boccadoro tornati da "
        "Sperlonga rosicavano per la gita saltata a Gaeta, ma erano gasati lo stesso: giornata ganzissima.",
    ],
    "pt": [
        "O cetreiro guardou o capuz, os piós, o tornel e a negaça no bornal, pôs o açor no poleiro e "
        "pendurou a luva ao lado da trela de couro.",
        "Depois da rebentação, remámos contra a maré até ao paredão; na serra, o ascensor de cremalheira "
        "subia devagar, e no quintal o minhocário e o vermicompostor trabalhavam em silêncio.",
        "A conservadora humidificou o estandarte, entretelou-o com crepeline tingida e montou-o num "
        "bastidor almofadado; na adega ao lado, a vinagreira de barro repousava junto ao autoclismo avariado.",
        "Na oficina do clube usamos o lasergrbl e o bcnc para cortar as peças, o linuxcnc na fresadora "
        "grande, o grblhal e o fluidnc nas placas novas e o cncjs para controlar tudo pelo navegador.",
        "A função ler_titulacao passa cada medição a calcularAcidezMedia e depois a "
        "graficos.fermentacao.desenhar_curva; os dados estão em https://vinagre.exemplo.pt/lotes/2028#lote-7, "
        "escreva para oficina-vinagre@exemplo.pt ou para @vinagreira_ines. #vinagre #fermentacao",
        "Trar-nos-á o barco e vê-lo-ão depois; a Inês Quintela e o Duarte Meireles chegaram a Sesimbra com "
        "uma neura enorme, a bófia multou-os no cais e ainda apanharam uma piela no jantar.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "nij": ["Kilen kabar keton? Aku handak haguet akan lewu hapan jukung, basa andau jetoh baharian."],
    "bdr": ["Ai kabar nu? Aku mole na ni lahat ku, magsoi dahu ma kau."],
    "kzj": ["Kopivosian! Isai ngaran nu? Ngaran ku nopo nga i Rosalind, om kivaa oku id Penampang."],
    "dtp": ["Kopivosian! Kotobian Tadau Tagazo do Kaamatan kumaa diozu ngaavi, om nunu kabaaran nu?"],
    "mvp": ["Umbamo lako? Lako pasa' jio aku', tae'pa ku sarra'."],
    "mqy": ["Ngo nia hau, kraeng? Aku ngo one uma, ai cai ulu wae."],
    "slu": ["Ma etu, ai ma loru sahe, ami ma lako ma kore ma loru."],
    "bew": ["Aye mau pegi ke pasar dulu, entar sore aye balik lagi; lu kagak usah nungguin aye, ye."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v68", QUOTA, HARD_NEGATIVES, "neg68")
    print(common.write_set(HERE, recs))
