"""Build the v56 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v56/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v56: the sets before it are scored once at the end of their round and are tuning sets
from then on.  This set was written without looking at the detector's rules, code or word
lists and without running the detector on these texts, and it is committed before the next
round of detector changes; it is scored once, at the end of that round.  Rules, labels and
corruption kinds are v3's, through ``tests/data/integrity_common.py`` (hunspell decides every
label), with v7's quota, as in v9.

The passages (passages_<lang>.txt) are new, written by a different hand from the sets written
beside it, with topics drawn mainly from glacier hiking, wood-fired bread ovens, kite surfing,
typewriter repair, sheepdog trials and pond dipping; each language has its own topics, in the
registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why glacial meltwater is milky (rock flour), a kite-size rule of thumb in Python
      (`argparse`, Sublime Text), an old shepherd and his dog at a trial (literary), pond
      dipping with children, packing for a guided glacier hike ("Sure! Here's..."), the Sholes
      and Glidden typewriter (1874), flatbreads in a wood-fired oven, an e-mail volunteering at
      sheepdog trials;
  fr: why snow turns pink on glaciers (snow algae), OCR of typewritten pages with
      `pytesseract` (Tesseract, VSCodium), an old woman watching kites at Leucate (literary),
      changing a typewriter ribbon, a pond outing with a primary class ("Bien sûr ! Voici..."),
      the four banal of the seigneurs, tarte flambée in a wood oven, a first glacier hike with
      or without a guide, a letter to the mayor about a polluted pond behind a school;
  es: why water striders walk on water (surface tension), a wind forecast from Open-Meteo in
      JavaScript (`fetch()`, WebStorm, `node`), an old typist in a notary's office (literary),
      walking in crampons, a first kitesurf morning at Tarifa ("¡Claro! Aquí tienes..."), the
      snow wells and snow trade of Spain, coca de recapte from a wood oven, a garden pond with
      or without fish, an e-mail to a glacier guide company about a child's minimum age;
  de: why snow bridges over crevasses are most dangerous in high summer, wind statistics for a
      kite spot with pandas (`resample`, Spyder), baking day in a village bakehouse (literary),
      freeing sticking typebars, a morning at the pond with a kindergarten group ("Klar!"),
      the first sheepdog trials at Bala (1873), Swabian Dinnete from a wood oven, Baltic versus
      North Sea for learning to kite, a letter to a typewriter mechanic about an inherited
      Olympia, first-fit decreasing for loading an oven, how a kite's bar and depower work, why
      pond life survives under ice (water densest at four degrees);
  it: glacier tables (boulders on ice pedestals), a wood-oven thermometer with a MAX6675 and an
      ESP32 in MicroPython (Thonny), a girl watching a pond at dusk (literary), lighting a wood
      oven and bringing it to heat, checking a second-hand typewriter at a flea market
      ("Certo! Ecco..."), the Olivetti M1 (Turin, 1911), Neapolitan pizza in a wood oven,
      twin-tip versus surfboard for a kite beginner, a letter to a head teacher proposing pond
      dipping;
  pt: why the nortada blows on the Portuguese coast, booking a village oven with Flask and
      SQLite (Visual Studio Code), an old fisherman watching kitesurfers at Guincho (literary),
      teaching a herding dog to lie down to the whistle, a glacier walk in Iceland ("Claro! Aqui
      estão..."), the communal ovens of northern Portugal, bola de Lamego, repairing an
      inherited typewriter or buying a restored one, a letter to the parish council asking to
      take children pond dipping.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one, mostly topic words and rarer forms since the common closed-class compounds are
used up (somewhen, foursquare, alongshore, snowbridge, headwall, icecap, wetsuit, footstrap,
outhaul, downhaul, kitesurfer, sideshore, typebar, backspace, keycap, bakehouse, firebrick,
hearthstone, duckweed, pondweed, waterweed, frogspawn, tadpole, sheepwalk, ginormous;
kitesurfeur, brise-vent, porte-parole, tire-fesses, hors-piste, avant-goût, fournier,
enfourneur, écouvillon, vide-grenier, réveille-matin, attrape-rêves, tout-terrain, portefaix;
kitesurfista, ventisquero, nevero, rimaya, piolet, hornero, hornada, renacuajo, garapito,
ditisco, buscavidas, calientapiés, cortapisa, recogepelotas; Gletscherspaltenbergungsübung,
Hütehundeprüfungsreglement, Backhausgemeinschaftssatzung, Teichkescherausleihliste,
Schreibmaschinenfarbbandbestellung; pizzaiolo, infornata, spazzaforno, tirabrace, sottovaso,
battitappeto, seracco, ramponi; limpa-neves, kitesurfista, padeiro, varredouro,
porta-prancha), tool names in lower case in prose (kitchenowl, shaarli, librephotos,
gotosocial, lemmy, owncast, peertube, baikal), code identifiers in snake_case and camelCase
and dotted names, URLs, e-mail addresses, hashtags and @handles, German long compounds and
particle verbs with zu inside (einzuhaken, herauszuziehen, zurückzuschauen, aufzuriggen,
einzuschießen, nachzulegen, auszufegen, abzukeschern, zurückzupfeifen), clitics and elisions
(envoie-la-moi, rends-la-nous; díganselo, mándenselas; infornatela, passamela,
spediscimeli, lasciateglielo; dar-lho-emos, fazê-lo-ei, vê-los-emos, dizer-lho,
mandá-la-ia), names of people and places, and informal spellings and slang (gurt, nesh,
lairy, bladdered, dreich, braw, hoolie, scunnered, clarty, gallus, lurgy; paumé, cramé,
godasses, bosser, trankil, pieuter, crevard; rayarse, petarlo, chorbo, jalar, currelar;
pennen, Bude, Kaff, Latschen, oberaffengeil; svarione, sbronza; granda, pitas, pantufas,
tás bem); and texts in languages the detector does not judge (Asháninka, Awajún, Tikuna,
Warao, Emberá, Guna, Bribri, Ngäbere), some with a glue in them, which must get no word
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
        "Somewhen after noon the guide probed the snowbridge under the headwall, stepping foursquare on the "
        "old crust, while the icecap glittered beyond us and an alongshore wind kept tugging at the rope.",
        "I rinsed the wetsuit, tightened each footstrap, checked the outhaul and the downhaul, and asked a "
        "kitesurfer whether the sideshore breeze would hold; at home a bent typebar, a sticky backspace and "
        "a cracked keycap were waiting on the bench.",
        "Behind the bakehouse a firebrick and an old hearthstone lay in the grass; the pond below was green "
        "with duckweed and pondweed, with frogspawn and a tadpole or two among the waterweed, and the "
        "sheepwalk ran on up the hill to a ginormous cairn.",
        "We keep our recipes in kitchenowl, bookmarks in shaarli and photos in librephotos; the club posts on "
        "gotosocial and lemmy, streams the trials through owncast, archives the videos on peertube and shares "
        "its calendar through baikal.",
        "The script calls load_wind_readings, hands each row to computeApparentWind and then to "
        "kite.sizing.recommend_area; config.max_gust_knots is read once in tools/forecast_fetch.py, and "
        "test_rejects_calm_days covers the odd case.",
        "The schedule is at https://trials.example.org/2027/hill-nursery#class-b, entries go to "
        "secretary@sheepdog-example.org, and photos to @fellside_trials. #sheepdogtrials #workingdogs",
        "Eilidh MacAskill drove from Ballachulish to Llanfairfechan with Gwilym Prys-Davies and Thorfinn "
        "Ødegård, then on to Kirkcudbright and Machynlleth.",
        "Gurt windy it was, and dreich with it; I'm nesh, me, so I stayed in the van, scunnered and clarty, "
        "while the lads got lairy and half bladdered at the hoolie. Braw night, mind, and nobody caught the "
        "lurgy. Gallus, the lot of them.",
    ],
    "fr": [
        "Le kitesurfeur rangeait son aile derrière le brise-vent ; à la station, le porte-parole annonçait "
        "que le tire-fesses resterait fermé et que le hors-piste était interdit, simple avant-goût de l'hiver.",
        "Le fournier passa l'écouvillon mouillé sur la sole, puis l'enfourneur glissa les pains un à un ; au "
        "vide-grenier, on vendait un vieux réveille-matin, un attrape-rêves, une poussette tout-terrain et "
        "une gravure de portefaix.",
        "Je range mes recettes dans kitchenowl, mes liens dans shaarli et mes photos dans librephotos ; le "
        "club publie sur gotosocial et sur lemmy, diffuse les concours avec owncast, archive les vidéos sur "
        "peertube et partage son agenda grâce à baikal.",
        "Le script appelle lire_releves_vent, passe chaque ligne à calculerVentApparent puis à "
        "aile.dimensions.surface_conseillee ; config.rafale_max_noeuds est lu une seule fois dans "
        "outils/previsions_vent.py.",
        "Le programme est sur https://concours.exemple.fr/2027/chiens-de-troupeau#classe-b, les inscriptions "
        "vont à secretariat@berger-exemple.fr ou à @concours_aubrac. #chiensdetroupeau #transhumance",
        "Envoie-la-moi ce soir, la photo, et rends-la-nous vite : Gwendoline et Maël descendent de "
        "Villard-de-Lans à Saint-Jean-Pied-de-Port avec Théodule.",
        "J'ai bossé toute la journée, chuis cramé et j'ai paumé mes godasses ; trankil, je vais me pieuter, "
        "ce crevard de Kevin n'a même pas rapporté la bouffe.",
    ],
    "es": [
        "El kitesurfista dejó la cometa junto al ventisquero; más arriba, un nevero ya viejo tapaba la "
        "rimaya, y el guía clavó el piolet antes de cruzarla.",
        "El hornero sacó la primera hornada antes del alba. En la charca, un niño buscavidas perseguía un "
        "renacuajo, un garapito y un ditisco, y su abuela, con el calientapiés bajo la mesa, le ponía una "
        "cortapisa tras otra; el recogepelotas del club miraba divertido.",
        "Guardo las recetas en kitchenowl, los enlaces en shaarli y las fotos en librephotos; el club publica "
        "en gotosocial y en lemmy, emite los concursos con owncast, archiva los vídeos en peertube y comparte "
        "la agenda con baikal.",
        "El programa llama a leer_datos_viento, pasa cada fila a calcularVientoAparente y luego a "
        "cometa.tamanos.superficie_recomendada; config.racha_maxima_nudos se lee una vez en "
        "herramientas/prevision_viento.py.",
        "El calendario está en https://concursos.ejemplo.es/2027/perros-pastores#categoria-b; las "
        "inscripciones, a secretaria@pastores-ejemplo.es o a @concurso_riano. #perrospastores #trashumancia",
        "Díganselo a Maialen y mándenselas pronto: Xurxo y Nerea bajan de Vielha a Zahara de los Atunes, y "
        "luego Anselmo Garmendia los lleva a Bolonia.",
        "No te rayes, tía: el chorbo de Lucía se ha ido a currelar a Tarifa y dice que este verano va a "
        "petarlo con las clases. Vente a jalar algo y lo hablamos.",
    ],
    "de": [
        "Der Bergführer bat uns, den Karabiner einzuhaken, das Seil herauszuziehen und nicht "
        "zurückzuschauen; am Strand half er später, den Kite aufzuriggen, und im Backhaus war es an mir, "
        "Holz nachzulegen, den Ofen auszufegen und die Laibe einzuschießen.",
        "Die Gletscherspaltenbergungsübung, das Hütehundeprüfungsreglement und die "
        "Backhausgemeinschaftssatzung liegen im Gemeindehaus aus, daneben die Teichkescherausleihliste und "
        "die Schreibmaschinenfarbbandbestellung.",
        "Die Kinder versuchten, die Molche abzukeschern, und der Schäfer hatte Mühe, seinen Hund "
        "zurückzupfeifen, bevor er die Schafe aus dem Teich trieb.",
        "Rezepte liegen bei uns in kitchenowl, Lesezeichen in shaarli und Fotos in librephotos; der Verein "
        "postet auf gotosocial und lemmy, überträgt die Prüfungen mit owncast, archiviert die Videos auf "
        "peertube und teilt den Kalender über baikal.",
        "Das Skript ruft lade_windmessungen auf, reicht jede Zeile an berechneScheinbarenWind und dann an "
        "kite.groessen.empfohlene_flaeche weiter; config.max_boe_knoten wird einmal in "
        "werkzeuge/windvorhersage.py gelesen.",
        "Die Ausschreibung steht unter https://pruefungen.beispiel.de/2027/huetehunde#klasse-b, Meldungen "
        "bitte an meldestelle@schaefer-beispiel.de oder an @huetehunde_rhoen. #hütehunde #wanderschäferei",
        "Ey, ich bin platt, lass mal pennen. Die Bude ist voll und das Kaff ist öde, aber Mattes und Wiebke "
        "aus Castrop-Rauxel bringen Latschen und Bier mit, oberaffengeil.",
    ],
    "it": [
        "Il pizzaiolo passò lo spazzaforno sul piano, spostò le braci con il tirabrace e sfornò la prima "
        "infornata; sul tavolo, accanto al sottovaso e al battitappeto, qualcuno aveva dimenticato i ramponi.",
        "Sul ghiacciaio la guida ci indicò un seracco sospeso e ci disse di non passarci sotto; il "
        "kitesurfista del gruppo pensava già al vento di domani.",
        "Infornatela subito, ragazzi, e tu passamela appena è pronta; i dettagli spediscimeli per posta. "
        "Alla nonna, però, lasciateglielo scritto: Ludovica ed Ermenegildo arrivano da Bressanone a "
        "Policoro con Ippolita.",
        "Le ricette le teniamo in kitchenowl, i segnalibri in shaarli e le foto in librephotos; il club "
        "pubblica su gotosocial e su lemmy, trasmette le gare con owncast, archivia i video su peertube e "
        "condivide il calendario con baikal.",
        "Lo script chiama leggi_dati_vento, passa ogni riga a calcolaVentoApparente e poi a "
        "aquilone.misure.superficie_consigliata; config.raffica_massima_nodi viene letto una volta in "
        "strumenti/previsioni_vento.py.",
        "Il calendario è su https://gare.esempio.it/2027/cani-da-pastore#classe-b; le iscrizioni a "
        "segreteria@pastori-esempio.it oppure a @gare_abruzzo. #canidapastore #transumanza",
        "Ieri ho fatto uno svarione pazzesco: dopo la sbronza di sabato ho sbagliato treno e sono finito a "
        "Rovigo, raga.",
    ],
    "pt": [
        "O limpa-neves passou cedo; na aldeia, o padeiro varreu o forno com o varredouro, e na praia o "
        "kitesurfista prendeu a prancha ao porta-prancha do carro.",
        "Dar-lho-emos amanhã, prometo; eu próprio fazê-lo-ei, e depois vê-los-emos juntos. Não te esqueças "
        "de dizer-lho, senão ele mandá-la-ia de volta.",
        "Guardamos as receitas no kitchenowl, os favoritos no shaarli e as fotografias no librephotos; o "
        "clube publica no gotosocial e no lemmy, transmite as provas com o owncast, arquiva os vídeos no "
        "peertube e partilha a agenda através do baikal.",
        "O programa chama ler_dados_vento, passa cada linha a calcularVentoAparente e depois a "
        "papagaio.tamanhos.area_recomendada; config.rajada_maxima_nos é lido uma vez em "
        "ferramentas/previsao_vento.py.",
        "O calendário está em https://provas.exemplo.pt/2027/caes-de-pastoreio#classe-b; as inscrições vão "
        "para secretaria@pastores-exemplo.pt, ou mencione @provas_estrela. #caesdepastoreio #transumancia",
        "Tás bem? Ontem foi uma granda noite, as pitas da turma vieram todas, e eu de pantufas. O Gonçalo e "
        "a Leonor vieram da Lourinhã, e a Matilde de Mértola.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "cni": ["Shirampari ajate antamiki, aayeta shima parenini, aaki pankotsiki. Tsinane "
            "ipakeri iraniriantsiki paamariki."],
    "agr": ["Awajún aidau nugkanmak pujuinawai, entsanum namak achiakui. Yawa jegaminuimatu "
            "kanawai."],
    "tca": ["Ngema rü taeguxü ga ñuxmaxü, rü nguxta ni'ï taxetanüwa naxü. Ñaa natü rü "
            "meama tanaãẽ."],
    "wba": ["Ine hanoko naba ekida, ine yakera isiko nao. Warao anibakaya obonoya, "
            "mojonaba ajoro."],
    "emp": ["Mukira do ãrĩ wãjĩ bedea jãrĩ, wera de eda ãba ĩjãrĩ. Embera dromojã "
            "dodeebẽrã."],
    "cuk": ["Nuedi, an nega Gunayalase. Anmar ua gunnoe, dii gwallugwa, ani be "
            "imaynagua."],
    "bzd": ["Ye' tso' ù a, di' kĩ. Sibö tö kàl ulàtsoke, ye' tö tsuru' katè "
            "ñalaki."],
    "gym": ["Ti ju ye ja kräke, ñö kri nuaindi. Ngäbe kä ye ngwarbe, mätiaibe "
            "jondron."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v56", QUOTA, HARD_NEGATIVES, "neg56")
    print(common.write_set(HERE, recs))
