"""Build the v75 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v75/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v75: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
ballet shoes, shipwreck diving, hot-air ballooning, ink making, alpine huts history and poultry
keeping.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why pointe shoes go "dead" (box, shank, paste), a balloon's climb rate from a Raspberry Pi
      Zero log with pandas (`rolling`, `np.gradient`), a diver on a steamer wreck (literary),
      making oak-gall ink step by step, the first alpine huts and the alpine clubs, a baked
      custard for a glut of eggs, why divers should take nothing from wrecks, an e-mail asking a
      poultry club about its beginners' afternoon;
  fr: why a hot-air balloon flies (and why at dawn), wreck dives logged in Subsurface and read
      with pandas (`groupby`, `to_timedelta`), a young dancer sewing her ribbons (literary),
      walnut-husk ink step by step, first hens ("Bien sûr !"), the Montgolfier brothers and the
      flights of 1783, the croûte au fromage of mountain huts, against turning huts into
      hotels, a letter booking four places in a hut;
  es: why iron wrecks grow concretions (and why wood lasts in the Baltic), counting the hen-house
      door openings with an ESP32 in MicroPython (`Pin`, `time.sleep_ms`), a dawn balloon
      flight over a valley of rock chimneys (literary), preparing new pointe shoes step by
      step, lamp-black ink ("¡Claro!"), the Capanna Regina Margherita and alpine huts, tortilla
      de patatas, for hens in town gardens, an e-mail to a dive centre about the Naranjito
      wreck;
  de: why hens moult and stop laying in autumn, an Arduino Nano logger for envelope temperature
      (`thermo.readCelsius()`, `millis()`), a hut warden's evening (literary), preparing a wreck
      dive step by step, a first balloon flight as a passenger ("Klar!"), iron-gall ink in
      Europe and ink corrosion, home-made Eierlikör, against pointe work for young children, a
      letter to an archive about a hut's centenary, Bühlmann's decompression model
      (algorithm), how a balloon burner works, why eggshells are white, brown or blue;
  it: why Indian ink is so black and so lasting, a hen-house door driven by Home Assistant
      (`cover.open_cover`, `sun`), a ballerina after her last Giselle (literary), cleaning the
      hen house step by step, choosing a balloon flight in Italy ("Certo!"), the CAI and the
      Alpetto hut, zabaione, for dip pens at school, an e-mail about diving the Haven wreck;
  pt: nitrogen narcosis on deep wrecks, checking hut bookings exported from LibreOffice Calc
      with `csv.DictReader` and `defaultdict`, a grandmother feeding her hens at dawn
      (literary), pomegranate-rind ink step by step, choosing first pointe shoes ("Claro!"), the
      wreck of the Nossa Senhora dos Mártires (1606), pudim de ovos, for balloon flights and
      balloon festivals, a letter asking about a balloon flight as a golden-wedding present.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words and rarer words not used by earlier sets (hawsepipe,
deadeye, taffrail, mainmast, bilgewater, waterlogged, broody, hencoop, cockerel, dustbath,
pullet, wattles, chickweed, cockcrow, inkhorn, copperas, matinee, spotlit, proscenium,
drawstrings, crewman, groundsheet, stubblefield; scaphandrier, étrave, écubier, cabestan,
hublot, couveuse, coquelet, basse-cour, pondoir, écritoire, plumier, aérostation, coulisses,
entrechat, cou-de-pied, sous-sus; escobén, codaste, cabrestante, semirrígido, clueca, ponedero,
bebedero, gallinero, escribanía, ferrogálica, puntera, aerostero; scafandro, cubia, argano,
boccaporto, grongo, chioccia, galletto, abbeveratoio, calamaio, ferrogallico, soletta,
aerostiere, fondovalle, rifugista; escafandrista, escovém, cadaste, frangote, esgravatava,
bebedouro, capoeira, meia-ponta, cerziu, balonista; Bruthenne, Junghahn, Legenest,
Häckselstreu, Federkiel, Tintenfass), tool and brand names in lower case in prose (commafeed,
tinyproxy, privoxy, tileserver, vitepress, logstash; ampache, gonic, tauon, kroki, plantuml,
pikchr; svgbob, ditaa, argocd, tekton, openlayers, pelias; keepalived, corosync, nftables,
firewalld, lynis, openscap; kaniko, nerdctl, containerd, kubeadm, kustomize, helmfile; velero,
openebs, metallb, cilium, crossplane, cfengine), code identifiers in snake_case and camelCase
and dotted names, URLs, e-mail addresses, hashtags and @handles, German long compounds
(Heißluftballonfahrerlaubnis, Hüttenbewirtschaftungsvertrag, Wracktauchgangsplan,
Hühnerstallreinigungsanleitung, Kükenaufzucht) and particle verbs with zu inside (auszulegen,
aufzurichten, anzunähen, anzurühren, umzustülpen, auszumisten, abzutauchen), clitics and
elisions (cousez-les-lui, rendez-la-moi; cósetelas, dáselas, pónmelo; cucitegliele,
portamela, diglielo; cose-lhas, dá-mas, dir-lho-emos), names of people and places, and
informal spellings and slang (cheesed off, sozzled, scrummy; se bidonner, pioncer, taxer; buga,
queli, pelas, gorrón; fighetto, tosto, sballo; tasco, larachas; piepegal, schnurz, mampfen,
pofen); and texts in languages the detector does not judge (Movima, Cavineña, Tacana, Ese
Ejja, Yaminahua, Kashinawa, Machiguenga, Amarakaeri), some with a glue in them, which must get
no word finding at all.
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
        "Only the hawsepipe, a barnacled deadeye and part of the taffrail still showed above the silt; the "
        "mainmast had fallen across the hold, the bilgewater smell clung to our gloves, and the divers climbed "
        "back aboard the tender waterlogged but grinning.",
        "The broody hen refused to leave the hencoop, the cockerel strutted past the dustbath at cockcrow, and "
        "a pullet with bright red wattles scratched for chickweed; on the kitchen table an inkhorn of "
        "copperas-black ink waited beside the egg ledger.",
        "Before the matinee she darned her platforms and tightened the drawstrings, then stood spotlit on the "
        "proscenium; outside town the crewman spread a groundsheet over the stubblefield so the balloon "
        "envelope would stay dry.",
        "Our club's little server runs commafeed for the news feeds, tinyproxy and privoxy in front of the old "
        "laptop, tileserver for the offline maps of the dive sites, vitepress for the handbook and logstash "
        "to collect the logs.",
        "The logger calls read_burner_log, passes each row to computeClimbRate and then to "
        "charts.flight.plot_envelope_temp; settings.max_envelope_c is read in tools/preflight_check.py, the "
        "flight page is https://balloonclub.example.net/logs/2028-05-02#landing, and questions go to "
        "crew-chief@balloonclub.example.net or @envelope_ingrid. #hotairballoon #dawnflight",
        "Tamsin Pengelly was proper cheesed off when the boat left Falmouth late, but after a scrummy pasty in "
        "Porthkerris and a pint too many she and Declan Tregaskis were both a bit sozzled.",
    ],
    "fr": [
        "Le scaphandrier remonta le long de l'étrave ; l'écubier, le cabestan et un hublot encore intact "
        "étaient couverts de concrétions, et son équipier l'attendait au palier de trois mètres.",
        "La poule couveuse ne quittait plus le pondoir, le coquelet se pavanait dans la basse-cour, et sur "
        "l'écritoire de la ferme un plumier de bois attendait, à côté d'un flacon d'encre au brou de noix.",
        "Pendant que la ballerine, dans les coulisses, répétait un entrechat, un sous-sus et l'extension du "
        "cou-de-pied, le musée de l'aérostation exposait la nacelle d'une montgolfière de 1784.",
        "Sur le petit serveur du club tournent ampache et gonic pour la musique, tauon sur le portable du "
        "gardien, et kroki avec plantuml et pikchr pour dessiner les plans des épaves.",
        "La fonction lire_journal_plongee transmet chaque ligne à calculerPalierSecurite puis à "
        "cartes.epave.tracer_profil ; la doc est sur https://epaves.exemple.fr/sites/2028#pointe-du-roc, "
        "écrivez à club-epaves@exemple.fr ou à @plongee_sidonie. #epave #plongeetek",
        "Cousez-les-lui ce soir, puis rendez-la-moi demain : Sidonie Rouquette veut pioncer jusqu'à midi, "
        "Gaspard Lebihan va encore se bidonner à Port-Cros, et moi je vais lui taxer une clope.",
    ],
    "es": [
        "El buzo bajó por el cabo hasta el pecio; el escobén, el codaste y el cabrestante seguían en su sitio, "
        "y tras la parada de seguridad subió al semirrígido.",
        "La gallina clueca no salía del ponedero, los pollitos picoteaban junto al bebedero y el gallinero "
        "olía a paja; sobre la escribanía esperaba un frasco de tinta ferrogálica.",
        "Antes del ensayo general, la bailarina endureció la puntera con goma laca, y al amanecer el aerostero "
        "revisó el quemador y la barquilla.",
        "Para la web del club usamos svgbob y ditaa para los diagramas, argocd y tekton para desplegar, "
        "openlayers para el mapa de pecios y pelias para buscar direcciones.",
        "La función leer_registro_gallinero pasa cada fila a contarHuevosDiarios y luego a "
        "graficos.puesta.dibujar_barras; los datos están en https://gallinero.ejemplo.es/puesta/2028#semana-12, "
        "escribe a corral-casero@ejemplo.es o a @gallinas_ainhoa. #gallinero #huevoscaseros",
        "Cósetelas bien y dáselas mañana; pónmelo aquí, que Ainhoa Echeverría viene en su buga desde Cartagena "
        "y Borja, ese gorrón, dice que no tiene pelas, queli.",
    ],
    "de": [
        "Die Heißluftballonfahrerlaubnis lag neben dem Hüttenbewirtschaftungsvertrag, und irgendwer hatte den "
        "Wracktauchgangsplan mit der Hühnerstallreinigungsanleitung verwechselt.",
        "Morgens war es gar nicht leicht, die Hülle auszulegen, den Korb aufzurichten und den Brenner "
        "umzustülpen; später vergaßen wir, die Bänder anzunähen und die Tinte anzurühren.",
        "Die Bruthenne saß im Legenest, der Junghahn scharrte neben der Tränke, und es war meine Aufgabe, den "
        "Stall auszumisten und Häckselstreu für die Kükenaufzucht zu holen; auf dem Schreibpult lagen ein "
        "Federkiel und ein Tintenfass.",
        "Auf den zwei Rechnern der Tauchbasis laufen keepalived und corosync für die Ausfallsicherheit, "
        "nftables und firewalld als Schutz, dazu lynis und openscap für die Prüfung.",
        "Die Funktion lese_tauchprotokoll gibt jede Zeile an berechneDekoStopp und dann an "
        "diagramme.tauchgang.zeichne_profil weiter; die Daten liegen unter "
        "https://wracktauchen.beispiel.de/logbuch/2028#ostsee, Fragen an tauchbasis-nord@beispiel.de oder an "
        "@wrack_henrike. #wracktauchen #ostsee",
        "Mir ist das piepegal, sagte Henrike Pfattischer auf der Hütte am Watzmann, ob wir morgen abzutauchen "
        "versuchen oder nicht; sie wollte nur mampfen und pofen, und Sepp Zwickl aus Berchtesgaden war eh "
        "alles schnurz.",
    ],
    "it": [
        "Lo scafandro del vecchio sommozzatore è esposto accanto alla cubia e all'argano del relitto; dal "
        "boccaporto, durante l'immersione, era uscito un grongo lungo un metro.",
        "La chioccia covava nel nido, il galletto razzolava accanto all'abbeveratoio, e sullo scrittoio del "
        "nonno c'erano un calamaio e un flacone di inchiostro ferrogallico.",
        "Prima della prova generale la ballerina ammorbidì la soletta delle punte; intanto l'aerostiere "
        "controllava il bruciatore, e più in alto, sopra il fondovalle, il rifugista accendeva la stufa.",
        "Per il rifugio abbiamo un piccolo cluster: kaniko e nerdctl per le immagini, containerd come "
        "runtime, kubeadm per installarlo, kustomize e helmfile per la configurazione.",
        "La funzione leggi_registro_rifugio passa ogni riga a calcolaPostiLiberi e poi a "
        "grafici.occupazione.disegna_barre; i dati sono su https://rifugi.esempio.it/prenotazioni/2028#agosto, "
        "scrivete a gestione-rifugio@esempio.it o a @rifugista_ortensia. #rifugio #altavia",
        "Cucitegliele stasera e portamela domani; diglielo tu a Ginevra, che Tancredi Sbarbaro fa il fighetto "
        "a Portofino, ma l'immersione di ieri è stata tosta, uno sballo.",
    ],
    "pt": [
        "O escafandrista desceu pelo cabo até ao convés; o escovém, o cadaste e o cabrestante estavam cobertos "
        "de concreções, e no regresso fez a paragem de segurança junto ao semirrígido.",
        "A galinha choca não saía do ninho, o frangote esgravatava junto ao bebedouro e a capoeira cheirava a "
        "palha acabada de mudar.",
        "A bailarina subiu à meia-ponta, cerziu a plataforma das sapatilhas e foi para o ensaio; lá fora, o "
        "balonista verificava o queimador antes da descolagem.",
        "No servidor do clube de balonismo correm o velero para as cópias, o openebs para os discos, o metallb "
        "e o cilium para a rede, o crossplane para a nuvem e o cfengine para a configuração.",
        "A função ler_registo_voos passa cada linha a calcularTaxaSubida e depois a "
        "graficos.voo.desenhar_perfil; os dados estão em https://balonismo.exemplo.pt/voos/2028#alentejo, "
        "escreva para equipa-balao@exemplo.pt ou para @balao_graciete. #balonismo #alentejo",
        "Cose-lhas hoje e dá-mas amanhã; dir-lho-emos depois no tasco, que o Tiago Vasconcelos e a Inês "
        "Bettencourt só dizem larachas desde que voltaram de Sesimbra.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "mzp": ["Jayna kaw'i ona di' bo'o n-as rulrul, kwey is joyaj di' ja'a jayna vel'e."],
    "cav": ["Ekatse tume iyake, ekwe ebakwa-ra ani-ya tu-ke peadha jaka."],
    "tna": ["Ema ebakwa ke bakwa, tumeke ema epuji dhaja etare jakwa."],
    "ese": ["Ese Ejja eyaja kwana, ekwana kwiñaji oya jaja eshawa."],
    "yaa": ["Ea yaminahua, nukun yuma nomi bai anu kaini."],
    "cbs": ["Haux haux! Hãtxa kuin nukun hãtxa, nukun yuxibu betsa."],
    "mcb": ["Ario nokaemakeri, nokenkiake inkenishikuku noshinto."],
    "amr": ["Ndakbayo on'e, wambo aratbut huadak kenpa."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v75", QUOTA, HARD_NEGATIVES, "neg75")
    print(common.write_set(HERE, recs))
