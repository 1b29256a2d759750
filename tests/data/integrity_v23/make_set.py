"""Build the v23 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v23/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v23: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written (without looking at the detector's rules or running it on these
texts) and committed before the next round of detector changes, and is scored once, at the end
of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
theatre, photography, archaeology, languages, insects and winter travel.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why moths spiral round a lamp, reading shutter speed and aperture from EXIF with Pillow
      (`getexif`, `get_ifd(0x8769)`, LibreOffice Calc), an archaeologist at the end of a day in
      the trench (literary), driving a mountain road in winter, a warm-up for an amateur
      theatre rehearsal ("Sure!"), Ventris, Kober and the decipherment of Linear B, cheese
      fondue, an e-mail offering to run the lights for a village drama group;
  fr: why crickets chirp faster when it is warm, a cloze note type in Anki for vocabulary
      (`{{cloze:Texte}}`, `c1`/`c2`), a woman printing a photo of her mother in a darkroom
      (literary), a first day of cross-country skiing, macro photography of insects ("Bien
      sûr !"), the discovery of Lascaux in 1940, tartiflette, learning a language with an app
      or with a teacher, a letter asking a theatre for a refund after a cancelled show;
  es: why ants walk in lines (pheromone trails), radiocarbon dates with ggplot2 in RStudio
      (`geom_errorbar`, `scale_x_reverse`), a puppeteer in a village square (literary),
      photographing snow (exposure compensation, histogram, batteries), five Spanish words
      of Arabic origin ("¡Claro!"), Sautuola, his daughter María and Altamira, thick hot
      chocolate for churros, small theatres versus big stages, an e-mail to a rural house
      about the road and the heating in January;
  de: why insects in amber are preserved, backing up photos to a Synology NAS with rsync
      (`--dry-run`, `--delete`, `crontab -e`), a dig volunteer uncovering a Roman coin
      (literary), a first snowshoe hike, five voice warm-ups for a school theatre group
      ("Klar!"), the discovery of Ötzi in 1991, baked apples, phone versus camera for holiday
      photos, a letter to an adult-education college about the level of a Spanish course,
      the Kölner Phonetik, how phase-detection autofocus works, why mosquitoes bite some
      people more than others;
  it: how cicadas sing (tymbals), counting the words of Inferno I with collections.Counter in
      PyCharm, a custodian at Pompeii at closing time (literary), dressing in layers for
      Lapland in winter, a first audition for an amateur company ("Certo!"), the commedia
      dell'arte, canederli, reflex versus mirrorless cameras, an e-mail volunteering for a
      summer excavation of a Roman villa;
  pt: how termite mounds are ventilated, a photo gallery with Hugo page resources
      (`.Resources.ByType`, `.Resize`, `hugo server`, GitHub Pages), a boy at a Dom Roberto
      puppet show (literary), a winter trip to northern Norway for the aurora, European
      Portuguese pronunciation for Spanish speakers ("Claro!"), the Côa valley engravings and
      the dam, roast chestnuts for São Martinho, reading plays versus seeing them, an e-mail
      applying to an archaeology summer school at Conímbriga.

The hard negatives are new too, six or seven per judged language: words the language itself
writes as one (hereunto, wherever, whenever, whereunder, however, forthcoming, everyone,
within, anyway, inward, toward, upon, outdoors, someone, peephole, greasepaint, stagehand,
viewfinder, dragonfly, snowplough, aftershock; là-bas, sous-sol, d'abord, pêle-mêle,
entre-deux, là-dessus, ci-dessous, jusqu'ici, tire-bouchon, porte-clés, sèche-cheveux,
presse-papiers, chauve-souris, rabat-joie, chasse-neige, essuie-glace, gratte-ciel, contrebas,
duquel, auxquels, lesquelles, envers; arriba, abajo, quitamiedos, pelirrojo,
malhumorado, vaivén, bienhechor, pasamontañas, bienvenida, porque; dessenungeachtet, alsdann,
mitnichten, fürderhin, keinesfalls, beziehungsweise, woanders, ebenso, dahingehend, ehemals,
hierüber, hinterdrein; perfino, nondimeno, dopodomani, purtuttavia, dappoiché, tostapane,
apriscatole, salvagente, paracadute, rompighiaccio, girasole, asciugamano, passamontagna;
entretanto, mediante, perante, aquando, aquilo, naquele, porta-chaves, quebra-gelo,
tira-teimas, bate-papo, lava-loiça, bem-estar), tool and brand names in lower case in prose
(hugin, qlcplus, inaturalist, gphoto2, exiv2, shotwell, geeqie, hdrmerge), code
identifiers in snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and
@handles, German long compounds and particle verbs (with zu inside: auszugraben,
einzupacken, anzuschnallen, vorzusprechen), clitics, elisions and contractions (donne-les-lui,
rends-le-leur, dis-le-nous; cómpramelo, pásamela, tráetelas, díselo; portatemelo, mandamela,
prestaglielo, fregatene; dar-lho-ia, mostra-mo, vendê-lo-ás), names of people and places, and
informal spellings (istg, slay, bussin, sksksk, periodt; frère, en vrai, de ouf, frr; no
mames, güey, currada, bocata; Tach, na logo, yallah, schnacken; bomber, skillato, flexare,
che palle, ué; fica a dica, se calhar, fixola, tás); and texts in languages the detector does
not judge (Serbian in Latin script, Tok Pisin, Papiamento, Guarani, Shona, Wolof, Turkmen,
Lingala, none of them used by v9-v19), some with a glue in them, which must get no word
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
        "The touring rider, hereunto annexed, applies wherever and whenever the company performs; the clause "
        "whereunder each stagehand is paid stays as it is, however the forthcoming season goes, and everyone "
        "within the office has read it anyway.",
        "Upon her cue she turned inward, toward the peephole, still smelling of greasepaint; outdoors a "
        "snowplough scraped past, a dragonfly brooch caught the light in someone's viewfinder, and the old "
        "floor shook like an aftershock.",
        "I stitch the panoramas in hugin, log every beetle on inaturalist, pull the raw files off the camera "
        "with gphoto2 and fix their dates with exiv2; the stage lights run from qlcplus, and my aunt still "
        "browses her holiday pictures in shotwell.",
        "The importer calls load_trench_context, hands each sherd to normalizeFindNumber and then to "
        "excavation.registry.assign_context_id; config.max_sieve_batch is read once in "
        "pipelines/finds_ingest.py, and test_rejects_duplicate_sherds covers the odd case.",
        "The dig diary is at https://field.example.org/2028/trench-b/day-14#sherds and the photo archive at "
        "https://photos.example.net/u/kestrel_lens/albums/winter-lapland; write to finds-office@example.org "
        "or ping @dig_rowena. #archaeology #macrophotography",
        "Siobhán Ní Bhriain and Tadeusz Wróblewski took the night train from Tromsø to Kiruna with Ngozi "
        "Adebayo-Lindqvist, then drove on to Jukkasjärvi and Abisko, where Rowena Pugh-Castellanos met them.",
        "Istg that show was bussin, the lead absolutely ate, slay. Sksksk I'm crying, best night of the year, "
        "periodt.",
    ],
    "fr": [
        "Là-bas, au sous-sol, on a d'abord rangé pêle-mêle l'entre-deux des décors ; là-dessus, la régisseuse "
        "a noté ci-dessous tout ce qui manque jusqu'ici : un tire-bouchon, un porte-clés, un sèche-cheveux et "
        "un presse-papiers en forme de gratte-ciel.",
        "Le petit théâtre en contrebas, duquel on aperçoit la rivière, garde des comédiens auxquels la ville "
        "doit beaucoup ; ils ont joué envers et contre tout, malgré le rabat-joie du conseil, et les affiches, "
        "lesquelles datent de 1950, sont toujours au mur.",
        "Je monte mes panoramas avec hugin, je note les insectes sur inaturalist, je récupère les photos de "
        "l'appareil avec gphoto2 et je corrige les dates avec exiv2 ; les projecteurs du théâtre sont pilotés "
        "par qlcplus.",
        "Le script appelle charger_contexte_sondage, passe chaque tesson à normaliserNumeroObjet puis à "
        "fouille.registre.attribuer_identifiant ; config.lot_tamis_max est lu une fois dans "
        "chaines/import_mobilier.py.",
        "Le journal de fouille est sur https://terrain.exemple.fr/2028/sondage-b/jour-14#tessons ; les "
        "questions vont à bureau-mobilier@exemple.fr ou à @fouille_solene. #archeologie #macrophoto",
        "Donne-les-lui demain, rends-le-leur ensuite et dis-le-nous : Ségolène et Anne-Sophie partent de "
        "Chamonix-Mont-Blanc pour Briançon, puis pour Saint-Véran, où le chasse-neige passe à l'aube ; "
        "une chauve-souris dort dans le grenier du gîte.",
        "Frère, en vrai la pièce était de ouf, frr. J'suis dehors, je gratte l'essuie-glace et j'arrive, "
        "garde-moi une place.",
    ],
    "es": [
        "Arriba, en el desván, y abajo, en el sótano, el técnico pelirrojo buscaba un quitamiedos para la "
        "escalera; malhumorado, dijo que el vaivén del decorado le mareaba porque nadie le había avisado.",
        "El bienhechor del teatro le dio la bienvenida a la compañía y un pasamontañas a cada actor, porque "
        "la gira de invierno empezaba en Soria y allí el frío no perdona.",
        "Uno los panoramas con hugin, registro los insectos en inaturalist, bajo las fotos de la cámara con "
        "gphoto2 y corrijo las fechas con exiv2; los focos del teatro se controlan desde qlcplus.",
        "El importador llama a cargar_contexto_sondeo, pasa cada fragmento a normalizarNumeroHallazgo y "
        "luego a excavacion.registro.asignar_id; config.lote_criba_max se lee una vez en "
        "procesos/importar_hallazgos.py.",
        "El diario de la excavación está en https://campo.ejemplo.es/2028/sondeo-b/dia-14#ceramica; las "
        "dudas, a oficina-hallazgos@ejemplo.es o a @excavacion_nerea. #arqueologia #macrofotografia",
        "Cómpramelo mañana, pásamela luego y tráetelas el sábado; díselo a Ainhoa, que va de Jaca a Candanchú "
        "con Nerea Etxeberria y después a Benasque.",
        "No mames, güey, qué currada de obra; yo me llevo un bocata y nos vemos a la salida, ¿va?",
    ],
    "de": [
        "Dessenungeachtet ging sie alsdann woanders hin; mitnichten wollte sie fürderhin bleiben, keinesfalls "
        "ohne Mantel beziehungsweise ohne Schal, und ebenso wenig ohne Mütze. Dahingehend waren sich ehemals "
        "alle einig, und hierüber sprach man hinterdrein kaum noch.",
        "Die Ausgrabungsdokumentationsbeauftragte, das Landesdenkmalpflegeamt und die "
        "Schneeschuhwandervereinsvorsitzende haben vor, morgen anzufangen, die Funde auszugraben, die Kisten "
        "einzupacken und die Kinder im Bus anzuschnallen; danach hat Lea vor, im Stadttheater vorzusprechen.",
        "Ich setze meine Panoramen mit hugin zusammen, melde Käfer bei inaturalist, hole die Bilder mit "
        "gphoto2 von der Kamera und korrigiere das Datum mit exiv2; die Scheinwerfer im Theater steuert "
        "qlcplus, und Oma schaut ihre Urlaubsbilder in geeqie an.",
        "Der Importer ruft load_trench_context auf, reicht jede Scherbe an normalizeFindNumber und dann an "
        "excavation.registry.assign_context_id weiter; config.max_sieve_batch wird einmal in "
        "pipelines/finds_ingest.py gelesen.",
        "Das Grabungstagebuch steht unter https://feld.beispiel.de/2028/schnitt-b/tag-14#scherben, Fragen "
        "bitte an fundbuero@beispiel.de oder an @grabung_wiebke. #archaeologie #makrofotografie",
        "Tach! Na logo komm ich mit, yallah, lass mal schnacken. Wiebke und Lasse aus Castrop-Rauxel bringen "
        "Ilse aus Garmisch-Partenkirchen mit, die kennt den Weg nach Berchtesgaden.",
    ],
    "it": [
        "Perfino il tostapane e l'apriscatole erano finiti nel baule; nondimeno partiremo dopodomani, "
        "purtuttavia senza il salvagente, il paracadute e il rompighiaccio di scena, che sono rimasti in "
        "magazzino.",
        "Dappoiché nevica, porta il passamontagna e l'asciugamano; il girasole di cartone lo lasciamo a "
        "teatro.",
        "Portatemelo stasera, mandamela domattina e prestaglielo pure; fregatene di quello che dicono. "
        "Letizia e Corrado vanno da Bressanone a Cortina d'Ampezzo con Ottone Zanardelli.",
        "Unisco i panorami con hugin, segnalo gli insetti su inaturalist, scarico le foto con gphoto2 e "
        "correggo le date con exiv2; le luci del teatro le comanda qlcplus, e gli scatti in bracketing li "
        "fondo con hdrmerge.",
        "Lo script chiama carica_contesto_saggio, passa ogni coccio a normalizzaNumeroReperto e poi a "
        "scavo.registro.assegna_id; config.lotto_setaccio_max viene letto una volta in "
        "processi/importa_reperti.py.",
        "Il diario di scavo è su https://campo.esempio.it/2028/saggio-b/giorno-14#cocci; le domande a "
        "ufficio-reperti@esempio.it oppure a @scavo_letizia. #archeologia #macrofotografia",
        "Ué, che palle, il treno è in ritardo! Comunque lo spettacolo era da bomber, attori skillati, e lei "
        "a flexare con il costume nuovo.",
    ],
    "pt": [
        "Entretanto, mediante um requerimento entregue perante a câmara, e aquando da visita do vereador, "
        "ficou decidido que tudo aquilo que estava naquele sótão seria inventariado: o porta-chaves, o "
        "quebra-gelo de cartão e o lava-loiça velho.",
        "Para o bem-estar da companhia, o encenador fez um bate-papo antes do ensaio, e a dúvida sobre o "
        "cenário ficou para um tira-teimas no dia seguinte.",
        "Dar-lho-ia hoje, mas mostra-mo primeiro; vendê-lo-ás depois, se quiseres. A Leonor e o Duarte vão "
        "de Bragança a Manteigas com a Conceição Vilaça.",
        "Junto os panoramas no hugin, registo os insetos no inaturalist, descarrego as fotografias com o "
        "gphoto2 e corrijo as datas com o exiv2; as luzes do teatro são comandadas pelo qlcplus.",
        "O importador chama carregar_contexto_sondagem, passa cada fragmento a normalizarNumeroAchado e "
        "depois a escavacao.registo.atribuir_id; config.lote_crivo_max é lido uma vez em "
        "processos/importar_achados.py.",
        "O diário de escavação está em https://campo.exemplo.pt/2028/sondagem-b/dia-14#ceramica; as dúvidas "
        "vão para gabinete-achados@exemplo.pt, ou mencione @escavacao_leonor. #arqueologia #macrofotografia",
        "Fica a dica: se calhar a peça de sábado é fixola, tás a ver? Vou com a malta e depois vamos jantar.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "sr": ["Zimi idemo na Kopaonik da skijamo, a uveče sedimo ukolibi i pijemo kuvano vino pored vatre. "
           "Deca se sankaju sve do mraka."],
    "tpi": ["Long moning mi save go long maket nabaim kaikai bilong famili. Bihain mi kam bek long haus na "
            "kukim kaukau wantaim kumu."],
    "pap": ["Mi ta gusta bai playa djadumingu ku mi famia. Nos ta landa, kome piska ku funchi i bebe awa di "
            "koko te ora solo baha."],
    "gn": ["Mba'éichapa reiko? Che aiko porã, aguyje. Ko árape roho ñemuhápe jajogua hag̃ua mandi'o ha chipa."],
    "sn": ["Mangwanani ese ndinomuka ndoenda kurwizi kunotsvaga mvura. Amai vangu vanobika sadza nemuriwo "
           "manheru."],
    "wo": ["Suba si, dama dem ca marse ba jënd jën ak mburu. Sama yaay dafa togg ceebu jën bu neex lool."],
    "tk": ["Gyşda biz daglara gidip, garda typyrdap oýnaýarys. Agşam öýe gaýdyp gelip, ejemiň bişiren "
           "çorbasyny içýäris."],
    "ln": ["Na ntɔngɔ, tokendaka nazando mpo na kosomba mbisi mpe lipa. Mama alambaka madesu ya elengi "
           "mingi."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v23", QUOTA, HARD_NEGATIVES, "neg23")
    print(common.write_set(HERE, recs))
