"""Build the v55 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v55/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v55: the sets before it are scored once at the end of their round and are tuning sets
from then on.  This set was written without looking at the detector's rules, code or word
lists and without running the detector on these texts, and it is committed before the next
round of detector changes; it is scored once, at the end of that round.  Rules, labels and
corruption kinds are v3's, through ``tests/data/integrity_common.py`` (hunspell decides every
label), with v7's quota, as in v9.

The passages (passages_<lang>.txt) are new, written by a different hand, with topics drawn
mainly from hot-air ballooning, soap making, cave diving, vineyard pruning and railway
signalling; each language has its own topics, in the registers of LLM answers (an explanation,
a technical answer with code spans and a product name, a literary paragraph, step-by-step
advice, a "Sure! Here's..." reply, a historical summary, a recipe, an opinion, a letter or
e-mail); eight in English, nine in French, Spanish, Italian and Portuguese, twelve in German
(no glue of two content words there):
  en: why balloons fly at dawn and steer by changing height, a balloon's lift with
      `scipy.constants.R` and matplotlib in JupyterLab, a cave diver following the guideline
      through a sump (literary), winter cane pruning of a grapevine, a checklist for a first cave
      diving course ("Sure! Here's..."), time interval working, the telegraph and the absolute
      block after Armagh (1889), stuffed vine leaves, melt-and-pour versus cold-process soap;
  fr: why soap lifts grease (micelles), automatic block signals modelled in Python (`enum.Enum`,
      `pytest`, Geany), a balloon landing in a wheat field (literary), single Guyot pruning, a
      cold-process soap afternoon with friends ("Bien sûr ! Voici..."), the history of savon de
      Marseille and Colbert's edict of 1688, grape tart after the harvest, cave diving in the
      Lot springs versus sea diving, a letter about a level crossing whose barriers stay down;
  es: why a pruned vine "weeps" in spring, a lye calculator in JavaScript (`reduce`, SAP values,
      Brackets, `node`), a diver in a Yucatán cenote (literary), pruning a bush vine (en vaso),
      home-made soap as Christmas presents ("¡Claro! Aquí tienes..."), the Canfranc international
      station (1928-1970), rosquillas de vino, artisan soap bars versus shower gel, an e-mail
      volunteering for a winery's pruning day;
  de: why soap hardly lathers in hard water (lime soap), route locking of an interlocking in
      Rust (`enum Signalbegriff`, `Result`, RustRover, `cargo test`), a cave diver in the
      Blautopf (literary), spur pruning a vine on a house wall, a children's party with
      melt-and-pour soap ("Klar!"), two thousand years of Moselle winegrowing, Palatinate wine
      soup, hot-air versus gas balloon, a letter offering to join a balloon club's retrieve crew,
      Bühlmann's decompression algorithm, how an axle counter works, why balloons fly only at
      dawn and dusk;
  it: the halocline in coastal caves, a three-aspect model railway signal on an Arduino Nano
      (`millis()`, `digitalRead()`, Arduino IDE), a grandmother boiling soap from used oil in
      the yard (literary), growing vines from hardwood cuttings, a Val d'Orcia balloon weekend
      ("Certo! Ecco..."), Vincenzo Lunardi's flight over London (1784), schiacciata con l'uva,
      cave versus wreck diving, a complaint to a soap-supply shop about a missing parcel item;
  pt: why home-made soap "sweats" (glycerine), growing degree days in R (`dplyr`, `ggplot2`,
      RStudio), a level-crossing keeper in her whitewashed cottage (literary), caring for
      pruning shears, naming a small soap brand ("Claro! Aqui estão..."), Pombal's demarcation
      of the Douro (1756), grape jam, minimal pruning versus traditional pruning, an e-mail
      asking about a cave diving course at the Almonda spring.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one, mostly topic words and rarer forms since the common closed-class compounds are
used up (trackside, lineside, trackbed, flagman, sidemount, backmount, backplate, drysuit,
headlamp, lifeline, budbreak, vinedresser, soapstone, washboard, handwash, updraught,
downdraught, ripcord, crowfoot, lengthways, thereagainst, overrun, sidetrack; avant-hier,
après-demain, surlendemain, lendemain, là-bas, ci-après, garde-barrière, aiguilleur, cheminot,
contre-voie, sous-station, porte-greffe, contre-espalier, épamprage, ébourgeonnage,
tire-bouchon, savonnette, porte-savon, aérostier, garde-fou; trotaconventos, pinchadiscos,
calientaplatos, rojiblanco, contrarrestar, sobreengrase, portainjertos, jabonera,
espeleobuceo, contravía; jedwede, ebensolche, anderthalb, sonstwo, aufseiten, zulasten,
zuungunsten, untereinander, nebeneinander, Fahrtdienstleiter, Stellwerksmeister,
Blockabschnitt, Schrankenwärter, Rebveredelung, Seifensiederei, Verseifungszahl, Laubwand,
Brennerrahmen; macché, sottobanco, pallavolo, sovrappasso, soprelevata, tiramolla, saponetta,
portasapone, deviatoio, speleosub, manovratore, passamano, portinnesto; saboneteira,
agulheiro, apeadeiro, contracarril, sinaleiro, faz-tudo, chove-não-molha, deita-abaixo,
limpa-vias), tool names in lower case in prose (iperf, wireshark, yq, zrepl, sanoid, ngrok,
cloudflared), code identifiers in snake_case and camelCase and dotted names, URLs, e-mail
addresses, hashtags and @handles, German long compounds and particle verbs with zu inside
(nachzuschneiden, auszubrechen, hochzuheizen, abzulassen, einzufädeln), clitics and elisions
(donnez-les-moi, prête-le-leur, montrez-le-nous, laisse-les-y; envuélveselas, recomiéndasela,
regálaselos, bájamelas; riportagliela, portatecene; trazê-lo-emos, entregar-vo-lo,
mostra-mas), names of people and places, and informal spellings and slang (pls, vibing,
nocap, gucci, af; chelou, relou, wesh, jsp, tkt, osef, mdr, zarbi; boli, depre, posta; simma,
jetz, zocken; sdds); and texts in
languages the detector does not judge (Plautdietsch, Pennsylvania German, Walser German,
Mòcheno, Lule Sami, South Sami, Votic, Elfdalian), some with a glue in them, which must get
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
        "The flagman walked the trackbed at dawn; trackside and lineside staff had been warned, and "
        "nothing thereagainst was said when the overrun on the crossover forced the engineers to sidetrack "
        "the ballast train.",
        "She dives sidemount in a drysuit, though her buddy prefers a backmount rig on a steel backplate; "
        "both carry a spare headlamp and clip the lifeline to the first tie-off point.",
        "The vinedresser waits for budbreak before the last cuts, while in the shed a soapstone slab, an "
        "old washboard and a bottle of handwash sit lengthways on the bench.",
        "A sudden updraught lifted the envelope, then a downdraught pushed it back; the pilot checked the "
        "crowfoot lines and the ripcord before he fired the burner again.",
        "I test the link with iperf, read the packets in wireshark and patch the configs with yq; sanoid and "
        "zrepl handle the snapshots, and ngrok or cloudflared open a tunnel when a client needs one.",
        "The logger calls read_envelope_temp, passes each sample to computeLiftMargin and then to "
        "flightlog.export.write_igc; config.burner.max_cycle_s is read once in tools/preflight_check.py.",
        "Notes are at https://wiki.example.org/ballooning/pre-flight#fuel and bookings go to "
        "crew-rota@example.org or @saoirse_flies. #balloonfiesta #dawnpatrol",
        "Saoirse Ní Bhriain drove Eamonn Kusiak from Tralee to Kilkenny, then on to Ballymena and "
        "Oughterard, before they flew to Uusikaupunki to meet Thorvald.",
        "pls don't ask, I'm just vibing rn, nocap the launch was gucci and cold af.",
    ],
    "fr": [
        "Avant-hier, le garde-barrière nous a dit qu'après-demain, ou le surlendemain au plus tard, "
        "l'aiguilleur reviendrait ; là-bas, le lendemain, un cheminot surveillera la contre-voie et la "
        "sous-station ci-après décrites.",
        "L'épamprage et l'ébourgeonnage se font au printemps ; le porte-greffe, lui, se choisit avant la "
        "plantation, et le contre-espalier doit être posé avant que le tire-bouchon ne serve aux vendanges.",
        "Sur le rebord, une savonnette dans son porte-savon ; dans la nacelle, l'aérostier vérifie le "
        "garde-fou, puis il regarde le ciel sans rien dire.",
        "Je mesure le débit avec iperf, j'examine les paquets dans wireshark et je modifie la configuration "
        "avec yq ; sanoid et zrepl gèrent les instantanés, et ngrok ou cloudflared ouvrent un tunnel.",
        "Le script appelle lire_pression_bouteille, passe chaque mesure à calculerMargeGaz puis à "
        "plongee.journal.exporter_csv ; reglages.seuil_tiers_bar est lu dans outils/verif_gaz.py.",
        "Le programme est sur https://club-plongee.exemple.fr/2027/sorties#grottes, écrivez à "
        "sorties-grottes@exemple.fr ou à @berenice_plouf. #plongeesouterraine #speleo",
        "Donnez-les-moi, prête-le-leur ensuite et montrez-le-nous demain ; laisse-les-y si tu veux. "
        "Bérénice et Mathurin partent de Quimperlé pour Paimpol, puis pour Landerneau.",
        "Wesh, c'est chelou ce truc, relou même, et zarbi. Jsp, tkt, osef, mdr.",
    ],
    "es": [
        "El trotaconventos del pueblo se peleó con el pinchadiscos por el calientaplatos; el equipo "
        "rojiblanco intentó contrarrestar la broma regalándoles una jabonera nueva.",
        "En la hoja de cálculo el sobreengrase sale al cinco por ciento; en la viña, el portainjertos se "
        "elige según el suelo, y en el club, el espeleobuceo exige formación aparte. El tren circuló por la "
        "contravía.",
        "Mido el enlace con iperf, reviso los paquetes en wireshark y cambio la configuración con yq; sanoid "
        "y zrepl guardan las instantáneas, y ngrok o cloudflared abren un túnel cuando hace falta.",
        "El programa llama a leer_indice_sap, pasa cada aceite a calcularSosaTotal y después a "
        "jabones.receta.exportar_pdf; ajustes.sobreengrase_pct se lee en utilidades/calculadora.py.",
        "La receta está en https://jabones.ejemplo.es/2027/proceso-en-frio#curado; escribe a "
        "taller-jabones@ejemplo.es o a @maitane_jabones. #jabonartesanal #procesoenfrio",
        "Envuélveselas bien, recomiéndasela a tu prima, regálaselos a los niños y bájamelas del altillo: "
        "Maitane y Tomás se van de Ordizia a Fuenterrabía y luego a Tudela.",
        "Pásame un boli, que estoy de depre; posta, mañana te lo devuelvo.",
    ],
    "de": [
        "Jedwede Verspätung geht zulasten des Fahrtdienstleiters und zuungunsten der Reisenden; sonstwo "
        "hätte man anderthalb Stunden gewartet, aufseiten der Bahn aber sprach man untereinander nur leise.",
        "Der Stellwerksmeister prüft jeden Blockabschnitt, Schrankenwärter und Weichenstellerin sitzen "
        "nebeneinander im Häuschen, und ebensolche Posten gibt es kaum noch.",
        "Sie hatten vor, im Mai die Triebe auszubrechen, im Juni die Laubwand nachzuzuschneiden und danach "
        "die Rebveredelung mit der neuen Rebschere vorzubereiten.",
        "Die Seifensiederei hat angekündigt, die Verseifungszahl jeder Charge neu zu bestimmen, bevor sie "
        "die Lauge abzulassen und die Kessel wieder hochzuheizen beginnt. Am Brennerrahmen des Ballons war "
        "das Seil schwer einzufädeln.",
        "Ich teste die Leitung mit iperf, lese die Pakete in wireshark und ändere die Konfiguration mit yq; "
        "sanoid und zrepl verwalten die Snapshots, und ngrok oder cloudflared öffnen einen Tunnel.",
        "Das Skript ruft lese_achszaehler auf, reicht jeden Wert an pruefeAbschnittFrei und dann an "
        "stellwerk.protokoll.schreibe_csv weiter; einstellungen.timeout_ms steht in werkzeuge/pruefung.py.",
        "Die Anleitung liegt unter https://verein.beispiel.de/2027/ballonfahrt#verfolger, Fragen an "
        "verfolgerteam@beispiel.de oder an @jannes_ballon. #ballonfahren #morgenfahrt",
        "Simma jetz da? Dann lass ma zocken. Jannes aus Leverkusen und Leonor aus Idar-Oberstein fahren "
        "über Gelsenkirchen nach Quedlinburg und Wernigerode.",
    ],
    "it": [
        "Macché sottobanco: la partita di pallavolo si gioca sotto il sovrappasso, accanto alla strada "
        "soprelevata, ed è un tiramolla che dura da settimane.",
        "Sul lavandino c'è una saponetta nel portasapone; in stazione il manovratore controlla il "
        "deviatoio, e nella grotta lo speleosub passa la cima di mano in mano, come in un passamano.",
        "Il vivaista mi ha consigliato un portinnesto resistente alla siccità; riportagliela domani, la "
        "forbice, e portatecene un'altra se ne avete.",
        "Misuro la linea con iperf, leggo i pacchetti in wireshark e modifico la configurazione con yq; "
        "sanoid e zrepl gestiscono gli snapshot, mentre ngrok o cloudflared aprono un tunnel.",
        "Lo script chiama leggi_segnale_binario, passa ogni lettura a calcolaAspettoSegnale e poi a "
        "plastico.registro.salva_csv; impostazioni.ritardo_giallo_ms si legge in strumenti/verifica.py.",
        "Il programma è su https://vendemmia.esempio.it/2027/potatura#talee; scrivete a "
        "potatura-volontari@esempio.it oppure a @ludovica_vigna. #potatura #vendemmia",
        "Ludovica e Raffaele partono da Castelfranco per Gubbio, poi passano da Cerignola e finiscono a "
        "Fontanellato.",
    ],
    "pt": [
        "O sinaleiro do apeadeiro avisou o agulheiro de que o contracarril estava solto; o faz-tudo da "
        "estação chamou a equipa dos limpa-vias, apesar do chove-não-molha da manhã.",
        "Ficou um deita-abaixo na sala depois da festa, e a saboneteira de loiça partiu-se no chão.",
        "Trazê-lo-emos amanhã e entregar-vo-lo-emos à porta; mostra-mas quando chegares, as fotografias.",
        "Meço a ligação com o iperf, leio os pacotes no wireshark e altero a configuração com o yq; o sanoid "
        "e o zrepl tratam dos instantâneos, e o ngrok ou o cloudflared abrem um túnel.",
        "O programa chama ler_temperatura_diaria, passa cada valor a calcularGrausDia e depois a "
        "vinha.relatorio.exportar_csv; definicoes.base_graus_c é lida em ferramentas/verificar.py.",
        "O guia está em https://vinhas.exemplo.pt/2027/poda#minima; escrevam para "
        "poda-voluntarios@exemplo.pt ou mencionem @goncalo_vinhas. #vindimas #douro",
        "O Gonçalo e a Leonor vieram de Esposende, o Tomás de Mirandela e de Bragança; sdds de vocês!",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "pdt": ["Mien Grootmame muak emma Seep ut oolet Fatt, unwie Kjinja mussten von wiet wajch toukjikjen. "
            "Daut rukj dan dän gaunzen Dach no Lüag."],
    "pdc": ["Mei Grossdaadi hot als im Hof Seef gekocht, unmir Kinner henn vun de Schtaffel aus zugeguckt. "
            "Im Winder hot er als die Reewe im Gaarde geschnidde."],
    "wae": ["Im Summer gein wär mit de Geisse uf d Alpu, un am Aabe chemme wär widder ins Dorf. "
            "Der Ätti het no im Wiibärg gschaffet."],
    "mhn": ["De sunn schaint haint en toll, ont de kinder schpiln vour en haus. De muam kocht de suppm "
            "ontdar nepode schlofft nou."],
    "smj": ["Mån lev Jåhkåmåhkes, ja dáppe le dálvve guhkke ja tjoasskes. Giesen vuolgij bálggáj "
            "duottarij jaguolijt bivddet."],
    "sma": ["Daelvie lea guhkies jïh tjoeskes, jïh mijjieh gåetesne tjahkan. Giesege mijjieh "
            "vaerieh baaktoe vaedtsien."],
    "vot": ["Miä elän Luuditsaz, i talvi on pitkä i külmä. Keväälä mejä menemmä merele kalaa püütämää."],
    "ovd": ["Ig ir frå Övdalim, og i sumbres fårum wið upp i buðum. Ulien dag eð ir brådag, "
            "fårumwið ieme."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v55", QUOTA, HARD_NEGATIVES, "neg55")
    print(common.write_set(HERE, recs))
