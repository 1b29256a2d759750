"""Build the v15 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v15/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v15: the sets before it are scored once at the end of their round and are tuning sets
from then on, like v3-v13.  This set was written (without looking at the detector's rules or
running it on these texts) and committed before the next round of detector changes, and is
scored once, at the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label; the same code rebuilds the
earlier sets byte for byte), with v7's quota.  It was written at the same time as v14 by a
different hand, with topics taken only from money and banking, photography, museums and art,
emergencies and safety, parenting, and the physics of everyday things, so that the two sets do
not share topics.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why a spoon looks bent in a glass of water, renaming photos by the date taken in
      PowerShell (Get-ChildItem, exiftool), a museum guard alone with a small portrait before
      opening time (literary), a pan of burning oil, a bedtime routine for a two-year-old
      ("Sure!"), the Medici bank, Scotch pancakes, film versus digital photography;
  fr: why ice cubes crack in a drink, a timelapse from photos with FFmpeg, a painter copying a
      Dutch landscape in a closed museum (literary), testing a smoke alarm and a family escape
      plan, a four-year-old's first museum visit ("Bien sûr !"), the theft of the Mona Lisa in
      1911, gratin dauphinois, a joint account or separate accounts for a couple, a letter to
      a bank disputing fees;
  es: why a metal spoon feels colder than a wooden one, validating transfer orders with JSON
      Schema and Python's jsonschema, a village photographer and his negatives (literary),
      smelling gas at home, photographing your children at home with a phone ("¡Claro!"), the
      opening of the Prado in 1819, salmorejo, credit versus debit card, an e-mail asking a
      bank for a mortgage appointment;
  de: why a vacuum flask keeps tea hot, request rates with PromQL in Prometheus and Grafana, a
      museum night watchman (literary), the recovery position, photographing in snow
      ("Klar!"), the Fuggers of Augsburg, Rote Grütze, direct bank versus branch bank, a
      letter to a nursery teacher about settling in, the Luhn check digit, how a camera
      focuses (contrast and phase detection), why a spinning top does not fall over;
  it: why soap bubbles are coloured, summing bank transactions in Elixir with Enum and
      Decimal, a restorer cleaning a fresco (literary), an emergency bag and what to do in an
      earthquake, a two-year-old's tantrums ("Certo!"), the Monti di Pietà, ossobuco alla
      milanese, prime versus zoom lens, an e-mail booking a school visit to a museum;
  pt: why you hear the sea in a seashell, Vim macros (qa, @a, :normal) on an expenses file, an
      old street photographer in Alfama (literary), a lost or cloned bank card, preparing a
      three-year-old for a new sibling ("Claro!"), Calouste Gulbenkian and his museum,
      pastéis de bacalhau, a term deposit versus index funds, an e-mail to a teacher about a
      child's nut allergy.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one (hereupon, thenceforth, wheresoever, whereat, thereunto, forasmuch, likewise,
thereabouts, hereabouts, whomever; ailleurs, d'ailleurs, lendemain, pourboire, portemanteau,
tournevis, auquel, desquelles, peut-être, quelques-unes; portamonedas, pararrayos, matasellos,
guardarropa, cuentakilómetros, medianoche, alrededor, conque, aguanieve; obgleich, wenngleich,
einstweilen, irgendwann, nirgendwo, seinerzeit, vorerst, hingegen, deswegen, dorthin;
neppure, piuttosto, nonostante, sottosopra, laggiù, lassù, apposta, perbene, cosiddetto,
capolavoro, francobollo, cavatappi, portacenere; alhures, aquém, adiante, donde, daqui,
pontapé, passaporte, paraquedas, mandachuva, saca-rolhas), tool and brand names in lower case
in prose (darktable, rawtherapee, digikam, immich, photoprism, gnucash, hledger,
vaultwarden), code identifiers in snake_case and camelCase and dotted names, URLs, e-mail
addresses, hashtags and @handles, German long compounds and particle verbs (with zu inside:
abzuheben, einzuzahlen, aufzuladen, nachzuzählen, zurückzurufen), clitics, elisions and
contractions (rends-la-lui, envoie-les-moi, garde-les-nous; devuélveselo, enséñamela,
mándanoslos, préstaselas; ridaglielo, mostramela, spediscimelo, pagaglieli; pagar-lho-ei,
devolve-mo, entrega-lha, fá-lo-emos, noutro, dum), names of people and places, and informal
spellings (omw, lol, bet, fam, legit, ofc, no cap, sus; slt, dsl, bcp, pk, zarbi; chido, wey,
qué onda, mazo, chachi, porfis, tqm; moinsen, ham, isso, kein Ding, hab'sch; ammazza, xò, qlc,
vabbuò, ahò; véi, bagulho, kkk, tlgd, sqn, partiu); and texts in languages the detector does
not judge (Breton, West Frisian, Scottish Gaelic, Maori, Malay, Zulu, Somali, Occitan, none
of them used by v9-v13), some with a glue in them, which must get no word finding at all.
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
        "The deed was signed, and hereupon the estate passed to her nephew; thenceforth, wheresoever he "
        "travelled, the rents went thereunto, forasmuch as the will said so, and likewise the orchard, whereat "
        "the neighbours grumbled for thereabouts a decade.",
        "Whomever you ask hereabouts will tell you the same: I sort raw files in darktable, try the odd one in "
        "rawtherapee, tag the family albums in digikam and back them up to immich, while photoprism runs on the "
        "old laptop.",
        "The importer calls parse_statement_rows, passes each row to normalizeCounterparty and then to "
        "ledger.postings.split_by_category; config.fx_rate_cache_ttl is read once in "
        "importers/bank_csv_reader.py, and test_ignores_pending_holds covers the odd case.",
        "The budget sheet lives at https://wiki.example.org/household/2028-budget#savings and the export "
        "script at https://code.example.dev/finance/hledger-tools/-/merge_requests/57; mail "
        "treasurer-desk@example.org or ping @ledger_tamsin. #personalfinance #hledger",
        "Tamsin Oyelaran-Whitcombe took the sleeper from Inverness to Penzance with Ebenezer Quayle and "
        "Niamh Ó Súilleabháin, then went on to Mousehole and Zennor.",
        "omw lol, bet, save me a seat fam. That gig was legit, no cap, ofc the bouncer was kinda sus tho. "
        "I keep my passwords in vaultwarden and the bills in gnucash.",
    ],
    "fr": [
        "D'ailleurs, le lendemain, elle laissa un pourboire et repartit chercher ailleurs le tournevis "
        "qu'elle avait posé sur le portemanteau, auquel pendaient quelques-unes des écharpes desquelles "
        "elle ne se séparait peut-être jamais.",
        "Je trie mes photos dans darktable, je retouche parfois un fichier dans rawtherapee, je classe les "
        "albums dans digikam et je sauvegarde tout sur immich ; les comptes du ménage sont tenus dans gnucash.",
        "L'importateur appelle lire_lignes_releve, passe chaque ligne à normaliserBeneficiaire puis à "
        "compta.ecritures.ventiler_par_poste ; config.duree_cache_taux est lu une fois dans "
        "importeurs/lecteur_csv_banque.py.",
        "Le budget est sur https://wiki.exemple.org/maison/budget-2028#epargne, les questions vont à "
        "tresorerie-foyer@exemple.fr ou à @compta_solenn. #financesperso #budget",
        "Rends-la-lui demain, envoie-les-moi ce soir et garde-les-nous jusqu'à jeudi : Solenn et Erwann "
        "descendent de Landerneau à Montélimar, puis filent chez Ghislaine à Lons-le-Saunier.",
        "Slt, dsl pour hier, j'avais bcp de boulot. Pk tu m'as pas rappelé ? C'était zarbi, bref, ça "
        "marche pour samedi.",
    ],
    "es": [
        "A medianoche, con la aguanieve cayendo alrededor de la casa, buscó el portamonedas en el "
        "guardarropa; conque el matasellos del sobre no mentía, y el cuentakilómetros del coche tampoco, "
        "pensó mirando el pararrayos del tejado.",
        "Ordeno las fotos en darktable, retoco alguna en rawtherapee, etiqueto los álbumes en digikam y hago "
        "copias en immich; las cuentas de casa las llevo en gnucash y las contraseñas en vaultwarden.",
        "El importador llama a leer_filas_extracto, pasa cada fila a normalizarBeneficiario y luego a "
        "contabilidad.asientos.repartir_por_partida; config.duracion_cache_cambio se lee una vez en "
        "importadores/lector_csv_banco.py.",
        "El presupuesto está en https://wiki.ejemplo.org/hogar/presupuesto-2028#ahorro; las dudas, a "
        "tesoreria-hogar@ejemplo.es o a @cuentas_maialen. #finanzaspersonales #ahorro",
        "Devuélveselo mañana, enséñamela antes y préstaselas sin miedo, que Maialen y Gorka bajan de "
        "Mondoñedo a Villanueva de la Serena y luego mándanoslos a Tordesillas con Leocadia.",
        "Qué onda, wey, estuvo bien chido lo de anoche. Porfis, pásame las fotos, tqm. Aquí en Madrid "
        "mazo de gente, chachi todo.",
    ],
    "de": [
        "Obgleich sie irgendwann umziehen wollte, blieb sie vorerst; wenngleich es nirgendwo so ruhig war, "
        "fuhr sie seinerzeit einstweilen nicht dorthin. Ihr Bruder hingegen zog weg, und deswegen rief sie "
        "ihn jeden Sonntag an.",
        "Die Kontoführungsgebührenerstattung, die Rauchwarnmelderwartungsfirma und die "
        "Museumsinselbauverwaltung haben versprochen, das Geld zurückzuüberweisen, die Geräte "
        "nachzuzählen, die Akkus aufzuladen und uns morgen zurückzurufen; ich habe vergessen, Bargeld "
        "abzuheben und einzuzahlen.",
        "Ich sortiere meine Fotos in darktable, bearbeite manche in rawtherapee, verschlagworte die Alben "
        "in digikam und sichere alles auf immich; das Haushaltsbuch führe ich in hledger.",
        "Der Import ruft parse_statement_rows auf, reicht jede Zeile an normalizeCounterparty und dann an "
        "ledger.postings.split_by_category weiter; config.fx_rate_cache_ttl wird einmal in "
        "importers/bank_csv_reader.py gelesen.",
        "Das Haushaltsbudget steht unter https://wiki.beispiel.de/haushalt/budget-2028#ruecklagen, Fragen "
        "bitte an kassenwart@beispiel.de oder an @finanzen_hauke. #finanzen #haushaltsbuch",
        "Moinsen! Ham wa noch Brötchen? Isso, kein Ding, hab'sch schon geholt. Hauke und Wiebke kommen aus "
        "Büsum, Gesche aus Castrop-Rauxel.",
    ],
    "it": [
        "Nonostante la pioggia, piuttosto che restare laggiù salì lassù apposta, con il cavatappi in tasca: "
        "la casa era sottosopra, neppure il portacenere era al suo posto, ma il cosiddetto capolavoro "
        "del nonno, un francobollo raro, era conservato perbene.",
        "Ridaglielo domani, mostramela prima di uscire, spediscimelo entro venerdì e pagaglieli in "
        "contanti: le fatture, invece, tienile tu.",
        "Ordino le foto in darktable, ritocco qualche scatto in rawtherapee, catalogo gli album in digikam e "
        "faccio le copie su immich; i conti di casa li tengo in gnucash.",
        "L'importatore chiama leggi_righe_estratto, passa ogni riga a normalizzaBeneficiario e poi a "
        "contabilita.scritture.ripartisci_per_voce; config.durata_cache_cambio viene letto una volta in "
        "importatori/lettore_csv_banca.py.",
        "Il bilancio è su https://wiki.esempio.org/casa/bilancio-2028#risparmi; le domande a "
        "tesoreria-casa@esempio.it oppure a @conti_ludovica. #finanzepersonali #risparmio",
        "Ammazza, ahò, xò che serata! Vabbuò, qlc foto te la mando dopo. Ludovica e Tancredi stanno a "
        "Frascati, Ermenegilda a Civitavecchia.",
    ],
    "pt": [
        "Donde vens tu? Daqui a nada parto, disse o mandachuva, com o passaporte no bolso e o saca-rolhas na "
        "mala; alhures, aquém do rio, um rapaz dava um pontapé na bola e, mais adiante, alguém saltava de "
        "paraquedas.",
        "Pagar-lho-ei amanhã; devolve-mo quando puderes, entrega-lha no escritório e fá-lo-emos noutro dia, "
        "dum modo mais calmo.",
        "Organizo as fotografias no darktable, retoco algumas no rawtherapee, catalogo os álbuns no digikam "
        "e faço cópias no immich; as contas de casa ficam no gnucash.",
        "O importador chama ler_linhas_extrato, passa cada linha a normalizarBeneficiario e depois a "
        "contabilidade.lancamentos.repartir_por_rubrica; config.duracao_cache_cambio é lido uma vez em "
        "importadores/leitor_csv_banco.py.",
        "O orçamento está em https://wiki.exemplo.org/casa/orcamento-2028#poupanca; as dúvidas vão para "
        "tesouraria-casa@exemplo.pt, ou mencione @contas_gaspar. #financaspessoais #poupanca",
        "Véi, que bagulho foi aquele, kkk! Tlgd, ia ser rápido, sqn. Partiu praia? O Gaspar e a Leonor vêm "
        "de Vila Nova de Famalicão, a Benedita de Ponte de Lima.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "br": ["Er goañv e vez tomm an ti gant an tan-koad, ha mamm-gozh a gont istorioù d'ar vugale. Goude "
           "koan e vez evet ur banne chistr gantannezhi."],
    "fy": ["Yn 'e winter geane in protte minskenop 'e iis te reedriden. As it hurd friest, kinne se fan doarp "
           "nei doarp ride oer de feart."],
    "gd": ["Tha an t-sìde fliuch an-diugh, ach bidh sinn a' dol don tràigh co-dhiù. Bheir sinn leinn "
           "ceapairean agus teatha ann am flasg."],
    "mi": ["I te ata, ka haere ngā tamariki ki te kura mā runga pahi. I muri i te kura, ka tākaro rātouki "
           "te papa tākaro i te taha o te moana."],
    "ms": ["Setiap pagi Sabtu, kami sekeluarga pergi ke pasar untuk membeli ikandan sayur. Selepas itu, kami "
           "bersarapan nasi lemak di kedai makan berhampiran."],
    "zu": ["Sawubona, unjani? Ngiyaphila, ngiyabonga. Namuhla sizohamba siye edolobheni siyothenga "
           "izingubo zezingane nokudla kwesonto."],
    "so": ["Subaxdii hore waxaan cabnaa shaah iyo caano, kadibna carruurtu waxay aadaan dugsiga. Galabtii "
           "waxaan u soconnaa xeebta si aan unasanno."],
    "oc": ["Cada dimenge de matin, anam al mercat del vilatge per cromparde formatge, de pan e de frucha. "
           "Puèi nos pausam a la terrassa del cafè."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v15", QUOTA, HARD_NEGATIVES, "neg15")
    print(common.write_set(HERE, recs))
