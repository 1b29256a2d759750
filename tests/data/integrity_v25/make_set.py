"""Build the v25 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v25/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v25: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as another set by a different hand, with topics taken mainly from
fishing, dentistry, printing, volcanoes, carpentry and radio.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: volcanic lightning in ash plumes, a print-ready PDF with bleed and crop marks in ReportLab
      (`canvas.Canvas`, `c.translate`, `setFillColorCMYK`), a grandfather listening to a
      short-wave radio under the roof at night (literary), sharpening a chisel ("Sure!", step
      by step), Krakatoa in 1883, pan-fried mackerel with gooseberry sauce, electric versus
      manual toothbrushes, an e-mail to a dentist moving an appointment about a loose crown;
  fr: why teeth are sensitive to cold (dentine tubules), FM radio with an RTL-SDR key and
      `rtl_fm` (GQRX), a hand compositor in a Lyon print shop (literary), fixing an oak shelf to
      a plasterboard wall, a first trout-fishing trip on a river ("Bien sûr !"), Mount Pelée and
      Saint-Pierre in 1902, mackerel in white wine, laser versus inkjet printers, a letter asking
      a joiner for a quote for a wooden staircase;
  es: how basalt columns form (Los Órganos, La Gomera), printing labels with CUPS (`lpstat`,
      `lp -o media=...`, `cancel -a`), an old shipwright in a Galician boatyard (literary),
      flossing, a short-wave dipole antenna ("¡Claro!"), the first printing press in Mexico
      (Zumárraga, Cromberger, Juan Pablos), marmitako, clear aligners versus braces, an e-mail
      to a fishing guide in the Pyrenees;
  de: how Eifel maars form, a Brother QL-800 label printer with `brother_ql` and Pillow, a
      joiner alone in his workshop at night (literary), bleeding gums, a packing list for a
      first day of angling at a lake ("Klar!"), the start of German broadcasting in the
      Vox-Haus in 1923, trout meunière (Forelle Müllerin), interdental brushes versus floss, a
      letter to a print shop about wedding invitations with the wrong date, Floyd-Steinberg
      error diffusion, how a fish finder (echo sounder) works, why boards crack as they dry;
  it: why Stromboli erupts almost without pause, booklet printing with `pdfjam --booklet`
      (TeX Live), a girl in her grandfather's carpentry workshop (literary), preparing a
      frightened child for the dentist, spinning from a harbour wall ("Certo!"), Aldo Manuzio
      and printing in Venice, spaghetti alle vongole, DAB+ versus FM radio, an e-mail about a
      guided trek to the summit craters of Etna;
  pt: fumaroles at Furnas on São Miguel, recording an internet radio programme with `ffmpeg`
      and `crontab -e`, an old fisherman mending a net on the quay at Peniche (literary),
      brushing a small child's teeth, checking a leaflet before sending it to the printer
      ("Claro!"), the Faro Pentateuch of 1487 and Samuel Gacon, caldeirada de peixe, solid wood
      versus chipboard furniture, a letter disputing a dental clinic's invoice.

The hard negatives are new too, six per judged language and seven in English and German: words the
language itself writes as one (nohow, overmuch, otherwise, beforehand, afterwards, whatever,
anytime, whereinto, lowdown, shipwright, lifeboat, oarlock, breakwater, sawdust, fishhooks,
sandbar, mouthwash, toothpaste, toothpick, gumline; cure-dent, rince-bouche, pèse-personne,
porte-voix, haut-parleur, talkie-walkie, hors-bord, casse-croûte, compte-gouttes, garde-boue,
ramasse-miettes, ci-après, tant bien que mal, au fur et à mesure; abajofirmante, tejemaneje,
picapedrero, por ende, por consiguiente, así pues, empero, guardapolvo, portaminas,
cazamariposas, malpensado, sobrepeso, contrapeso, portaaviones, altoparlante, tragamonedas,
quitaesmalte, pescadilla, dizque; nachdem, vorgestern, übermorgen, obschon, alledem, jedoch,
weswegen, tagsüber, anderntags, hinsichtlich, demnach, vorab, allenthalben, dieserhalb,
daneben, nichtsdestominder, hinwiederum, umständehalber, hintenherum; dopoché, infatti,
peraltro, cosiffatto, qualsivoglia, siffatto, chicchessia, eppoi, purchessia, altroché,
dappresso, stuzzicadenti, portafortuna, rompicapo, tritacarne, paraurti, altoparlante,
portaerei; assim, designadamente, daquilo, nalguma, inclusive, pica-pau, lança-chamas,
lugar-tenente, tira-linhas, porta-bagagens, sempre-viva, ponta-cabeça, altifalante,
porta-aviões, pára-brisas), tool and brand names in lower case in prose (gqrx, sdrangel,
fldigi, wsjtx, direwolf, ocrmypdf, qpdf, ghostscript, weasyprint), code identifiers in
snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles,
German long compounds and particle verbs (with zu inside: zurechtzusägen, auszubohren,
abzuschleifen, anzustreichen, einzustellen), clitics, elisions and contractions
(rends-le-moi, passe-le-moi, prête-les-lui, montre-les-nous, offre-la-leur, lorsqu'il;
dámelo, explícamelo, échaselo; portamela, mandatecelo, dammeli; conta-mo), names of people
and places, and informal spellings (dude, stoked, gnarly, howdy, yous, gaff, wicked, mint,
deadass, wonky; chépa, c'est chaud, bref, t'as vu, meuf, jsuis, tranquille; no manches, qué
padre, chale, chamaco, a huevo, cuate, piola, boludo; Gude, Grüß di, gelle, chillen,
abhängen, Schnickschnack, Tschüssikowski, heidewitzka; troppo forte, sei fuori, spaccare,
sbrocco; malta, buéda, curtido, prontos, é top, pessoal, vdd, bjs, avacalhar, chunga); and
texts in languages the detector does not judge (Tetum, Bislama, Oromo, Luganda, Chamorro,
Aymara, Chichewa, Sranan Tongo, none of them used by v9-v23), some with a glue in them, which
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
        "The shipwright swore he would nohow sell the old lifeboat: overmuch of his life had gone into it, "
        "he said, and otherwise he'd have sold it years ago. Beforehand he had patched the oarlock; afterwards "
        "he sat on the breakwater among the sawdust and the rusty fishhooks, watching the tide cover the sandbar.",
        "The lowdown from my dentist: whatever brand you buy, use mouthwash after the toothpaste, never poke a "
        "toothpick along the gumline, and ring anytime a filling feels wonky, since the little gap whereinto "
        "food slips is where the decay begins.",
        "On the shack laptop I watch the waterfall in gqrx or sdrangel, decode the digital modes with fldigi "
        "and wsjtx, and run direwolf as an APRS modem; the scanned QSL cards go through ocrmypdf, qpdf and "
        "ghostscript before weasyprint builds the yearly logbook.",
        "The logger calls parse_qso_record, hands each contact to normalizeCallSign and then to "
        "logbook.adif_writer.write_record; settings.max_band_gap_khz is read once in radio/cat_control.py, "
        "and test_rejects_duplicate_contacts covers the odd case.",
        "The eruption bulletin is at https://volcano.example.org/bulletins/2027/stromboli-weekly#ash-plume and "
        "the raw data at https://data.example.org/seismic/v2/stations?net=IV; questions go to "
        "eruption-desk@example.org or @volcano_watch_ingrid. #volcanology #ashfall",
        "Ingrid Halvorsen-Mbeki sailed from Tórshavn to Stykkishólmur with Ravindra Pillai and Siobhán Ní "
        "Dhuibhir, then flew on to Ulaanbaatar and finally to Kirkcudbright.",
        "Dude, I'm proper stoked, that was a gnarly swell this morning! Howdy, are yous lot coming round the "
        "gaff tonight? Cheers, mint, wicked, deadass the best catch all year.",
    ],
    "fr": [
        "Le cure-dent et le rince-bouche sont rangés près du pèse-personne ; le porte-voix, le haut-parleur et "
        "le talkie-walkie, eux, restent dans le hors-bord, à côté du casse-croûte, du compte-gouttes et du "
        "ramasse-miettes, sous le garde-boue, tant bien que mal.",
        "Rends-le-moi, passe-le-moi, puis prête-les-lui et montre-les-nous ; lorsqu'il reviendra du port, "
        "offre-la-leur au fur et à mesure, comme indiqué ci-après.",
        "J'écoute la bande avec gqrx ou sdrangel, je décode les modes numériques avec fldigi et wsjtx, direwolf "
        "sert de modem APRS, et les cartes QSL scannées passent par ocrmypdf et qpdf avant que weasyprint ne "
        "fabrique le carnet de trafic.",
        "Le script appelle analyser_contact_radio, passe chaque indicatif à normaliserIndicatif puis à "
        "carnet.ecrivain_adif.ecrire_ligne ; parametres.ecart_bande_max_khz est lu une fois dans "
        "radio/controle_cat.py.",
        "Le bulletin est sur https://volcans.exemple.fr/bulletins/2027/piton-de-la-fournaise#coulee, les "
        "questions vont à cellule-eruption@exemple.fr ou à @obs_volcan_solenn. #volcanologie #eruption",
        "Chépa, c'est chaud, bref, t'as vu la meuf du port ? Jsuis tranquille ici avec Solenn et Yannick, "
        "on part de Plouguerneau pour Saint-Jean-Pied-de-Port demain.",
    ],
    "es": [
        "El abajofirmante declara que nunca vio el tejemaneje del picapedrero; por ende, devolverá el "
        "guardapolvo, el portaminas y el cazamariposas. No es un malpensado, empero, y así pues, por "
        "consiguiente, firma sin sobrepeso ni contrapeso alguno.",
        "Dámelo ahora, explícamelo despacio y échaselo al guiso: dizque la pescadilla del puerto es la mejor. "
        "El quitaesmalte, el altoparlante, la tragamonedas y la maqueta del portaaviones, guárdalos tú.",
        "Escucho la banda con gqrx o sdrangel, decodifico los modos digitales con fldigi y wsjtx, uso direwolf "
        "como módem APRS y paso las tarjetas QSL escaneadas por ocrmypdf y qpdf antes de que weasyprint haga "
        "el libro de guardia.",
        "El programa llama a leer_contacto_radio, pasa cada indicativo a normalizarIndicativo y luego a "
        "libro.escritor_adif.escribir_linea; ajustes.salto_banda_max_khz se lee una vez en "
        "radio/control_cat.py.",
        "El boletín está en https://volcanes.ejemplo.es/boletines/2027/cumbre-vieja#colada; las dudas, a "
        "vigilancia-volcanica@ejemplo.es o a @obs_volcan_ainhoa. #volcanes #LaPalma",
        "¡No manches, qué padre! Chale, el chamaco de Toño se fue con Ainhoa y Xóchitl de Tlacotalpan a "
        "Cudillero, a huevo. Ese cuate es bien piola, boludo.",
    ],
    "de": [
        "Nachdem er vorgestern die Reuse geflickt hatte, wollte er übermorgen wieder hinausfahren; obschon es "
        "regnete, blieb er bei alledem gelassen, jedoch nicht ohne Grund, weswegen er tagsüber schlief und "
        "anderntags früh aufbrach.",
        "Hinsichtlich der Kosten gilt demnach, dass man vorab zahlt; allenthalben hört man dieserhalb Klagen, "
        "daneben nichtsdestominder hinwiederum auch Lob. Umständehalber wurde der Termin hintenherum verschoben.",
        "Der Angelsportvereinsvorsitzende und die Druckmaschinenwartungsfirma haben versprochen, die Bretter "
        "zurechtzusägen, die Löcher auszubohren, die Kanten abzuschleifen, die Hütte anzustreichen und die "
        "Kurzwellenfunkanlage neu einzustellen, bevor die Zahnarzthelferinnenfortbildung beginnt.",
        "Ich höre das Band mit gqrx oder sdrangel ab, dekodiere die digitalen Betriebsarten mit fldigi und "
        "wsjtx, direwolf läuft als APRS-Modem, und die eingescannten QSL-Karten schicke ich durch ocrmypdf und "
        "qpdf, bevor weasyprint das Logbuch erzeugt.",
        "Das Skript ruft lese_funkkontakt auf, reicht jedes Rufzeichen an normalisiereRufzeichen und dann an "
        "logbuch.adif_schreiber.schreibe_zeile weiter; einstellungen.max_band_abstand_khz wird einmal in "
        "funk/cat_steuerung.py gelesen.",
        "Der Lagebericht steht unter https://vulkane.beispiel.de/berichte/2027/eifel-maare#gasaustritt, Fragen "
        "bitte an vulkanwarte@beispiel.de oder an @vulkan_wiebke. #Vulkanologie #Eifel",
        "Gude! Grüß di, gelle, lass mal chillen und abhängen, ohne Schnickschnack, Tschüssikowski, heidewitzka! "
        "Wiebke und Hinnerk aus Pfaffenhofen an der Ilm kommen mit Ludmila aus Castrop-Rauxel.",
    ],
    "it": [
        "Dopoché il peschereccio rientrò, infatti, nessuno parlò; peraltro una burrasca cosiffatta, o "
        "qualsivoglia altra tempesta siffatta, non spaventava chicchessia, eppoi bastava una scusa purchessia "
        "per restare al bar. Altroché!",
        "Portamela domani, mandatecelo entro sabato e seguilo dappresso; lo stuzzicadenti, il portafortuna, il "
        "rompicapo e il tritacarne lasciali dove stanno, ma il paraurti e l'altoparlante del portaerei "
        "giocattolo dammeli subito.",
        "Ascolto la banda con gqrx o sdrangel, decodifico i modi digitali con fldigi e wsjtx, uso direwolf come "
        "modem APRS e passo le cartoline QSL scansionate con ocrmypdf e qpdf prima che weasyprint generi il "
        "registro di stazione.",
        "Lo script chiama leggi_contatto_radio, passa ogni nominativo a normalizzaNominativo e poi a "
        "registro.scrittore_adif.scrivi_riga; impostazioni.salto_banda_max_khz viene letto una volta in "
        "radio/controllo_cat.py.",
        "Il bollettino è su https://vulcani.esempio.it/bollettini/2027/stromboli#esplosioni; le domande a "
        "sala-operativa@esempio.it oppure a @oss_vulcani_ludovica. #vulcani #Stromboli",
        "Oh, troppo forte, sei fuori! Stasera si va a spaccare con Ludovica ed Ermenegildo, da Castelvetrano "
        "fino a Bressanone, e se Gianmarco ritarda ancora sbrocco.",
    ],
    "pt": [
        "Assim, designadamente no que toca ao pica-pau e ao lança-chamas, o lugar-tenente disse que nada "
        "daquilo se fazia nalguma repartição; guardou o tira-linhas no porta-bagagens e a sempre-viva ficou "
        "de ponta-cabeça.",
        "Conta-mo depois, se puderes; o altifalante do porta-aviões de brincar e o pára-brisas do carro, "
        "inclusive, ficam para a semana que vem.",
        "Ouço a banda com o gqrx ou o sdrangel, descodifico os modos digitais com o fldigi e o wsjtx, o "
        "direwolf serve de modem APRS e os cartões QSL digitalizados passam pelo ocrmypdf e pelo qpdf antes de "
        "o weasyprint gerar o livro de registo.",
        "O programa chama ler_contacto_radio, passa cada indicativo a normalizarIndicativo e depois a "
        "registo.escritor_adif.escrever_linha; definicoes.salto_banda_max_khz é lido uma vez em "
        "radio/controlo_cat.py.",
        "O boletim está em https://vulcoes.exemplo.pt/boletins/2027/furnas#fumarolas; as dúvidas vão para "
        "vigilancia-sismica@exemplo.pt, ou mencione @obs_vulcao_rui. #vulcanismo #Açores",
        "Malta, aquilo foi buéda curtido, prontos, é top! Pessoal, nada de avacalhar, que a cena ficou chunga, "
        "vdd, bjs. O Rui e a Gervásia vieram de Vila Franca do Campo e o Tomé de Ponte de Lima.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "tet": ["Iha tempu udan, peskadór sira la bele ba tasi tanba laloran boot tebes. Sira heiniha uma no "
            "hadi'a sira-nia rede."],
    "bi": ["Long Sarede, ol fisman oli go long solwota eli long moning blong kasem fis. Taem oli kambak, oli "
           "salem fis long maket longtaon."],
    "om": ["Barri kana roobni baay'ee roobe, kanaafuu qonnaan bultoonni gammadaniiru. Ijoolleen mana barumsaa "
           "deemuu dura bishaanfidu."],
    "lg": ["Abavubi b'oku nnyanja Nalubaale bakomawo ku makya nga balina ebyennyanja bingi. Abakyala babitwala "
           "mukatale okubitunda."],
    "ch": ["Håfa adai! I peskadot humånao para i tasi gi egga'an ya ha konne' dos guihan."],
    "ay": ["Jichhürux wali thayaw. Awichaxa utamanqhan t'ant'a phayaski, wawanakasti anatapxi."],
    "ny": ["Asodzi a ku Nyanja ya Malawi amapita kunyanja usiku ndipo amabwerera m'mawa ndi nsomba zambiri. "
           "Amayi amagulitsa nsombazo kumsika."],
    "srn": ["Fisiman e go na se fruku mamanten fu kisi fisi. Te den kon baka, den e seri a fisi na wowoyo "
            "fukisi moni."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v25", QUOTA, HARD_NEGATIVES, "neg25")
    print(common.write_set(HERE, recs))
