"""Build the v47 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v47/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v47: v46 and the sets before it are scored once at the end of their round and are tuning
sets from then on.  This set was written (without looking at the detector's rules or running it
on these texts) and committed before the next round of detector changes, and is scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v7's quota.

The passages (passages_<lang>.txt) are new, and each language has its own topics, drawn mainly
from irrigation canals in Oman (aflaj), harp making, tram restoration, lace bobbins, desert
astronomy and heritage apples, written in the registers of LLM answers (an explanation, a
technical answer with code spans and a product name, a literary paragraph, step-by-step advice,
a "Sure! Here's..." reply, a historical summary, a recipe, an opinion, a letter or e-mail);
eight in English, nine in French, Spanish, Italian and Portuguese, twelve in German (no glue of
two content words there):
  en: why apple seeds do not come true to the variety, a falaj share timetable with pandas
      (`pd.date_range`, `groupby`, Visual Studio Code), a harp maker stringing a harp at night
      (literary), cleaning an inherited box of antique lace bobbins, packing for a first night
      of stargazing in the Namib ("Sure!"), the aflaj of Oman, apple butter from heritage
      apples, an e-mail offering to help restore a museum tram;
  fr: the zodiacal light seen from the desert, harp string tensions with NumPy (PyCharm), an old
      woman picking reinettes in an orchard of the Perche at dusk (literary), stripping and
      revarnishing the wooden seats of an old tram, four days among the aflaj around Nizwa
      ("Bien sûr !"), Érard's double-action pedal harp of 1810, apple fritters, wooden versus
      plastic bobbins for a beginner, a letter asking an apple society to identify an old tree;
  es: why stars twinkle less in the desert, a parts inventory for a tram restoration in Google
      Sheets (`BUSCARV`, `QUERY`), an old harp maker in Luque, Paraguay (literary), first steps
      in bobbin lace, Asturian cider apples to plant ("¡Claro!"), the Sóller tram since 1913,
      apple sponge cake, gut versus nylon harp strings, an e-mail to a professor in Oman about
      fieldwork on the aflaj;
  de: why stored apples make other produce ripen (ethylene), the rising of the Milky Way's
      centre over a desert camp with PyEphem (`ephem.Observer`, `next_rising`, Visual Studio
      Code), a man sanding an old tramcar in the depot at night (literary), turning lace
      bobbins on a lathe, packing for a stargazing trip to Namibia ("Klar!"), Hochbrucker's
      pedal harp of about 1720, Himmel und Erde, a museum tram kept original or made to run,
      a letter to a harp maker about a cracked soundboard, the rotation of water turns in a
      falaj (algorithm), how a falaj carries water without a pump, why English lace bobbins
      carry rings of glass beads;
  it: why Venus can cast shadows in the desert, cataloguing antique lace bobbins with
      `dataclasses`, `csv` and `json` (PyCharm), a harp maker in Viggiano before dawn
      (literary), watching the Milky Way on a desert night, heritage Italian apples for a family
      orchard ("Certo!"), Milan's Ventotto tram of 1928, apple and amaretti cake, Celtic versus
      pedal harp for a beginner, an e-mail to a travel agency about a desert camp and the aflaj;
  pt: why apples go mealy, driving a small telescope with `AccelStepper` (Arduino IDE), a
      retired tram brakeman restoring an old tramcar (literary), winding bobbins for bobbin
      lace, stargazing in the Namib desert of Angola ("Claro!"), the Portuguese in Muscat
      (1507-1650), apple jam, a harp kit versus a harp from a maker, a letter ordering
      heritage apple trees from a nursery.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one (erewhile, aforetime, noonday, watercourse, gatehouse, millrace, waterwheel,
seedling, rootstock, wayside, skyline, starlight, nighttime, streetcar, trolleybus,
undercarriage, coachwork, crossbar, headboard, heartwood, fretwork, overhaul; ledit, lesdites,
desdits, auxdites, oncques, surplomb, contre-allée, pommeraie, soupente, entretoise,
contremarche, boiserie, greffoir, sécateur, caténaire, tramway; susodicho, antedicho, aquesto,
entreabierta, catalejo, sinsentido, manzanar, noria, tranvía, contraportada, sobrecubierta,
altorrelieve, clavija, portainjerto, anteojo, pésame; ebenjener, zugegebenermaßen, sooft,
bergan, mangels, zwecks, zuzüglich, abzüglich, anbei, hiernach, vornüber, entzwei, hierunter,
ebendieser, seitens, stromaufwärts; tranviere, oltralpe, sopraelevata, sottobicchiere, filobus,
soprintendente, sopracciglio, caposaldo, sottosuolo, sottotetto, soprabito, sottoveste,
bollitore, cannocchiale, meleto, portainnesto, onde; nestoutro, doutras, pomicultor, açude,
aqueduto, catenária, carril, macieira, enxertia, porta-enxerto, bilreira, entretela, cravelha,
arpejo, luneta, firmamento, pereira), tool and brand names in lower case in prose (astap, ekos,
pgcli, pueue, mprocs, vorta; skychart, litecli, timeshift, dufs, topgrade; mycli, gdu, snapper,
etckeeper, distrobox; jmri, nnn, yadm, miniserve, webmin; lapce, tandoor, homebox, marp,
gotenberg; slidev, eleventy, nala, mackup, openshot), code identifiers in snake_case and
camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles, German long
compounds and particle verbs with zu inside (Streuobstwiesenpflegegemeinschaft,
Triebwagenaufarbeitungswerkstatt, Harfensaitenspannungsberechnung, umzupfropfen, auszubeulen,
freizulegen, nachzulackieren, hochzubinden, einzuklöppeln), clitics and elisions
(accorde-la-moi, prête-la-nous, laisse-les-leur, fais-m'en, garde-m'en, entr'acte,
presqu'entière; afínamela, tócanosla, enséñasela, cómpranoslas; accordagliela, suonacela,
prestatecela, portatevela; afina-ma, empresta-no-la, toca-lha, dá-no-la, vendê-las-emos,
trar-vo-las-ei), names of people and places, and informal spellings and slang (slaps,
snatched, delulu, hits different, bodge, gassed; tchô, poto, balec, gova, en scred, pélo, la
hess, bigre; buenarda, de una, pijo, petardo, chimba, pavo; Papperlapapp, Mumpitz, Kokolores,
Fatzke, Plörre, glaubste, jibt's, Bratan, Schmarrn, baba; truzzo, rosicone, zarro, pezzotto,
sfiga, cazzeggiare, sfigato, mi sa; gaja, tás bom, baldou-se, és maluco, cê, vamo, de boa, num,
pitéu).  Texts in languages the detector does not judge (Meänkieli, Kven, Livonian, Ingrian,
North Frisian in Fering, Cimbrian of Lusérn, Zeelandic, Novial), some with a glue in them,
must get no word finding at all.
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
        "The orchardist, erewhile a schoolteacher, walks the watercourse at noonday to check the sluice by the "
        "gatehouse and the millrace below the old waterwheel; by nighttime, in the starlight, her seedling rows "
        "and the rootstock beds by the wayside look like a second skyline.",
        "Aforetime the streetcar ran to the lake; now its undercarriage sits in a shed beside a trolleybus, and "
        "the volunteers who overhaul the coachwork are sanding the crossbar, the headboard and the heartwood of "
        "the seats while the fretwork waits its turn.",
        "At the dark site we plate-solve with astap, drive the mount from ekos, read the observing log through "
        "pgcli, queue the long stacking jobs with pueue, watch them in mprocs and back up the raw frames with "
        "vorta before anyone goes to sleep.",
        "The scheduler calls build_share_rotation, hands each owner to allocateNightSlots and then to "
        "falaj.registry.export_timetable; config.sunset_offset_min is read once in aflaj/rotation_core.py, and "
        "test_rotation_wraps_after_last_owner covers the edge case.",
        "The restoration log lives at https://trams.example.org/car-27/bogies#axle-boxes and the parts list at "
        "https://wiki.example.net/heritage-fleet/car27/parts?rev=118; send photos to car27-crew@example.org or "
        "tag @depot_hilary. #tramrestoration #heritagetrams",
        "Thurayya Al Kindi drove from Birkat al-Mawz to Misfat al-Abriyeen with Ebenezer Quaintance and "
        "Philippa Mbeki-Lowther, then flew on to Honiton to meet Ottoline Haverstock.",
        "Honestly that harp slaps, and the varnish is snatched. She's a bit delulu about selling it, but fair, "
        "it hits different live. Don't bodge the pins, yeah? Gassed for Saturday.",
    ],
    "fr": [
        "Ledit verger, comme l'indiquent lesdites archives, fut planté par le meunier ; desdits arbres il ne "
        "reste qu'une reinette, et l'on accède auxdites parcelles par une contre-allée en surplomb de la "
        "rivière, que nul n'a oncques défrichée.",
        "Sous la soupente, l'entretoise de la harpe attend son collage ; la contremarche de l'escalier grince, "
        "le greffoir et le sécateur sont posés contre la boiserie, et la caténaire du tramway passe juste "
        "derrière la pommeraie.",
        "Je prépare mes cartes du ciel avec skychart, je note les observations dans une base que j'ouvre avec "
        "litecli, la machine est protégée par timeshift, je partage les images avec dufs et je mets tout à "
        "jour avec topgrade avant de partir dans le désert.",
        "La fonction calculer_tension_corde reçoit chaque note, appelle normaliserDiametre puis "
        "harpe.cordes.exporter_tableau ; reglages.densite_boyau_kg_m3 est lu une fois dans "
        "atelier/tension_cordes.py, et test_tension_croissante_basses couvre le cas limite.",
        "Le dossier de restauration est sur https://tramways.exemple.fr/motrice-12/caisse#boiseries, les "
        "questions vont à atelier-motrice12@exemple.fr ou à @depot_solenne. #patrimoineferroviaire #tramway",
        "Accorde-la-moi, prête-la-nous, puis laisse-les-leur ; fais-m'en une copie et garde-m'en une pour "
        "l'entr'acte : Solenne et Ghislain partent de Craponne-sur-Arzon pour Mirecourt, puis pour "
        "Le Puy-en-Velay chez Aurélien, la boîte presqu'entière sous le bras.",
        "Tchô poto, balec, on prend la gova et on file en scred chez le pélo, sinon c'est la hess. Bigre, "
        "quelle journée !",
    ],
    "es": [
        "El susodicho guarda, según el antedicho reglamento, abrió la compuerta del manzanar junto a la "
        "noria; aquesto, visto desde el catalejo de la torre y con la puerta entreabierta, le pareció un "
        "sinsentido a quien esperaba el tranvía al otro lado del puente.",
        "En la contraportada, bajo la sobrecubierta rota, un altorrelieve muestra a un arpista que gira una "
        "clavija; en la página siguiente, un hortelano con anteojo coloca la yema sobre el portainjerto, y al "
        "pie alguien escribió el pésame a la familia.",
        "Consulto las bases de datos con mycli, miro qué ocupa el disco con gdu, hago instantáneas con "
        "snapper, guardo la configuración con etckeeper y pruebo otras distribuciones con distrobox sin tocar "
        "el sistema.",
        "El servicio llama a calcular_turnos_riego, pasa cada regante a asignarHoraNocturna y luego a "
        "acequia.registro.exportar_calendario; ajustes.minutos_por_turno se lee una vez en "
        "riego/turnos_base.py, y test_turno_tras_ultimo_regante cubre el caso raro.",
        "El inventario está en https://tranvias.ejemplo.es/coche-4/bogies#frenos y el foro en "
        "https://foro.ejemplo.org/t/soller-coche-4/2291; escribid a taller-coche4@ejemplo.es o a "
        "@cocheras_maite. #tranviahistorico #restauracion",
        "Afínamela, tócanosla, enséñasela a tu tía y cómpranoslas mañana: Maite Goikoetxea y Fulgencio "
        "Arrieta se van de Almagro a Villaviciosa, y luego Remedios Quintanilla los lleva a Luque.",
        "La sidra de la peña estaba buenarda, de una, pero el pijo de al lado iba de petardo. ¡Qué chimba, "
        "macho! Me he quedado sin un pavo.",
    ],
    "de": [
        "Ebenjener Harfenbauer, zugegebenermaßen ein Eigenbrötler, fuhr, sooft er konnte, bergan zur Sägerei; "
        "mangels Ahorn bestellte er zwecks Ersatz Birnbaum, zuzüglich Fracht und abzüglich Skonto, und die "
        "Rechnung liegt anbei.",
        "Die Streuobstwiesenpflegegemeinschaft und die Triebwagenaufarbeitungswerkstatt haben vor, im Winter "
        "die Hochstämme umzupfropfen, die Bleche auszubeulen, die alten Gleise freizulegen, die Seitenwände "
        "nachzulackieren und die jungen Bäume hochzubinden.",
        "Die Harfensaitenspannungsberechnung hat sie selbst geschrieben, und abends versucht sie, das Muster "
        "für den Kragen einzuklöppeln, bevor die Klöppelgruppe am Donnerstag wiederkommt.",
        "Ich steuere die Modellbahn mit jmri, blättere im Terminal mit nnn durch die Ordner, verwalte meine "
        "Konfigurationsdateien mit yadm, teile die Fotos mit miniserve und pflege den alten Server über "
        "webmin.",
        "Die Funktion berechne_wasserzeiten nimmt jede Besitzerliste, ruft verschiebeStartpunkt auf und dann "
        "falaj.umlauf.exportiere_plan; einstellungen.minuten_pro_anteil wird einmal in aflaj/umlauf_kern.py "
        "gelesen, und test_umlauf_nach_letztem_besitzer deckt den Randfall ab.",
        "Die Baudokumentation liegt unter https://strassenbahn.beispiel.de/tw-38/fahrschalter#walze, "
        "Rückfragen bitte an werkstatt-tw38@beispiel.de oder an @depot_wiebke. #museumsstrassenbahn #ehrenamt",
        "Hiernach kippte die Vase vornüber und sprang entzwei; hierunter lag ebendieser Brief seitens der "
        "Familie, die stromaufwärts wohnt. Wiebke Ottersbach und Hinnerk Poppinga kamen dafür aus "
        "Annaberg-Buchholz und Schneeberg.",
        "Papperlapapp, Mumpitz, Kokolores! Der Fatzke hat nur Plörre gekocht, glaubste das? Jibt's doch nicht, "
        "Bratan, so'n Schmarrn. Baba!",
    ],
    "it": [
        "Il tranviere, che da anni lavorava oltralpe, tornò sulla sopraelevata; sotto il sottobicchiere c'era "
        "un biglietto del filobus, e il soprintendente, alzando un sopracciglio, disse che il caposaldo nel "
        "sottosuolo era stato spostato.",
        "Nel sottotetto l'arpista lascia il soprabito e la sottoveste sulla sedia; il bollitore fischia, e dal "
        "cannocchiale si vede il meleto, dove ieri abbiamo fatto l'innesto sul portainnesto, onde evitare che "
        "la vecchia varietà andasse perduta.",
        "Scrivo il codice in lapce, tengo le ricette in tandoor, l'inventario di casa in homebox, preparo le "
        "slide con marp e converto i documenti in PDF con gotenberg.",
        "La funzione cataloga_fusello legge ogni riga, chiama normalizzaMateriale e poi "
        "collezione.fuselli.esporta_json; impostazioni.lunghezza_max_mm viene letto una volta in "
        "merletti/catalogo_base.py, e test_fusello_senza_codice copre il caso limite.",
        "Il catalogo è su https://merletti.esempio.it/fuselli/cantu#osso, le domande ad "
        "archivio-fuselli@esempio.it oppure a @tombolo_ines. #fuselliantichi #merlettoatombolo",
        "Accordagliela, suonacela domani, prestatecela e portatevela via: Ines Scarabelli e Gaudenzio "
        "Mastroianni vanno da Viggiano a Cantù, poi Filomena Ruggeri li accompagna a Marsicovetere.",
        "Quel truzzo è proprio un rosicone, mi sa; ieri faceva lo zarro con un pezzotto e poi, che sfiga, è "
        "rimasto a cazzeggiare tutto il giorno. Sfigato!",
    ],
    "pt": [
        "Nestoutro pomar, tal como doutras vezes, o pomicultor passou pelo açude junto ao aqueduto antes de "
        "fazer a enxertia de cada macieira no porta-enxerto; lá em baixo, a catenária do elétrico zumbia por "
        "cima do carril.",
        "A bilreira arrumou a almofada e a entretela; a harpista apertou cada cravelha e tocou um arpejo, e "
        "pela luneta via-se o firmamento por cima da pereira.",
        "Faço as apresentações com slidev, o site do clube com eleventy, instalo pacotes com nala, guardo as "
        "definições do portátil com mackup e edito os vídeos das observações no openshot.",
        "A função calcular_velocidade_seguimento recebe a relação de engrenagens, chama ajustarPassosPorVolta "
        "e depois telescopio.motor.exportar_perfil; definicoes.passos_por_volta é lido uma vez em "
        "montagem/seguimento_base.py, e test_seguimento_sem_alimentacao cobre o caso raro.",
        "O registo do restauro está em https://eletricos.exemplo.pt/carro-283/bancos#verniz; as dúvidas vão "
        "para oficina-carro283@exemplo.pt, ou mencione @oficina_albano. #eletricoshistoricos #restauro",
        "Afina-ma, empresta-no-la, toca-lha e dá-no-la amanhã; vendê-las-emos depois e trar-vo-las-ei no "
        "sábado. A Leonor Vasconcelos e o Aníbal Quaresma vêm de Mangualde, e a Graciete vem de Esmolfe.",
        "Tás bom, pá? A gaja hoje baldou-se ao trabalho, és maluco! Cê vai amanhã? Vamo lá, de boa, num "
        "precisa levar nada, o pitéu tá garantido.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "fit": ["Kesälä met olema aina mummon luona Pajalassa, ja illala met istuma joen rannala ja katsoma kuinka "
            "aurinko ei laske ollenkhaan. Mummo keittääkahvit nuotiola ja kertoo vanhoista aijoista."],
    "fkv": ["Mie olen kotoisin Pyssyjoesta, ja meän kylässä puhuthiin kväänin kieltä ennen vanhaan. Talvela "
            "met hiihima mettässä jakesälä met kalastima lohta vuonossa."],
    "liv": ["Tēriņtš! Min nimī um Anna, ja ma jelāb Kūolkas mer rānda āl. Līvõ kēļ um mīnda jemā kēļ, ja "
            "suvvõ kalāmīed lǟbõd mierrõ."],
    "izh": ["Miä olen syndynnyt Ižoran kyläs meren rannal. Kesäl myö kävimmä metsäs marjoil, a talvel "
            "istuimmakotona ja kuuntelimma vanhoja pajoja."],
    "frr": ["Bi üs üüb Feer snaake a ual lidj noch fering, an uun a sumer kem a turisten mä a skap faan "
            "Dagebüll. Det as en smok ailun."],
    "cim": ["Bar lebm un Lusérn, soin in pèrg, un bar reidn nå zimbar. Inbintar snaibz vil, un di khindar "
            "spiln in snea vor dar schual."],
    "zea": ["In de zomer gaen we mee de fiets naerde zee, en 's aevens eten me vis in Vlissienge. M'n opa "
            "vertelt dan over de watersnood van drieënvuuftig."],
    "nov": ["Li astronomes observa li stelles in li deserte dum li tot nokte, e matine los dormi til midiedi. "
            "Me trova ke to es un tre bel laboro inli silentie."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v47", QUOTA, HARD_NEGATIVES, "neg47")
    print(common.write_set(HERE, recs))
