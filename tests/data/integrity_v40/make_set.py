"""Build the v40 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v40/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v40: v39 is scored once at the end of its round and is a tuning set from then on, like
v3-v38.  This set was written without looking at the detector (its rules, its word lists, its
tests, its benchmarks) and without running it on these texts, and was committed before the next
round of detector changes; it is scored once, at the end of that round.  Rules, labels and
corruption kinds are v3's, through ``tests/data/integrity_common.py`` (hunspell decides every
label), with v9's quota.

The passages (passages_<lang>.txt) are new, and each language has its own topics, drawn mainly
from lichens and mosses, harbour pilots, fountain pens, desert oases, tea fermentation and
cross-country skiing, written in the registers of LLM answers (an explanation, a technical
answer with code spans and a product name, a literary paragraph, step-by-step advice, a
"Sure! Here's..." reply, a historical summary, a recipe, an opinion, a letter or e-mail); eight
in English, nine in French, Spanish, Italian and Portuguese, twelve in German (no glue of two
content words there):
  en: lichens as a fungus-alga partnership, logging a tea ferment on a Raspberry Pi
      (`w1thermsensor`, `pandas`), a harbour pilot climbing the ladder at night (literary),
      flushing a fountain pen, packing for a desert oasis ("Sure!"), the Saharan caravan oases
      and Ghadames, kombucha, an e-mail asking to join a moss survey;
  fr: why dry mosses come back to life, plotting ski-trail snow depth with `pandas` and
      `matplotlib` in Jupyter, an old man writing to his daughter with his fountain pen
      (literary), choosing a first fountain pen, a day in the Tozeur oasis ("Bien sûr !"),
      the history of harbour pilots, a date and walnut tart, green versus black tea, a letter
      to the town asking for earlier grooming of the cross-country trails;
  es: why snow squeaks under skis, a fountain-pen ink catalogue with `sqlite3` and DB Browser
      for SQLite, a harbour pilot bringing a ship in at dawn (literary), making a moss garden,
      lichens easy to recognise on a walk ("¡Claro!"), the palm grove of Elche, bacon-wrapped
      dates, ballpoint versus fountain pen, an e-mail to a tea shop about a ripe pu-erh;
  de: how peat moss builds a raised bog, a tide window for a pilot station with `datetime` and
      `zoneinfo` (LibreOffice Calc), a cross-country skier at dawn (literary), hot-waxing
      cross-country skis, buying a second-hand fountain pen ("Klar!"), the Elbe pilots, Chinese
      tea eggs, the fountain pen versus the tablet at primary school, a letter enrolling a
      child in a club's cross-country course, Dijkstra's algorithm between oases, how a
      fountain pen feeds ink, why desert nights are cold;
  it: whether moss really grows on the north side of trees, a Telegram bot announcing the
      groomed ski trail (`python-telegram-bot`, BotFather), a retired harbour pilot watching
      the ships (literary), photographing lichens, a tasting of fermented teas ("Certo!"), the
      history of the fountain pen, polenta concia, cross-country skis versus snowshoes, a letter
      offering to volunteer at a nature-reserve oasis;
  pt: why ski-trail snow turns to crust overnight, logging a tea ferment with an Arduino Uno
      (`OneWire`, `DallasTemperature`), a caravan reaching an oasis (literary), choosing ink for
      a fountain pen, a weekend of mosses and lichens in the Serra de Sintra ("Claro!"), the
      pilots of the Douro bar, a black tea and orange cake, a handwritten versus a typed
      diary, a letter asking a ski school in the Serra da Estrela about cross-country lessons.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one (thereabout, whencesoever, thitherward, amongst, overland, cupboard, bedrock,
forefinger, penknife, snowfall, waterproof, outlast, uptake; entrouvert, entrelacs, buvard,
encrier, porte-mine, mi-chemin, remorqueur, porte-conteneurs, quant-à-soi, pousse-café,
faux-semblant, s'entraider, lieudit, pied-à-terre, monte-charge, passe-montagne, arc-boutant;
trasluz, antier, a menudo, por si acaso, enfrentito, telesilla, portaplumas, contramaestre,
tintero, plumín, secante, portavasos, sacamuestras, malqueda; herbei, davon, zuhauf, somit,
hinunter, tagtäglich, allabendlich, heimwärts, seewärts, landeinwärts, darob,
allhier; dabbene, dapprincipo, orbene, abbastanza, nientaffatto, paraocchi, portapenne,
rimorchiatore, d'ora in poi, al di là; dacolá, noutrem, naqueloutro, nesse, àquele, aparo,
tinteiro, porta-luvas, abre-alas, rebocador, limpa-neve, contramestre, quebra-luz, d'água),
tool and brand names in lower case in prose (shotcut, handbrake, vlc, htop, irssi, jekyll,
haproxy, homarr, qbittorrent, blender), code identifiers in snake_case and camelCase and
dotted names, URLs, e-mail addresses, hashtags and @handles, German long compounds and particle
verbs (with zu inside: nachzuspuren, einzuwachsen, herauszuschrauben, vorzuglühen,
durchzuatmen), clitics and elisions (rends-le-nous, donne-le-lui; tráemelo, pásamela,
devuélvenoslo; spediscimela, riportaceli, prestatemelo; entregar-lho-emos, dir-lhe-ei,
fá-lo-emos), names of people and places, and informal spellings (ey up, s'pose, gerroff,
minging, 'bout, ya'll, tidy, bob's your uncle; m'enfin, p'tite, fastoche, ça caille, drache,
peuchère, allez hop; hala, menudo, pibón, chiringuito, currele, pa' que, ná de ná; hamwa,
gehma, bisschen, ned, mir san; mah, tt, sì vabbè, ciao belli, sgamare; ó, caramba, carago,
morcão, tipo assim, né); and texts in languages the detector does not judge (Kanuri, Nauruan,
Yapese, Kosraean, Rotuman, Ewondo, Kabiyé, Belize Kriol), some with a glue in them, which must
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
        "The caravan turned thitherward at dusk, whencesoever the wind came; the well lay thereabout, "
        "amongst the low dunes, and the guide said we should walk towards it overland tonight rather than "
        "wait for a truck that might not be anywhere near.",
        "She kept the penknife in the cupboard, tapped the bedrock with her forefinger and swore the "
        "waterproof jacket would outlast the snowfall; by moonlight the uptake of water by the moss was "
        "plain to see.",
        "I cut the ski clips in shotcut, shrink them with handbrake and check the raw files in vlc; the old "
        "laptop runs htop and irssi all day, the blog is built with jekyll behind haproxy, homarr is the "
        "dashboard, qbittorrent fetches the films and blender renders the trail maps.",
        "The logger calls read_probe_celsius, hands each value to smoothFermentCurve and then to "
        "brewlog.export.to_parquet; config.sample_interval_s is read once in sensors/kombucha_probe.py, "
        "and test_ignores_negative_spikes covers the odd case.",
        "Tide windows are posted at https://pilots.example.org/2027/harbour-windows?berth=7#night and the "
        "moss survey at https://bryo.example.net/surveys/quarry-2027; write to boarding-desk@pilots.example.org "
        "or ping @bryo_wren. #lichenlove #pilotlife",
        "Tupaq Huamaní flew from Nouakchott to Tromsø with Ifeoluwa Okonjo-Barrett and Zdeňka Křížová, then "
        "drove on to Ouarzazate, Tinerhir and Merzouga.",
        "Ey up, s'pose we're off then? Gerroff, that pasty's minging, ya'll be sick. Tidy, back in 'bout ten "
        "and bob's your uncle.",
    ],
    "fr": [
        "Tandis qu'il rangeait l'encrier, la porte du bureau restait entrouverte ; sur le buvard, des "
        "entrelacs d'encre bleue séchaient, et le porte-mine attendait à mi-chemin entre la lampe et le cahier.",
        "Au port, le remorqueur poussa le porte-conteneurs contre le quai pendant que le pilote, fidèle à son "
        "quant-à-soi, refusait le pousse-café qu'on lui tendait ; sans faux-semblant, tous savaient qu'il "
        "fallait s'entraider.",
        "Je monte mes vidéos de ski dans shotcut, je les compresse avec handbrake et je les regarde dans vlc ; "
        "le vieux portable fait tourner htop et irssi, le blog est généré par jekyll derrière haproxy, et "
        "homarr sert de tableau de bord.",
        "Le script appelle lire_sonde_celsius, passe chaque valeur à lisserCourbeFermentation puis à "
        "journal_the.export.vers_csv ; config.intervalle_mesure_s est lu une fois dans "
        "capteurs/sonde_kombucha.py.",
        "Les horaires de pilotage sont sur https://pilotes.exemple.fr/2027/fenetres-maree?poste=7#nuit ; "
        "écrivez à accueil-pilotage@exemple.fr ou à @bryo_anouk. #lichens #pilotage",
        "Donne-le-lui, puis rends-le-nous : Anouk et Yannig partent de Plougastel-Daoulas pour "
        "Saint-Jean-de-Maurienne, au lieudit où Aurélien garde un pied-à-terre ; on y monte les skis par le "
        "monte-charge, sous l'arc-boutant de la vieille grange, le passe-montagne sur le nez.",
        "M'enfin, c'est fastoche, p'tite ! Dehors ça caille et ça drache depuis ce matin, alors allez hop, on "
        "rentre ; peuchère, t'es trempée jusqu'aux os.",
    ],
    "es": [
        "Antier, a trasluz, el contramaestre revisaba el plumín del portaplumas y el tintero, por si acaso; "
        "a menudo dejaba el secante sobre el portavasos, ahí enfrentito del timón, y seguía adelante sin decir nada.",
        "Desde la telesilla se veía al técnico con el sacamuestras clavado en la nieve, y el malqueda de su "
        "compañero, que no había venido, otra vez.",
        "Corto los vídeos de esquí en shotcut, los comprimo con handbrake y los veo en vlc; el portátil viejo "
        "tiene abiertos htop e irssi, el blog se genera con jekyll detrás de haproxy y homarr hace de panel.",
        "El script llama a leer_sonda_celsius, pasa cada valor a suavizarCurvaFermento y luego a "
        "registro_te.exportar.a_csv; config.intervalo_muestra_s se lee una vez en sensores/sonda_kombucha.py.",
        "Los horarios del práctico están en https://practicos.ejemplo.es/2027/ventanas-marea?muelle=7#noche; "
        "escribid a atencion-practicos@ejemplo.es o a @briologa_nerea. #liquenes #practicos",
        "Tráemelo mañana, pásamela luego y devuélvenoslo el lunes: Nerea y Ximo se van de Villajoyosa a "
        "Benasque, y allí Leocadia Ugarte los lleva a Cerler.",
        "¡Hala, menudo pibón! Vámonos al chiringuito, pa' que veas, que el currele de hoy ha sido to' el "
        "día y al final ná de ná.",
    ],
    "de": [
        "Allabendlich kamen sie herbei, zuhauf und tagtäglich, und davon sprach das ganze Dorf; somit lief "
        "sie heimwärts, hinunter zum Hafen, wo seewärts die Lichter brannten, während landeinwärts schon alles "
        "im Dunkeln lag.",
        "Die Seelotsenbrüderschaftsversammlung, die Langlaufloipenpräparierungsgesellschaft und die "
        "Füllfederhalterreparaturwerkstatt haben vor, im Januar die Spur nachzuspuren, die Ski "
        "einzuwachsen, die Feder herauszuschrauben und vorher einmal tief durchzuatmen.",
        "Ich schneide die Langlaufvideos in shotcut, verkleinere sie mit handbrake und schaue sie in vlc an; "
        "auf dem alten Laptop laufen htop und irssi, das Blog baut jekyll hinter haproxy, und homarr ist "
        "die Startseite.",
        "Das Skript ruft lese_fuehler_celsius auf, reicht jeden Wert an glaetteGaerkurve und dann an "
        "teeprotokoll.export.als_csv weiter; config.messabstand_s wird einmal in sensoren/kombucha_fuehler.py "
        "gelesen.",
        "Die Lotsenzeiten stehen unter https://lotsen.beispiel.de/2027/tidefenster?liegeplatz=7#nacht, "
        "Fragen bitte an lotsenbuero@beispiel.de oder an @moos_frauke. #flechten #lotsen",
        "Das Löschblatt lag neben dem Tintenfässchen, das Skiwachs und das Steigwachs im Keller, und der "
        "Hafenlotse stieg vom Lotsenversetzschiff über; allhier, sagte er darob, sei alles in Ordnung.",
        "Hamwa noch Brot? Gehma heim, is ned so schlimm, bisschen Regen halt. Mir san mir, Servus, Wiebke "
        "aus Bad Aibling kommt mit Korbinian aus Traunstein.",
    ],
    "it": [
        "Orbene, il vecchio era un uomo dabbene, e dapprincipo non era nientaffatto convinto; d'ora in poi, al di "
        "là della diga, il rimorchiatore avrebbe aspettato abbastanza prima di muoversi.",
        "Spediscimela domani, riportaceli entro sabato e prestatemelo solo se serve: la penna sta nel "
        "portapenne, i paraocchi del cavallo nella stalla.",
        "Monto i video di sci in shotcut, li comprimo con handbrake e li guardo con vlc; il vecchio portatile "
        "tiene aperti htop e irssi, il blog lo genera jekyll dietro haproxy e homarr fa da cruscotto.",
        "Lo script chiama leggi_sonda_celsius, passa ogni valore a smussaCurvaFermento e poi a "
        "registro_te.esporta.in_csv; config.intervallo_misura_s viene letto una volta in "
        "sensori/sonda_kombucha.py.",
        "Gli orari dei piloti sono su https://piloti.esempio.it/2027/finestre-marea?banchina=7#notte; "
        "scrivete a ufficio-piloti@esempio.it oppure a @muschi_viola. #licheni #piloti",
        "Mah, tt bene, sì vabbè, ciao belli! Ottavia e Ludovico salgono da Chioggia a Dobbiaco con Ermenegilda, "
        "e se fanno tardi li sgamano subito.",
    ],
    "pt": [
        "Dacolá veio o rebocador, e noutrem ninguém confiava; naqueloutro dia, àquele contramestre só "
        "restava o tinteiro, o aparo e um copo d'água, e nesse instante ninguém falou.",
        "Guardei o quebra-luz no porta-luvas; o limpa-neve passou antes do abre-alas do desfile e ninguém "
        "reparou.",
        "Entregar-lho-emos amanhã; dir-lhe-ei que fá-lo-emos com calma, se o barco chegar a horas.",
        "Monto os vídeos de esqui no shotcut, comprimo-os com o handbrake e vejo-os no vlc; o portátil velho "
        "tem o htop e o irssi abertos, o blogue é gerado pelo jekyll atrás do haproxy e o homarr serve de "
        "painel.",
        "O programa chama ler_sonda_celsius, passa cada valor a suavizarCurvaFermento e depois a "
        "registo_cha.exportar.para_csv; config.intervalo_medida_s é lido uma vez em sensores/sonda_kombucha.py.",
        "Os horários da pilotagem estão em https://pilotos.exemplo.pt/2027/janelas-mare?cais=7#noite; "
        "escrevam para atendimento-pilotos@exemplo.pt ou mencionem @musgos_ines. #liquenes #pilotos",
        "Ó caramba, carago, tipo assim, o morcão esqueceu-se outra vez, né? O Tiago e a Leonor vieram de "
        "Vila Nova de Foz Côa com a Filipa de Ponte de Lima.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "kr": ["Lale! Wushe, ála kəléwa. Adamganawoso hakkiwa-ason kalkalye."],
    "na": ["Ekamawir omo! Omoyoran, dango awe; wo areit ed? Omo, tubwa kor."],
    "yap": ["Mogethin, Leo! Kammagar; tabochgow, kefel."],
    "kos": ["Lotu wo! Kom fuhcah? Ngalunges Kosrae, kulo ma lulap."],
    "rtm": ["Noa'ia! Ka 'äe tapen? Goulelei, fạiåksia; la' ma ạlalum."],
    "ewo": ["Mbembe kiri, Nna! Akiba abui; madingwo, ma ke Ongola."],
    "kbp": ["Kabɩyɛ kʋnʋŋ, ñɛ-wɛtʋ nɛ tɩ-tɩ solo; tɔmkɔpɔzaɣ ŋga ɖicosuu-kɛ tobi."],
    "bzj": ["Di breez di bloa gud gud-wan dis maanin, soh widigoh da di riva fi kech lee fish. Mi tayad, "
            "bot evryting gud."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v40", QUOTA, HARD_NEGATIVES, "neg40")
    print(common.write_set(HERE, recs))
