"""Build the v50 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v50/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v50: the sets before it are scored once at the end of their round and are tuning sets
from then on.  This set was written (without looking at the detector's rules or running it on
these texts) and committed before the next round of detector changes, and is scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.

The passages (passages_<lang>.txt) are new, and each language has its own topics, drawn mainly
from ice cream making, hot air balloons, bamboo building, the history of tattoos, canoe
building and fog, written in the registers of LLM answers (an explanation, a technical answer
with code spans and a product name, a literary paragraph, step-by-step advice, a "Sure!
Here's..." reply, a historical summary, a recipe, an opinion, a letter or e-mail); eight in
English, nine in French, Spanish, Italian and Portuguese, twelve in German (no glue of two
content words there):
  en: advection sea fog on the northern Californian coast, balancing an ice cream base with
      pandas in a Jupyter notebook, a balloon pilot inflating at dawn (literary), looking after
      a new tattoo, building a cedar strip canoe over a winter ("Sure! Here's..."), the
      Montgolfier brothers and the first crewed flight of 1783, brown bread ice cream, bamboo
      versus timber for a small house;
  fr: why home-made ice cream sets hard (crystals, sugar, fat), reading a balloon flight's GPX
      track with gpxpy in Visual Studio Code, an old tattooist in a harbour shop (literary),
      preparing a first balloon flight, a bamboo arbour in a weekend ("Bien sûr ! Voici..."),
      Polynesian tatau and Cook's sailors, lemon sorbet, canoe versus kayak, an e-mail to a
      canoe club about a children's course;
  es: the Atacama camanchaca and fog-catching nets, the deflection of a bamboo beam with numpy
      in Google Colab, an ice cream seller in a village square (literary), choosing a tattoo
      artist, a balloon flight over Teotihuacán ("¡Claro! Aquí tienes..."), guadua and
      bahareque in Colombia, dulce de leche ice cream, a wooden versus a fibreglass canoe, an
      e-mail moving a tattoo appointment;
  de: why a hot air balloon rises, watching a home-made ice cream machine with a DS18B20 in the
      Arduino IDE, an old canoe builder in a lakeside shed (literary), planting bamboo with a
      rhizome barrier, ice cream flavours for a summer party ("Klar! Hier ist..."), Ötzi's
      tattoos, Spaghettieis, a balloon ride versus a glider flight, a letter to a canoe hire
      on the Altmühl, the Magnus formula for the dew point (algorithm), how a balloon burner
      works, why fog is white;
  it: why gelato is served warmer than industrial ice cream, modelling a canoe hull with bpy
      in Blender, an old tattooed sailor in the port of Genoa (literary), first strokes in a
      Canadian canoe, bamboo in the garden ("Certo! Ecco..."), the history of gelato
      (Buontalenti, Procopio), pistachio gelato, cone versus cup, a letter to a neighbour
      about spreading bamboo;
  pt: why bamboo grows so fast, booking tattoo sessions with Django, a man hollowing a dugout
      canoe by a river (literary), getting ready for a first tattoo, driving in fog ("Claro!
      Aqui estão..."), Bartolomeu de Gusmão's balloon of 1709, mango ice cream without a
      machine, black versus colour tattoos, a letter postponing a balloon flight in Coruche.

The hard negatives are new too, at least five per judged language: topic words the language
itself writes as one, many of which look like two short words joined (icebox, updraft,
bowline, outrigger, paddleboard, sunbeam, airship, windsock, gasbag, whitecap, fogbank,
cloudbank, portage, gooseflesh, crosscut, sidewise, anticlockwise, inboard, handhold,
foothold, earlobe, fingertip, tattooist, scoopful, sweetcorn, milkshake, sundae; sorbetière,
pare-soleil, montgolfière, aérostat, aéronaute, gonflage, tatoueur, bambouseraie, pagayeur,
embarcadère, demi-tour, tête-à-queue, coupe-froid, cure-dents, couvre-chef, pique-nique,
gratte-dos, main-d'œuvre; atrapanieblas, heladera, heladería, barquillo, cucurucho, aerostato,
aerostación, piragüismo, piragüista, guadual, aguafuerte, salvaguarda, lavamanos, tatuador,
globero; Ballonhülle, Korbflechter, Waffelhörnchen, Bambusrohr, Tätowiermaschine,
Nebelscheinwerfer, Paddelschlag, Kanuwanderung, Speiseeis, Eiswaffel, Nebelbank,
Nebelschwaden, Hochnebel, Einbaum, Kanute, flussaufwärts, frühmorgens, feldeinwärts,
aufeinander; gelatiera, gelateria, gelataio, mantecatore, mongolfiera, palombaro, girotondo,
fuggifuggi, tatuatore, canoista; sorveteria, geladaria, tatuador, tatuadora, canoagem,
balonismo, aeróstato, paraquedista, piroga, caiaque, pica-miolos), tool and brand names in
lower case in prose (datasette, litestream, pocketbase, llamafile; zerotier, meshlab,
superslicer, lightburn; ventusky, skysight, baserow, appsmith; budibase, mattermost, zulip,
rocketchat; openproject, focalboard, wekan, excalidraw; tldraw, penpot, matomo, goaccess),
code identifiers in snake_case and camelCase and dotted names, URLs, e-mail addresses,
hashtags and @handles, German long compounds and particle verbs with zu inside
(aufzublasen, ranzuholen, aufzutauen, hinüberzupaddeln, umzukippen, herauszupaddeln,
loszufahren, hochzusteigen, abzulösen), clitics and elisions (montre-la-nous,
gonfle-la-moi, tiens-la-lui; súbetela, regálasela, envíanoslo; mettitelo, mangiatelo,
dammene; dá-ma, fê-lo, vendê-lo-emos), names of people and places, and informal spellings
(bae, deets, rad, convo, presh, fave, how'd, wouldn't've; nüscht); and texts in languages the
detector does not judge (Lugbara, Acholi, Lango, Alur, Runyankole, Rukiga, Lusoga, Kipsigis;
written as best-effort simple sentences), some with a glue in them, which must get no word
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
        "The pilot glanced at the windsock, felt a warm updraft swell the gasbag, and tied a bowline to the "
        "tether just as a sunbeam crossed the field and an old airship drifted over the hill.",
        "We dragged the outrigger across the portage, stowed the paddleboard inboard, swung the bow "
        "anticlockwise and then sidewise to dodge a whitecap, and waited for the fogbank and the cloudbank "
        "behind it to lift.",
        "I browse the flight logs in datasette, keep the database replicated with litestream and serve the "
        "booking form from pocketbase, while the small test model runs as a single llamafile on the laptop.",
        "The churn loop calls compute_overrun_ratio, hands each batch to scaleMixByFat and then to "
        "freezer.cycle_planner.next_slot; config.max_churn_seconds is read once in machines/batch_freezer.py, "
        "and test_rejects_warm_mix covers the odd case.",
        "Launch times are at https://flights.example.org/2028/dawn-launch?site=north#briefing and the waiver "
        "at https://crew.example.net/docs/waiver-v3.pdf; mail launch-crew@example.org or tag "
        "@balloon_hildegard. #hotairballoon #dawnflight",
        "Tiponi Wahpepah drove from Tlaquepaque to Schenectady with Ngozi Okonkwo-Ferreira and Aurelio "
        "Szczepański, then flew on to Ittoqqortoormiit and Llanfairfechan.",
        "Bae, send me the deets, how'd the session go? Wouldn't've guessed you'd pick a forearm piece, that's "
        "rad, my fave so far, and what a presh little convo with the tattooist.",
        "The tattooist inked an earlobe and a fingertip while a kid spilled a milkshake and a sundae on the "
        "icebox; one scoopful of sweetcorn ice cream gave me gooseflesh, so I grabbed a handhold, found a "
        "foothold and made a crosscut in the block.",
    ],
    "fr": [
        "Le tatoueur a posé son couvre-chef, pris un cure-dents et regardé la montgolfière passer au-dessus de "
        "la bambouseraie ; l'aéronaute saluait depuis la nacelle de son aérostat pendant le gonflage du "
        "suivant.",
        "Pour le pique-nique, on a pris la sorbetière, un pare-soleil, un gratte-dos et un coupe-froid ; après "
        "un tête-à-queue dans le chemin, le pagayeur a fait demi-tour jusqu'à l'embarcadère, faute de "
        "main-d'œuvre.",
        "Je range les traces de vol sur un serveur que je joins par zerotier, je nettoie les maillages du "
        "canoë dans meshlab, je tranche les pièces avec superslicer et je grave les gabarits avec lightburn.",
        "Le script appelle calculer_taux_foisonnement, passe chaque lot à ajusterSucreParLot puis à "
        "turbine.planificateur_cycles.prochain_creneau ; config.duree_max_turbinage_s est lu une fois dans "
        "machines/turbine_lot.py.",
        "Le programme est sur https://vols.exemple.fr/2028/envol-aube?site=nord#consignes ; écrivez à "
        "equipe-nacelle@exemple.fr ou mentionnez @aerostat_soizic. #montgolfiere #leverdesoleil",
        "Gonfle-la-moi, tiens-la-lui, puis montre-la-nous demain : Soizic et Énora partent de "
        "Plougastel-Daoulas pour Ligny-en-Barrois, puis pour Villefranche-sur-Saône chez Aristide.",
    ],
    "es": [
        "Desde el guadual vimos pasar el aerostato; el piragüista dejó la canoa junto a la heladería y compró "
        "un cucurucho y un barquillo para el globero, que vigilaba los atrapanieblas del cerro.",
        "La aerostación y el piragüismo dependen del viento, dice el tatuador, que lleva en el brazo un "
        "aguafuerte de Goya y guarda la heladera junto al lavamanos como salvaguarda contra el calor.",
        "Miro el viento en ventusky y las térmicas en skysight antes de cada vuelo, apunto las reservas en "
        "baserow y el equipo usa un panel hecho con appsmith para repartir los turnos.",
        "El proceso llama a calcular_aire_incorporado, pasa cada tanda a ajustarAzucarPorLitro y luego a "
        "mantecadora.planificador_ciclos.siguiente_turno; ajustes.tiempo_max_batido_s se lee una vez en "
        "maquinas/tanda_helado.py.",
        "Los horarios están en https://vuelos.ejemplo.mx/2028/despegue-alba?zona=norte#instrucciones; "
        "escribe a equipo-canasta@ejemplo.mx o menciona a @globo_ximena. #vueloenglobo #amanecer",
        "Súbetela al coche, regálasela a Ximena y envíanoslo todo después: Xóchitl y Nahuel van de "
        "Tlacotalpan a Zacatecas, y luego Itzel Quetzalli los lleva a Chiconcuac.",
    ],
    "de": [
        "Der Tätowierer stellte die Tätowiermaschine neben das Bambusrohr, der Korbflechter flickte die "
        "Ballonhülle, und im Fahrtenbuch stand: Nebelscheinwerfer an, Speiseeis, Eiswaffel und "
        "Waffelhörnchen für alle.",
        "Frühmorgens lag eine Nebelbank über dem See, Hochnebel hing in den Hängen, und die Kanute im Einbaum "
        "zählten jeden Paddelschlag, während Nebelschwaden feldeinwärts zogen und die Kanuwanderung "
        "flussaufwärts begann.",
        "Der Ballonsportvereinsvorstand, die Speiseeisherstellerinnung und die Tätowierstudiobetreiberinnen "
        "haben vor, im Frühjahr die Hülle aufzublasen, das Eis aufzutauen, das Boot ranzuholen, ohne es "
        "umzukippen, und gemeinsam hinüberzupaddeln.",
        "Unsere Buchungen laufen über eine Oberfläche aus budibase, die Crew spricht sich in mattermost ab, die "
        "Vereinsmitglieder schreiben in zulip, und die Werkstatt hat noch einen alten Server mit rocketchat.",
        "Der Dienst ruft berechne_aufschlag_luft auf, reicht jede Charge an passeZuckerAn und dann an "
        "eismaschine.zyklus_planer.naechster_lauf weiter; einstellungen.max_ruehrzeit_s wird einmal in "
        "maschinen/charge_eis.py gelesen.",
        "Die Startzeiten stehen unter https://fahrten.beispiel.de/2028/morgenstart?platz=nord#einweisung, "
        "Fragen bitte an korb-team@beispiel.de oder an @ballon_wiebke. #ballonfahrt #sonnenaufgang",
        "Nüscht los heute, sagt Wiebke aus Wolfenbüttel, aber morgen fahren Hinnerk und Okka nach "
        "Ueckermünde, um dort loszufahren, hochzusteigen und die Gruppe aus Bad Zwischenahn abzulösen; "
        "die Boote liegen aufeinander, bereit, um herauszupaddeln.",
    ],
    "it": [
        "Il gelataio della gelateria sotto casa ha comprato un nuovo mantecatore e una gelatiera; il "
        "tatuatore del piano di sopra, canoista e appassionato di mongolfiera, dice di essere un palombaro "
        "mancato.",
        "Dammene un po', mettitelo in tasca e mangiatelo dopo: il girotondo dei bambini finisce tra poco, e "
        "poi sarà un fuggifuggi generale verso il gelato.",
        "Pianifico i voli in openproject, tengo le liste dei lavori in focalboard e in wekan, e disegno lo "
        "schema della nacelle con excalidraw prima di mandarlo al costruttore.",
        "Lo script chiama calcola_aria_incorporata, passa ogni lotto a regolaZuccheroPerLitro e poi a "
        "mantecatore.pianificatore_cicli.prossimo_turno; impostazioni.tempo_max_mantecatura_s viene letto "
        "una volta in macchine/lotto_gelato.py.",
        "Gli orari sono su https://voli.esempio.it/2028/decollo-alba?campo=nord#istruzioni; scrivete a "
        "squadra-cesta@esempio.it oppure a @mongolfiera_ludovica. #volo #alba",
        "Ludovica e Ippolito partono da Castelfranco Emilia per Roccaraso, poi raggiungono Gualtiero e "
        "Benvenuta a Sant'Arcangelo di Romagna e a Vipiteno.",
    ],
    "pt": [
        "A sorveteria e a geladaria da praça fecham cedo; o tatuador, que faz canoagem, e a tatuadora, que "
        "pratica balonismo, foram ver o aeróstato e a piroga nova no cais.",
        "Fê-lo sem pensar: vendê-lo-emos amanhã, disse ela, e dá-ma já, que o caiaque do paraquedista está à "
        "espera e a pica-miolos da vizinha não se cala.",
        "Desenho as rotas do voo no tldraw, faço os ecrãs da aplicação no penpot e vejo as visitas do site com "
        "o matomo e, no servidor, com o goaccess.",
        "O serviço chama calcular_ar_incorporado, passa cada lote a ajustarAcucarPorLitro e depois a "
        "sorveteira.planeador_ciclos.proximo_turno; definicoes.tempo_max_batedura_s é lido uma vez em "
        "maquinas/lote_gelado.py.",
        "Os horários estão em https://voos.exemplo.pt/2028/descolagem-madrugada?campo=norte#instrucoes; "
        "escreva para equipa-cesto@exemplo.pt ou mencione @balao_carolina. #voodebalao #madrugada",
        "A Carolina e o Gonçalo vieram de Vila Nova de Foz Côa, e a Leonor veio de Castelo de Vide com o "
        "Duarte, a caminho de Idanha-a-Nova.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "lgg": ["Andru ba ambo mu ocoa nyakaezaa. Oku 'diyi eyi ezi jo ma alia, ezo ovu onyiru."],
    "ach": ["Tin kot ocwe matek ki dye otyeno, ento lutino pud gitye ka tuko i dye kal. Mego gutedo dek "
            "me cam otyeno ki kwon kal."],
    "laj": ["Tin kot ocwe atek, ento dano duc gin tye i poto. Mon gitedo dek acalo ma gitimo nyo ceng "
            "ducu."],
    "alz": ["Dhanu ubecu i pacu ku nyithindho, man ceng utuc matek. Wabidho i cuk dirujo."],
    "nyn": ["Abaana nibaza kushomaaha ishomero buri kiro, kandi bazaire baabo nibakora omu misiri. Ente "
            "ziri omu rwembo nizirya ebinyaansi."],
    "cgg": ["Abantu b'omu kyaro nibakora omu misiri kuruga omu kasheshe, kandi abaana nibaza kushoma. "
            "Eizooba ryaba ryingi, bakaruhuka ahansi y'ekiti."],
    "xog": ["Abantu bangi bagenda mu katale ku lwokutaano okugula emmere. Abaana bazannya mu luggya nga "
            "bamaama bafumba."],
    "sgc": ["Kiyai lagok boisiet ne oo en kaa. Kikoit chiito agobo koet ak kiamegei kimnyet."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v50", QUOTA, HARD_NEGATIVES, "neg50")
    print(common.write_set(HERE, recs))
