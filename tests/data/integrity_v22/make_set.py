"""Build the v22 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v22/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v22: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is scored once, at the end of
that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from law,
finance, sport, transport, logistics and urban planning.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why riders save energy in a cycling peloton (drafting), a loan amortisation schedule with
      pandas and `numpy_financial.pmt` in JupyterLab, a night-shift dispatcher at a freight
      depot (literary), challenging a parking ticket ("Sure!", step by step), Malcom McLean and
      the shipping container (1956), soft pretzels for match days, index funds versus picking
      shares, an e-mail about a draft lease;
  fr: why the overhead contact wire of a railway zigzags, VAT on invoices with Python's
      `decimal` in PyCharm, a referee in the tunnel before a match (literary), an order for
      payment (injonction de payer) for a small unpaid invoice, four first tennis sessions
      ("Bien sûr !"), Haussmann's Paris, gâteau basque, tram versus bus rapid transit for a
      mid-sized town, a letter to a building manager about bicycle parking;
  es: the Magnus effect on a curling free kick, vehicle routing with Google OR-Tools
      (`RoutingModel`, `RegisterTransitCallback`), an old stevedore at the port of Valencia
      (literary), reading a payslip, a five-a-side football training session ("¡Claro!"),
      Cerdà's Eixample in Barcelona, empanada gallega, car leasing (renting) versus buying, an
      e-mail to a haulier about a late pallet;
  de: continuous welded rail, money in Rust with `rust_decimal` in RustRover, a lorry driver at
      a motorway rest area at night (literary), objecting to a tax assessment (Einspruch), a
      first month of rowing ("Klar!"), the Hamburg Speicherstadt, Frankfurter Grüne Soße,
      car-free city centres, a letter to the public order office about cars on a cycle lane,
      Dijkstra's shortest-path algorithm, how induction loops at traffic lights work, why
      container ships sail slower (slow steaming);
  it: why roundabouts are safer than crossroads, VAT with `decimal` and `pytest` in Visual
      Studio Code, a tram driver's first run at dawn (literary), registering a rental contract
      with the Agenzia delle Entrate, three Giro d'Italia stages by train ("Certo!"), the
      Autostrada del Sole (1956-1964), piadina romagnola, postal savings bonds versus an index
      fund, an e-mail to a courier about a damaged parcel;
  pt: why a steel ship floats (Archimedes, load lines), tracking shipments with the Django ORM
      (`select_related`, `makemigrations`) in PyCharm, a ferryman on a river (literary), the
      complaints book (livro de reclamações), a first padel match ("Claro!"), the 25 de Abril
      bridge in Lisbon, bifanas, car versus public transport around Lisbon, a letter to a
      condominium administration about a lift maintenance contract.

The hard negatives are new too, six per judged language: words the language itself writes as
one (whereunder, thereinafter, anyplace, leasehold, freehold, touchline, towpath, tollbooth,
overpass, fullback, headwind, forklift, payroll, withheld; lorsqu'un, ci-dessous, ci-joint,
vice-versa, chef-lieu, contre-pied, aide-mémoire, non-lieu, procès-verbal, sous-traitant,
hors-jeu, sous-sol, contresens, arrière-boutique, porte-monnaie; pasamontañas, guardacostas,
aparcacoches, contraseña, sobresueldo, correcaminos, pisapapeles, guardabarreras, deprisa;
zuvor, beileibe, wiederum, demgemäß, hierfür, gleichsam, hintendrein; stavolta, dappoiché,
qualcuno, contromano, dopobarba, portabagagli, spartitraffico, salvagente, capolinea,
fuorigioco, sottopassaggio, lungomare; embaixo, aquando, mediante, segunda-feira,
arranha-céus, contramão, autoestrada, pára-choques, salva-vidas), tool and brand names in
lower case in prose (osmand, osrm, graphhopper, opentripplanner, beancount, fava, kresus),
code identifiers in snake_case and camelCase and dotted names, URLs, e-mail addresses,
hashtags and @handles, German long compounds and particle verbs (with zu inside: umzuladen,
anzufechten, auszuliefern, einzuparken, zurückzuzahlen), clitics, elisions and contractions
(dites-le-nous, envoie-la-lui; entrégamelo, cóbraselo, explícanoslo; consegnaglielo,
pagatemelo, diteglielo; entrega-lho, pagar-lho-ia, vendê-la-emos, mostra-mo), names of people
and places, and informal spellings (yonks, chuffed, quid, reckon, g'day, oi; seum, bolosse;
pringao, molar, chupi; Ehrenmann, na logo, schnacken; gajardo, mo'; curte, bazar); and texts
in languages the detector does not judge (Tok Pisin, Papiamento, Serbian in Latin script,
Shona, Kinyarwanda, Lingala, Guarani, Tswana, none of them used by v9-v19), some with a glue
in them, which must get no word finding at all.
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
        "The easement described thereinafter runs along the towpath, whereunder the old drain lies; the "
        "leasehold flats share it with the freehold house, and the builder cannot park anyplace near it.",
        "The fullback jogged to the touchline against a stiff headwind, while the tollbooth on the overpass "
        "behind the stadium withheld its barrier and a forklift blocked the payroll office door.",
        "For route planning I use osmand on the phone and run osrm and graphhopper on a small server, with "
        "opentripplanner for buses; the household accounts live in beancount, browsed with fava, and my "
        "partner still prefers kresus.",
        "The importer calls load_manifest_rows, passes each one to parseTrackingNumber and then to "
        "customs.declarations.build_entry; settings.max_pallet_weight_kg is read once in "
        "depot/intake_worker.py, and test_rejects_overweight_pallet covers the edge case.",
        "The timetable is at https://transit.example.org/2028/route-42/weekday#night and complaints go to "
        "fares-desk@example.org, or tag @metro_wanjiru with #busgate and #routeplanning.",
        "Oi, g'day! Haven't seen you in yonks, mate. I reckon Wanjiru Kamau and Tadhg O'Sullivan were well "
        "chuffed when Aberystwyth beat Llanelli, and it only cost them a quid for the bus to Machynlleth.",
    ],
    "fr": [
        "Lorsqu'un témoin manque, le procès-verbal ci-joint le précise ci-dessous ; le juge a prononcé un "
        "non-lieu, et l'avocat, pris à contre-pied, a rangé son aide-mémoire dans son porte-monnaie.",
        "Le sous-traitant du chef-lieu a garé sa camionnette à contresens devant l'arrière-boutique, puis il "
        "est descendu au sous-sol ; l'arbitre, lui, a sifflé un hors-jeu, et vice-versa.",
        "Pour les trajets, j'utilise osmand sur le téléphone, osrm et graphhopper sur un petit serveur, et "
        "opentripplanner pour les bus ; les comptes du ménage tiennent dans beancount, que je consulte avec "
        "fava, mais ma compagne préfère kresus.",
        "Le script appelle charger_lignes_manifeste, passe chaque colis à analyserNumeroSuivi puis à "
        "douane.declarations.creer_entree ; parametres.poids_max_palette_kg est lu une fois dans "
        "depot/agent_reception.py.",
        "Les horaires sont sur https://transports.exemple.fr/2028/ligne-42/semaine#nuit, les réclamations "
        "vont à guichet-tarifs@exemple.fr ou à @metro_soizic. #mobilite #urbanisme",
        "Dites-le-nous franchement, envoie-la-lui demain : j'ai le seum, ce bolosse a raté le train pour "
        "Châtellerault, et Soizic Le Guennec attend toujours à Montceau-les-Mines avec Anatole.",
    ],
    "es": [
        "El guardacostas se quitó el pasamontañas, dejó los pisapapeles sobre la mesa y se fue deprisa; el "
        "aparcacoches le había pedido la contraseña del sobresueldo, y el guardabarreras miraba un "
        "correcaminos en la tele.",
        "Entrégamelo antes del viernes, cóbraselo a la empresa y explícanoslo luego con calma, que el "
        "contrato de alquiler no se entiende nada.",
        "Para las rutas uso osmand en el móvil, osrm y graphhopper en un pequeño servidor y "
        "opentripplanner para los autobuses; las cuentas de casa van en beancount, que miro con fava, "
        "aunque mi pareja prefiere kresus.",
        "El proceso llama a cargar_lineas_manifiesto, pasa cada bulto a analizarNumeroSeguimiento y luego a "
        "aduanas.declaraciones.crear_entrada; ajustes.peso_max_palet_kg se lee una vez en "
        "almacen/agente_recepcion.py.",
        "Los horarios están en https://transporte.ejemplo.es/2028/linea-42/laborables#noche; las quejas, a "
        "tarifas@ejemplo.es o a @metro_nerea. #movilidad #urbanismo",
        "Qué pringao, tío, se le escapó el autobús a Villagarcía. A mí me mola, es chupi, y Nerea Etxeberria "
        "ya viene de Mondoñedo con Casimiro Zubiaurre.",
    ],
    "de": [
        "Zuvor hatte er beileibe nicht gezahlt; wiederum verlangte das Gericht demgemäß die Kosten, und "
        "hierfür gab es gleichsam keinen Grund, wie er hintendrein zugab.",
        "Die Kraftfahrzeughaftpflichtversicherung, das Güterverkehrszentrum und die "
        "Rechtsschutzversicherungsgesellschaft hatten vor, die Ware umzuladen, den Bescheid anzufechten, "
        "die Pakete auszuliefern und das Geld zurückzuzahlen, ohne auch nur einmal einzuparken.",
        "Für Strecken nutze ich osmand auf dem Handy, osrm und graphhopper auf einem kleinen Server und "
        "opentripplanner für die Busse; die Haushaltskasse steckt in beancount, das ich mit fava ansehe, "
        "während meine Freundin lieber kresus nimmt.",
        "Der Dienst ruft load_manifest_rows auf, reicht jedes Paket an parseTrackingNumber und dann an "
        "customs.declarations.build_entry weiter; settings.max_pallet_weight_kg wird einmal in "
        "depot/intake_worker.py gelesen.",
        "Der Fahrplan steht unter https://verkehr.beispiel.de/2028/linie-42/werktags#nacht, Beschwerden "
        "bitte an tarifstelle@beispiel.de oder an @metro_wiebke. #verkehrswende #stadtplanung",
        "Na logo, Ehrenmann! Komm, wir schnacken noch 'n bisschen, bevor Wiebke Hinrichsen und Ole aus "
        "Büsum mit Thaddäus aus Castrop-Rauxel vorbeikommen.",
    ],
    "it": [
        "Stavolta, dappoiché qualcuno era entrato contromano, il pullman si fermò al capolinea; nel "
        "portabagagli c'erano un salvagente e il dopobarba, e sullo spartitraffico un vigile fischiava.",
        "L'arbitro fischiò un fuorigioco dubbio, poi tutti passarono dal sottopassaggio e finirono sul "
        "lungomare a discutere fino a sera.",
        "Consegnaglielo domani, diteglielo con calma e pagatemelo entro il mese: la bolletta e il contratto "
        "restano a voi.",
        "Per i percorsi uso osmand sul telefono, osrm e graphhopper su un piccolo server e opentripplanner "
        "per gli autobus; i conti di casa sono in beancount, che guardo con fava, ma mia moglie preferisce "
        "kresus.",
        "Lo script chiama carica_righe_manifesto, passa ogni collo ad analizzaNumeroTracciamento e poi a "
        "dogana.dichiarazioni.crea_voce; impostazioni.peso_max_bancale_kg viene letto una volta in "
        "deposito/agente_ricezione.py, e gli orari sono su https://trasporti.esempio.it/2028/linea-42#notte, "
        "reclami a ufficio-tariffe@esempio.it o a @metro_ilaria. #mobilita",
        "Aò, mo' vengo, è 'na cosa gajarda! Ilaria Scognamiglio e Ruggero arrivano da Civitavecchia con "
        "Gaspare di Castellammare di Stabia.",
    ],
    "pt": [
        "Aquando da assinatura, mediante um acordo feito na segunda-feira, o camião parou embaixo dos "
        "arranha-céus, em contramão, junto à autoestrada; tinha o pára-choques amolgado e dois salva-vidas "
        "na caixa.",
        "Entrega-lho amanhã; eu pagar-lho-ia já, mas vendê-la-emos só em maio. Mostra-mo quando chegares.",
        "Para as rotas uso o osmand no telemóvel, o osrm e o graphhopper num pequeno servidor e o "
        "opentripplanner para os autocarros; as contas de casa estão no beancount, que vejo com o fava, mas "
        "a minha mulher prefere o kresus.",
        "O processo chama carregar_linhas_manifesto, passa cada volume a analisarNumeroSeguimento e depois a "
        "alfandega.declaracoes.criar_entrada; definicoes.peso_max_palete_kg é lido uma vez em "
        "armazem/agente_rececao.py.",
        "Os horários estão em https://transportes.exemplo.pt/2028/linha-42/semana#noite; as queixas vão para "
        "balcao-tarifas@exemplo.pt, ou mencione @metro_iara. #mobilidade #urbanismo",
        "Bora bazar, que o jogo começa às oito! Curte-se bem, a Iara Gouveia e o Salvador vêm de Oliveira de "
        "Azeméis e o Gaspar de Vila Nova de Famalicão.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "tpi": ["Long Sarere, planti manmeri i go long maket long baim kaukau na kumu. Ol pikinini isave pilai "
            "long nambis taim papa mama i salim kaikai."],
    "pap": ["Djadumingu mainta nos ta bai laman ku henter famia. Despues nos ta kome piska kufunchi i bebe "
            "un refresko friu bou di e palu."],
    "sr": ["Svakog jutra idem autobusom na posao, a uveče se vraćam peške kroz park. Vikendom volim daigram "
           "fudbal sa prijateljima na terenu iza škole."],
    "sn": ["Mangwanani ega ega ndinofamba netsoka kuenda kubasa. Manheru tinodya sadza nenyama nemuriwo "
           "pamwe chete nemhuri yose."],
    "rw": ["Buri gitondo njya ku isoko kugura imboga n'imbuto. Abana bakina umupira mukibuga hafi y'ishuri."],
    "ln": ["Na mpokwa, bato mingi bazali kotambola pembeni ya ebale ya Kongo. Bana bazali kobeta ndembo "
           "nalopango ya eteyelo."],
    "gn": ["Ko'ẽro jaha kokuépe ñamba'apo. Che sy ojapo chipa ha mbeju ñande rógape ka'aru."],
    "tn": ["Mo mosong, bana ba ya sekolong kadinao. Fa ba boa, ba tshameka kgwele ya dinao le ditsala tsa "
           "bone."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v22", QUOTA, HARD_NEGATIVES, "neg22")
    print(common.write_set(HERE, recs))
