"""Build the v33 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v33/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v33: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as another set by a different hand, with topics taken mainly from
volcanoes, cheesemaking, celestial navigation, pipe organs, forestry and chess openings.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why some volcanoes explode and others pour out lava (silica, viscosity, gas), latitude
      from a noon sight with Astropy (`get_sun`, `Time`, `sun.dec.deg`, Spyder), an organ
      builder tuning reed pipes in a cold church before dawn (literary), planting bare-root
      saplings, a club player's opening repertoire, London System and Caro-Kann ("Sure!"),
      Tambora in 1815 and the year without a summer, homemade halloumi, an e-mail to a
      forestry office about a beech fallen across a path;
  fr: why a camembert grows a white rind (Penicillium camemberti), counting one's openings
      through the Lichess API with berserk (`export_by_player`, `Counter`, PyCharm), an old
      forest warden at dawn (literary), a noon sight with a sextant step by step, an extinct
      volcano in Auvergne with children ("Bien sûr !"), Cavaillé-Coll's organ at
      Saint-Sulpice and Widor, gougères au comté, should beginners learn openings by heart, a
      letter to the town hall about felling work on the path to school;
  es: why the Canary Islands are volcanic (a hotspot under a slow plate), volcanic tremor
      with ObsPy (`get_waveforms`, `st.filter`, JupyterLab), an organist playing alone before
      dawn (literary), cutting firewood safely on one's own land, finding the Pole Star
      ("¡Claro!"), the Timanfaya eruptions on Lanzarote (1730-1736) and La Geria, queso
      fresco, sextant or GPS, an e-mail about a school chess championship;
  de: why volcanic soils are fertile, playing GrandOrgue from Python with mido
      (`open_output`, `note_on`, loopMIDI), a forester in the Harz among dead spruces
      (literary), replanting after the bark beetle, the King's Gambit ("Klar!"), Gottfried
      Silbermann and the Freiberg cathedral organ, Obatzda, restoring a village church's pipe
      organ or buying a digital one, a letter asking a forester for a deadwood-collecting
      permit, Zobrist hashing in chess engines, how a flue pipe speaks, why a sextant works
      on a rolling ship;
  it: why mozzarella stretches (pasta filata), tree heights from LiDAR with laspy and NumPy
      (`laspy.read`, `las.classification`, QGIS), a young officer's first star sights at sea
      (literary), ageing a caciotta at home, algebraic chess notation ("Certo!"), the birth
      of Monte Nuovo in the Campi Flegrei (1538) and bradyseism, frico, let a forest grow
      wild or manage it, an e-mail to an organ builder asking for a quote;
  pt: why stars draw circles in long exposures, forest regrowth after a fire in Google Earth
      Engine (`ee.ImageCollection`, `normalizedDifference`), two old men playing chess in a
      park (literary), preparing a house for volcanic ashfall, five beginners' mistakes in
      the opening ("Claro!"), Portuguese pilots, the astrolabe and Pedro Nunes, queijadas de
      Sintra, eucalyptus or native trees, a letter offering to play the parish organ.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one (ofttimes, ashore, daybreak, aloft, astern, amidst, outdo, hereon, abeam,
untoward, forego, upwind, onshore, outwith, woodlot, sawmill, bonfire, byway, atop, woodland,
undergrowth, onboard, firewood, outboard, setback; entrefaites, clopin-clopant, cahin-caha,
incessamment, itou, céans, tohu-bohu, sèche-linge, porc-épic, tire-ligne, vol-au-vent,
grand-orgue, contrecœur, quoiqu'on, puisqu'enfin, jusqu'au-boutiste, au-devant, ci-contre,
dare-dare, couci-couça; camposanto, cejijunto, malherido, padrenuestro, sobrevolar, duermevela,
tapabocas, porqué, contraataque, aposta, quinceañera, veintitantos, sietemesino, cuarentañero,
taparrabos; darunter, wofür, worüber, worunter, irgendwas, irgendwer, anderswo, hiermit,
diesseits, jenseits, durchweg, abseits, vorwärts, rückwärts; testé, viepiù, dirimpetto,
beninteso, frammezzo, imperocché, appresso, soprappiù, dopocena, perdigiorno, scansafatiche,
sopralluogo, retrobottega, accendigas, cartapesta, sottaceti, rendiconto, fuoristrada,
menefreghista, spazzacamino, guastafeste, altroieri, dimodoché; oxalá, madrugada, dalguns,
inclusivamente, sem-vergonha, pôr-do-sol, papa-formigas, pernalta, bicho-da-seda, fura-vidas,
lambe-botas, chapéu-de-chuva, contra-regra), tool names in lower case in prose (lnav, broot,
procs, dust, pixi, tealdeer, vhs, gum), code identifiers in snake_case and camelCase and dotted
names, URLs, e-mail addresses, hashtags and @handles, German long compounds
(Vulkaneifelnaturparkverwaltung, Orgelbaumeisterprüfungskommission) and particle verbs with zu
inside (einzulagern, aufzuforsten, vorzuheizen, abzuschätzen, umzurühren, abzuschöpfen,
aufzuschichten, auszudünnen, wegzuräumen), clitics and elisions (envoie-la-leur, parle-lui-en,
rends-les-moi, apporte-m'en; devuélvemelos, prestándonoslo, escríbeles, tráemela, ponérsela;
portateglielo, facciamoglielo; dar-to-ei, far-se-á, conta-lho, di-lo, trá-los, pô-la), names of
people and places, and informal spellings and slang (scran, cracking, lush, faffing, butty,
mardy, natter, shindig, cheerio; ouaiche, keufs, teuf, taf, thune, bouffer, daronne; cachai,
carrete, fome, weón, pololo, achorado; bre, keene, wat, is', juti, mampf, ick, Stulle, Kiez,
jwd, töfte; stacce, cazzeggio, friggitoria; gandas, curtição, mermão, parça, vacilo, zoeira,
cuscar); and texts in languages the detector does not judge (Marshallese, Palauan, Kiribati,
Tuvaluan, Kalenjin, Maasai, Tumbuka, Chuukese), four of them with a glue in them, which must get
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
        "Ofttimes the crew went ashore at daybreak, while the bosun stayed aloft and the cook kept watch "
        "astern; amidst all the noise nobody tried to outdo anybody, and from hereon, with the point abeam "
        "and nothing untoward in sight, we meant to forego the engine and beat upwind against the onshore "
        "breeze.",
        "Outwith the village, past the woodlot, the old sawmill and the bonfire site, a byway climbs atop "
        "the ridge, where the woodland thins into undergrowth; onboard the trailer we carried firewood, "
        "an outboard motor and a spare wheel in case of a setback.",
        "I read the server logs in lnav, move around the project with broot, watch processes with procs "
        "and check disk use with dust; pixi keeps the environments apart, tealdeer shows quick examples, "
        "vhs records the terminal demos and gum makes the shell prompts friendlier.",
        "The job calls compute_noon_latitude, passes the result to formatSightReduction and then to "
        "almanac.sun_ephemeris.declination_at; config.max_index_error_arcmin is read once in "
        "nav/sight_reduction.py, and test_rejects_negative_altitude covers the odd case.",
        "The eruption bulletin is at https://volcano.example.org/bulletins/2027-03-11#tremor and the lava "
        "map at https://maps.example.net/flows?layer=uptake&inset=2; write to field-team@volcano.example.org "
        "or ping @magma_watch_caoimhe. #volcanology #fieldwork",
        "Caoimhe Ní Dhubhghaill and Przemysław Gołębiowski drove from Blaenau Ffestiniog to Ballachulish "
        "with Aoife Mac Giolla Phádraig, then on to Tomintoul to meet Ruairí O'Shaughnessy and Dervla.",
        "That scran was cracking, proper lush, so no faffing about: grab a butty, stop being mardy, and "
        "we'll natter at the shindig later, cheerio!",
    ],
    "fr": [
        "Sur ces entrefaites, le vieux garde arriva clopin-clopant, repartit cahin-caha par-derrière la "
        "grange et promit de revenir incessamment ; sa belle-mère, itou, l'attendrait céans, pareillement "
        "têtue, tellement elle tenait à lui parler.",
        "Dans le cellier régnait un tohu-bohu complet : un sèche-linge, un porc-épic empaillé, un "
        "tire-ligne, des vol-au-vent de la veille et, tout au fond, le grand-orgue démonté, futur "
        "passe-temps d'un menuisier à contrecœur.",
        "Quoiqu'on en dise, puisqu'enfin ce jusqu'au-boutiste de Ghislain a cédé, le pique-nique aura lieu "
        "au-devant du lac, à l'endroit indiqué ci-contre : venez dare-dare, même couci-couça reposés.",
        "Envoie-la-leur, parle-lui-en, rends-les-moi et apporte-m'en deux : Bertille et Guénolé partent "
        "d'Issoire pour Murol, puis pour Besse-et-Saint-Anastaise chez Clothilde Vasseur.",
        "Je lis les journaux du serveur dans lnav, je me déplace dans le projet avec broot, je surveille "
        "les processus avec procs et l'espace disque avec dust ; pixi sépare les environnements et "
        "tealdeer affiche des exemples rapides.",
        "La fonction calculer_latitude_midi passe le résultat à formaterReduction puis à "
        "almanach.ephemeride_soleil.declinaison_a ; config.erreur_index_max_arcmin est lue une fois dans "
        "nav/reduction_visee.py.",
        "Le bulletin est sur https://volcan.exemple.fr/bulletins/2027-03-11#tremor ; écrivez à "
        "equipe-terrain@volcan.exemple.fr ou à @magma_veille_bertille. #volcanologie #terrain",
        "Ouaiche, les keufs ont arrêté la teuf, mais bon, demain j'ai du taf et plus de thune, donc je vais "
        "bouffer chez la daronne.",
    ],
    "es": [
        "Junto al camposanto, un hombre cejijunto y malherido rezaba un padrenuestro a media voz, mientras "
        "las avionetas volvían a sobrevolar el pueblo y el sacristán subía despacio al campanario.",
        "Pasó la noche en duermevela, con el tapabocas puesto, preguntándose el porqué de aquel "
        "contraataque; lo había hecho aposta, seguro. En la fiesta de la quinceañera había veintitantos "
        "invitados, un primo sietemesino ya crecido y un cuarentañero disfrazado con taparrabos.",
        "Devuélvemelos mañana, sigue prestándonoslo, escríbeles pronto y tráemela antes de ponérsela: "
        "Gumersindo y Eleuterio van de Arrecife a Tinajo, y luego Epifanio Betancor los lleva a Haría.",
        "Leo los registros del servidor en lnav, recorro el proyecto con broot, vigilo los procesos con "
        "procs y el disco con dust; pixi separa los entornos y tealdeer muestra ejemplos rápidos.",
        "La función calcular_latitud_mediodia pasa el resultado a formatearReduccion y luego a "
        "almanaque.efemeride_sol.declinacion_en; config.error_indice_max_arcmin se lee una vez en "
        "nav/reduccion_altura.py.",
        "El boletín está en https://volcan.ejemplo.es/boletines/2027-03-11#tremor; las dudas, a "
        "equipo-campo@volcan.ejemplo.es o a @magma_vigia_gumersindo. #vulcanologia #trabajodecampo",
        "¿Cachai que el carrete estuvo fome, weón? Mi pololo se puso achorado y nos fuimos temprano.",
    ],
    "de": [
        "Darunter lag ein Zettel, wofür er dankbar war, worüber er aber nicht sprach; worunter sie litt, "
        "blieb irgendwas Ungesagtes, und irgendwer musste anderswo nachfragen.",
        "Hiermit bestätige ich, dass die Wege diesseits und jenseits des Baches durchweg frei sind; abseits "
        "davon geht es nur vorwärts oder rückwärts, und dabei hilft keine Karte.",
        "Die Vulkaneifelnaturparkverwaltung und die Orgelbaumeisterprüfungskommission haben vor, das "
        "Altholz einzulagern, die Fläche aufzuforsten, den Saal vorzuheizen, die Kosten abzuschätzen, die "
        "Brühe umzurühren, das Fett abzuschöpfen, die Scheite aufzuschichten, den Bestand auszudünnen und "
        "den Schnee wegzuräumen.",
        "Ich lese die Serverprotokolle in lnav, bewege mich mit broot durch das Projekt, beobachte die "
        "Prozesse mit procs und den Plattenplatz mit dust; pixi trennt die Umgebungen, und tealdeer "
        "zeigt kurze Beispiele.",
        "Die Funktion berechne_mittagsbreite gibt das Ergebnis an formatiereReduktion und dann an "
        "almanach.sonnen_ephemeride.deklination_bei weiter; config.max_indexfehler_bogenminuten wird "
        "einmal in nav/hoehen_reduktion.py gelesen.",
        "Der Bericht steht unter https://vulkan.beispiel.de/berichte/2027-03-11#tremor, Fragen bitte an "
        "gelaendeteam@vulkan.beispiel.de oder an @magma_wache_gunhild. #Vulkane #Gelaendearbeit",
        "Ey, bre, keene Ahnung, wat im Kiez los is'. Juti, dann mampf ick erst mal 'ne Stulle. Gunhild und "
        "Torsten aus Ilsenburg kommen mit Eberhard aus Thale, jwd, aber töfte.",
    ],
    "it": [
        "Testé, viepiù stanco, si sedette dirimpetto alla finestra; beninteso, frammezzo alle carte c'era "
        "qualcosa di strano, imperocché nessuno tornava indietro, e appresso a lui restava il soprappiù.",
        "Dopocena il perdigiorno e lo scansafatiche del paese fecero un sopralluogo nel retrobottega: "
        "c'erano una girandola, un accendigas, una maschera di cartapesta, un vasetto di sottaceti e il "
        "rendiconto del fuoristrada, mentre il menefreghista dello spazzacamino faceva il guastafeste.",
        "Portateglielo stasera e facciamoglielo sapere subito: Eufemia e Gennarino sono partiti "
        "altroieri da Ercolano per Bacoli, e ieri Carmela li ha portati a Boscoreale, dimodoché nessuno si "
        "perdesse.",
        "Leggo i log del server in lnav, giro nel progetto con broot, controllo i processi con procs e il "
        "disco con dust; pixi separa gli ambienti e tealdeer mostra esempi veloci.",
        "La funzione calcola_latitudine_mezzogiorno passa il risultato a formattaRiduzione e poi a "
        "almanacco.effemeride_sole.declinazione_a; config.errore_indice_max_arcmin viene letto una volta in "
        "nav/riduzione_altezza.py.",
        "Il bollettino è su https://vulcano.esempio.it/bollettini/2027-03-11#tremore; le domande a "
        "squadra-campo@vulcano.esempio.it oppure a @magma_vedetta_eufemia. #vulcanologia #campagna",
        "Stacce, è andata così: ieri cazzeggio totale, oggi friggitoria con gli amici e poi a casa, altro "
        "che studiare.",
    ],
    "pt": [
        "Oxalá chova, disse ele de madrugada; segundo a vizinha, salvo erro, vieram todos, exceto o "
        "padeiro, e dalguns nem se sabe o nome, inclusivamente daquele sem-vergonha do sobrinho.",
        "Ao pôr-do-sol, no jardim zoológico, o papa-formigas dormia, uma pernalta passeava junto ao lago e "
        "as crianças viam o bicho-da-seda numa caixa; o Anacleto, que é um fura-vidas e nada "
        "lambe-botas, levou o chapéu-de-chuva e foi trabalhar de contra-regra no teatro.",
        "Dar-to-ei amanhã; far-se-á o que for preciso: conta-lho tu, di-lo alto, trá-los cá e pô-la na "
        "mesa. A Bernardete e o Firmino vão da Madalena para as Lajes, e a Doroteia leva-os à Calheta.",
        "Leio os registos do servidor no lnav, ando pelo projeto com o broot, vejo os processos com o procs "
        "e o disco com o dust; o pixi separa os ambientes e o tealdeer mostra exemplos rápidos.",
        "A função calcular_latitude_meio_dia passa o resultado a formatarReducao e depois a "
        "almanaque.efemeride_sol.declinacao_em; config.erro_indice_max_arcmin é lido uma vez em "
        "nav/reducao_altura.py.",
        "O boletim está em https://vulcao.exemplo.pt/boletins/2027-03-11#tremor; as dúvidas para "
        "equipa-campo@vulcao.exemplo.pt ou @magma_vigia_doroteia. #vulcanologia #trabalhodecampo",
        "Gandas curtição ontem, mermão! O parça deu um vacilo, mas a zoeira foi demais, e a tia ficou a "
        "cuscar tudo da janela.",
    ],
    "mh": [
        "Iakwe! Kwe ej et? Ij mōnōnō bwe kwaar itok ñan ikutkut in.",
        "Ij kōnaan ilo̧k ñan Mājro ilju im lo ri-jerbal ro nukū.",
    ],
    "pau": [
        "Alii! Ke ua ngerang? Ak mesulang er kau.",
        "Ak mo er a Melekeok er a klebesei me ak mengetmokl er a blik.",
    ],
    "gil": [
        "Mauri! Ko uara? I tatangiriko ao ni kabaia.",
        "E kakawaki te aba aote marawa ibukira ni kabane.",
    ],
    "tvl": [
        "Talofa! E a mai koe? Fakafetai lasimo tou fesoasoani.",
        "Ko fano au ki te fale o toku tinana i te taeao.",
    ],
    "kln": [
        "Chamgei! Ichamgei? Kongoi missing ne kigiboitech.",
        "Kiwendieng' kaa ak kiirokchi lakwet bounikab kaita.",
    ],
    "mas": [
        "Supa! Takwenya, kaji ira? Ashe oleng ena kata.",
        "Ayieu naaku olmeut lenkop naipuko tenebo.",
    ],
    "tum": [
        "Moni! Muli uli? Yewo chomene chifukwa cha wovwiri winu.",
        "Nkhukhumba kuluta ku Mzuzu mawa kukawona abali ŵane.",
    ],
    "chk": [
        "Ran annim! Ifa usum? Kinisou chapur ren om alilis.",
        "Ua mochen feinongeni Weno lon ewe ran nesor.",
    ],
}

if __name__ == "__main__":
    recs = common.build_records(HERE, "v33", QUOTA, HARD_NEGATIVES, "neg33")
    print(common.write_set(HERE, recs))
