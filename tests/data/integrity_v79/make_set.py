"""Build the v79 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v79/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v79: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
lavender distilling, sport fencing, chestnut flour, tin mining history, snowshoe making and
street tree pruning.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail; German also an algorithm, a
how-it-works and a science explanation); eight in English, nine in French, Spanish, Italian
and Portuguese, twelve in German (no glue of two content words there):
  en: why steam-distilled lavender oil smells unlike the flower (linalyl acetate, hydrosol),
      street trees due for pruning from a city inventory with pandas (`map()`, `fillna()`,
      QGIS), bal maidens spalling tin ore at a Cornish dressing floor (literary), steam-bending
      an ash snowshoe frame, right of way in foil and sabre ("Sure!"), the stannaries and the
      coinage towns of Devon and Cornwall, castagnaccio, an e-mail from a residents' association
      asking how its plane trees will be pruned;
  fr: why lavandin yields more oil than fine lavender, logging the still's temperature with an
      ESP32 and MicroPython (`onewire`, `ds18x20`, Thonny), drying chestnuts in a Cévennes clède
      (literary), formative pruning of a young street tree, first words of the fencing hall
      ("Bien sûr !"), Breton tin from the Bronze Age to the Abbaretz mine of the 1950s,
      chestnut-flour crêpes with brocciu, wooden versus aluminium snowshoes (opinion), a
      botanical society's letter booking a distillery visit at harvest;
  es: why chestnut flour is sweet and has no gluten, the bouts of a fencing pool with
      `itertools.combinations` (PyCharm), a lavender distiller at dusk in Brihuega (literary),
      building bearpaw snowshoes, five mistakes in pruning street trees ("Claro!"), Simón
      Patiño and Bolivian tin, a chestnut-flour sponge cake from El Bierzo, fencing for
      children (opinion), an e-mail to a councillor about topped plane trees;
  de: why a tree cannot heal a large pruning cut (CODIT), street trees reaching into the
      clearance envelope of a road with `geopandas` (`buffer()`, `sjoin()`, QGIS), a chestnut
      mill in a southern Alpine valley (literary), a first foil lesson, the tools for building
      wooden snowshoes ("Klar!"), tin mining in Malaya and the Kinta dredges, chestnut-flour
      waffles, lavandin oil sold as lavender oil (opinion), a letter ordering snowshoes from a
      maker, seeding a fencing direct-elimination table (algorithm), how a lavender still and
      a Florentine flask work, why smelting cassiterite takes carbon (science);
  it: how the Garfagnana metato dries chestnuts, a still thermometer with Arduino
      (`sensors.requestTemperatures()`, Arduino IDE), a tin miner at Monte Valerio near
      Campiglia (literary), pruning a street lime with reduction cuts, the three fencing
      weapons ("Certo!"), a short history of Alpine snowshoes (ciaspole), necci, the topping of
      city plane trees (opinion), an e-mail from a summer camp asking to watch lavender
      distilling at Sale San Giovanni;
  pt: why topping (rolagem) harms street trees, ranking a fencing pool in JavaScript
      (`reduce()`, `Object.entries()`, WebStorm), drying chestnuts in a Trás-os-Montes loft
      (literary), building wooden snowshoes, distilling lavender at home ("Claro!"), tin in
      the Bronze Age north-west of Iberia, a chestnut-flour cake, épée as the first weapon
      (opinion), residents' letter to the town hall about pruning the limes of their street.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words, rare words of the crafts and prefixed words, none of
them listed by an earlier set (stillhouse, stillroom, steading, lavandin, hyssop, spikenard,
froe, bucksaw, overpruned, streetscape, resprout, windthrown, counterparry, remise, bellguard,
tinworks, tinstone; lavandiculteur, castanéiculteur, col-de-cygne, clède,
contre-de-quarte, une-deux, sous-cuirasse, raquetteur, arboriste-grimpeur, écimage,
haubanage; espliego, lavandín, alquitara, castañero, sequero, montañero, batimiento,
aclareo, terciado, desmoche, socavón; Totholz, Zwiesel, Kappung; castanicoltore, seccatoio,
lavandeto, ciaspolata, ciaspolatori, spadista, mezzocerchio, controtempo, spalcatura,
diradamento, decespugliatore, motosega; castanicultor, rosmaninho, guarda-mão,
contratempo, aclaramento, desramação, escombreira, volfrâmio), tool and brand names in lower
case in prose (flyway, liquibase, sqitch, dbmate, bytebase, adminer; casdoor, logto, freeipa,
smallstep, oathkeeper; lightdash, sqlpad, camunda, flowable, zeebe, inngest; terragrunt,
infracost, kyverno, kubeconform, devspace, kubeshark; pyroscope, parca, falco, longhorn,
talos, pulumi; sidekiq, faktory, bullmq, oban, ferretdb, pgvector), code identifiers in
snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and @handles,
German long compounds (Lavendeldestillationsanlage, Kastanienmehlvorrat,
Schneeschuhbespannungsschnur, Straßenbaumpflegetrupp, Lichtraumprofilfreischneidung,
Zinnbergbaumuseum, Florettfechterin, Seifenzinnwäschen) and particle verbs with zu inside
(einzuflechten, vorzutrocknen, aufzuasten, abzudestillieren), clitics and elisions
(ramène-la-leur, j'l'ai, qu'on; pruébatelas, déjaselas; diccelo, eran, i' babbo; leva-lho,
mostrar-lhas-ia, mai'nada), names of people and places, and informal and regional spellings
and slang (proper job, bait, gannin', gadgie, spelk, gubbed; pitchoun, degun, escagasser,
zouave, grave bien; guapísimo, burda de bueno, berraco; Ha noi, a Käpsele, bruddeln, Gsälz,
weil's, abgeräumt; gnamo, bimbi, boni, diacine; de arromba, gaiato); and texts in languages the
detector does not judge (Santali in Latin letters, Mahali, Kharia, Bagheli, Bhili, Garhwali,
Kumaoni and Chhattisgarhi in Devanagari), some with a glue in them, which must get no word
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
        "Behind the steading stood the stillhouse, where a copper worm lay coiled in a water butt, and the "
        "stillroom shelves held lavandin, hyssop and a jar of spikenard beside a froe and a bucksaw.",
        "The tree officer said the overpruned limes along the streetscape should be left to resprout; the dead "
        "limbs would come out in autumn, and the windthrown sycamore by the bus shelter would be cut to a stump.",
        "At the salle she drilled the counterparry and the remise until her bellguard rang, then walked home past "
        "the old tinworks, where tinstone still glittered in the dumps at dusk and the chestnut grove smelled of "
        "leaf mould.",
        "For the snowshoe workshop's database we keep migrations in flyway, try the same scripts in liquibase and "
        "sqitch, run dbmate in the test containers, review schema changes in bytebase and poke at the tables with "
        "adminer.",
        "The job calls load_inventory_csv, passes each row to pruneCycleYears and then to "
        "maps.layers.add_tree_points; the threshold lives in config.crown_lift_m inside "
        "tasks/street_trees/schedule.py, the docs are at https://trees.example.net/pruning/2028-02#alder-grove, "
        "and questions go to tree-team@example.net or @pollard_watch_tamsin. #streettrees #arboriculture",
        "Tamsin reckons the castagnaccio at Zennor was a proper job. Up in Hexham, Kerensa and Jory packed their "
        "bait and went gannin' to the fencing in Morpeth, where some gadgie with a spelk in his thumb got gubbed "
        "in the final.",
    ],
    "fr": [
        "À la distillerie, le lavandiculteur vérifia le col-de-cygne de l'alambic et le vase florentin, tandis "
        "qu'un castanéiculteur du village faisait sécher ses châtaignes dans la clède voisine.",
        "Après l'entraînement, le maître d'armes revit avec nous le contre-de-quarte et le une-deux ; au vestiaire, "
        "chacun rangea sa sous-cuirasse, et deux raquetteurs du club racontèrent leur sortie au clair de lune.",
        "L'arboriste-grimpeur refusa l'écimage du platane et proposa un haubanage ; près de l'ancienne mine, un "
        "prospecteur montrait la cassitérite trouvée dans un placer, au pied d'un terril couvert de bouleaux.",
        "Pour l'authentification du club, nous avons essayé casdoor, logto et freeipa, puis smallstep pour les "
        "certificats et oathkeeper devant l'intranet.",
        "La fonction charger_releves passe chaque mesure à calculerRendementHuile puis à "
        "graphiques.distillation.tracer_courbe ; la doc est sur https://lavande.exemple.fr/alambic/2028#vase-florentin, "
        "écrivez à distillerie-equipe@exemple.fr ou à @alambic_solene. #lavandefine #distillation",
        "Ramène-la-leur demain, pitchoun, et qu'on n'en parle plus : j'l'ai pas vue, mais Solène dit qu'à Banon, chez "
        "Anselme et Bérengère, y avait degun, que c'était grave bien quand même, et que ce zouave de Baptistin "
        "l'escagasse avec ses histoires.",
    ],
    "es": [
        "En la destilería, el espliego y el lavandín se cargaban en la alquitara, mientras el castañero del pueblo "
        "secaba castañas en el sequero y luego las llevaba al molino del río.",
        "Con las raquetas puestas y el anorak abrochado, seguimos al montañero hasta el refugio; esa noche, en el "
        "club, la tiradora repasó el batimiento, la finta y la flecha con su maestro de armas.",
        "El podador hizo un aclareo de copa y un terciado ligero, sin desmoche; en la antigua mina de estaño, el "
        "minero nos mostró la casiterita y la boca del socavón.",
        "En la cooperativa de castañas usamos lightdash y sqlpad para los informes, camunda y flowable para los "
        "procesos, zeebe para las colas de pedidos e inngest para las tareas programadas.",
        "La función leer_inventario pasa cada árbol a calcularCicloPoda y luego a mapas.capas.pintar_arboles; los "
        "datos están en https://arbolado.ejemplo.es/poda/2028#calle-del-olmo, escribe a equipo-arbolado@ejemplo.es "
        "o a @podas_itziar. #arboladourbano #poda",
        "Pruébatelas tú primero y luego déjaselas a Itziar, que Iñaki dice que en Ponferrada el concierto de Xabier "
        "estuvo guapísimo; su primo de Caracas dice que estuvo burda de bueno, y Mateo, el de Medellín, tocó como "
        "un berraco.",
    ],
    "de": [
        "Die Lavendeldestillationsanlage, der Kastanienmehlvorrat und die Schneeschuhbespannungsschnur lagen "
        "bereit, während der Straßenbaumpflegetrupp die Lichtraumprofilfreischneidung für die Allee plante.",
        "Es ist mühsam, die Rohhaut gleichmäßig einzuflechten, die Kastanien rechtzeitig vorzutrocknen, die "
        "Linden aufzuasten und den Lavendel vor der Mittagshitze abzudestillieren.",
        "Der Baumpfleger entfernte das Totholz, prüfte den Zwiesel und verzichtete auf jede Kappung; im "
        "Zinnbergbaumuseum nebenan zeigte die Florettfechterin ihren Kindern die alten Seifenzinnwäschen.",
        "Im Rechenzentrum der Stadt laufen terragrunt und infracost für die Infrastruktur, kyverno und "
        "kubeconform für die Prüfungen, devspace für die Entwicklung und kubeshark für die Fehlersuche.",
        "Die Funktion lade_baumkataster gibt jeden Baum an berechneLichtraum und dann an "
        "karten.ebenen.zeichne_kronen weiter; die Daten liegen unter "
        "https://baeume.beispiel.de/kataster/2028#lichtraumprofil, Fragen an baumteam@beispiel.de oder an "
        "@kronenpflege_gesche. #stadtbaum #baumpflege",
        "Ha noi, Gesche, der Jannik ist halt a Käpsele: In Nürtingen hat er beim Fechtturnier voll abgeräumt, "
        "und jetzt bruddelt er, weil's danach bloß a trocknes Brot ohne Gsälz gab.",
    ],
    "it": [
        "Nel seccatoio il castanicoltore rigirava le castagne, mentre al lavandeto il distillatore controllava il "
        "collo di cigno dell'alambicco e il vaso fiorentino.",
        "Dopo la ciaspolata, lo spadista ripassò la parata di mezzocerchio e il controtempo con il suo maestro, "
        "mentre due ciaspolatori raccontavano la salita al rifugio.",
        "La ditta eseguì la spalcatura e il diradamento della chioma, senza capitozzature, e ripulì le aiuole del "
        "viale con il decespugliatore e la motosega.",
        "Sui server del consorzio girano pyroscope e parca per la profilazione, falco per la sicurezza, longhorn "
        "per i dischi, talos come sistema operativo e pulumi per l'infrastruttura.",
        "La funzione leggi_distillazione passa ogni misura a calcolaResaOlio e poi a "
        "grafici.alambicco.disegna_curva; i dati sono su https://lavanda.esempio.it/distilleria/2028#vaso-fiorentino, "
        "scrivete a distilleria-squadra@esempio.it o a @alambicco_lidia. #lavanda #distillazione",
        "Gnamo, bimbi, diccelo stasera: la Lidia dice che a Castiglione di Garfagnana, da Tiziano e Gualtiero, i "
        "necci eran proprio boni, diacine, e i' babbo ne ha mangiati sei.",
    ],
    "pt": [
        "No caniço, o castanicultor revolvia as castanhas, enquanto o destilador enchia o alambique de rosmaninho "
        "e alfazema e vigiava a serpentina.",
        "O esgrimista apertou o guarda-mão, ajustou a careta e ensaiou o contratempo com o treinador; lá fora, "
        "o monitor de montanhismo entregava as raquetes de neve a quem ia subir à serra.",
        "A equipa fez uma poda de aclaramento e uma desramação ligeira, sem rolagem; na antiga mina, o mineiro "
        "mostrava a cassiterite, o volfrâmio e a escombreira junto ao poço.",
        "Na cooperativa usamos sidekiq e faktory para as filas, bullmq nos serviços em Node, oban na aplicação em "
        "Elixir, ferretdb como base de dados e pgvector para as pesquisas.",
        "A função ler_classificacao passa cada assalto a calcularIndiceAtirador e depois a "
        "tabelas.poule.desenhar_quadro; os dados estão em https://esgrima.exemplo.pt/poules/2028#quadro-final, "
        "escreva para equipa-esgrima@exemplo.pt ou para @poule_beatriz. #esgrima #espada",
        "Leva-lho amanhã e mostrar-lhas-ia eu, se pudesse: a Beatriz diz que em Bragança, em casa do Leandro e "
        "da Rosalina, o magusto foi de arromba, e que o gaiato dela comeu castanhas até dizer chega, mai'nada.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "sat": ["Johar! Iń ńutum do Surjo Kisku. Gapa iń Dumka hatre calak'ań, am hõ calak'me?"],
    "mjt": ["जोहार दादा! आपे चेत् लेकाते मेनाक् आपे? इञ दो हाट ते सुप आकरिञ चालाक् कान।"],
    "khr": ["जोहार! इञ आ ञिमि सुनील डुंगडुंग, आर इञ सिमडेगा ते होय।"],
    "bfy": ["का हाल-चाल हबै भइया? हम काल्हि रीवा जाब, तुम्हूँ हमरे साथे चलिहा।"],
    "bhb": ["तमु कां जाय रिया हो? आमु हाटे जाय रिया, सांजे पासा आवहुं।"],
    "gbm": ["तुम कख जाणा छा? मि अपणा गौं जाणु छौं, ब्वे घौरमा मेरु बाटु हेरणी च।"],
    "kfy": ["तुमर नौं के छ? म्यर गौं अल्माड़ है नजीक छ, और मैं हर साल बग्वाल में घर जानूं।"],
    "hne": ["तोर नाँव का हे? मोर नाँव रमेसर हे, अउ मँय रायपुरले आए हँव।"],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v79", QUOTA, HARD_NEGATIVES, "neg79")
    print(common.write_set(HERE, recs))
