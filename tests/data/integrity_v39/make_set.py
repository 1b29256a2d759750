"""Build the v39 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v39/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v39: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector's rules or running it on these
texts, and committed before the next round of detector changes; it is scored once, at the end
of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v7's quota.

The passages (passages_<lang>.txt) are new, and each language has its own topics, drawn mainly
from typewriters, mangroves, puppetry, road cycling climbs, the vaccine cold chain and hot
springs, written in the registers of LLM answers (an explanation, a technical answer with code
spans and a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply,
a historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in
French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why hot springs are hot, a typewriter effect in a Python terminal (Windows Terminal), an
      old typewriter repairman (literary), pacing a long road climb, a mangrove kayak morning,
      the history of the vaccine cold chain, onsen tamago, an e-mail inviting a puppeteer back
      to a library;
  fr: how mangrove trees cope with salt, a Raspberry Pi probe for a vaccine fridge, a
      travelling glove-puppet showman (literary), preparing a first mountain pass by bike, a
      thermal weekend in the Massif central, the typewriter and the AZERTY keyboard, clafoutis,
      writing a novel on a typewriter or a computer, a letter to the mayor about a hot-spring
      wash-house;
  es: how geysers erupt, a typewriter sound in JavaScript (Visual Studio Code), a puppeteer in
      a village square (literary), choosing gears for a mountain pass, two days at Chilean hot
      springs, the Balmis smallpox expedition, black-clam ceviche, glove puppets versus string
      marionettes, an e-mail to a typewriter repairer;
  de: how mangroves protect coasts, Prometheus alerts for vaccine fridges, grandmother's
      typewriter in the attic (literary), cleaning an old typewriter, an Alpine pass by road
      bike, the Augsburger Puppenkiste, Zwetschgendatschi, thermal bath versus sauna, a letter
      booking a puppet theatre for a kindergarten, the gradient of a climb from GPS points, how
      an ice-lined vaccine fridge works, why hot springs smell of rotten eggs;
  it: travertine in Tuscan hot springs, a typewritten look in CSS (Google Fonts), a puppeteer
      in a town square (literary), storing vaccines in a surgery, a hard Alpine climb by bike,
      the Olivetti Lettera 22, acquacotta, mangroves by kayak or by motor boat, a letter to a
      cycling club about a group climb;
  pt: mangroves as carbon stores, spreadsheet formulas for a vaccine-fridge log (LibreOffice
      Calc, Excel), a newspaper newsroom of typewriters at night (literary), climbing to the
      highest point of mainland Portugal by bike, a weekend at northern spas, the bonecos de
      Santo Aleixo, crab rice, mechanical versus electric typewriters, a letter to a health
      centre after a power cut.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one or hyphenates (whosesoever, thereanent, whenas, noways, hereaway, heretobefore,
everywhither, thenabouts, lowercase, sidestep; quoiqu'elle, puisqu'ici, laissez-passer,
attrape-nigaud, presse-agrumes, serre-tête, tue-mouche, grille-pain, coupe-ongles,
chauffe-eau; trasanteayer, asimesmo, malamente, apenitas, vaivenes; sonach, jüngst, tunlichst,
insoweit, daheim, unverzüglich; ivi, perfin, dovechessia, comechessia, scacciapensieri,
spegnimoccolo; alfim, assim-assim, bota-abaixo, vai-vem, para-choques), tool and brand names in
lower case in prose (ollama, vllm, kamal, sops, nomad, consul, coolify, dokku, mosh, xonsh,
guix, minikube, cosign), code identifiers in snake_case and camelCase and dotted names, URLs,
e-mail addresses, hashtags and @handles, German long compounds and particle verbs with zu
inside (hochzuschalten, abzusteigen, einzuklicken, umzuklappen, abzuschmieren,
auszuwechseln, hinaufzuradeln), clitics and elisions (prête-le-moi, fais-le-leur,
envoie-les-nous, mange-les; alcánzanoslo, acércaselo, pónganselo, quítatelo, escríbemelo;
buttaglielo, rimandaglielo, prestatemelo; lembrar-to-ia, mandar-vos-ei, trazê-las-emos,
dizei-mo, chama-lo-ia, enviar-lho-emos, pô-la-ia, mostrei-lhas), names of people and places,
and informal spellings and slang (dope, boujee, clapped, mandem; michto, cheum, tiep, bader,
rageux; guita, pata; Schmackes; sbattimento, scazzato, accannare; estaleca, atinado, bué-da);
and texts in languages the detector does not judge (Seychellois Creole, Solomon Islands Pijin,
Kazakh in Latin script, Minangkabau, Greek, Mongolian, Tatar in Latin script, Hawaiʻi Pidgin),
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
        "Whosesoever the typewriter had been, the dealer would say nothing thereanent; whenas we asked about "
        "the missing key he only shrugged, said that noways would he take it back, and went hereaway and "
        "thereaway looking for a spare ribbon.",
        "As heretobefore agreed, the riders may go everywhither on the rest day, but they meet thenabouts "
        "noon; the lowercase labels on the bottles are theirs, and nobody should sidestep the weigh-in.",
        "I pull the small models with ollama, serve the bigger ones with vllm and deploy with kamal; secrets "
        "live in sops, the jobs run on nomad with consul, coolify hosts the dashboard, dokku still runs the "
        "old mangrove survey site, and I reach the box over mosh from a xonsh prompt.",
        "The logger calls read_fridge_probe, passes each sample to flagExcursionWindow and then to "
        "coldchain.alerts.notify_clinic; config.max_door_open_s is read in sensors/vaccine_fridge.py, and "
        "test_ignores_defrost_cycle covers the defrost case.",
        "The climb profiles are at https://routes.example.org/cols/alpe-2027#gradient and the raw tracks at "
        "https://data.example.net/gpx/v3/climbs?sort=steepest; write to climb-archive@example.org or ping "
        "@cols_ingrid. #roadcycling #hillclimb",
        "Ingrid Thorsdottir-Mbeki rode from Bourg-d'Oisans to Sestriere with Kwabena Asante-Darko and "
        "Marguerite Ouellette, then went on to Pontresina and Sankt Moritz by train.",
        "Dude, that climb was dope, and your new bike is boujee as heck, but mine is totally clapped. The "
        "mandem are waiting at the café, so shift it, yeah?",
    ],
    "fr": [
        "Quoiqu'elle ait promis de partir avant la nuit, la marionnettiste est restée : puisqu'ici personne "
        "ne voulait rentrer, elle a sorti son vieux laissez-passer de foire et un attrape-nigaud en carton "
        "pour faire rire les petits.",
        "Dans la cuisine du gîte, il y a un presse-agrumes, un grille-pain, un tue-mouche accroché au mur et "
        "un chauffe-eau qui fait un bruit terrible ; le serre-tête et le coupe-ongles traînent dans la salle "
        "de bains.",
        "Je fais tourner les petits modèles avec ollama, les gros avec vllm, et je déploie avec kamal ; les "
        "secrets sont chiffrés avec sops, les tâches tournent sur nomad avec consul, coolify héberge le "
        "tableau de bord et dokku garde l'ancien site des sources chaudes.",
        "Le script appelle lire_sonde_frigo, passe chaque mesure à detecterFenetreExcursion puis à "
        "chaine_froid.alertes.prevenir_centre ; config.duree_porte_ouverte_s est lu dans "
        "capteurs/frigo_vaccins.py.",
        "Les profils des cols sont sur https://cols.exemple.fr/2027/ventoux-par-malaucene#pentes, les "
        "questions vont à archives-cols@exemple.fr ou à @grimpeur_anatole. #cyclisme #colsmythiques",
        "Fais-le-leur savoir, puis envoie-les-nous, et prête-le-moi après : Ségolène et Anatole arrivent de "
        "Saint-Jean-de-Luz avec Gwladys Kerbrat ; et ces cerises de Céret, mange-les avant qu'elles s'abîment.",
        "Franchement, ce gîte est cheum, ça sent le tiep dans la cuisine et le proprio est michto ; on "
        "commence à bader, mais bon, fais pas ton rageux, demain on va aux thermes.",
    ],
    "es": [
        "Trasanteayer llegamos tarde y malamente al pueblo, apenitas con luz; asimesmo, como dicen aquí los "
        "viejos, los vaivenes del camino nos dejaron mareados antes de ver las termas.",
        "Alcánzanoslo, por favor, y luego acércaselo a tu abuela; pónganselo ustedes en la mesa, quítatelo "
        "de la cabeza y escríbemelo todo en una nota antes de irte.",
        "Ejecuto los modelos pequeños con ollama y los grandes con vllm, despliego con kamal y guardo los "
        "secretos con sops; las tareas corren en nomad con consul, coolify aloja el panel y dokku mantiene la "
        "vieja web de los manglares.",
        "El script llama a leer_sonda_nevera, pasa cada lectura a detectarVentanaExcursion y luego a "
        "cadena_frio.alertas.avisar_centro; config.tiempo_puerta_abierta_s se lee en "
        "sensores/nevera_vacunas.py.",
        "Los perfiles de los puertos están en https://puertos.ejemplo.es/2027/angliru-por-riosa#rampas; las "
        "dudas, a archivo-puertos@ejemplo.es o a @escalador_xabier. #ciclismo #puertosdemontaña",
        "Xabier Etxeberria y Rocío Valderrama-Quispe salieron de Cangas de Onís hacia Covadonga y después "
        "siguieron con Maite Arrizabalaga hasta Potes y Fuente Dé.",
        "Oye, no tengo ni guita para el bus, así que voy a pata hasta la plaza; si ves al titiritero, dile "
        "que me espere, porfa.",
    ],
    "de": [
        "Sonach gilt, was jüngst beschlossen wurde: Die Anlage ist tunlichst sauber zu halten, und insoweit "
        "Schäden auftreten, sind sie unverzüglich zu melden; wer daheim bleibt, meldet sich ab.",
        "Die Thermalquellenschutzgebietsverordnung, das Mangrovenaufforstungsprojekt und die "
        "Impfstoffkühlkettenüberwachungsstelle planen, im Frühjahr anzufangen, die Leitungen auszuwechseln "
        "und die Messstationen umzurüsten.",
        "Am Anstieg vergaß er hochzuschalten, statt abzusteigen versuchte er, wieder einzuklicken, und "
        "später musste er die Kette abzuschmieren und den Sattel umzuklappen, bevor er weiter hinaufzuradeln "
        "wagte.",
        "Ich lasse die kleinen Modelle mit ollama laufen, die großen mit vllm, und deploye mit kamal; die "
        "Geheimnisse liegen in sops, die Jobs laufen auf nomad mit consul, coolify hostet das Dashboard, und "
        "auf dem Laptop nutze ich guix und minikube.",
        "Das Skript ruft read_fridge_probe auf, reicht jeden Messwert an flagExcursionWindow und dann an "
        "coldchain.alerts.notify_clinic weiter; config.max_door_open_s wird in sensors/vaccine_fridge.py "
        "gelesen und mit cosign signiert ausgeliefert.",
        "Die Pässe stehen unter https://paesse.beispiel.de/2027/stilfser-joch#kehren, Fragen bitte an "
        "passarchiv@beispiel.de oder an @kletterer_wiebke. #rennrad #passjagd",
        "Wiebke Hinrichsen und Jörg Osterkamp fuhren mit Ludmila Wojciechowska von Prad am Stilfserjoch nach "
        "Bormio, und die Kurbel drehten sie mit ordentlich Schmackes.",
    ],
    "it": [
        "Ivi giunto, il burattinaio trovò perfin la piazza vuota; dovechessia andassero i bambini, e "
        "comechessia fossero partiti, lui tirò fuori uno scacciapensieri e aspettò, mentre il sagrestano "
        "cercava lo spegnimoccolo.",
        "Buttaglielo dalla finestra, quel cappello, e poi rimandaglielo per posta; e voi, prestatemelo un "
        "momento, il cacciavite piccolo, che sistemo la macchina da scrivere.",
        "Faccio girare i modelli piccoli con ollama e quelli grandi con vllm, pubblico con kamal e tengo i "
        "segreti in sops; i lavori girano su nomad con consul, coolify ospita il pannello e dokku il vecchio "
        "sito delle terme.",
        "Lo script chiama leggi_sonda_frigo, passa ogni misura a rilevaFinestraEscursione e poi a "
        "catena_freddo.allarmi.avvisa_ambulatorio; config.tempo_porta_aperta_s viene letto in "
        "sensori/frigo_vaccini.py.",
        "I profili delle salite sono su https://salite.esempio.it/2027/mortirolo-da-mazzo#pendenze; le "
        "domande a archivio-salite@esempio.it oppure a @scalatore_ilaria. #ciclismo #salite",
        "Ilaria Zanardelli e Gianluca Pezzotta sono partiti da Mazzo di Valtellina con Ottorino Bruschi e "
        "sono arrivati fino a Edolo e poi a Ponte di Legno.",
        "Che sbattimento, raga, sono proprio scazzato: la salita era infinita e stavo per accannare tutto a "
        "metà.",
    ],
    "pt": [
        "Alfim, o dia correu assim-assim: o bota-abaixo dos vizinhos durou a tarde toda, o vai-vem dos "
        "carros não parou e alguém ainda amolgou os para-choques da carrinha.",
        "Lembrar-to-ia amanhã, mas mandar-vos-ei a lista hoje; trazê-las-emos no sábado, se o tempo deixar, "
        "e dizei-mo logo se não puderem.",
        "Chama-lo-ia eu, se soubesse o número; enviar-lho-emos por correio, pô-la-ia na caixa se a visse, e "
        "já lhas mostrei ontem, as fotografias, mostrei-lhas todas.",
        "Corro os modelos pequenos no ollama e os grandes no vllm, faço o deploy com o kamal e guardo os "
        "segredos no sops; as tarefas correm no nomad com o consul, o coolify aloja o painel e o dokku o "
        "velho site das termas.",
        "O script chama ler_sonda_frigorifico, passa cada leitura a detetarJanelaExcursao e depois a "
        "cadeia_frio.alertas.avisar_centro; config.tempo_porta_aberta_s é lido em sensores/frigo_vacinas.py.",
        "Os perfis das subidas estão em https://subidas.exemplo.pt/2027/torre-por-seia#inclinacoes; as "
        "dúvidas vão para arquivo-subidas@exemplo.pt ou para @trepador_gaspar. #ciclismo #serradaestrela",
        "O Gaspar Meireles e a Leonor Cabrita saíram de Seia com o Adalberto Quintas e subiram até à Torre, "
        "depois desceram a Manteigas; o puto tem uma estaleca, é bué-da atinado.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "crs": ["Kan lapli i tonbe, mon kontan al lapes dan manglye avekmon papa. Apre nou griy pwason lo laplaz "
            "e nou manz avek diri."],
    "pis": ["Mifala go long solwata fo lukim olketa mangrov. Olketa pikinini hapi tumas taemolketa lukim "
            "bigfala krab long sanbis."],
    "kk": ["Jazda biz tauğa şyğyp, ystyq bulaqqa baramyz. Ol jerde su öte jyly, al keşke qarai adamdar köp "
           "bolady."],
    "min": ["Kami pai ka pasa pagi-pagi untuak mambali lado jo bawang. Amak mamasak randang untuakalek di "
            "rumah gadang."],
    "el": ["Το καλοκαίρι πηγαίνουμε στα ιαματικά λουτρά της Αιδηψού. Το νερό είναι ζεστό και μυρίζει λίγο "
           "θειάφι, αλλά μετάαπό λίγο το συνηθίζεις."],
    "mn": ["Өвөл болохоор бид халуун рашаанд очдог. Тэнд ус маш халуун, хүмүүс олон байдаг."],
    "tt": ["Bez cäy könnärendä awılğa qaytabız. Äbi bezgä çäkçäk peşerä häm tämle çäy quya."],
    "hwc": ["Brah, we wen go beach early fo catch da waves. Afta dat we wen grab plate lunch bydastore, so "
            "ono!"],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v39", QUOTA, HARD_NEGATIVES, "neg39")
    print(common.write_set(HERE, recs))
