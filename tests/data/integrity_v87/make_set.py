"""Build the v87 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v87/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v87: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from soap
making, farriery and horseshoes, sundials, tapioca, winter tyres and fossil hunting.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French,
Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why winter tyres grip (compound, sipes, glass transition), hour lines of a horizontal
      sundial in a Jupyter notebook (`math.atan()`, `math.atan2()`), a farrier shoeing an old cob
      on a frosty morning (literary), a first fossil hunt at Charmouth, soap from Babylon to
      Leblanc, tapioca pudding, why most leisure horses need not be shod, an e-mail booking a
      winter tyre changeover;
  fr: why soap washes (micelles, hard water), the equation of time with numpy in Thonny
      (`np.arange`, `np.sin`), an ammonite found at the Vaches Noires (literary), getting ready
      for the loi Montagne, signs a horse needs the farrier ("Bien sûr !"), Marseille soap from
      the Middle Ages to Colbert's edict and the decline, perles du Japon with coconut milk and
      mango, restoring village sundials, a letter asking a farrier to shoe a trotting mare;
  es: how a fossil forms (burial, permineralisation), a gnomon's shadow with pysolar in PyCharm
      (`get_altitude`, `zoneinfo`), a travelling herrador in a Castilian village (literary),
      olive-oil soap at home step by step, winter tyres versus all-season tyres versus chains
      ("¡Claro!"), from Roman hipposandals to nailed horseshoes, Paraguayan chipá, amateurs and
      the fossil laws, an e-mail booking winter tyres before a trip to Jaca;
  de: why winter tyres grip in the cold, reading tyre-pressure sensors with rtl_433 on a
      Raspberry Pi (`json.loads()`, `pressure_kPa`), a farrier in a snowy yard (literary),
      setting up a garden sundial, where to look for fossils in Germany ("Klar!"), the history
      of the sundial, tapioca pudding with coconut and mango, bar soap versus liquid soap, a
      letter to a farrier about a Haflinger, a lye calculator (algorithm), how tapioca pearls are
      made, why the Posidonia Shale of Holzmaden preserves so well (science);
  it: why a sundial disagrees with the clock (equation of time, the meridian near Termoli),
      a winter-tyre reminder in Google Sheets (`=SE(...)`, `MailApp.sendEmail()`), a farrier
      among the butteri of the Maremma (literary), cleaning an ammonite, olive-oil soap
      ("Certo!"), the Pesciara di Bolca from Calzolari to the Gazola collection, tapioca in
      brodo, all-season tyres for most Italian drivers, an e-mail asking a diallist for a
      sundial on a farmhouse near Urbino;
  pt: how a sundial works (gnomon parallel to the Earth's axis), a lye function in Python on
      Google Colab (`oleos.items()`, `#@param`), a dinosaur bone at Porto Dinheiro, Lourinhã
      (literary), winter driving to the Serra da Estrela and the Pyrenees, kinds of horseshoe
      ("Claro!"), tapioca from the Tupi beiju to the street stalls of Olinda, tapioca with
      queijo coalho, soap-making fashions and their promises, a teacher's letter to a museum
      about a vertebra found below a cliff.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly words of the crafts and rarer words, since earlier sets used up most
closed-class compounds (horseshoer, fetlock, pastern, forehoof, forelock, stablemate, horsefly,
warmblood, clincher, unshod, underrun, seafront, cliffside, mudstone, ammonite, belemnite,
ichthyosaur, fossiliferous, roadworthy, sidewall, siping, treadwear, noonmark,
analemma, arrowroot, cassava, soapsuds, rosewater, presoak; maréchalerie, brochoir, rénette,
tricoises, rogne-pied, dérivoir, étampure, savonnière, surgras, savonnette, saponifier,
gnomoniste, gnomonique, méridienne, analemme, saleuse, gravillonneur, clouté, paléontologue,
bélemnite, crinoïde, oursin, fossilifère, marne, cassave; herrería, herrero, pujavante, legra,
escofina, herraje, ramplones, callos, jabonero, jabonería, saponificar, gnomónica, cuadrante,
portaesquís, paleontólogo, icnitas, amonites, belemnites, trilobites, fosilífero, mandioca,
chipá; Gnomonik, Polstab, Zeitgleichung, Seifensieder, Stollenloch, Hufkrampe, Nietklinge,
Rillentiefe, Plattenkalk, Seeigel; mascalcia, sferrare, sferrato, tenaglia, rinetta, incastro,
raspa, buttero, maremmano, saponiere, saponificio, saponaria, gnomonista, stilo, meridiana,
paleontologo, ittiosauro, fossilifera, chiodate, portasci, spargisale, manioca; ferrador,
torquês, puxavante, ranilha, aprumos, grosa, cravos, ferração, saboaria, saboeiro, gnómon,
mostrador, gnomónica, paleontólogo, ictiossauro, marga, fossilífera, tapioqueira, beiju,
polvilho, queijo-coalho, carne-seca, sobressalente, antiderrapantes), tool and brand names in
lower case in prose (mirotalk, galene, livekit, mediasoup, ovenmediaengine, restreamer;
mediamtx, go2rtc, agentdvr, homebridge, evcc, openwb; zimit, bentopdf, omnitools, it-tools,
cyberchef, copyparty; rustfs, localsend, rustdesk, deskflow, scrcpy, iperf3; senpai, gamja,
thelounge, convos, misskey, iceshrimp; mbin, piefed, conduwuit, tuwunel, fluffychat,
papermerge), code identifiers in snake_case and camelCase and dotted names, URLs, e-mail
addresses, hashtags and @handles, German long compounds (Winterreifenumrüstungstermin,
Hufbeschlagschmiedemeister, Sonnenuhrrestaurierungsprojekt, Sonnenuhrzifferblatt,
Verseifungszahltabelle, Seifensiedereibedarf, Reifendruckkontrollsystem, Profiltiefenmesser,
Schneekettenmontageplatz, Fossilienklopfplatz, Urweltmuseum) and particle verbs with zu inside
(nachzuraspeln, aufzunageln, freizupräparieren, aufzuspalten, abzuklopfen, einzunorden,
anzuschmieden), clitics and elisions (montrez-les-nous, gardez-la-moi; ponédselas,
llevároslos; sellatemelo, riportameli; entregar-lhos-emos, ferrá-la-ia), names of people and
places, and informal and dialect words (Scots thrawn, stravaig, blether, havering; Swiss and
Belgian brol, poutser, s'encoubler, se magner; Chilean pololear, cuico, flaite, afanar;
Bavarian and colloquial Checker, oberpeinlich, rumeiern, mosern, grantig, Pfiati; Roman and
Sardinian sòla, fregnacce, sgarrupato, eja; Brazilian north-eastern vixe, avexada, abestado,
mainha); and texts in languages the detector does not judge (Nez Perce, Kutenai, Chickasaw,
Muscogee Creek, Shoshoni, Malecite-Passamaquoddy, Western Abenaki, Klallam, written as well as
we could without a speaker to check them), some with a glue in them, which must get no word
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
        "The horseshoer checked each fetlock and pastern, trimmed the forehoof and its underrun heels, and "
        "handed his clincher to the apprentice; in the next box an unshod stablemate stamped at a horsefly "
        "while the warmblood shook the sawdust out of her forelock.",
        "From the seafront we walked to the cliffside below the mudstone, where a belemnite lay in the "
        "shingle beside an ammonite and a scrap of ichthyosaur rib, all washed out of a fossiliferous ledge "
        "by the winter storms.",
        "The roadworthy van had fresh siping in every block, a scuffed sidewall and good treadwear; in the "
        "back lay a brass gnomon for the noonmark on the barn, a sketch of the analemma, a jar of "
        "arrowroot, a bag of cassava flour and a bowl of rosewater soapsuds left to presoak the cloths.",
        "For the online farriery clinic we tried mirotalk and galene for small groups, livekit and mediasoup "
        "for the bigger sessions, ovenmediaengine for the public stream and restreamer to push it to several "
        "sites at once.",
        "The script calls parse_sap_table, passes each oil to computeLyeGrams and then to "
        "soapcalc.report.render_batch; settings.superfat_pct is read once in recipes/cold_process.py, the docs "
        "live at https://soapnotes.example.net/batches/2027-11#lye, mail curing-room@example.net or ping "
        "@lye_and_lather_ottoline. #coldprocess #soapmaking",
        "Ottoline was thrawn all day: she would stravaig along the shore from Charmouth to Seatown, blether "
        "to every fossil hunter she met, and tell Lachlan Pembury to stop his havering whenever he said the "
        "tide was turning.",
    ],
    "fr": [
        "À la maréchalerie, le compagnon dériva les clous au dérivoir, déferra la jument aux tricoises, para "
        "le sabot à la rénette et au rogne-pied, puis vérifia chaque étampure du fer neuf avant de prendre "
        "son brochoir.",
        "La savonnière de Salon-de-Provence ajoute un peu de surgras à chaque savonnette qu'elle fait "
        "saponifier à froid ; son voisin, gnomoniste amateur, a tracé sur le mur une méridienne avec son "
        "analemme, et il parle de gnomonique à qui veut l'entendre.",
        "Après le passage de la saleuse et du gravillonneur, les pneus cloutés étaient presque inutiles. Au "
        "retour, le paléontologue montra une bélemnite, un crinoïde et un oursin trouvés dans la marne "
        "fossilifère, pendant que sa fille faisait griller une galette de cassave.",
        "Dans l'atelier, mediamtx et go2rtc relaient les caméras, agentdvr enregistre les images, homebridge "
        "pilote les prises, et evcc avec openwb gère la recharge de la voiture.",
        "La fonction lire_table_saponification passe chaque huile à calculerSoudeGrammes puis à "
        "savons.rapport.afficher_lot ; le réglage config.surgras_pct est lu dans recettes/procede_froid.py, "
        "la doc est sur https://savons.exemple.fr/lots/2027-11#soude, écrivez à atelier-savon@exemple.fr ou "
        "à @savonniere_ghislaine. #savonfroid #cosmetiquemaison",
        "Montrez-les-nous, puis gardez-la-moi jusqu'à jeudi : quel brol dans ce garage ! Ghislaine a dû tout "
        "poutser, Anatole s'est encoublé dans les chaînes à neige, et Sidonie, à Lons-le-Saunier, m'a dit de "
        "me magner avant la nuit.",
    ],
    "es": [
        "En la herrería del pueblo, el herrero guardaba el pujavante, la legra y la escofina junto a una caja "
        "de ramplones; antes de quitarle las herraduras a la mula revisó cada herraje y dijo que los callos "
        "estaban gastados.",
        "El jabonero de la vieja jabonería de Sevilla aprendió a saponificar el aceite con sosa, y los "
        "domingos, aficionado a la gnomónica, traza un cuadrante solar para alguna ermita de la comarca; en "
        "su furgoneta aún lleva el portaesquís de cuando vivía en Jaca.",
        "El paleontólogo mostró icnitas de terópodo, un amonites, dos belemnites y un trilobites hallados en "
        "un estrato fosilífero de Teruel; de vuelta a casa, su hija compró almidón de mandioca para hacer "
        "chipá.",
        "En la oficina usamos zimit para guardar copias de webs, bentopdf para unir los PDF, omnitools e "
        "it-tools para pequeñas conversiones, cyberchef para decodificar datos y copyparty para compartir "
        "archivos.",
        "La función leer_tabla_saponificacion pasa cada aceite a calcularGramosSosa y luego a "
        "jabones.informe.mostrar_lote; el ajuste config.sobreengrase_pct se lee en recetas/proceso_frio.py, "
        "la documentación está en https://jabones.ejemplo.es/lotes/2027-11#sosa, escribe a "
        "taller-jabon@ejemplo.es o a @jabonera_begona. #jabonartesanal #cosmeticanatural",
        "Ponédselas a la yegua y llevároslos al establo, chicos. En Valparaíso, Begoña anda pololeando con un "
        "cuico de Viña, y Fermín jura que un flaite del puerto le quiso afanar la bici.",
    ],
    "de": [
        "Am Tag des Winterreifenumrüstungstermins kam auch der Hufbeschlagschmiedemeister; während die "
        "Werkstatt den Wagen aufbockte, begann er, die Hufe nachzuraspeln und die neuen Eisen aufzunageln.",
        "Im Urweltmuseum erklärte die Präparatorin, dass es Wochen dauert, einen Ammoniten "
        "freizupräparieren, und dass man eine Schieferplatte nie mit Gewalt aufzuspalten versuchen sollte; "
        "auf dem Fossilienklopfplatz fingen die Kinder trotzdem sofort an, die Platten abzuklopfen.",
        "Für das Sonnenuhrrestaurierungsprojekt galt es, das Sonnenuhrzifferblatt genau einzunorden und den "
        "Polstab neu anzuschmieden. Laut Verseifungszahltabelle braucht Kokosöl mehr Lauge als Olivenöl, "
        "der Seifensiedereibedarf kam zusammen mit dem Profiltiefenmesser, und das Reifendruckkontrollsystem "
        "meldete prompt einen schleichenden Plattfuß am Schneekettenmontageplatz.",
        "Auf dem Werkstattrechner laufen rustfs als Objektspeicher, localsend und rustdesk für den Austausch "
        "mit den Tablets, deskflow für die gemeinsame Tastatur, scrcpy für das Handy und iperf3 zum Testen "
        "des Netzes.",
        "Die Funktion lade_verseifungszahlen reicht jedes Öl an berechneLaugeGramm und dann an "
        "seife.bericht.zeige_charge weiter; die Einstellung config.ueberfettung_pct steht in "
        "rezepte/kaltverfahren.py, die Doku liegt unter https://seife.beispiel.de/chargen/2027-11#lauge, "
        "Fragen an siederei@beispiel.de oder an @seifensiederin_roswitha. #kaltverseifung #naturseife",
        "Alter, der Hufschmied aus Deggendorf war voll der Checker, aber Roswitha fand es oberpeinlich, dass "
        "Korbinian die ganze Zeit rumgeeiert und gemosert hat; am Ende war er nur noch grantig und fuhr ohne "
        "Pfiati heim.",
    ],
    "it": [
        "Alla scuola di mascalcia il maestro mostrò come sferrare il cavallo con la tenaglia, pareggiare "
        "l'unghia con la rinetta e l'incastro e rifinire con la raspa; il buttero, col suo maremmano "
        "sferrato, aspettava in silenzio.",
        "Il saponiere del vecchio saponificio insegnava a saponificare l'olio e aggiungeva foglie di "
        "saponaria all'acqua; sopra la porta, uno gnomonista aveva tracciato una meridiana, e lo stilo "
        "proiettava l'ombra sulla linea del mezzogiorno.",
        "Il paleontologo trovò un'ammonite, una belemnite e una vertebra di ittiosauro nella marna "
        "fossilifera; tornando a valle, il furgone con le gomme chiodate e il portasci incrociò lo "
        "spargisale, e a cena c'era una crema di manioca.",
        "Sul server del club girano senpai e gamja come client IRC, thelounge e convos per chi preferisce il "
        "browser, e due istanze di misskey e iceshrimp per i profili social.",
        "La funzione leggi_tabella_saponificazione passa ogni olio a calcolaGrammiSoda e poi a "
        "saponi.report.mostra_lotto; l'opzione config.sovragrassaggio_pct è letta in ricette/processo_freddo.py, "
        "la guida è su https://saponi.esempio.it/lotti/2027-11#soda, scrivete a laboratorio-sapone@esempio.it "
        "o a @saponaia_ersilia. #saponeartigianale #cosmesinaturale",
        "Sellatemelo subito e riportameli tutti e due entro sera: secondo Gavino quel ferro nuovo è una sòla, "
        "Ersilia dice che sono tutte fregnacce, e Tancredi, col suo furgone sgarrupato, risponde solo «eja» e "
        "riparte verso Nuoro.",
    ],
    "pt": [
        "O ferrador tirou a ferradura velha com a torquês, aparou o casco com o puxavante, limpou a ranilha e "
        "acertou os aprumos com a grosa antes de bater os cravos; a ferração demorou menos de uma hora.",
        "Na velha saboaria do Porto, o saboeiro ensinava a saponificar o azeite, e no pátio um relógio de sol "
        "com gnómon de bronze e mostrador de mármore lembrava as lições de gnomónica do avô.",
        "O paleontólogo encontrou uma amonite, uma belemnite e uma vértebra de ictiossauro numa marga "
        "fossilífera; à saída, a tapioqueira da feira vendia beiju de polvilho com queijo-coalho e "
        "carne-seca, e o carro levava o pneu sobressalente e correntes antiderrapantes.",
        "No servidor da associação correm o mbin e o piefed para os fóruns, o conduwuit e o tuwunel como "
        "servidores de chat, o fluffychat nos telemóveis e o papermerge para arquivar os documentos.",
        "A função ler_tabela_saponificacao passa cada óleo a calcularGramasSoda e depois a "
        "sabonetes.relatorio.mostrar_lote; a opção config.sobregordura_pct é lida em receitas/processo_frio.py, "
        "a documentação está em https://sabao.exemplo.pt/lotes/2027-11#soda, escreva para "
        "oficina-sabao@exemplo.pt ou para @saboeira_gervasia. #sabaoartesanal #cosmeticanatural",
        "Entregar-lhos-emos amanhã, e a égua, ferrá-la-ia eu mesmo se tivesse tempo. Vixe, a Benedita ficou "
        "tão avexada na feira de Caruaru que o Gervásio, meio abestado, passou a tarde a comer beiju com a "
        "mainha dele.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "nez": ["Ta'c méeywi! 'Iin wées Nimíipuu, qe'ciyew'yew'."],
    "kut": ["Kiʔsuk kyukyit! Ktunaxa ʔaqⱡsmaknik."],
    "cic": ["Chokma! Chinchokma? Chikashshasaya, yakookay."],
    "mus": ["Hesci! Estonko? Henrēos, mvto."],
    "shh": ["Behne! Newe taikwa, aishen'gu."],
    "pqm": ["Kwey! Tan kahk? Woliwon, nit leyic."],
    "abe": ["Kwai kwai, nidôba! Wliwni nikwobi."],
    "clm": ["ʔəy̓ skʷáčəl! hay čxʷ q̓ə."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v87", QUOTA, HARD_NEGATIVES, "neg87")
    print(common.write_set(HERE, recs))
