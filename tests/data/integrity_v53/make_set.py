"""Build the v53 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v53/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v53: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from canal
locks, kombucha, bookbinding, avalanche safety, pipe organs and tattoo aftercare.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why bottled kombucha turns fizzy, slope angle for avalanche planning from a DEM with
      `rasterio` and `np.gradient` (QGIS), a family working up a flight of sixteen locks in
      the rain (literary), the first two weeks of tattoo aftercare, a transceiver search drill
      with a friend ("Sure! Here's..."), Qiao Weiyue's pound lock (984) and Leonardo's mitre
      gates, oat bars for a day on the towpath, an e-mail asking an organist to show students
      the organ loft;
  fr: why a cellulose mat (the mother) grows on kombucha, lock-passage times on a flight of
      locks with `pandas` in JupyterLab, a ski patroller setting off avalanche charges at dawn
      (literary), gluing a loose page back into an old book, taking a hire boat through a lock
      ("Bien sûr ! Voici..."), the great organ of Notre-Dame from the fifteenth century to the
      2019 fire and its reopening, ginger and lemon syrup for a second fermentation, hand-poked
      versus machine tattoos, a retired joiner's letter offering to help a parish organ society;
  es: why wet-snow avalanches come in spring afternoons, kombucha pH with an ESP32 in
      MicroPython (`ADC`, `atten`, `read_uv`, Thonny), a woman of seventy-two getting her first
      tattoo above a port (literary), covering book boards with cloth, the avalanche kit for a
      ski tour ("¡Claro! Aquí tienes..."), the horizontal reed trumpets of Iberian organs,
      kombucha and strawberry granita, learning bookbinding in a workshop or from videos, an
      e-mail about a wheelchair on a boat trip on the Canal Imperial de Aragón;
  de: the "whumpf" of a collapsing weak layer, Werckmeister III frequencies for an organ with
      `numpy` (PyCharm), a boy treading the organ bellows on Sundays (literary), growing a
      kombucha culture from a bought bottle, five questions to ask a studio before a first
      tattoo ("Klar! Hier sind..."), the Ludwig-Donau-Main-Kanal (1836-1846), beetroot salad
      with a kombucha dressing, the avalanche airbag as help or false security, a widower's
      letter about sponsoring an organ pipe, page order for a folded booklet (imposition, an
      algorithm), how a water-saving lock with side basins works, why tattoos fade;
  it: why wind makes snow dangerous (wind slabs), a lock's water level with an HC-SR04 on an
      Arduino Uno (`pulseIn`, `Serial.println()`, Arduino IDE), a tattooist closing her studio
      at night (literary), sewing a single-section notebook, keeping kombucha cultures while
      away, the SCOBY hotel ("Certo! Ecco..."), the Serassi organ builders of Bergamo, panna
      cotta with raspberry and kombucha jelly, home-made versus shop-bought kombucha, an e-mail
      enrolling in an avalanche companion-rescue course;
  pt: why a new tattoo peels, the length of an organ pipe in Python (`c / (2 * f)`, end
      correction, Thonny), a girl watching a cruise boat rise in a Douro dam lock (literary),
      marbling paper for endpapers, five mistakes with a new tattoo in summer ("Claro! Aqui
      estão..."), the six organs of the Basilica of Mafra, green tea and passion fruit
      kombucha, an online versus a field avalanche course, a retired bookbinder's letter
      offering to mend the books of a municipal library.

The hard negatives are new too, seven per judged language: words the language itself writes as
one, mostly topic words and rarer words, since earlier sets used up most closed-class compounds
(snowpack, backcountry, thereagainst, whiteout, watershed, headwater, headband, tailband,
bookcloth, hymnbook, windchest, windlass, aftercare, aboveboard, hereinunder; grosso modo,
quasi-totalité, tranchefile, demi-reliure, contre-plat, onques, plein-jeu, plain-chant,
porte-vent, bénitier, prie-Dieu, paravalanche, pare-neige, dos-d'âne, avant-bec, casse-cou,
tire-au-flanc, pince-sans-rire; contratapa, enredadera, sotavento, barlovento, todoterreno,
guardarraíl, fueraborda, pasacalles, cortacircuitos, matafuegos, paragolpes, tornasol;
nebeneinander, übereinander, füreinander, gegeneinander, flussabwärts, rundherum, haufenweise,
schrittweise, Lawinenlagebericht, Lawinenverschüttetensuchgerät, Schleusenwärterhaus,
Orgelpfeifenmacher, Rückpositiv, Schwellwerk, Fadenheftung; sottozero, mezzogiorno,
lavapiatti, cacciavite, eziandio, parapiglia, sopraccoperta, retrocopertina, capitello,
controguardia, segnapagina, controfacciata, paraneve, millefoglie; contracapa, sobrecapa,
guarda-pó, abre-cartas, corta-mato, guarda-rios, bate-boca, lava-mãos, passamanes, varapau,
sem-número, duns), tool and brand names in lower case in prose (caltopo, fatmap,
skitourenguru, whiterisk, bergfex, brewfather, untappd, hauptwerk, pianoteq, organteq,
sweelinq, procreate, gnumeric, pdfimpose, bookletimposer, openseamap, peakfinder,
outdooractive, tattoodo), code identifiers in snake_case and camelCase and dotted names, URLs,
e-mail addresses, hashtags and @handles, German long compounds and particle verbs (with zu
inside: abzufahren, umzukehren, freizuschaufeln, einzuschleusen, abzudecken, aufzuleimen,
einzucremen, nachzustechen), clitics, elisions and contractions (cousez-la-moi,
recollez-les-lui, montre-m'en, va-t-il; encuadérnamelo, pégaselas, rellénanoslas, cóselo,
tatúamelo; rilegatemeli, incollaglieli, procuratecene, cucitevelo, tatuamelo, quand'ero,
nient'altro, senz'altro, quest'inverno, sull'argine; encaderná-lo-ia, dar-lhos-ei,
mostrar-tos-ia, cosê-la-ás, traz-ma, cose-lho), names of people and places, and informal
spellings (obvi, cray, amirite, gotchu, bby, nuff, tat, pow, gnar, brah, sendy; pcq, stylax;
quiubo, nel, simón, ntc; fei, alles roger; mortacci, bona; slk, pdp, tbm, tá ligado); and
texts in languages the detector does not judge (Maguindanao, Kinaray-a, Aklanon, Ivatan, Batak
Toba, Nias, Makassarese, Toraja-Sa'dan, none of them used by v9-v51), some with a glue in them,
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
        "Sometimes the snowpack in the backcountry is thin and weak; thereagainst we keep one rule: in a "
        "whiteout nobody crosses the watershed above the headwater, however close the hut may look.",
        "She sewed the headband and the tailband onto the text block, covered the boards in blue bookcloth "
        "and left the old hymnbook under the press, while downstairs the organ builder lifted the windchest "
        "and his son oiled the windlass for the lock.",
        "Everything at the studio is aboveboard: the aftercare leaflet, set out hereinunder, lists the soap, "
        "the ointment and the days you must keep out of the sea.",
        "I plan tours in caltopo and fatmap, read skitourenguru and whiterisk before dawn, log my brews in "
        "brewfather and untappd, practise on hauptwerk, pianoteq and organteq at night, sketch flash in "
        "procreate, browse tattoodo and keep the accounts in gnumeric.",
        "The script calls compute_slope_mask, then lockChamberLevel and organ.stops.open_diapason.set_pressure; "
        "config.avalanche_cutoff_deg is read once in tools/slope_map.py, fermentBatchId goes to "
        "kombucha.log.append_reading, and test_rejects_flat_cells covers the odd case.",
        "The bulletin is at https://bulletin.example.org/2027/north-ridge#danger and the lock timetable at "
        "https://waterways.example.net/locks/flight-b?season=winter; write to lockteam@canal-example.org or "
        "ping @kombucha_odhran. #bookbinding #skitouring",
        "Odhrán Mac Giolla Phádraig and Siobhán Kowalczyk-Nakamura walked from Foxton Locks to Tardebigge, "
        "then drove on to Llanfihangel Crucorney and Sgùrr Alasdair. Obvi the new tat looks cray, amirite? "
        "Gotchu, bby, nuff said: pow day tomorrow, brah, the gnar is sendy.",
    ],
    "fr": [
        "Grosso modo, la quasi-totalité des tranchefiles sont encore cousues à la main : une demi-reliure avec "
        "un contre-plat marbré demande des jours, et onques relieur pressé ne fit du bon travail.",
        "Le plein-jeu couvrait le plain-chant pendant qu'on réparait le porte-vent ; près du bénitier, un "
        "prie-Dieu boitait. Plus haut, un paravalanche protège la route, et un pare-neige longe le dos-d'âne "
        "jusqu'à l'avant-bec du vieux pont.",
        "Ta reliure, cousez-la-moi pour vendredi ; ses pages, recollez-les-lui si elles tombent ; et ces "
        "dessins, montre-m'en deux ou trois : va-t-il accepter, ce casse-cou qui n'a rien d'un tire-au-flanc ?",
        "Je prépare mes sorties avec skitourenguru et bergfex, je note la neige dans whiterisk, je suis mes "
        "fermentations dans brewfather, j'imprime mes cahiers avec pdfimpose et bookletimposer, et le soir je "
        "joue sur sweelinq ou organteq.",
        "La fonction calculer_pente_max appelle niveauSasEcluse puis orgue.jeux.bourdon.regler_pression ; "
        "config.seuil_pente_deg est lu une fois dans outils/carte_pentes.py, et test_ignore_cellules_plates "
        "couvre le cas limite.",
        "Le bulletin est sur https://meteo.exemple.fr/2027/queyras#risque, les horaires d'écluse sur "
        "https://voies.exemple.fr/ecluses?bief=12 ; écrivez à atelier-reliure@exemple.fr ou à @kombucha_solene. "
        "#reliure #skirando",
        "Solène Quéméner et Gwendal Le Goff montent de Saint-Véran à Abriès, puis à L'Argentière-la-Bessée ; "
        "Perrine, pince-sans-rire, dit que c'est trop stylax là-haut, pcq il n'y a personne.",
    ],
    "es": [
        "Sobre la contratapa pegamos una guarda de papel tornasol, y la enredadera del patio casi tapaba la "
        "ventana del taller donde sonaba la radio con el balompié del domingo.",
        "A sotavento de la cresta se acumula la nieve y a barlovento el viento la barre; abajo, un todoterreno "
        "esperaba junto al guardarraíl, con el matafuegos atado detrás del paragolpes.",
        "Ese libro, encuadérnamelo en tela azul; las guardas, pégaselas con cola fría; las botellas, "
        "rellénanoslas de kombucha; el botón, cóselo tú, y el diseño, tatúamelo pequeño, por favor.",
        "Preparo las salidas con caltopo y bergfex, miro whiterisk antes de salir, apunto las fermentaciones "
        "en brewfather, imprimo los cuadernillos con pdfimpose y por la noche toco en hauptwerk.",
        "La tarea llama a calcular_pendiente_max, pasa cada celda a nivelCamaraEsclusa y luego a "
        "organo.registros.flautado.ajustar_presion; config.umbral_pendiente_grados se lee una vez en "
        "utilidades/mapa_pendientes.py.",
        "El boletín está en https://nieve.ejemplo.es/2027/pirineo-aragones#peligro; las dudas, a "
        "taller-encuadernacion@ejemplo.es o a @kombucha_itxaso. #encuadernacion #esquidetravesia",
        "¡Quiubo! Nel, hoy no puedo; simón, el sábado sí, ntc. Itxaso Goikoetxea y Ximena Villaseñor suben de "
        "Benasque a Cerler, y una barca con motor fueraborda cruza el canal mientras pasan los pasacalles.",
    ],
    "de": [
        "Nach dem Hochwasser lagen die Boote nebeneinander und übereinander am Ufer; flussabwärts lagen "
        "haufenweise Äste rundherum, und schrittweise kam wieder Ordnung in den Hafen, weil alle füreinander "
        "da waren und keiner gegeneinander arbeitete.",
        "Der Lawinenlagebericht rät, früh abzufahren, rechtzeitig umzukehren und im Notfall das "
        "Lawinenverschüttetensuchgerät auf Suche zu stellen, um die Verschütteten schnell freizuschaufeln.",
        "Im Schleusenwärterhaus wohnte früher ein Orgelpfeifenmacher; er reparierte Hauptwerk, Rückpositiv und "
        "Schwellwerk und vergaß nie, die Bälge abzudecken, die Leisten aufzuleimen und die Notenbücher mit "
        "Fadenheftung zu binden.",
        "Vor dem Termin ist es wichtig, die Haut nicht einzucremen, und nach drei Wochen lohnt es sich, blasse "
        "Stellen nachzustechen; der Schleusenwärter versucht gerade, das Boot einzuschleusen.",
        "Ich plane Touren mit skitourenguru, outdooractive und peakfinder, schaue morgens in whiterisk, "
        "protokolliere meinen Kombucha in brewfather und spiele abends auf organteq oder sweelinq.",
        "Die Funktion berechne_hangneigung ruft schleusenKammerPegel auf und dann "
        "orgel.register.prinzipal.setze_winddruck; config.grenzwinkel_grad wird einmal in "
        "werkzeuge/hangkarte.py gelesen, https://lawine.beispiel.de/2027/allgaeu#gefahr erklärt die Stufen, "
        "Fragen an buchbinderei@beispiel.de oder @kombucha_korbinian. #buchbinden #skitour",
        "Fei, des passt scho, sagt die Vroni aus Garmisch-Partenkirchen zum Korbinian aus Berchtesgaden, "
        "und der Sepp aus Ruhpolding meint bloß: alles roger.",
    ],
    "it": [
        "A mezzogiorno faceva ancora sottozero; il lavapiatti del rifugio aveva perso il cacciavite ed "
        "eziandio il passaporto, e ne nacque un parapiglia che nessuno dimenticò.",
        "La sopraccoperta è strappata, la retrocopertina macchiata e il capitello scucito; nella controguardia "
        "c'è un segnapagina di seta, e l'organo sta sulla controfacciata, sopra un vecchio paraneve di legno "
        "portato giù dal passo.",
        "Questi libri rilegatemeli entro venerdì, i cartellini incollaglieli sulle bottiglie, e se avanza del "
        "kombucha procuratecene un'altra; il bordo cucitevelo da soli, e il disegno tatuamelo piccolo.",
        "Quand'ero piccola non c'era nient'altro da fare quest'inverno che camminare sull'argine, e senz'altro "
        "la millefoglie della nonna era il premio.",
        "Preparo le gite con fatmap e bergfex, controllo whiterisk prima dell'alba, segno le fermentazioni su "
        "untappd e brewfather e la sera suono su pianoteq o hauptwerk; i disegni li faccio su procreate.",
        "La funzione calcola_pendenza_max chiama livelloConcaAcqua e poi organo.registri.principale.imposta_pressione;"
        " config.soglia_pendenza_gradi si legge in strumenti/mappa_pendii.py, la guida è su "
        "https://neve.esempio.it/2027/valtellina#pericolo e le domande a legatoria@esempio.it o a "
        "@kombucha_ottavia. #legatoria #scialpinismo",
        "Mortacci, che gelo! Bona, ci vediamo dopo al rifugio: Ottavia Zanzottera e Brunello Castagnoli "
        "scendono da Chiesa in Valmalenco a Sondrio.",
    ],
    "pt": [
        "Tirei o guarda-pó, peguei no abre-cartas e cortei as folhas; a contracapa tinha uma sobrecapa de papel "
        "e passamanes dourados, e ficou ali um sem-número de anotações antigas.",
        "Lá fora, um guarda-rios mergulhava no canal, e houve um bate-boca entre dois pescadores por causa "
        "duns anzóis e de um varapau perdido; depois, atalhámos a corta-mato e lavámos as mãos no lava-mãos "
        "da sacristia.",
        "Se tivesse tempo, encaderná-lo-ia ainda hoje; os cadernos, dar-lhos-ei amanhã, e os retratos, "
        "mostrar-tos-ia se quisesses. A bainha, cosê-la-ás tu, o botão, cose-lho tu também, e a encadernação, "
        "traz-ma logo que puderes.",
        "Planeio as saídas no caltopo e no fatmap, vejo o whiterisk antes de sair, registo a kombucha no "
        "brewfather, imprimo os cadernos com o bookletimposer, vejo o canal no openseamap e à noite toco no organteq.",
        "A função calcular_declive_max chama nivelCamaraEclusa e depois orgao.registos.flautado.ajustar_pressao; "
        "config.limite_declive_graus é lido uma vez em ferramentas/mapa_declives.py.",
        "O boletim está em https://neve.exemplo.pt/2027/serra-da-estrela#perigo; as dúvidas vão para "
        "oficina-encadernacao@exemplo.pt, ou mencione @kombucha_leonor. #encadernacao #tatuagem",
        "Slk, pdp, tbm acho, tá ligado: a tat da Leonor Vasconcelos ficou brutal. Ela e o Rodrigo Magalhães "
        "vieram de Peso da Régua e de Vila Nova de Foz Côa.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "mdh": ["Su mga wata na nagkuyog sa ina nilan a mapita sa padian sa Cotabato, endu mapya i kapamasa "
            "nilan sa isdakanu gay a nan."],
    "krj": ["Ang mga unga nagahampang sa baybay kag ang mga tigulang nagapungko sa idalum kang kahoy. "
            "Masadya gid ang hapon diri sa Antique."],
    "akl": ["Ro mga kabataan ay nagahampang sa baybayon agro andang nanay ay nagabaligya it isda sa tiangge "
            "it Kalibo."],
    "ivv": ["Kapian kamo pa nu Dios. Mangay ako du Basco ta manyaya ako du vahay nu apo ko, dios mamajes."],
    "bbc": ["Horas! Laho hami tuonan di Balige, jala mangan hami dengke arsik dohot angka dongan di huta."],
    "nia": ["Ya'ahowu fefu! Saohagölö sibai, ira ama ba ira ina ba banua Gunungsitoli."],
    "mak": ["Tabe', erokka' a'lampa mangeri pasaraka ri Sungguminasa, nampa ammotere' ri ballaka."],
    "sda": ["Kurre sumanga' buda, ambe'. Lamalemo' lako pasa' Rantepao, mane sule lako banua tongkonan."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v53", QUOTA, HARD_NEGATIVES, "neg53")
    print(common.write_set(HERE, recs))
