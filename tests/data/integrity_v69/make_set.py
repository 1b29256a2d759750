"""Build the v69 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v69/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v69: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
pigment making from earth, long-distance horse riding, oyster farming, stage lighting, antique
scientific instruments and urban foxes.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French,
Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: how earth pigments are washed (levigation), ground and burnt, driving a DMX dimmer from
      Python with the Open Lighting Architecture (`ClientWrapper`, `SendDmx`), a vixen crossing
      a street at midnight (literary), preparing a horse for its first endurance ride, how
      oysters are farmed ("Sure! Here's"), the orrery from Graham and Tompion to Joseph Wright
      of Derby, grilled oysters with garlic butter, a letter asking a museum to look at a
      family astrolabe;
  fr: why some Marennes-Oléron oysters turn green (marennine), measuring earth pigments with an
      X-Rite i1Pro and `colour-science` (`sd_to_XYZ`, `XYZ_to_Lab`, `delta_E`), a fox crossing
      a cemetery at dawn (literary), preparing a several-day trail ride, the kinds of theatre
      spotlights ("Bien sûr !"), the ochres of Roussillon and Apt since Astier, hot oysters
      with a shallot and cream sauce, why not to feed town foxes, a collector's letter about an
      1850 brass microscope;
  es: why foxes settle in cities, oyster-farm water temperatures from a HOBO logger with Polars
      (`read_csv`, `group_by_dynamic`), an old lighting man alone on the grid after the show
      (literary), making earth pigment step by step, a first long ride on horseback
      ("¡Claro!"), the astrolabe in al-Ándalus and Azarquiel's azafea, oysters with a cava
      vinaigrette, LED versus tungsten on stage, a school e-mail asking to visit an oyster raft
      in the ría de Arousa;
  de: the vet gate in endurance riding, a horse's heart rate from a FIT file with `fitdecode`
      (Polar Equine), a fox in a city back yard (literary), grinding oil paint from an
      earth pigment with a muller, working with colour filters on stage ("Klar!"), the oyster
      beds of the Wadden Sea and the Sylter Royal, baked oysters with spinach, why historical
      instruments should be handled and not only shown, a letter about a vixen and her cubs
      under an allotment shed, timing a horse's recovery from a pulse recording (algorithm),
      how a sextant works, why ochre is yellow, red or brown (goethite, haematite);
  it: terra di Siena raw and burnt, fox GPS collars from Movebank with `movingpandas`
      (`TrajectoryCollection`, `get_length()`), a dawn ride in the Maremma mist (literary),
      cleaning an antique brass instrument, choosing and opening oysters ("Certo!"), the Medici
      and Lorraine instruments of the Museo Galileo, oysters alla tarantina, keeping the house
      dark before a play, a school e-mail asking to hire stage lights for an outdoor show;
  pt: what a gobo is, sending sACN from Python with `sacn` and an Enttec ODE
      (`activate_output`, `dmx_data`), a fox coming down from Monsanto at night (literary),
      earth paint with flour paste step by step, watching town foxes ("Claro!"), the
      Portuguese oyster of the Tagus and the Sado and its collapse, oysters à Bulhão Pato,
      slow trail riding versus endurance racing, a letter to the Museu de Marinha about a
      grandfather's sextant.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words and rarer words not used by earlier sets (oystermen,
mudbanks, oystercatcher, spatfall, shucker, unshucked, farrier, horsebox, reshod, crossfade,
sidelight, backlit, gauze, lampholder, eyepiece, crosshairs, redware, bloodstone, claypit,
henhouse, dustbin, undercoat, hoofprint; ostréiculteur, captage, naissain, détroquage,
affinage, parqueur, huîtrière, chaland, maréchal-ferrant, hipposandale, abreuvoir,
éclairagiste, porte-gobo, plein-feu, renardeau, renardière, glapissait; ostricultor, batea,
herrador, desherrar, cabalgada, guarnicionero, alforja, cenital, candilejas, zorrera, raposo,
zorreznos, almagre, almazarrón, moleta, nonio, octante; Austernzüchterin, Saataustern,
Prielkante, Hufschmied, Hufschuhe, Fähe, Fuchsbau, Ranzzeit, Rötel, Umbra, Reibstein, Nonius,
Alhidade, Quadrant; ostricoltore, mitilicoltura, maniscalco, ferratura, bisacce, sagomatore,
volpacchiotto, macinello, pestello, ocra, sestante; ostreicultor, viveiro, ferrador,
ferradura, alforge, gambiarra, ribalta, raposinho, almagre, moleta, astrolábio, nónio,
olho-d'água, agulha de marear), tool and brand names in lower case in prose (patroni,
pgbackrest, barman, pgcat, pgroonga, vitess; emqx, vernemq, rabbitmq, zeromq, nanomsg,
centrifugo; gogs, onedev, concourse, buildkite, skopeo, buildah; k3s, k0s, microk8s, colima,
saltstack, pyinfra; motioneye, zoneminder, shinobi, timescaledb, surrealdb, docusaurus; tauri,
wails, neutralino, rspack, oxc, pyenv), code identifiers in snake_case and camelCase and dotted
names, URLs, e-mail addresses, hashtags and @handles, German long compounds
(Austernzuchtgenossenschaftsversammlung, Verfolgerscheinwerferbedienung,
Stadtfuchsbeobachtungsprojekt, Distanzrittveterinärkontrolle, Messinginstrumentensammlung,
Ockerpigmentreibstein) and particle verbs with zu inside (auszuleuchten, einzufangen,
nachzuschärfen, umzusatteln), clitics and elisions (ouvrez-les-moi, servez-les-leur, allez-y;
ábremelas, sírveselas, tráiganmelos, llevárnoslas; aprimele, servitegliele, mandategliele,
quest'anno; abri-las-ei, servi-lhas, levá-los-emos), names of people and places, and informal
spellings and slang (grotty, shambolic, plonker, clapped-out, bog-standard, tenner,
cack-handed; zbeul, rencard, bouseux, pinard, tchatche; garbeo, fardar, enrollarse; Bammel,
plietsch, Tinnef, Schmu, bräsig, Stuss; cuccare, giargiana, sbattersi; paleio, fatela, naice,
mânfio, gamar); and texts in languages the detector does not judge (Gusii, Meru, Embu, Taita,
Kuria, Sukuma, Nyamwezi, Haya), which must get no word finding at all.
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
        "At low tide the oystermen walked out across the mudbanks, past a flock of oystercatchers, to check "
        "the spatfall on the collectors, and back at the shed a shucker was opening the first unshucked sacks "
        "of the season while a farrier in a horsebox reshod a grey mare.",
        "From the control box the operator ran a slow crossfade from the sidelight to a backlit gauze; next "
        "door in the museum a brass eyepiece with crosshairs lay beside a redware jar of bloodstone powder "
        "from the old claypit, and out in the yard the fox had raided the henhouse, tipped over a dustbin and "
        "left a hoofprint-sized dent in the fresh undercoat of the gate.",
        "Our database team runs patroni for failover, pgbackrest and barman for the backups, pgcat in front of "
        "the connection pool, pgroonga for full-text search in Japanese, and vitess on the sharded cluster.",
        "The handler calls parse_gate_record, passes each row to computeRecoveryTime and then to "
        "charts.vetgate.plot_pulse; settings.max_pulse_bpm is read in ride/recovery_check.py, the results are "
        "at https://endurance.example.net/rides/2027-05-09#gate-3, and questions go to "
        "vet-team@example.net or @gate_steward_ailsa. #enduranceriding #vetgate",
        "Ailsa MacKinnon rode from Tomintoul to Braemar with Tadhg Ó Conchúir and Siobhán Ní Bhriain, and "
        "they stopped overnight at Corgarff before the long climb over the Lecht.",
        "The stable yard was grotty and the whole show was shambolic: some plonker had parked a clapped-out "
        "van across the gate, the catering was bog-standard, and I paid a tenner for a cack-handed burger.",
    ],
    "fr": [
        "L'ostréiculteur du bassin d'Arcachon surveille le captage du naissain, puis vient le détroquage et, en "
        "fin de saison, l'affinage en claire ; le parqueur, lui, fait le tour de chaque huîtrière à marée "
        "basse avec son chaland.",
        "Le maréchal-ferrant posa une hipposandale à la jument près de l'abreuvoir, pendant qu'au théâtre "
        "l'éclairagiste réglait un porte-gobo et un plein-feu ; derrière les décors, un renardeau glapissait "
        "près de la renardière.",
        "Sur le serveur de la halle, emqx et vernemq reçoivent les capteurs, rabbitmq gère les files, zeromq "
        "et nanomsg relient les programmes internes, et centrifugo pousse les alertes vers les navigateurs.",
        "La fonction lire_mesure_pigment passe chaque échantillon à calculerEcartCouleur puis à "
        "graphiques.nuancier.tracer_point ; la doc est sur https://ocres.exemple.fr/nuancier/2027#terres, "
        "les questions vont à atelier-ocres@exemple.fr ou à @ocrier_rozenn. #pigments #ocre",
        "Ouvrez-les-moi tout de suite et servez-les-leur avec du citron, allez-y ! Rozenn Le Goff et Yannick "
        "Kerbrat les attendent à Paimpol, puis ils filent à Cancale chez Gwenaëlle.",
        "Quel zbeul au rencard d'hier : le bouseux du coin avait ramené son pinard, et Maëlys, avec sa "
        "tchatche, a embrouillé tout le monde jusqu'à Vierzon.",
    ],
    "es": [
        "El ostricultor revisa la semilla en la batea antes de que el herrador venga a desherrar la yegua "
        "para la cabalgada, y el guarnicionero le cose una alforja nueva; esa noche, en el teatro, una luz "
        "cenital caía sobre las candilejas apagadas.",
        "En la zorrera del parque dormían un raposo y tres zorreznos; el pintor guardaba almagre y almazarrón "
        "junto a la moleta, y en la vitrina del museo había un nonio y un octante de latón.",
        "En la cooperativa usamos gogs y onedev para el código, concourse y buildkite para las compilaciones, "
        "y skopeo y buildah para preparar las imágenes de los contenedores.",
        "La función leer_registro_batea pasa cada fila a calcularMediaDiaria y luego a "
        "graficos.temperatura.dibujar_serie; los datos están en "
        "https://ostras.ejemplo.es/bateas/2027#agosto, escribe a equipo-bateas@ejemplo.es o a "
        "@batea_uxia. #ostricultura #arousa",
        "Las ostras, ábremelas ya y sírveselas a Begoña con limón; los platos, tráiganmelos aquí; y las "
        "cestas, mañana queremos llevárnoslas a Cambados con Xurxo y Uxía.",
        "Menudo garbeo nos dimos por O Grove: Iker no paraba de fardar de caballo y Nerea se enrolló como una "
        "persiana con el dueño del bar.",
    ],
    "de": [
        "Die Austernzuchtgenossenschaftsversammlung beschloss, die Verfolgerscheinwerferbedienung beim "
        "Sommerfest einem Profi zu überlassen, und das Stadtfuchsbeobachtungsprojekt meldete sich für die "
        "Messinginstrumentensammlung im Rathaus an.",
        "Vor der Distanzrittveterinärkontrolle blieb kaum Zeit, umzusatteln; im Theater war es noch nötig, die "
        "Bühne auszuleuchten, den Verfolger nachzuschärfen und das Licht des Mondes einzufangen, während "
        "der Ockerpigmentreibstein vergessen in der Werkstatt lag.",
        "Die Austernzüchterin prüfte die Saataustern an der Prielkante, der Hufschmied passte die Hufschuhe "
        "an, und zur Ranzzeit verließ die Fähe den Fuchsbau; im Atelier lagen Rötel, Umbra und ein Reibstein, "
        "in der Vitrine ein Quadrant mit Alhidade und Nonius.",
        "Im Rechenzentrum der Genossenschaft laufen k3s und k0s auf den kleinen Rechnern, microk8s im Labor, "
        "colima auf den Laptops, und die Konfiguration verteilen saltstack und pyinfra.",
        "Die Funktion lade_pulsreihe gibt jede Messung an berechneErholungszeit und dann an "
        "diagramme.tor.zeichne_kurve weiter; die Daten liegen unter "
        "https://distanzritt.beispiel.de/ritte/2027#tor-2, Fragen an tierarzt-team@beispiel.de oder an "
        "@tor_frauke. #distanzreiten #vetgate",
        "Ich hatte echt Bammel, aber Hinnerk war plietsch: Er hat den ganzen Tinnef aus dem Nest bei "
        "Bargteheide ohne Schmu verkauft, und Frauke fand das bräsige Gerede von Ole nur Stuss.",
    ],
    "it": [
        "L'ostricoltore controllava il seme nelle lanterne, dato che la mitilicoltura da sola non bastava più; "
        "intanto il maniscalco finiva la ferratura, il cavaliere riempiva le bisacce e in teatro il "
        "sagomatore era già puntato sul proscenio.",
        "Quest'anno il volpacchiotto è uscito dalla tana all'alba; nell'atelier c'erano l'ocra, la terra "
        "d'ombra, un macinello e un pestello, e sull'altro tavolo un sestante con il suo nonio.",
        "Per le telecamere del porto usiamo motioneye, zoneminder e shinobi, salviamo le misure in "
        "timescaledb e surrealdb, e la documentazione interna è scritta con docusaurus.",
        "La funzione leggi_collare_volpe passa ogni punto a calcolaDistanzaNotturna e poi a "
        "grafici.percorso.disegna_tracciato; i dati sono su https://volpi.esempio.it/collari/2027#notte, "
        "scrivete a gruppo-volpi@esempio.it o a @volpe_benedetta. #volpiurbane #fauna",
        "Aprimele subito e servitegliele con il limone, poi mandategliele a Pellestrina: Ottavio e Benedetta "
        "le aspettano a Sottomarina, da Gualtiero.",
        "Ieri a Rimini quel giargiana di Pierpaolo pensava di cuccare con la moto nuova, e Cinzia non aveva "
        "nessuna voglia di sbattersi a spiegargli che faceva ridere.",
    ],
    "pt": [
        "O ostreicultor verificou a semente no viveiro da ria, o ferrador pregou a última ferradura e o "
        "cavaleiro encheu o alforge; no teatro, a gambiarra e a ribalta já estavam acesas.",
        "O raposinho saiu da lura junto ao olho-d'água ao pôr do sol; na oficina havia almagre e uma moleta, "
        "e na vitrina do museu um astrolábio náutico, um nónio e uma agulha de marear.",
        "Na aplicação do viveiro usamos tauri, wails e neutralino para as versões de secretária, rspack e oxc "
        "para compilar a interface, e pyenv para gerir as versões do Python.",
        "A função ler_registo_viveiro passa cada linha a calcularTemperaturaMedia e depois a "
        "graficos.ria.desenhar_serie; os dados estão em https://ostras.exemplo.pt/viveiros/2027#sado, "
        "escreva para equipa-ostras@exemplo.pt ou para @ostra_conceicao. #ostreicultura #sado",
        "Abri-las-ei já e servi-lhas com limão; depois levá-los-emos a Setúbal, onde a Conceição e o Joaquim "
        "Sardinha nos esperam, antes de seguirmos para Alcácer do Sal.",
        "Que paleio fatela, o do Gonçalo: diz que a festa em Tavira foi naice, mas o mânfio só queria gamar "
        "umas cervejas ao Duarte.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "guz": ["Bwakire buya, omwana one! Nigo ngenda ase omogondo koragera chiombe chiane."],
    "mer": ["Muuga! Ni ndi mwega; ng'ombe cia baba nicirathiire kuria urugurune."],
    "ebu": ["Wakia! Nĩ ndĩ mwega, na nĩ ngũthiĩ mũthiko-inĩ rũciũ rũrĩa."],
    "dav": ["Kwasinda! Niwedi? Nenda kudenyi kuyeta madi na kubuya."],
    "kuj": ["Mwaboka! Ndi omwega; ing'ombe chiane chiri igoro y'ekerema."],
    "suk": ["Mwangaluka! Wabeja sana; nene nalinaja ku shigwa na baana bane."],
    "nym": ["Mwalamka mayo! Wabeja sana, nalikuja kulima ng'unda yane."],
    "hay": ["Mwaraire mute? Turaire gye, mbwenu nitugenda omu musiri kuhinga."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v69", QUOTA, HARD_NEGATIVES, "neg69")
    print(common.write_set(HERE, recs))
