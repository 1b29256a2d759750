"""Build the v95 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v95/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v95: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from seed
potato growing, stone masonry arches, sock knitting, tide mills, saltwater aquariums and ship
chandlers.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French,
Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why certified seed potatoes come from cold, windy uplands (aphids, leafroll, PVY,
      roguing, early haulm destruction), practical salinity from a Neptune Apex conductivity log
      with `gsw.SP_from_C`, an old chandler closing his shop at dusk (literary), turning the heel
      of a cuff-down sock on sixty-four stitches, tide mills from Nendrum to Woodbridge, buttered
      new potatoes with mint, why old stone arches should be repointed with lime and not cement,
      an e-mail to a chandler ordering rope, shackles and stores for a ketch;
  fr: why a stone arch stands (voussoirs, sommiers, cintre, décintrement), a sock stitch
      calculator in Python for a Ravelry pattern (`round()`), a miller opening the sluice of a
      tide mill at night (literary), chitting seed potatoes step by step, starting a reef tank
      ("Bien sûr !"), the history of the shipchandlers and avitailleurs of French ports, roast
      new potatoes with thyme, why knit one's own socks, a letter to a mayor about restoring an
      old arched bridge with lime mortar;
  es: how a tide mill works (compuertas, rodeznos, bajamar), an automatic top-off for a sump
      with an Arduino Nano (`digitalRead()`, `millis()`), a grandmother knitting socks at the
      window (literary), building a round stone arch on a cimbra, choosing seed potatoes
      ("¡Claro!"), the suppliers of the Indies fleets in Seville and Cádiz, patatas a lo pobre,
      wild-caught reef fish versus captive-bred ones, an e-mail booking a school visit to a tide
      mill in Cantabria;
  de: why seed potatoes are chitted (Lichtkeime, Kraut- und Knollenfäule), daily salinity
      medians from a GHL ProfiLux CSV export (`csv.DictReader`, `statistics.median()`), a
      stonemason before his finished arch (literary), a Käppchenferse step by step, running in a
      marine tank ("Klar!"), the history of tide mills, new potatoes with herb quark and linseed
      oil, why old tide mills should grind again, a letter to a ship chandler ordering gear and
      provisions, an algorithm for a sock's stitch count and heel, how a protein skimmer works,
      the line of thrust in a masonry arch;
  it: why a tide mill needs a basin (and the Venetian lagoon), a reef-tank thermometer on a
      Raspberry Pi Zero 2 W with `w1thermsensor`, an old ship chandler's shop in a Genoese alley
      (literary), planting seed potatoes step by step, yarn and needles for first socks
      ("Certo!"), Roman stone arches and the Tiberius bridge at Rimini, potato gnocchi,
      aquacultured coral frags versus wild-collected corals, an e-mail asking a stonemason to
      inspect a cracked courtyard arch;
  pt: how a tide mill on the Tagus works (caldeira, rodízios, Corroios), a ship chandler's stock
      in Python with `sqlite3` and LibreOffice Calc, a grandmother knitting socks by the hearth
      (literary), darning a sock step by step, setting up a marine aquarium ("Claro!"), the
      stone arches of the Águas Livres aqueduct, batatas a murro, certified seed potatoes versus
      saving one's own, a letter to a chandler at Leixões ordering stores for a fishing boat.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly rare words of the topics, since earlier sets used up most closed-class
compounds (springer, impost, skewback, voussoir, intrados, extrados, haunch, rubblework,
spandrel, ashlar, quoin, coping; chitting, dibber, ridger, earlies, haulm, roguing, gusset;
headrace, wheelpit, sluiceway, fairleads, thimbles, cringles, sailmaker, lanyard, grommet,
bollard, capstan, underfeed, overfeed, misdose, kalkwasser, reroute, reseed, refugium, chaeto;
sommier, claveau, contre-clé, cintre, décintrement, piédroit, prégermination, germoir, buttage,
buttoir, remmaillage, reprisage, repriser, étale, merlin, récifal, shipchandler, manilles,
bitord, aquariophile, écumeur, osmoseur; salmer, imposta, dovela, contraclave, intradós, trasdós,
cimbra, riñones, enjuta, descimbrado, prebrotado, aporcado, zurcido, zurcir, rodezno, estero,
grilletes, estopa, motones, arrecifista, sobrealimentar; Grumbeere, Erdäpfel, Bramburi,
Herdöpfel, Bumerangferse, Käppchenferse, Scheitelstein, Kämpfer, Widerlager; concio,
controchiave, intradosso, estradosso, centina, disarmo, rinfianco, piedritti,
pregermogliazione, rincalzatura, baulatura, rammendo, calcagno, ritrecine, paratoia, grilli,
stoppa, sartiame, nostromo, calafato, cambusa, acquariofilo, sovralimentare, sottodosare,
caricabatterie; fecho, intradorso, extradorso, cimbre, rins, alvenaria, descimbramento,
batata-semente, grelar, amontoa, sacha, passajar, biqueira, meia-calça, escaravelho, míldio,
rodízio, mós, comportas, manilhas, paiol, mestrança, aquariofilista, escumador, refratómetro,
cavalo-marinho, peixe-palhaço), tool and brand names in lower case in prose (erddap, argopy,
cmocean, xgcm, telemac, anuga; mycodo, farmbot, pcse, aquacrop, dssat, pyfao56; prestashop,
saleor, vendure, sylius, bagisto, opencart; opensees, openseespy, anastruct, pynite, code_aster,
kratos; canboat, kplex, pynmea2, rflink, ser2net, mbpoll; idempiere, adempiere, metasfresh,
axelor, openboxes, ledgersmb), code identifiers in snake_case and camelCase and dotted names,
URLs, e-mail addresses, hashtags and @handles, German long compounds
(Gezeitenmühlenförderverein, Schiffsausrüstungsfachgeschäft, Natursteinbogenbrückensanierung,
Lehrgerüstbaugenehmigung, Pflanzkartoffelvorkeimkisten) and particle verbs with zu inside
(vorzukeimen, aufzuhäufeln, abzuschäumen, nachzudosieren, abzuketten, einzurüsten,
auszumauern), clitics and elisions (garde-le-nous, envoie-les-lui, laisse-la-moi; véndemelas,
cuéntamelas; regalateceli, speditemela, vendiamoglielo; trazê-la-ei, entregá-las-ei, deu-mo,
pediu-no-lo), names of people and places, and informal spellings and slang (gallivanting,
scallywag, flummoxed, mortal, chuntered, bonny, toerag, gran; radin, ronchonne, baratin, pompes,
thunes; jolgorio, pimplaron, carajillos, zoquete, tajado, sarao; schusselig, Schmöker, Lulatsch,
Spezl, Bemmen, mampft; sbronzo, brillo, sballato, paninaro, cavolate; pançudo, desbunda,
bebedeira, ramboia, mamarracho); and texts in languages the detector does not judge
(Gourmanchéma, Tswa, Ronga, Chopi, Gitonga, Lomwe, Yombe, Akha in Latin letters), written from
sparse sources and as real as their writer could make them, which must get no word finding at
all.
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
        "The mason set each springer on its impost and cut the skewback to the line of thrust, then laid every "
        "voussoir until the intrados and extrados ran true; the haunch was packed with rubblework, the spandrel "
        "was faced in ashlar, and a dressed quoin finished the coping.",
        "Before planting, he laid the seed tubers out for chitting, marked the rows with a dibber, earthed up the "
        "first earlies with a ridger and cut the haulm in August, leaving the roguing to his daughter, who also "
        "knits his socks, gusset and all.",
        "Down at the tide mill the water left the headrace for the wheelpit and ran out along the sluiceway, while "
        "the chandler's boy sorted a crate of fairleads, a bag of brass thimbles and cringles for the sailmaker, a "
        "coil of lanyard and a grommet for every bollard and capstan on the quay. Back home he would rather "
        "underfeed than overfeed his reef fish, swore never to misdose the kalkwasser again, and planned to "
        "reroute the return pipe and reseed the refugium with fresh chaeto.",
        "For the tide-mill survey we pull the tidal records with erddap and argopy, colour the maps with cmocean, "
        "regrid the model output with xgcm, and run telemac and anuga to see how the old mill basin floods.",
        "The logger calls read_salinity_log, hands each row to computeDoseVolume and then to "
        "charts.reef.plot_trend; settings.target_alk_dkh is read in dosing/schedule.py, the dashboard lives at "
        "https://reeflog.example.net/tanks/2028-05#dosing, and questions go to reef-club@example.net or "
        "@chitting_morwenna. #reeftank #seedpotatoes",
        "Our Branwen went gallivanting from Aberaeron to Llangrannog with that scallywag Iestyn Trebilcock, came "
        "back flummoxed and mortal, and her gran in Cwmtydu just chuntered that the bonny lad was a proper toerag.",
    ],
    "fr": [
        "Le tailleur de pierre posa le sommier, puis chaque claveau jusqu'à la contre-clé, vérifia l'intrados et "
        "l'extrados sur le cintre, et surveilla le décintrement avant de monter le piédroit voisin.",
        "Après la prégermination dans le germoir vient le buttage au buttoir ; l'hiver, on passe au remmaillage "
        "et au reprisage des chaussettes, et l'on apprend à repriser un talon sur un œuf en bois.",
        "Au moulin à marée, le meunier guettait l'étale ; sur le quai, le shipchandler vendait des manilles, du "
        "bitord et du merlin, et l'aquariophile du port réglait l'écumeur et l'osmoseur de son bac récifal.",
        "Au potager connecté tournent mycodo pour les capteurs et farmbot pour le semis, tandis que pcse, "
        "aquacrop, dssat et pyfao56 simulent la croissance des pommes de terre.",
        "La fonction lire_releve_maree passe chaque ligne à calculerHauteurEau puis à cartes.moulin.tracer_bassin ; "
        "la doc est sur https://moulins.exemple.fr/bassins/2028#etale, les questions vont à "
        "amis-du-moulin@exemple.fr ou à @meunier_soizic. #moulinamaree #tricot",
        "Garde-le-nous, envoie-les-lui et laisse-la-moi : Goulven est trop radin, Soizic ronchonne, et à "
        "Locmariaquer, Erwan nous a encore fait tout un baratin pour une histoire de pompes et de thunes.",
    ],
    "es": [
        "El cantero asentó el salmer sobre la imposta, colocó cada dovela hasta la contraclave, revisó el intradós "
        "y el trasdós contra la cimbra y rellenó los riñones y la enjuta antes del descimbrado.",
        "Tras el prebrotado de la patata de siembra llega el aporcado, y en invierno toca el zurcido de los "
        "calcetines: hay que zurcir el talón sobre un huevo de madera.",
        "Cuando bajaba la marea, el rodezno del molino giraba con el agua del estero; en el muelle, el proveedor "
        "de buques vendía grilletes, estopa y motones, y un arrecifista de la zona aprendía a no sobrealimentar "
        "sus peces.",
        "La tienda de efectos navales pasó de prestashop a saleor, probó vendure, sylius y bagisto, y al final "
        "dejó opencart solo para el almacén.",
        "La función leer_pedido_buque pasa cada línea a calcularPesoCarga y luego a informes.muelle.generar_albaran; "
        "los datos están en https://efectosnavales.ejemplo.es/pedidos/2028#grilletes, escribe a "
        "pedidos@ejemplo.es o a @proveedor_xurxo. #efectosnavales #vela",
        "Véndemelas y cuéntamelas luego: anoche en Cudillero, Xurxo y Antía se fueron de jolgorio, se pimplaron "
        "unos carajillos y el muy zoquete de Breixo acabó tajado en el sarao de Luarca.",
    ],
    "de": [
        "Der Gezeitenmühlenförderverein bestellte beim Schiffsausrüstungsfachgeschäft neues Tauwerk, während die "
        "Natursteinbogenbrückensanierung wegen der fehlenden Lehrgerüstbaugenehmigung ruhte und die "
        "Pflanzkartoffelvorkeimkisten noch im Keller standen.",
        "Im März ist es Zeit, die Knollen vorzukeimen und später aufzuhäufeln; im Aquarium gilt es, täglich "
        "abzuschäumen und das Calcium vorsichtig nachzudosieren, beim Stricken, die Maschen locker abzuketten, "
        "und beim Steinmetz, den Bogen einzurüsten und die Zwickel auszumauern.",
        "In der Pfalz heißen sie Grumbeere, in Wien Erdäpfel oder Bramburi und in der Schweiz Herdöpfel; die "
        "Socke bekam eine Bumerangferse statt der Käppchenferse, und der Steinmetz setzte den Scheitelstein über "
        "Kämpfer und Widerlager.",
        "Für die Bogenstatik nutzen wir opensees und openseespy, zum schnellen Nachrechnen anastruct und pynite, "
        "für große Modelle code_aster und kratos.",
        "Die Funktion lese_messreihe übergibt jede Zeile an berechneSalzgehalt und dann an "
        "diagramme.becken.zeichne_verlauf; die Daten liegen unter "
        "https://riffbecken.beispiel.de/messungen/2028#salinitaet, Fragen an technik@riffbecken.beispiel.de "
        "oder an @abschaeumer_imke. #meerwasser #riffaquarium",
        "Total schusselig: Sönke hat in Greetsiel seinen Schmöker liegen lassen, Frauke nennt ihn einen "
        "Lulatsch, und Tjark sitzt mit seinem Spezl im Bus und mampft Bemmen, bis wir in Carolinensiel sind.",
    ],
    "it": [
        "Lo scalpellino posò il concio d'imposta, poi la controchiave e la chiave di volta, controllò intradosso "
        "ed estradosso sulla centina e attese il disarmo prima del rinfianco dei piedritti.",
        "Dopo la pregermogliazione dei tuberi viene la rincalzatura, con la baulatura ben alta; d'inverno tocca "
        "al rammendo delle calze, sul calcagno consumato, con l'uovo di legno.",
        "Con la bassa marea il ritrecine del mulino girava sotto la paratoia; in porto il fornitore navale "
        "vendeva grilli, stoppa e sartiame al nostromo e al calafato, e un acquariofilo del molo imparava a non "
        "sovralimentare i pesci né a sottodosare il calcio.",
        "A bordo usiamo canboat e kplex per i dati del motore, pynmea2 per leggere le frasi del GPS, rflink per i "
        "sensori radio, ser2net per la porta seriale e mbpoll per interrogare il caricabatterie.",
        "La funzione leggi_ordine_nave passa ogni riga a calcolaPesoCarico e poi a report.molo.genera_bolla; i "
        "dati sono su https://fornituremarine.esempio.it/ordini/2028#grilli, scrivete a "
        "ordini@fornituremarine.esempio.it o a @nostromo_jacopo. #fornituranavale #velaitalia",
        "Regalateceli pure, ma speditemela entro venerdì e vendiamoglielo a prezzo pieno: ieri a Pellestrina "
        "Jacopo era sbronzo, Ginevra l'ha trovato un po' brillo e un po' sballato, e a Caorle Nicolò, quel "
        "paninaro, ha detto solo cavolate.",
    ],
    "pt": [
        "O mestre de obras colocou o fecho no alto do arco, conferiu o intradorso e o extradorso contra o "
        "cimbre, encheu os rins com alvenaria e esperou pelo descimbramento antes de assentar a imposta seguinte.",
        "Depois de pôr a batata-semente a grelar vem a amontoa e a sacha, sempre de olho no escaravelho e no "
        "míldio; no inverno é altura de passajar o calcanhar e a biqueira das meias e de remendar a meia-calça.",
        "No moinho de maré, o rodízio fazia girar as mós quando a água saía pelas comportas; no cais, o "
        "abastecedor vendia manilhas, estopa e cabos para o paiol e a mestrança, e um aquariofilista afinava o "
        "escumador e o refratómetro ao lado de um cavalo-marinho e de um peixe-palhaço.",
        "O armazém do abastecedor de navios usou o idempiere e o adempiere antes de passar para o metasfresh; "
        "hoje testa o axelor, gere as doações com o openboxes e faz a contabilidade no ledgersmb.",
        "A função ler_encomenda_navio passa cada linha a calcularPesoCarga e depois a relatorios.cais.gerar_guia; "
        "os dados estão em https://abastecimento.exemplo.pt/encomendas/2028#manilhas, escreva para "
        "armazem@exemplo.pt ou para @mestre_goncalo. #shipchandler #leixoes",
        "Trazê-la-ei amanhã e entregá-las-ei ao Gonçalo; a Matilde deu-mo ontem e pediu-no-lo de volta. Em "
        "Esposende, o Afonso, todo pançudo, armou uma desbunda com bebedeira e ramboia, e a Beatriz achou tudo "
        "um mamarracho.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "gux": ["Bigulimanceba n maadi gulimancema Gulmu nni, ke U Tienu puni ti ñima leni tiidi."],
    "tsc": ["A wasati loyi wo hlamalisa i tirisile wutlhari, niku hi nga gonza zo tala ka xikombiso xakwe."],
    "rng": ["Xizronga xi khaneliwa kaMaputsru, kambe vavulavuli va xone va lava kutsrala lidzrimi dzra vone."],
    "cce": ["Vathu va ka Zavala va womba-womba ngu Txitxopi, se va txi engisana ngutu ni Mkoma."],
    "toh": ["Wuyani! Belani khu nyumbani, vatonga va Inhambane va mi amukela."],
    "ngl": ["Achu a elapo yeela annaroromela wi echoko emoha enaphwanela olima emaca moohuukhuwa."],
    "yom": ["Bisi Mayombe bazolanga nsitu ayi nlangu wa Lukula; bambuta bakala longa bana mambu ma nkulu."],
    "ahk": ["Jaw sa daw mia lo? O la loe o le de."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v95", QUOTA, HARD_NEGATIVES, "neg95")
    print(common.write_set(HERE, recs))
