"""Build the v49 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v49/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v49: v48 and the sets before it are scored once at the end of their round and are tuning
sets from then on.  This set was written (without looking at the detector's rules or running it
on these texts) and committed before the next round of detector changes, and is scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v7's quota.

The passages (passages_<lang>.txt) are new, and each language has its own topics, drawn mainly
from lacquerware, the history of the postal service, rain gauges, herbal teas, sand dunes and
roller coasters, written in the registers of LLM answers (an explanation, a technical answer
with code spans and a product name, a literary paragraph, step-by-step advice, a "Sure!
Here's..." reply, a historical summary, a recipe, an opinion, a letter or e-mail); eight in
English, nine in French, Spanish, Italian and Portuguese, twelve in German (no glue of two
content words there):
  en: why some dunes sing (booming sand), daily totals from a tipping-bucket gauge log with
      pandas (`resample`, `tz_convert`, JupyterLab), a lacquer artisan laying a coat on a bowl
      in the rainy season (literary), siting and reading a garden rain gauge, calming herbal
      teas for the evening ("Sure!"), Rowland Hill, the uniform penny post and the Penny Black
      (1840), iced mint and lemon verbena tea, an e-mail asking a colleague for a contact at an
      amusement park for a roller-coaster physics project;
  fr: why riders stay in their seats in a roller-coaster loop (and why loops are drop-shaped),
      storing rain-gauge readings in SQLite (`strftime`, `NULL`, DB Browser for SQLite), a
      postman climbing to snowbound hamlets (literary), caring for an old lacquered object,
      herbal teas for digestion ("Bien sûr !"), the French post from Louis XI's relays to the
      Cérès stamp of 1849 and airmail, thyme and honey infusion, a manual versus a connected
      rain gauge, a letter to a coastal conservation office about paths cut through the dunes;
  es: how dunes migrate (barchans), counting tipping-bucket pulses with an Arduino Uno
      (`attachInterrupt`, `INPUT_PULLUP`, debouncing with `millis()`), a girl at the top of a
      roller coaster's lift hill (literary), riding a first roller coaster when you are afraid,
      herbal infusions from the garden ("¡Claro!"), the Pony Express (1860-1861), chamomile
      with anise and cinnamon, the dunes of Maspalomas versus those of Corralejo, a complaint
      to a theme park about a closed roller coaster;
  de: why rain gauges catch too little (wind, wetting, evaporation), a rain gauge over MQTT in
      Home Assistant (`configuration.yaml`, `state_class: total_increasing`, MQTT Explorer),
      an old lacquer painter at his window (literary), a rain gauge from a plastic bottle,
      a first ride on a big roller coaster ("Klar!"), the Taxis post from about 1490 to 1867,
      a winter herbal tea blend, wooden versus steel roller coasters, a letter to the post
      about a lost parcel holding a lacquered box, a cellular model of dune formation
      (algorithm), how a tipping-bucket gauge works, why a dune's lee side is steep (angle of
      repose);
  it: why urushi lacquer hardens in damp air, coaster speeds from energy conservation with
      NumPy (`np.sqrt`, Visual Studio Code, Matplotlib), a postman on a small island
      (literary), drying garden herbs for tisanes, where to see sand dunes in Italy
      ("Certo!"), Venetian lacca povera in the eighteenth century, fennel and bay leaf tisane,
      a manual versus a digital rain gauge, an e-mail to an amusement park about a parish
      group visit;
  pt: what "twenty millimetres of rain" means, validating Portuguese postcodes with a regular
      expression in JavaScript (`test`, `trim()`, Visual Studio Code), a woman among the dunes
      and rain lagoons at dusk (literary), cleaning lacquered furniture, Portuguese herbal
      teas ("Claro!"), the Correio-Mor from 1520 to 1797 and the first stamps of 1853, iced
      lemon verbena and mint tea, loose-leaf tea versus tea bags, a letter to a restorer about
      a Chinese lacquered cabinet.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one (cloudburst, postmaster, rainwater, letterbox, mailbag, postmark, stagecoach,
outpost, turnpike, whirlwind, sandstorm, raindrop, lacquerware, teapot, teaspoon, airmail,
postage, postcode, doorstep, underside, foothold, outlay, inset; vaguemestre, faire-part,
timbre-poste, contreplaqué, estafette, malle-poste, avant-poste, ensablement, pluviomètre,
tisanière, sablier, laqueur, chinoiseries, outremer; portacartas, portasellos, cubreteteras,
hierbaluisa, medioambiente, sobrecarga, verdiblanco, contramarcha, ojipláticos, tentetieso;
vorweg, bergab, pfeilschnell, haarscharf, kerzengerade, klatschnass, sandfarben,
knochentrocken, federleicht, hauchdünn, spiegelglatt, Briefkasten, Postkutsche, Briefmarke,
Poststempel, Postleitzahl, Lackkunst; portalettere, raccomandata, bucalettere,
portafrancobolli, copriteiera, pluviometro, ottovolante, batticuore, mozzafiato, laccatore,
laccatura, tisaniera, acquerello, dietrofront, crocevia; carteiro, sobrescrito, vale-postal,
chaleira, pluviómetro, charão, lacagem, montanha-russa, carrossel, algodão-doce,
sobe-e-desce), tool and brand names in lower case in prose (weewx, pywws, datasette, mdbook,
esbuild, meshlab; texstudio, scilab, geogebra, evince, goaccess; isort, pipx, csvkit,
heidisql, streamlit; lyx, pdftk, vnstat, multitail, backintime, cumulusmx; meteobridge,
ecowitt, termshark, rsnapshot, testdisk; clonezilla, photorec, ddrescue, sysbench, powertop,
seaborn), code identifiers in snake_case and camelCase and dotted names, URLs, e-mail
addresses, hashtags (one glued on purpose: #chádeervas) and @handles, German long compounds
and particle verbs with zu inside (Niederschlagsmessnetzbetreiberin,
Lackkunstrestaurierungswerkstatt, Postkutschenpferdewechselstation,
Achterbahnwagenbremsenprüfstand, einzugraben, anzubringen, abzugießen, nachzupolieren,
abzustempeln, nachzusenden, zuzustellen, aufzubrühen, abzuseihen), clitics and elisions
(envoie-la-nous, verse-m'en, goûte-la, poste-la-leur; sírvemela, déjamelo, devuélvemelas;
versamene, assaggiala, bevitela, portatemele; manda-lho, serve-mo, prova-a, devolve-mos,
envia-ma, trazê-lo), names of people and places, and informal spellings and slang (strewth,
ripper, heaps good, chokka, cream crackered, jammy, bang on; j'hallucine, la cata, bécane,
piaule, srx, ça m'a saoulé, c'est dar; mola mazo, qué guay, literal, alucinando; kiek mal,
Schnegge, Wat willste, Bruder, Babo, Kollege, Sprachnachricht; taac, una cifra, maremma;
tchê, de rocha, deu ruim, mó fixe, topzera, suave).  Texts in languages the detector does not
judge (Sasak, Madurese, Banjar, Maranao, Zhuang in Latin script, Gorontalo, Manado Malay,
Mentawai), some with a glue in them, must get no word finding at all.
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
        "After the cloudburst, the postmaster emptied the rainwater out of the letterbox, dried the mailbag "
        "by the stove and checked every postmark before the stagecoach left the outpost on the old turnpike.",
        "A whirlwind lifted the sand into a brief sandstorm, and when the first raindrop fell we hurried "
        "inside, wiped the grit off the lacquerware and the teapot, and stirred a teaspoon of honey into "
        "each cup. The airmail postage, the postcode on the doorstep sign and the inset map could wait.",
        "My weather station logs through weewx, with pywws on an old laptop as a fallback; I publish the "
        "tables with datasette, keep the notes in mdbook, bundle the small dashboard with esbuild and check "
        "the printed funnel of the gauge in meshlab before the outlay on a new one.",
        "The parser calls read_tipping_bucket, converts each pulse with mmPerTip and hands the totals to "
        "gauge.daily_summary.to_frame; config.station_offset_hours is read once in "
        "stations/rain_reader.py, and test_ignores_double_tips covers the bouncing reed switch.",
        "The ride data is at https://coasters.example.org/parks/1934/drops?unit=metric#first-drop and the "
        "tea notes at https://tisane.example.net/blends/lemon-verbena; send questions to "
        "gauge-club@example.org or tag @dune_watcher_ines. #raingauge #teatime #coasterlife",
        "Siobhán Ní Dhomhnaill and Kwabena Owusu-Ansah drove from Ouarzazate to Merzouga, then flew on to "
        "Tamanrasset with Ingeborg Thorsteinsdóttir and Ravindra Jayawardene to find a foothold on the "
        "underside of the Sahara's biggest dune field.",
        "Strewth, that coaster was a ripper and heaps good, but the queue was chokka and I'm cream "
        "crackered now. Bit jammy we got the last table, eh? Bang on about the chips, mate.",
    ],
    "fr": [
        "Le vaguemestre a posé sur la table un faire-part, une enveloppe dont le timbre-poste se décollait "
        "et un colis en contreplaqué ; l'estafette attendait dehors, près de la malle-poste, comme on "
        "attendait jadis à l'avant-poste.",
        "Chaque hiver, l'ensablement du sentier gagne un peu ; au refuge, on relève le pluviomètre à huit "
        "heures, on remplit la tisanière de verveine et on retourne le sablier pour minuter l'infusion. Le "
        "laqueur du village, lui, vend ses chinoiseries noir et outremer.",
        "Je rédige mes rapports dans texstudio, je trace les courbes de pluie avec scilab, je dessine la "
        "boucle du manège avec geogebra, je relis les PDF dans evince et je surveille les journaux du "
        "serveur avec goaccess.",
        "Le script appelle lire_releves_pluie, passe chaque valeur à convertirEnMillimetres puis à "
        "station.cumul_mensuel.vers_tableau ; config.decalage_fuseau_h est lu une seule fois dans "
        "stations/lecteur_pluie.py.",
        "Les relevés sont sur https://meteo.exemple.fr/stations/pluvio-42/releves?mois=2027-03#cumul ; "
        "écrivez à club-pluvio@exemple.fr ou mentionnez @dunes_et_oyats. #pluviométrie #tisane",
        "Envoie-la-nous demain, verse-m'en encore une tasse et goûte-la avant de la sucrer ; la lettre, "
        "poste-la-leur. Gwendoline et Anatole partent de Lège-Cap-Ferret pour Pyla-sur-Mer, puis rejoignent "
        "Clotilde à Saint-Jean-de-Luz.",
        "J'hallucine, le manège était fermé, la cata ! Du coup on est rentrés à la piaule en bécane, srx ça "
        "m'a saoulé, mais c'est dar quand même, on y retourne samedi.",
    ],
    "es": [
        "El cartero dejó el portacartas sobre la mesa, junto al portasellos y al cubreteteras de ganchillo; "
        "luego pidió una infusión de hierbaluisa y se quedó mirando la lluvia por la ventana.",
        "El informe de medioambiente advierte de la sobrecarga de visitantes en las dunas. En la feria, el "
        "tren verdiblanco de la montaña rusa hace una contramarcha al final del recorrido, y los niños bajan "
        "ojipláticos pidiendo otra vuelta; el tentetieso del puesto de al lado ya no les interesa.",
        "Ordeno los imports con isort, instalo las herramientas con pipx, limpio los CSV de la estación con "
        "csvkit, consulto la base con heidisql y enseño los gráficos de lluvia con streamlit.",
        "El programa llama a leer_basculadas, convierte cada pulso con mmPorBasculada y envía los totales a "
        "estacion.resumen_diario.a_tabla; ajustes.zona_horaria_local se lee una sola vez en "
        "estaciones/lector_lluvia.py.",
        "Los datos están en https://lluvia.ejemplo.es/estaciones/arucas-3/diario?desde=2027-01-01#grafico; "
        "las dudas, a red-pluviometros@ejemplo.es o a @dunas_de_corralejo. #pluviómetro #infusiones",
        "Sírvemela sin azúcar, déjamelo en la mesa y devuélvemelas mañana: Guadalupe Iturralde y Fulgencio "
        "Ybarra van de Tarifa a Zahara de los Atunes, y luego Nuria Valbuena los lleva a Bolonia.",
        "Tío, la nueva montaña rusa mola mazo, ¡qué guay! Literal que casi me muero en la primera caída, y "
        "mi prima alucinando en colores.",
    ],
    "de": [
        "Eines vorweg: Im Museum hängt ein Briefkasten neben der Postkutsche, darin eine Briefmarke mit "
        "altem Poststempel, und auf dem Schild steht noch die Postleitzahl von damals; daneben liegt eine "
        "Lackdose als Beispiel Braunschweiger Lackkunst.",
        "Der Zug rast pfeilschnell bergab, fährt haarscharf an der Stütze vorbei und steht dann kerzengerade "
        "still; wir steigen klatschnass aus, während die Düne hinter dem Park sandfarben und knochentrocken "
        "in der Sonne liegt, der Sand federleicht, der Wasserfilm auf dem Becken hauchdünn und spiegelglatt.",
        "Die Niederschlagsmessnetzbetreiberin bittet die Ehrenamtlichen, die Regenmesser frostfrei "
        "einzugraben, neue Windschutzringe anzubringen und das Wasser nach jeder Ablesung abzugießen; die "
        "Lackkunstrestaurierungswerkstatt hat versprochen, die alten Dosen nachzupolieren.",
        "Der Verein der Postkutschenpferdewechselstation plant, am Festtag Briefe abzustempeln, "
        "nachzusenden und zuzustellen, und am Achterbahnwagenbremsenprüfstand nebenan gibt es Kräutertee, "
        "den man selbst aufzubrühen und abzuseihen hat.",
        "Ich setze meine Berichte mit lyx, füge die PDF-Dateien mit pdftk zusammen, beobachte den "
        "Datenverkehr der Wetterstation mit vnstat, verfolge die Protokolle mit multitail und sichere den "
        "Laptop mit backintime; die Station selbst schreibt in cumulusmx.",
        "Das Skript ruft lese_kippimpulse auf, rechnet jeden Impuls mit mmProKippung um und gibt die Summen "
        "an station.tageswerte.als_tabelle weiter; einstellungen.zeitzone_versatz wird einmal in "
        "stationen/regen_leser.py gelesen.",
        "Die Messwerte stehen unter https://regen.beispiel.de/stationen/husum-7/tage?von=2027-04-01#diagramm, "
        "Fragen bitte an messnetz-team@beispiel.de oder an @wanderduene_listland. #Regenmesser #Kräutertee",
        "Kiek mal, Schnegge, die Achterbahn! Wat willste, Bruder, der Babo fährt vorne. Hinnerk und Wiebke "
        "aus Büsum kommen mit Gesche aus Sankt Peter-Ording, und der Kollege aus Wyk auf Föhr schickt 'ne "
        "Sprachnachricht.",
    ],
    "it": [
        "Il portalettere ha infilato la raccomandata nel bucalettere, insieme a un portafrancobolli di latta "
        "e a un copriteiera ricamato; il pluviometro in giardino, intanto, segnava già dieci millimetri.",
        "Sull'ottovolante ho avuto un batticuore mai provato: dalla cima la vista era mozzafiato. Al ritorno "
        "ci siamo fermati dal laccatore del paese, che finiva la laccatura di una tisaniera, e al crocevia "
        "abbiamo comprato un acquerello delle dune prima del dietrofront verso casa.",
        "Raccolgo i dati della stazione con meteobridge e un sensore ecowitt, analizzo il traffico di rete "
        "con termshark, faccio i backup con rsnapshot e, quando un disco fa i capricci, provo a recuperarlo "
        "con testdisk.",
        "Lo script chiama leggi_ribaltamenti, converte ogni impulso con mmPerRibaltamento e passa i totali a "
        "stazione.riepilogo_giornaliero.in_tabella; impostazioni.fuso_orario_locale viene letto una sola "
        "volta in stazioni/lettore_pioggia.py.",
        "I dati sono su https://pioggia.esempio.it/stazioni/piscinas-2/giornaliero?dal=2027-05-01#grafico; "
        "le domande a rete-pluviometri@esempio.it oppure a @dune_di_piscinas. #pluviometro #tisane",
        "Versamene ancora un goccio, assaggiala prima di zuccherarla e poi bevitela con calma; le lettere, "
        "portatemele domani. Ludovica Spanu e Pierpaolo Murgia partono da Buggerru per Ingurtosu, passando "
        "per Arbus.",
        "Taac, fatto anche l'ottovolante! C'era una cifra di gente in coda, maremma, ma ne valeva la pena, "
        "davvero.",
    ],
    "pt": [
        "O carteiro deixou o sobrescrito e um vale-postal na caixa do correio; lá dentro, a chaleira já "
        "fervia, e a avó guardava um pluviómetro antigo ao lado de uma caixa de charão com lacagem vermelha.",
        "No parque, a montanha-russa passa por cima do carrossel e da banca de algodão-doce, e cada carrinho "
        "faz um sobe-e-desce que deixa toda a gente de boca aberta.",
        "Clono os discos com clonezilla, recupero fotografias apagadas com photorec, copio setores "
        "danificados com ddrescue, meço o desempenho com sysbench e acompanho o consumo da bateria com "
        "powertop; os gráficos faço-os com seaborn.",
        "O programa chama ler_basculamentos, converte cada impulso com mmPorBasculamento e passa os totais a "
        "estacao.resumo_diario.para_tabela; definicoes.fuso_horario_local é lido uma só vez em "
        "estacoes/leitor_chuva.py.",
        "Os dados estão em https://chuva.exemplo.pt/estacoes/mertola-5/diario?desde=2027-02-01#grafico; as "
        "dúvidas vão para rede-pluviometros@exemplo.pt, ou mencione @dunas_de_troia. #pluviómetro "
        "#chádeervas",
        "Manda-lho amanhã, serve-mo sem açúcar e prova-a antes de lhe juntar o mel; os livros, devolve-mos "
        "quando puderes, e a receita envia-ma por mensagem, que eu depois vou trazê-lo. A Filipa Quaresma e "
        "o Gonçalo Tavares vêm de Vila Nova de Milfontes, e a Leonor Sampaio de Porto Covo.",
        "Tchê, aquela montanha-russa foi suave demais, de rocha! Deu ruim só na fila, mas foi mó fixe, "
        "topzera mesmo.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "sas": ["Inaq tiang lalo jok peken leq Mataram. Ie mbeli kupi kance gule, terus uleq jokbale sebelum "
            "ujan."],
    "mad": ["Mon ojân raja, nakana' ta' entar ka sakola, tapè a maèn è roma. Ebu' masak nasè' bân jhuko' "
            "èdhapor."],
    "bjn": ["Amun hujan labat, urang kampung kada tulak ka pasar tarapung. Pian handak makan iwak haruan "
            "lawannasi kah?"],
    "mrw": ["Mapiya kapipita! So Ranaw a Lanao na mala a ranaw, go madakel a seda sii."],
    "za": ["Ngoenzneix doek fwn hung lai, gou mbouj bae haw. Meh gou cawj haeux youq ranz, raeuz caezgwn."],
    "gor": ["Wau ma lonao ode pasali wolo ti mama, mohama binthe biluhuta."],
    "xmm": ["Ngana so makang? Kalu nyanda, mari jo ikut pa torang, torang mo pigi makang tinutuan dengrica "
            "roa di Wakeke."],
    "mwv": ["Masurak bagatta! Ai sikerei ka uma, ai siaka laggai."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v49", QUOTA, HARD_NEGATIVES, "neg49")
    print(common.write_set(HERE, recs))
