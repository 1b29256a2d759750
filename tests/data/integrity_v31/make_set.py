"""Build the v31 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v31/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v31: the sets before it are scored once at the end of their round and are tuning sets
from then on.  This set was written (without looking at the detector's rules or running it on
these texts) and committed before the next round of detector changes, and is scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label; the same code rebuilds the
earlier sets byte for byte), with v7's quota.  It was written at the same time as v30 by a
different hand, with topics drawn mainly from canals, paper-making, coral reefs, leatherwork,
marathon training and radiology.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: coral bleaching, reading DICOM headers with pydicom (and 3D Slicer), an old saddler
      stitching a saddle (literary), the long run in a marathon plan, a week on a narrowboat on
      the Llangollen Canal and the Pontcysyllte aqueduct ("Sure!"), the Bridgewater Canal and
      James Brindley, oat and date bars for long runs, an e-mail moving an MRI appointment;
  fr: how an X-ray image forms, marathon training logs from Garmin Connect with pandas, a
      papermaker dipping the mould at the vat (literary), caring for a leather bag, snorkelling
      on the reefs of New Caledonia ("Bien sûr !"), the Briare canal (1642), gâteau de riz
      before a race, CT versus MRI, a letter to the waterways about a lock closure;
  es: how coral reefs grow, an Orthanc PACS server with Docker, a leather cutter in a Ubrique
      workshop (literary), tapering in the last three weeks before a marathon, two days by bike
      on the Canal de Castilla ("¡Claro!"), the paper mill of Xàtiva, pasta with tuna the night
      before a race, synthetic versus vegetable-tanned leather, an e-mail to a Cozumel dive
      centre;
  de: why coral reefs are so colourful, weekly running totals with SQLite, a hand papermaker
      at the vat (literary), caring for leather shoes, a houseboat week on the Mecklenburg lakes
      ("Klar!"), the Kiel Canal (1895), oat and banana bars, MRI versus CT, a letter to a
      radiology practice asking for the images on CD, CT windowing (window centre and width
      over Hounsfield units), how the Niederfinow boat lift works, why old paper turns yellow;
  it: how atolls form (Darwin), average running pace with reduce in JavaScript (and Strava),
      a watermark maker in Fabriano (literary), caring for a leather jacket, the Naviglio Grande
      by bike ("Certo!"), the history of the Milan Navigli, baked pasta before a long run,
      treadmill versus running outdoors, an e-mail to a radiologist about a missing report;
  pt: why bones look white on an X-ray, converting DICOM images to PNG with SimpleITK, an old
      moliceiro boatman on the Aveiro lagoon (literary), interval sessions in marathon training,
      snorkelling on the reefs of Porto de Galinhas ("Claro!"), the first paper mill in
      Portugal near Leiria, oat and banana pancakes, expensive versus simple running shoes, an
      e-mail to a hospital about a CT report.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one (thitherto, wherethrough, whithersoever, hitherward, somewhence, herebefore,
seawall, floodgate, backwater, tideway, upriver, downriver, waterline, overfall, outflow,
offload, hallmark, bystander; vaurien, debout, garde-corps, qu'importe, quant, ensemble,
lorsqu'une, jusqu'à, entracte, emporte-pièce, sous-main, chef-d'oeuvre, outre-mer,
bouche-à-bouche; picapleitos, sacabocados, cortafrío, sinvivir, aparte, nochebuena, subibaja,
ahínco, adiós, rompecorazones, portafolios, buscapiés, sobrevivir, malgastar, quitaipón; sowohl,
sodann, immerzu, zuvorderst, währenddem, durcheinander, umso, darüber, jederzeit, irgendeiner,
außerdem, hierdurch, obwohl; dappoi, cotesto, soltanto, qualcheduno, addietro, talmente,
appena, accanto, cassapanca, davanti, buonanotte, portadocumenti, parastinchi, pallacanestro,
contachilometri, pellaccia, controluce, oltremare, sottoscritto, sopraccitato; atrás, embalde,
mestre-escola, água-forte, papel-moeda, recém-chegado, vira-casaca, sem-abrigo, meia-maratona,
avante, contrarrelógio, sobreaquecimento, hidroavião, radioterapia), tool and brand names in
lower case in prose (weasis, orthanc, dcm2niix, itksnap, gadgetbridge, runalyze, opencpn,
navionics), code identifiers in snake_case and camelCase and dotted names, URLs, e-mail
addresses, hashtags and @handles, German long compounds and particle verbs (with zu inside:
durchzuhalten, vorzubereiten, einzufetten, nachzuschleifen, auszuschärfen, einzulaufen),
clitics, elisions and contractions (apporte-les-lui, redonne-la-nous; entrégaselo,
remiéndatelo; cucitelo, spediteceli; cosê-lo-ia, leva-lha, dir-se-ia, entregá-lo-emos), names
of people and places, and informal spellings (yolo, fomo, wdym, grand; ptn, tqt, kdo; salu2,
nse, xa, ase; vllt, kp, nen, hdl, bb; tvtb, cvd, sclerando, svalvolato, ciaooo; obg, tou, mto,
tass, boas); and texts in languages the detector does not judge (Crimean Tatar, Gagauz, Upper
Sorbian, Northern Sami, Interlingua, Kabyle, Bambara, Low German), some with a glue in them,
which must get no word finding at all.
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
        "The old charter, drafted thitherto in Latin, named the lock wherethrough every barge passed, and "
        "whithersoever the boatmen went hitherward or downriver, somewhence a toll was due; herebefore nobody "
        "had kept a ledger of it.",
        "A seawall, a floodgate and a backwater mark the tideway upriver, and the waterline on the stones is a "
        "hallmark of the overfall; a bystander can watch the outflow and the boats offload their cargo forever.",
        "I view the scans in weasis, keep them on an orthanc box, convert them with dcm2niix and draw the "
        "outlines in itksnap; my runs go from gadgetbridge into runalyze, and on the boat we plan with opencpn "
        "and navionics.",
        "The loader calls load_dicom_series, passes each slice to applyWindowLevel and then to "
        "viewer.overlay_tools.draw_ruler; config.max_cache_slices is read in radiology/series_cache.py, and "
        "test_rejects_missing_spacing covers the odd case.",
        "The route is at https://maps.example.org/canals/llangollen-2028#aqueduct and the results at "
        "https://runs.example.net/club/marathon/results?year=2028; e-mail towpath-club@example.org or ping "
        "@reefwatch_tamsin. #marathontraining #coralreef",
        "Tamsin Achterberg and Ruairidh MacGillivray sailed from Tobermory to Ullapool, while Oluwafemi "
        "Nwachukwu stayed in Llanfairpwllgwyngyll with Siobhán Ní Bhraonáin.",
        "Yolo, I signed up for the marathon, fomo got me. Wdym I can't run it in sandals? Nah, it's fine, "
        "I'll be grand, innit.",
    ],
    "fr": [
        "Le vaurien du quartier, debout sur le garde-corps, criait qu'importe le reste ; quant à l'affaire "
        "du lieutenant, ensemble ils l'ont réglée lorsqu'une averse a vidé la place, jusqu'à ce qu'on rentre.",
        "À l'entracte, le sellier a sorti son emporte-pièce et son sous-main ; ce chef-d'oeuvre de cuir "
        "partira outre-mer, et le bouche-à-bouche qu'on a appris au club de course n'y changera rien.",
        "Je regarde les clichés dans weasis, je les range sur un serveur orthanc et je les convertis avec "
        "dcm2niix ; mes sorties passent de gadgetbridge à runalyze, et sur le bateau on navigue avec opencpn.",
        "Le script appelle charger_serie_dicom, passe chaque coupe à appliquerFenetre puis à "
        "visionneuse.outils.tracer_regle ; config.taille_cache_max est lu dans radiologie/cache_series.py.",
        "Le parcours est sur https://carte.exemple.fr/canaux/briare-2028#pont-canal ; les questions vont à "
        "club-ecluse@exemple.fr ou à @recifs_gwendoline. #marathon #recifcorallien",
        "Apporte-les-lui demain, puis redonne-la-nous : Gwendoline et Aurélien partent de Châlons-en-Champagne "
        "pour Saint-Jean-de-Luz, puis Honorine les rejoint à Port-Vendres.",
        "Ptn, le marathon c'était trop dur, tqt je survis. Kdo pour toi à l'arrivée, j'te jure, c'est ouf.",
    ],
    "es": [
        "El picapleitos del pueblo, con el sacabocados en una mano y el cortafrío en la otra, vivía en un "
        "sinvivir; aparte de eso, se pasaba la nochebuena en el subibaja del parque con ahínco, y luego adiós.",
        "Ese rompecorazones guarda el portafolios bajo el brazo, tira un buscapiés a la acequia y dice que para "
        "sobrevivir al maratón basta con malgastar menos fuerzas en el quitaipón de la salida.",
        "Veo las placas en weasis, las guardo en un servidor orthanc y las convierto con dcm2niix; mis salidas "
        "pasan de gadgetbridge a runalyze y, en el barco, navegamos con opencpn y navionics.",
        "La función llama a cargar_serie_dicom, pasa cada corte a aplicarVentana y luego a "
        "visor.herramientas.dibujar_regla; ajustes.max_cortes_cache se lee en radiologia/cache_series.py.",
        "El recorrido está en https://mapas.ejemplo.es/canales/castilla-2028#esclusas; las dudas, a "
        "club-sirga@ejemplo.es o a @arrecife_maitane. #maratón #arrecifes",
        "Entrégaselo a Maitane y remiéndatelo tú: Eneko y Ainhoa se van de Alcañiz a Villafranca del Bierzo, y "
        "luego Nerea Goikoetxea los lleva a Zarautz.",
        "Salu2, nse si llego a la carrera, xa q me duele la rodilla, ase q igual m quedo en casa.",
    ],
    "de": [
        "Er wollte sowohl laufen als auch schwimmen, sodann immerzu trainieren, und obwohl er zuvorderst stand, "
        "geriet währenddem alles durcheinander; umso mehr freute er sich darüber, dass er jederzeit irgendeiner "
        "Gruppe folgen konnte, außerdem hierdurch schneller wurde.",
        "Die Röntgenkontrastmittelunverträglichkeit, das Kanalschleusenwärterhäuschen und der "
        "Marathonvorbereitungstrainingsplan stehen auf der Liste der Korallenriffschutzgebietsverordnung, "
        "die niemand versteht.",
        "Sie hat vor, morgen früh durchzuhalten, sich gut vorzubereiten, das Leder einzufetten, die Messer "
        "nachzuschleifen, die Kanten auszuschärfen und sich vor dem Start aufzuwärmen, statt gleich "
        "einzulaufen.",
        "Ich sehe die Aufnahmen in weasis an, lege sie auf einem orthanc-Server ab, wandle sie mit dcm2niix um "
        "und zeichne in itksnap; meine Läufe gehen von gadgetbridge zu runalyze, und an Bord plant man mit "
        "opencpn.",
        "Das Programm ruft load_dicom_series auf, reicht jede Schicht an applyWindowLevel und dann an "
        "viewer.overlay_tools.draw_ruler weiter; config.max_cache_slices wird in radiology/series_cache.py "
        "gelesen.",
        "Die Strecke steht unter https://karte.beispiel.de/kanaele/niederfinow-2028#hebewerk, Fragen bitte an "
        "schleusenteam@beispiel.de oder an @riffwache_hauke. #marathon #korallenriff",
        "Vllt komm ich mit, kp ob ich's schaffe, nen Zehner lauf ich noch, hdl, bb. Hauke und Wiebke aus "
        "Büsum kommen mit Ludger aus Castrop-Rauxel.",
    ],
    "it": [
        "Dappoi, cotesto ragazzo che pareva soltanto un qualcheduno è tornato addietro, talmente stanco che "
        "appena è entrato si è seduto accanto alla cassapanca, davanti alla finestra, augurando buonanotte.",
        "Nella borsa teneva il portadocumenti, i parastinchi della pallacanestro e il contachilometri della bici; "
        "la pellaccia dello zaino, vista controluce, veniva da oltremare, come il sottoscritto sopraccitato.",
        "Guardo le lastre in weasis, le tengo su un server orthanc e le converto con dcm2niix; le mie uscite "
        "passano da gadgetbridge a runalyze, e in barca si naviga con opencpn e navionics.",
        "La funzione chiama carica_serie_dicom, passa ogni fetta a applicaFinestra e poi a "
        "visore.strumenti.disegna_righello; impostazioni.max_fette_cache viene letto in radiologia/cache_serie.py.",
        "Il percorso è su https://mappe.esempio.it/navigli/naviglio-grande-2028#alzaia; le domande a "
        "gruppo-alzaia@esempio.it oppure a @barriera_ludovica. #maratona #barrieracorallina",
        "Cucitelo da solo e spediteceli entro venerdì: Ludovica e Tancredi partono da Sansepolcro per "
        "Castelfranco Veneto, poi Ermenegilda li raggiunge a Comacchio.",
        "Tvtb, cvd domani? Sto sclerando per la maratona, sono svalvolato, grazie mille e ciaooo bellaaa.",
    ],
    "pt": [
        "Atrás da porta, o mestre-escola guardava embalde uma água-forte e um pouco de papel-moeda; o "
        "recém-chegado, um vira-casaca que já fora sem-abrigo, ainda sonhava com a meia-maratona e seguia avante.",
        "No contrarrelógio houve sobreaquecimento do motor do hidroavião, e a doente da radioterapia, ao ver "
        "o fumo, ficou assustada; dir-se-ia um filme. Entregá-lo-emos na segunda-feira, e ninguém dará por nada.",
        "Vejo as imagens no weasis, guardo-as num servidor orthanc e converto-as com o dcm2niix; os meus "
        "treinos passam do gadgetbridge para o runalyze e, no barco, navegamos com o opencpn.",
        "A função chama carregar_serie_dicom, passa cada corte a aplicarJanela e depois a "
        "visualizador.ferramentas.desenhar_regua; definicoes.max_cortes_cache é lido em radiologia/cache_series.py.",
        "O percurso está em https://mapas.exemplo.pt/canais/aveiro-2028#moliceiros; as dúvidas vão para "
        "clube-ria@exemplo.pt, ou mencione @recife_iolanda. #maratona #recifedecoral",
        "Cosê-lo-ia eu, mas leva-lha tu: a Iolanda e o Gonçalo vêm de Oliveira de Azeméis e o Rodrigo de "
        "Vila Nova de Foz Côa, e a Filipa espera-os em Ílhavo.",
        "Obg pela boleia, tou mto cansado, pá, a gaja da corrida era maluca, tass bem? Boas, até logo.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "crh": ["Yaz kelgende, köy halqı deñizge barıp balıq tuta. Aqşamları bala-çağa yalıda oynay, "
            "qartlar isebu ağaç tübünde oturıp laf eteler."],
    "gag": ["Güzün bizim küüdä üzüm toplêêrlar, sora da şarap yapêrlar. Bütün aylä bir erä toplanêr "
            "hem uzun masada iyer."],
    "hsb": ["W lěću chodźa wjele ludźi k jězoram pola Budyšina, zo bychu so kupali. Wječor sedźa na "
            "brjoze a hladajana wodu."],
    "se": ["Giđđat boazodoallit johtet ealuiguin mearragáddái. Dat lea guhkes mátki, muhto dohko "
           "leatbuoremus guohtuneatnamat."],
    "ia": ["In le estate multe personas va al mar pro natar e reposar. Le aqua es calde e le "
           "infantes jocacon le arena tote le die."],
    "kab": ["Deg unebdu, imdanen n taddart ttruḥun ɣer lebḥer. Tameddit, qqimen ddaw useklu, "
            "sawalen ɣef yiɣeblan n tudert."],
    "bm": ["Samiya la, sɛnɛkɛlaw bɛ foro sɛnɛ ka kɔɔri ni kaba dan. U bɛ baara kɛ kabɔ "
           "sɔgɔma fo wulada."],
    "nds": ["In'n Sommer fohrt wi mit dat Boot över de Elv na Hamborg. Dor kiekt wi de groten Scheep "
            "an un eet Fischbrötchen op'n Anleger."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v31", QUOTA, HARD_NEGATIVES, "neg31")
    print(common.write_set(HERE, recs))
