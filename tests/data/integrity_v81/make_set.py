"""Build the v81 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v81/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v81: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
carrier pigeons, terrazzo floors, sea glass collecting, wheelwrights, yak herding and marquetry.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French,
Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: how a homing pigeon finds its loft, ranking race birds by velocity from a Benzing clock
      CSV in Python (`csv.DictReader`, `haversine`), an old wheelwright tyring a wheel
      (literary), hunting sea glass after a storm, packing for a week with yak herders in
      Ladakh ("Sure!"), Boulle, Oeben and Riesener and French marquetry, Tibetan butter tea,
      an e-mail asking a firm to restore a 1934 terrazzo hall floor;
  fr: how terrazzo (granito) is laid and ground, sorting sea glass by colour with OpenCV on a
      Raspberry Pi (`cv2.cvtColor`, `cv2.findContours`), a yak herder at dawn on the plateau
      (literary), starting a pigeon loft, a beginner's marquetry kit ("Bien sûr !"), pigeon
      post and Dagron's microfilm in the siege of Paris, terrazzo shortbread, why France should
      still train wheelwrights (écuanteur, embattage), a letter to a wheelwright about a hay cart;
  es: why sea glass is frosted (leaching of the surface), a tumbling-blocks parquetry pattern
      generated with `svgwrite` for LightBurn, a village wheelwright fitting felloes and tyre
      (literary), polishing an old terrazo floor, ten days with yak herders in the Khumbu
      ("¡Claro!"), military pigeon lofts in Spain, sea-glass hard candy, an opinion on pigeon
      racing and lost birds, an e-mail asking for a quote to restore a terrazo floor in Gràcia;
  de: why a terrazzo floor lasts a century (brass strips as joints), yak GPS collars with
      pandas and geopy for QGIS (`groupby`, `geopandas.points_from_xy`), an old Stellmacher at
      dawn (literary), collecting sea glass on the Baltic (and phosphorus lumps), a first
      window-method marquetry picture ("Klar!"), Julius Neubronner's pigeon camera, momos with
      yak mince, yaks on Alpine pastures (opinion), a letter to a wheelwright about a
      Leiterwagen, ranking a pigeon race (algorithm), electronic chip-ring timing (how it
      works), how yaks cope with altitude (science);
  it: why cart wheels are dished (campanatura), estimating materials for a Venetian terrazzo
      floor in Python (`math.ceil`, `csv.DictWriter`, LibreOffice Calc), a young woman finding
      cobalt sea glass at Moneglia in February (literary), starting with racing pigeons, a
      yak-herding trek in Dolpo ("Certo!"), Renaissance tarsia lignea (Urbino, Gubbio, fra
      Giovanni da Verona), stuffed roast pigeons, Venetian terrazzo versus resin floors
      (opinion), an e-mail to a restorer about an inlaid Lombard chest of drawers;
  pt: how yaks survive the winter and yak transhumance, a loft arrival sensor with a Raspberry
      Pi, `gpiozero` and Home Assistant, an old wheelwright in the Minho (literary), collecting
      sea glass on Portuguese beaches, choosing veneers for marquetry ("Claro!"), Cher Ami and
      pigeons in the First World War, thukpa with yak meat, marmorite coming back into fashion
      (opinion), a teacher's letter asking the Museu Nacional dos Coches for a class visit.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words and rarer or prefixed words (dovecote, pigeonhole,
homecoming, flagstaff, unclocked, outflew, underfed, outfox, wainwright, packsaddle, headstall,
horsehair, hayloft, cabinetmaker, crossbanding, strapwork, sunburst, herringbone, beachcomber,
groyne, oxcart, cobblestone, herdsman, woodworker, farmstead, doorframe; colombophile,
roucoulement, marqueteur, ébéniste, ébénisterie, chantournage, contreparement, préencollé,
charronnage, moyeu, chasse-roue, colombine, granito, ponçage, antidérapant, surplomber,
contrebalancer, autocollant; palomero, palomar, buchón, colombicultura, pichón, ebanista,
ebanistería, taracea, taraceado, marquetería, carretería, bocín, pina, llanta, reencolar,
desengrasar, preencolada, entrecruzarse; Täuberich, Schlagbrett, Taubenschlag, Radnabe,
Speichenrad, Wagnermeister, Intarsienarbeit, Intarsienfurnier, Terrazzoplatte, Meerglasscherbe;
colombofilo, piccionaia, ebanista, intarsiatore, tarsia, carradore, cerchione, mozzo,
terrazziere, graniglia, seminato, sottofondo, levigatrice, capomastro, arrotino, piallaccio,
autoadesivo, impiallacciatura, chiaroscuro, preincollati, sovrapporre; columbófilo,
columbofilia, marceneiro, marcenaria, embutidor, folheado, maçarico, bate-chapas, sobrevoar,
pré-colada, entrelaçar, reencaminhar), tool and brand names in lower case in prose (posthog,
countly, openpanel, rybbit, liwan, medama; cadquery, build123d, qcad, mypaint, gsender,
laserweb; edgedb, dolt, dqlite, libsql, pglite, trailbase; openbao, psono, tinyauth, pocket-id,
minisign, rekor; dprint, devbox, sshx, tmate, marktext, docspell; uptime-kuma, cachet,
parseable, bugsink, azuracast), code identifiers in snake_case and camelCase and dotted names,
URLs, e-mail addresses, hashtags and @handles, German long compounds
(Brieftaubenzüchtervereinsvorsitzende, Brieftaubenauflassgenehmigung, Stellmacherwerkstatt,
Terrazzobodenschleifmaschine, Meerglassammlerstammtisch) and particle verbs with zu inside
(heimzufliegen, einzutreiben, zurückzubringen, herauszuschneiden, einzuleimen, aufzusammeln),
clitics and elisions (apportez-les-lui, passe-les-moi, offrez-les-leur; tráigaselos,
enséñaselos, déjamelas, llevándoselas; regalatemele, prestacela, riparamela, dammele;
levá-las-emos, oferecer-lhas-ia, trazê-los-á, deu-mas), names of people and places, and
informal spellings, slang and dialect words (shufti, boggin, fankle, drookit, peely-wally,
buzzin; kot, guindaille, drache, poutzer, panosse, natel; acho, cansino, cumple, litrona, jeta,
bonico; Maloche, Hackler, Beisl, Gschnas, bodenlos, Büsi, Znüni; guaglione, cittino,
gavettone, tipa, carusu, picciriddu; tretas, lérias, abancar, farra, bezana); and texts in
languages the detector does not judge (Newar, Eastern Tamang, Gurung and Eastern Magar in
Devanagari, Rajbanshi and Bantawa in Devanagari, Yakkha and Sunwar in Latin transcription),
the Sunwar one with a glue in it, which must get no word finding at all.
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
        "At low water the beachcomber walked from the groyne past an old oxcart track and a cobblestone "
        "slipway, her pockets heavy with frosted glass, while a herdsman on the headland watched his flock "
        "and a woodworker in the farmstead below planed a new doorframe.",
        "The wainwright kept a packsaddle, a headstall and a coil of horsehair rope in the hayloft, and next "
        "door the cabinetmaker was laying crossbanding and strapwork around a sunburst of walnut on a card "
        "table, with a herringbone border along each edge.",
        "Every fancier knows the homecoming: the cock that outflew the whole club drops onto the flagstaff "
        "and dives through the trap of the dovecote; a bird that comes home unclocked cannot be scored, no "
        "underfed youngster will outfox a headwind, and nobody should pigeonhole a race by its weather alone.",
        "Our pigeon club site runs posthog and countly side by side for now, openpanel on the test server, "
        "and we are trying rybbit, liwan and medama to see which one is lightest.",
        "The script calls parse_ring_number on each row, passes it to computeLoftVelocity and then to "
        "results.club.export_csv; settings.release_site_lat is read once in races/liberation.py, the "
        "results are at https://loft.example.net/races/2027-05-16#velocity, and questions go to "
        "race-secretary@example.net or @loft_orla_quigley. #pigeonracing #homingpigeons",
        "Orla Quigley took a shufti at the terrazzo in Kirkcudbright, said the hall was boggin and the brass "
        "strips were all in a fankle, then walked back to Gatehouse of Fleet drookit and peely-wally with "
        "Tadhg Ó Briain, but still buzzin about that floor.",
    ],
    "fr": [
        "Le colombophile écoutait le roucoulement de ses pigeons pendant que, dans l'atelier d'ébénisterie "
        "voisin, le marqueteur terminait un chantournage délicat et l'ébéniste posait un contreparement sous "
        "un placage préencollé.",
        "Le charronnage exigeait un moyeu d'orme et des rais de chêne ; un chasse-roue de granit protégeait "
        "l'angle du porche, et l'on ramassait la colombine sous le pigeonnier pour fumer le potager.",
        "Après le ponçage, le granito de l'entrée est redevenu antidérapant ; pour atteindre la galerie qui "
        "surplombe le hall, l'artisan a dû contrebalancer sa ponceuse avec des sacs de sable, et il a laissé "
        "un autocollant avec son numéro sur la porte.",
        "Pour l'atelier de marqueterie, on dessine les pièces avec cadquery ou build123d, on reprend les plans "
        "dans qcad, on retouche les motifs dans mypaint, et la découpeuse laser est pilotée par gsender ou "
        "par laserweb.",
        "La fonction lire_placages passe chaque feuille à calculerSurfaceUtile puis à "
        "atelier.decoupe.exporter_svg ; la doc est sur https://marqueterie.exemple.fr/motifs/2027#damier, "
        "les questions vont à atelier-placage@exemple.fr ou à @marqueteuse_gaelle. #marqueterie #ebenisterie",
        "Apportez-les-lui demain, passe-les-moi d'abord et offrez-les-leur au kot : Gaëlle et Anselme, à "
        "Louvain-la-Neuve, ont déjà prévu la guindaille même s'il drache depuis midi, et à Lausanne Noémie "
        "dit qu'il faut encore poutzer la cuisine avec la panosse avant de regarder son natel.",
    ],
    "es": [
        "El palomero subió al palomar con un buchón bajo el brazo; la colombicultura de raza no tiene nada que "
        "ver con las mensajeras, pero su vecino también criaba un pichón de cada pareja para las sueltas.",
        "En la ebanistería del pueblo, el ebanista enseñaba taracea a dos aprendices sobre un tablero "
        "taraceado con marquetería de boj y nogal, y en la antigua carretería de al lado aún colgaban el "
        "bocín, una pina suelta y una llanta oxidada.",
        "Antes de reencolar las chapas sueltas conviene desengrasar bien el tablero; con chapa preencolada "
        "todo es más fácil, y las vetas de arce y nogal pueden entrecruzarse sin que se note la junta.",
        "Para el inventario del taller probamos edgedb y dolt, guardamos las copias locales en dqlite y "
        "libsql, hacemos pruebas en el navegador con pglite y usamos trailbase para la API.",
        "La función leer_anillas pasa cada fila a calcularVelocidadMedia y luego a "
        "resultados.suelta.exportar_csv; los datos están en https://palomas.ejemplo.es/sueltas/2027#clasificacion, "
        "escribe a secretaria-colombofila@ejemplo.es o a @palomar_itziar. #colombofilia #palomasmensajeras",
        "Tráigaselos mañana, enséñaselos a Itziar y déjamelas luego en la mesa, que vamos llevándoselas poco a "
        "poco: acho, qué cansino es esto; para el cumple de Paquita en Caravaca de la Cruz habrá litrona y de "
        "todo, y Ginés, con la jeta que tiene, vendrá sin traer nada, aunque el pueblo está bonico.",
    ],
    "de": [
        "Der Brieftaubenzüchtervereinsvorsitzende prüfte das Schlagbrett am Taubenschlag, während der "
        "Täuberich schon auf dem Dach saß; die Brieftaubenauflassgenehmigung für Sonntag hing an der Wand, "
        "und die Jungtauben sollten lernen, schnell heimzufliegen.",
        "In der Stellmacherwerkstatt lagen Radnabe, Speichen und Felgen für ein neues Speichenrad bereit; der "
        "Wagnermeister hatte vor, am Morgen die Speichen einzutreiben und die alte Felge zum Schmied "
        "zurückzubringen.",
        "Für die Intarsienarbeit lernt man zuerst, ein Stück Intarsienfurnier sauber herauszuschneiden und "
        "einzuleimen; die Terrazzoplatte im Flur kommt später unter die Terrazzobodenschleifmaschine, und am "
        "Meerglassammlerstammtisch erzählt jeder, wie er seine schönste Meerglasscherbe aufzusammeln wusste.",
        "Auf dem Vereinsserver laufen openbao für die Geheimnisse, psono als Passwortablage, tinyauth und "
        "pocket-id für die Anmeldung, und die Pakete werden mit minisign signiert und in rekor protokolliert.",
        "Die Funktion lese_ringnummern gibt jede Zeile an berechneGeschwindigkeit und dann an "
        "auswertung.preisliste.schreibe_pdf weiter; die Ergebnisse stehen unter "
        "https://tauben.beispiel.de/fluege/2027#preisliste, Fragen an preisliste@beispiel.de oder an "
        "@schlag_hedwig. #brieftauben #taubensport",
        "Nach der Maloche sitzt der Hackler Ferdl im Beisl in Ottakring und schwärmt vom Gschnas am Samstag; "
        "Hedwig aus Castrop-Rauxel findet das bodenlos, gönnt es ihm aber, und in Winterthur wartet Nadine "
        "mit dem Büsi aufs Znüni.",
    ],
    "it": [
        "Il colombofilo pulì la piccionaia all'alba; nella bottega accanto l'ebanista e l'intarsiatore "
        "discutevano di tarsia, mentre il carradore cercava in magazzino un cerchione nuovo e un mozzo di olmo.",
        "Il terrazziere stese la graniglia del seminato sul sottofondo e passò la levigatrice; il capomastro, "
        "intanto, aspettava l'arrotino, e in falegnameria si incollava un piallaccio autoadesivo sopra "
        "l'impiallacciatura rovinata.",
        "Per ottenere il chiaroscuro delle tarsie, i maestri tostavano il legno nella sabbia calda; oggi "
        "qualcuno usa fogli preincollati, ma sovrapporre due impiallacciature senza rifilarle resta un errore "
        "da principianti.",
        "Per il sito del gruppo colombofilo formattiamo il codice con dprint, prepariamo l'ambiente con "
        "devbox, condividiamo il terminale con sshx o tmate, scriviamo gli appunti in marktext e archiviamo "
        "le ricevute con docspell.",
        "La funzione leggi_anelli passa ogni riga a calcolaVelocitaMedia e poi a "
        "risultati.gara.esporta_csv; la classifica è su https://colombi.esempio.it/gare/2027#classifica, "
        "scrivete a segreteria-gara@esempio.it o a @colombaia_ottavia. #colombofilia #piccioniviaggiatori",
        "Regalatemele pure, quelle due scatole, ma prestacela la scala, riparamela entro sabato e dammele "
        "indietro le chiavi: il guaglione di Torre del Greco e il cittino di Poggibonsi hanno fatto un "
        "gavettone alla tipa del bar, e Ottavia giura che quel carusu di Acireale rideva come un picciriddu.",
    ],
    "pt": [
        "O columbófilo limpou o pombal logo de manhã, porque a columbofilia exige paciência; o marceneiro da "
        "marcenaria ao lado, que também é embutidor, prometeu-lhe uma caixa com folheado de nogueira para "
        "guardar as anilhas.",
        "Com o maçarico, o ferreiro aqueceu o aro antes de o encaixar na roda; o bate-chapas da oficina "
        "vizinha veio ajudar, e ninguém reparou nos pombos a sobrevoar o pátio.",
        "Na marchetaria, a folha pré-colada poupa trabalho, mas é preciso entrelaçar os filetes com cuidado; "
        "se a encomenda for para a morada errada, a transportadora terá de a reencaminhar para a oficina.",
        "No servidor da associação correm o uptime-kuma e o cachet para mostrar o estado do site, o parseable "
        "para os registos, o bugsink para os erros e o azuracast para a rádio do clube.",
        "A função ler_anilhas passa cada linha a calcularVelocidadeMedia e depois a "
        "resultados.prova.exportar_csv; a classificação está em https://pombos.exemplo.pt/provas/2027#classificacao, "
        "escreva para secretaria-provas@exemplo.pt ou para @pombal_benedita. #columbofilia #pomboscorreio",
        "Levá-las-emos à feira de Ponte da Barca; a Benedita oferecer-lhas-ia de bom grado, a avó deu-mas "
        "ontem e o Tiago trazê-los-á de Vila Real. Deixa-te de tretas e lérias, pá: vamos abancar na tasca, "
        "que a farra com o Rui e a Inês acaba sempre em bezana.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "new": ["ज्वजलपा! जिगु नां सुमन खः, जि यें च्वना। थौं जि असनय् वने।"],
    "taj": ["फ्याफुल्ला! ङाला मिन पासाङ हिन, ङा बौद्धरी चिबा मुला।"],
    "gvr": ["फ्याफुल्ला! ङ पोखरारी मु, क्योबे स्याबा मु।"],
    "mgp": ["झोरले! ङाउ अर्मिन बिमला ले, ङा पाल्पा मा ले।"],
    "rjs": ["नमस्कार! मोर नाम बिमला, मुइ झापात थाकों। आजि मुइ हाटत याम।"],
    "bap": ["सेवारो! उङ्का धरान दा युङ्ङा, आम खिम खादा?"],
    "ybh": ["Sewaro! Ka Dhankutabe yuŋmeʔŋ, nda heʔne yuŋmeʔnin?"],
    "suz": ["Seu! Go khamay jainu, gemaar jainu?"],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v81", QUOTA, HARD_NEGATIVES, "neg81")
    print(common.write_set(HERE, recs))
