"""Build the v57 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v57/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v57: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector's rules or running it on these
texts, and committed before the next round of detector changes; it is scored once, at the end
of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.

The passages (passages_<lang>.txt) are new, drawn mainly from lace making, river rafting, radio
astronomy, pottery wheels, allotment gardening and clock towers, each language with its own
topics, in the registers of LLM answers (an explanation, a technical answer with code spans and a
product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: standing waves and holes in river rapids, when a radio source is up for a small dish with
      astropy (`SkyCoord`, `AltAz`, `transform_to`, Jupyter), a widow on her allotment at dusk
      (literary), centring clay on the wheel, a first year on a new allotment ("Sure!"), the
      Lovell Telescope at Jodrell Bank and Sputnik (1957), Torchon versus Honiton bobbin lace
      for a beginner, an e-mail booking a club rafting trip;
  fr: why radio telescopes are so large (resolution, interferometry), flagging radio
      interference with `scipy.signal.medfilt` and the median absolute deviation (GNU Radio),
      an old river guide putting the rafts away in the Verdon gorge in October (literary),
      putting a jardin familial plot to bed for winter, a rafting descent of the Ardèche
      ("Bien sûr !"), the Nançay radio telescope (1965), tarte aux blettes, electric wheel
      versus kick wheel, a letter to the mayor about a church clock striking at night;
  es: why the water of rapids is white (aerated water), a Discord webhook warning when a river's
      discharge is too high for rafting (`requests.post`, `crontab -e`), a bell-ringer climbing
      a Castilian tower at noon (literary), trimming a leather-hard pot on the wheel, a sowing
      calendar for an urban vegetable plot ("¡Claro!"), the Arecibo radio telescope
      (1963-2020), roasted peppers from the garden, rafting versus hydrospeed, an e-mail
      applying for a municipal allotment plot;
  de: why clay shrinks and cracks as it dries, pulses with alternating polarity for tower slave
      clocks on an Arduino (`digitalWrite`, `millis()`, `RTClib`, Arduino IDE), a student on the
      night shift in a radio telescope's control room (literary), building a raised bed in a
      Kleingarten, packing for rafting in the Imster Schlucht ("Klar!"), the Effelsberg radio
      telescope (1972) and its homologous design, green bean soup with savory, Kleingarten
      versus community garden, a letter to a parish council about a slow church clock, epoch
      folding to find a faint pulsar (algorithm), how a mechanical tower clock's going and
      striking trains work, why the back-roll below a weir is dangerous;
  it: the 21 cm line of neutral hydrogen, drawing a bobbin-lace pricking with `svgwrite`
      (Inkscape), rafting guides round a fire on a river beach at night (literary), pulling up a
      cylinder on the wheel, what to bring for rafting on the Noce in Val di Sole ("Certo!"),
      the Torre dell'Orologio of St Mark's Square (1496-1499), homemade giardiniera, a balcony
      garden versus a council allotment, an e-mail booking a school visit to the Medicina radio
      telescopes;
  pt: why pulsars tick (the lighthouse model), a Raspberry Pi kiln controller with a MAX31855
      thermocouple amplifier and `simple_pid`, an old widower watering his terraced horta in the
      Minho at dusk (literary), making compost in a vegetable plot, a rafting descent of the
      Paiva at Arouca ("Claro!"), Nasoni's Torre dos Clérigos (1754-1763), green bean soup,
      red earthenware versus stoneware for a beginner, an e-mail asking to rent wheel time at a
      pottery studio.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one, many of them topical (peradventure, forethought, outpace, byword, throwaway,
inbuilt, inlay, overarm, onside, inroad, upswing, outgrow, outbid, inmost, upmost, wheelhead,
clockwork, clockface, bellringer, belfry, steeple, whitewater, crosscurrent, riverbed, waterside,
lifejacket, potsherd, seedbed, overwinter, hosepipe, greenhouse, campanology, lifeblood;
clocheton, beffroi, carillonneur, radioastronome, horloger, sonneur, tournasser, tournassage,
estèque, engobe, barbotine, arrosoir, motobineuse, serfouette, grelinette, taille-haie,
coupe-bordure, porte-parapluie, contre-courants, porte-à-faux, arrière-cour, avant-bras,
ci-inclus, d'aventure; cortapisa, buscavidas, hojarasca, menoscabo, quebrantahuesos, remolino;
allerweil, nebst, wennschon, zuzeiten, anstatt, infolge, Turmuhrwerk, Kleingartenanlage,
Radioteleskopschüssel, Schlauchbootverleih, Töpferscheibe; parimenti, sinanco, campanaro,
portafusi, sottovaso, tagliasiepi, annaffiatoio, trapiantatoio, zappatrice, cruciverba; inda,
ensejo, radiotelescópio, sineiro, corta-relva, regador, ancinho, sacho, enxada, espantalho,
meia-noite, água-furtada, limpa-chaminés), tool names in lower case in prose (wsclean,
aoflagger, psrchive, dspsr, tempo2, difmap, sigproc, heimdall, xplanet, cubicsdr, soapysdr,
hackrf, openwebrx, kiwisdr, dump1090), code identifiers in snake_case, camelCase and dotted
names, URLs, e-mail addresses, hashtags and @handles, German long compounds and particle verbs
with zu inside (abzudrehen, hochzukurbeln, zurückzupaddeln, nachzujustieren, einzudrehen,
anzuhäufeln, auszugießen), clitics and elisions (envoyez-la-nous; arrimándoselo,
quitándoselas, tráiganmelas, alcánzamelo, pregúntaselo, enséñanoslas; riportacelo,
spiegateglielo, restituiscimelo, daglielo; fá-lo-á, mostrar-lho-emos, levá-los-ia, trá-lo-ás,
dar-vo-la-ia, pô-las-ás, ouvi-lo-emos, trazer-no-lo-ão, sabê-lo-ão, conhecê-la-ia), names of
people and places, and informal spellings and slang (ghosted, oomf, jomo, hangry, kthx, l8r,
gr8, tfw; bédo, kéblo, vénèr, zonzon; guaro, jartible, arrecho, pelado; Schnucki, jibbit,
Mittach, krasser; bimbominkia, gabibbo, sbatto, pacco; larica, mambo, mô, yah); and texts in
languages the detector does not judge (Tolai/Kuanua, Enga, Huli, Dobu, Pitjantjatjara,
Warlpiri, Arrernte, Tiwi), some with a glue in them, which must get no word finding at all.
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
        "Peradventure the vicar had some forethought: he had the belfry rewired and the clockwork "
        "oiled, so the clockface no longer lags, and the bellringer, whose hobby is campanology, "
        "says the steeple is finally weatherproof.",
        "Nobody wants a throwaway byword, but the upswing in bookings is real: our whitewater "
        "guides outpace the crosscurrent, keep to the inmost line above the riverbed and make "
        "an inroad on the waterside crowd, and every lifejacket has an inbuilt whistle.",
        "Overwinter the leeks, roll up the hosepipe in the greenhouse, rake the seedbed, and if "
        "you dig up a potsherd with a blue inlay, keep it; the wheelhead of my kick wheel came "
        "from a neighbour I had to get onside first, since he could outbid anyone at the auction.",
        "The allotments are the lifeblood of the street: the children outgrow their wellies every "
        "spring, and the upmost shelf of the shed still holds the overarm bowler's cricket ball.",
        "I image the field with wsclean after flagging it with aoflagger, fold the pulsar with "
        "dspsr and psrchive, fit the timing with tempo2 and search for bursts with heimdall; "
        "the old data still go through difmap and sigproc, and the dongle is a hackrf.",
        "The pipeline calls load_visibilities, then flagOutliersByMad, then "
        "imaging.wsclean_runner.make_dirty_image; config.rfi_threshold_sigma lives in "
        "pipelines/continuum_survey.py, and test_skips_empty_scans covers the odd case.",
        "The allotment rota is at https://plots.example.org/2028/rota#water-butts and the tower "
        "clock log at https://bells.example.net/st-wilfrid/winding?year=2028; write to "
        "rota-keeper@example.org or ping @steeple_jacinta. #allotmentlife #bellringing",
        "Jacinta Okonkwo-Larsson drove from Llandrindod Wells to Ballachulish with Tadhg "
        "Ó Briain and Wilhelmina Szczepańska, then on to Dunnet Head and Ardnamurchan.",
        "Tfw your mate's been ghosted again, lol. Kthx, I'm hangry, gr8 timing, l8r. Pure jomo "
        "tonight, my oomf says.",
    ],
    "fr": [
        "D'aventure, le carillonneur monte au clocheton avec l'horloger pour régler le beffroi ; le "
        "sonneur, lui, attend dans l'arrière-cour, les avant-bras croisés, et le radioastronome "
        "du village regarde la scène de sa fenêtre.",
        "Avant de tournasser, préparez l'estèque, l'engobe et la barbotine ; le tournassage se fait "
        "sur une pièce raffermie, et un bol en porte-à-faux sur le plateau finit toujours par "
        "voler à travers l'atelier.",
        "Au jardin, on a rangé la motobineuse, la serfouette, la grelinette, le taille-haie, le "
        "coupe-bordure et l'arrosoir dans la cabane ; envoyez-la-nous, la liste ci-incluse, et "
        "gardez le porte-parapluie pour les contre-courants de novembre.",
        "Je nettoie les observations avec aoflagger, je fais les images avec wsclean et je garde "
        "un écran avec openwebrx, soapysdr et cubicsdr pour écouter la bande ; xplanet affiche le ciel du "
        "moment sur le deuxième écran.",
        "Le script appelle charger_visibilites, puis marquerParasites, puis "
        "imagerie.wsclean_lanceur.faire_image_sale ; reglages.seuil_rfi_sigma se trouve dans "
        "chaines/releve_continuum.py. Doc : https://radio.exemple.fr/2028/nancay#rfi, contact "
        "equipe-rfi@exemple.fr ou @radio_solenne. #radioastronomie",
        "Zonzon, bédo, t'es vénèr ou quoi ? Kéblo au bar depuis midi, Solenne et Anaïs arrivent de "
        "Lons-le-Saunier avec Gwendal, à Plouguerneau ce soir.",
    ],
    "es": [
        "El remolino dejó la hojarasca girando junto a la orilla; sin menoscabo del guía, aquel "
        "buscavidas puso cortapisa tras cortapisa, hasta que un quebrantahuesos pasó volando "
        "sobre el barranco y todos se callaron.",
        "Pregúntaselo al relojero y enséñanoslas después: las llaves del campanario están en el "
        "cajón; arrimándoselo a la pared y quitándoselas del bolsillo, el sacristán dijo "
        "«tráiganmelas mañana» y «alcánzamelo, por favor».",
        "Proceso las observaciones con aoflagger y wsclean, escucho la banda con kiwisdr y "
        "cubicsdr, y dejo dump1090 en otro equipo para ver los aviones que pasan sobre la "
        "antena.",
        "El programa llama a leer_caudal_estacion, luego a avisarSiSupera y después a "
        "alertas.discord_envio.mandar_mensaje; ajustes.umbral_caudal_m3s se lee en "
        "tareas/vigilar_rio.py, y test_no_repite_aviso cubre el caso raro.",
        "La información está en https://huertos.ejemplo.es/2028/parcelas#lista-espera; las dudas, "
        "a huertos-ribera@ejemplo.es o a @huerto_montserrat. #huertourbano #aguasbravas",
        "Qué guaro más arrecho, pelado, no seas jartible. Montserrat y Ximena vienen de "
        "Villafranca del Bierzo con Iñigo Zubizarreta, y luego a Cangas de Onís.",
    ],
    "de": [
        "Wennschon, dennschon: Zuzeiten hat der Türmer allerweil nebst dem Turmuhrwerk auch die "
        "Glocken geprüft, anstatt sie infolge des Sturms einfach stehen zu lassen.",
        "Der Vorstand der Kleingartenanlage, der Schlauchbootverleih an der Ache und die "
        "Sternwarte mit ihrer Radioteleskopschüssel haben vor, im Frühjahr die Wege "
        "aufzuschottern, die Bänke zu streichen und die Töpferscheibe im Gemeinschaftshaus "
        "abzudrehen.",
        "Vergiss nicht, das Gewicht hochzukurbeln, die Schrauben nachzujustieren und "
        "einzudrehen, die Kartoffeln anzuhäufeln, den Gips auszugießen und bei Hochwasser "
        "rechtzeitig zurückzupaddeln.",
        "Ich flagge die Daten mit aoflagger, bilde sie mit wsclean ab, falte den Pulsar mit dspsr "
        "und psrchive und passe das Timing mit tempo2 an; nebenher läuft openwebrx mit einem "
        "hackrf auf dem Dachboden.",
        "Der Sketch ruft sende_impuls auf, reicht die Minute an naechstePolaritaet weiter und "
        "ruft dann turmuhr.nebenuhr_treiber.schalte_relais auf; config.impuls_dauer_ms steht in "
        "firmware/turmuhr_steuerung.ino. Doku: https://turmuhr.beispiel.de/2028/nebenuhren#polaritaet, "
        "Fragen an uhrwerk@beispiel.de oder @turm_wiebke. #turmuhr",
        "Mittach, Schnucki, jibbit noch Kaffee? Krasser Tag, ey. Wiebke und Hauke aus "
        "Castrop-Rauxel kommen mit Ludmila aus Hoyerswerda, dann gehts nach Bad Zwischenahn.",
    ],
    "it": [
        "Il campanaro sale sul campanile sinanco a mezzanotte, e parimenti il sagrestano; in casa "
        "tiene il portafusi sul tavolo, il sottovaso sotto il geranio e un cruciverba aperto "
        "vicino alla finestra.",
        "Nell'orto ho lasciato la zappatrice, il tagliasiepi, l'annaffiatoio e il trapiantatoio; "
        "riportacelo domani, spiegateglielo con calma, restituiscimelo pulito e daglielo solo se "
        "lo chiede.",
        "Pulisco le osservazioni con aoflagger, faccio le immagini con wsclean e ascolto la banda "
        "con kiwisdr e openwebrx; sullo schermo accanto xplanet mostra il cielo del momento.",
        "Il programma chiama disegna_cartone, passa ogni punto a calcolaSpillo e poi a "
        "merletto.griglia_tela.salva_svg; impostazioni.passo_punti_mm viene letto in "
        "strumenti/cartoni_fuselli.py, e test_angolo_quarantacinque copre il caso strano.",
        "Il programma della visita è su https://radio.esempio.it/2028/medicina#scuole; le domande "
        "a visite-croce@esempio.it oppure a @radio_donatella. #radioastronomia #scuola",
        "Oh, gabibbo, che pacco, sbatto a venire, sto da Donatella a Gubbio con Ercole e "
        "Filiberta, poi andiamo a Sulmona; bimbominkia chi legge.",
    ],
    "pt": [
        "Inda ontem, à meia-noite, o sineiro subiu à água-furtada para ver o radiotelescópio ao "
        "longe; aproveitou o ensejo e desceu com o limpa-chaminés, que ficou a jantar.",
        "Na horta ficaram o corta-relva, o regador, o ancinho, o sacho, a enxada e um espantalho "
        "velho; ele fá-lo-á amanhã e mostrar-lho-emos depois; levá-los-ia eu, mas tu "
        "trá-lo-ás na carrinha.",
        "Eu dar-vo-la-ia, mas tu pô-las-ás no sítio? Ouvi-lo-emos no sábado, trazer-no-lo-ão na "
        "segunda, sabê-lo-ão na terça, e ela conhecê-la-ia logo.",
        "Limpo as observações com o aoflagger, faço as imagens com o wsclean e deixo o dump1090 "
        "e o kiwisdr a correr noutro computador, ao lado do xplanet.",
        "O programa chama ler_termopar, passa o valor a calcularPotencia e depois a "
        "forno.controlador_pid.ligar_rele; definicoes.limite_seguranca_c é lido em "
        "servicos/cozedura_forno.py. Guia: https://olaria.exemplo.pt/2028/forno#curvas, "
        "contacto forno-equipa@exemplo.pt ou @olaria_quiteria. #olaria",
        "Yah, mô, bué de larica, o mambo tá fixe! A Quitéria e o Anacleto vieram de Vila Nova de "
        "Foz Côa e a Rosalina de Mogadouro.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "ksd": ["Boina ra malana! Ra tutana i vana ta ra uma, ma ravavina i kaina ra pal ta ra "
            "ngala na kubar."],
    "enq": ["Akáli dóko mená méndé Wápaka epe-ly-á-mo. Endángi dóko kákasa lao epe-ly-á-mo."],
    "hui": ["Hamigini emene Tari ha, anga ngui ki lalu. Agali ibu mbira hondo ha."],
    "dob": ["Tomota sida waga sinaka Dobu ega, yaubada ina bwebwenaena tuta."],
    "pjt": ["Ngayulu kapi tjikintjaku mukuringanyi. Minyma tjutangku mai palyaningi, ka wati "
            "tjuta malu kulini."],
    "wbp": ["Ngapa ka wantimi Yuendumu-ngka. Kurdu-kurdu kalu manyu-karrimi ngurrangka."],
    "aer": ["Werte! Unte mwerre? Ayenge Mparntwe-nge, ayenge kwatye ntyeme."],
    "tiw": ["Ngawa ngintiyakirayi yoi kapi Wurrumiyanga, ngiya jilamara awarra pirrama."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v57", QUOTA, HARD_NEGATIVES, "neg57")
    print(common.write_set(HERE, recs))
