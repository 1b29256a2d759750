"""Build the v12 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v12/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v12: the sets before it are scored once at the end of their round and are tuning sets
from then on, like v3-v11.  This set was written (without looking at the detector's rules or
running it on these texts) and committed before the next round of detector changes, and is
scored once, at the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label; the same code rebuilds the
earlier sets byte for byte), with v7's quota.  It was written at the same time as v13 by a
different hand, with topics taken only from city life and neighbours, gardening and plants,
animals and pets, personal finance and shopping, crafts and DIY, and childhood and school, so
that the two sets do not share topics.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: how a falling cat rights itself, a Rust/Cargo tool sorting a bank export with the csv
      and serde crates, an old man on a fire escape watching his neighbours' windows
      (literary), hanging a shelf on plasterboard, teaching a child to ride a bike ("Sure!"),
      Dig for Victory and the victory gardens, courgette fritters, an e-mail to a bank about a
      duplicated card payment;
  fr: why young sunflowers follow the sun, a photo gallery with CSS grid and Firefox's grid
      inspector, a concierge at dawn (literary), the first days of a rescue dog, back-to-school
      shopping on a budget ("Bien sûr !"), Le Bon Marché and the first department store,
      cherry clafoutis, cash versus card, a letter to a head teacher about the school canteen;
  es: why the sensitive plant closes its leaves, a Makefile for GNU Make, neighbours taking
      their chairs out onto the pavement on a summer night (literary), a monthly budget with
      the 50/30/20 rule, a rabbit in a flat ("¡Claro!"), the Institución Libre de Enseñanza,
      pisto manchego, knitting versus crochet, an e-mail to the residents' association about
      the lift;
  de: why hedgehogs hibernate, Paperless-ngx with Docker Compose, a girl spending eighty cents
      at a kiosk after school (literary), side-shooting balcony tomatoes, a first flea-market
      stall ("Klar!"), the first savings banks, Zwiebelkuchen, indoor versus outdoor cats, a
      letter applying to look after a street tree, checking IBAN check digits (mod 97), how a
      sewing machine makes a lockstitch, why superglue sets so fast;
  it: why succulents need so little water (CAM), a bank statement with pandas in Jupyter, a
      village teacher on the last day of school (literary), teaching a dog to walk on a loose
      lead, handmade Christmas presents ("Certo!"), Montessori's first Casa dei Bambini,
      parmigiana di melanzane, the corner shop versus the supermarket, an e-mail asking for an
      urban allotment;
  pt: why dogs smell so well, a household budget in LibreOffice Calc with SOMA.SE, a woman
      watering geraniums at her window in an old street (literary), restoring an old wooden
      chair, pocket money for a child ("Claro!"), the Bolhão market in Porto, açorda
      alentejana, shopping online versus in a shop, an e-mail to a friend looking after the
      cat.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one (whosoever, hereafter, herein, thereby, whatnot, anymore, throughout, herewith,
wherefore, thereof, altogether; lorsque, partout, surtout, sinon, parmi, quelqu'un, auxquelles,
autant, dessus, alentour, bientôt, lesquels; metomentodo, sacapuntas, cuentagotas,
trabalenguas, lavaplatos, girasol, pasatiempo, espantapájaros, enseguida, tampoco, pelagatos;
seitdem, nebenan, bislang, allenfalls, vorhin, nachher, sobald, solange, sowieso, zumal,
inzwischen, soweit, womöglich; sebbene, chiunque, talvolta, soprattutto, qualora, poiché,
nemmeno, frattanto, ognuno, comunque, tantomeno, dovunque; talvez, senão, dantes, apesar,
enquanto, acima, abaixo, também, tampouco, demais, girassol, passatempo), tool and brand names
in lower case in prose (nextcloud, keepassxc, jellyfin, krita, gimp, inkscape, hugo,
thunderbird), code identifiers in snake_case and camelCase and dotted names, URLs, e-mail
addresses, hashtags and @handles, German long compounds and particle verbs (with zu inside:
umzugraben, aufzubauen, zurückzuschneiden, einzuzäunen, vorzuschlagen), clitics, elisions and
contractions (prête-les-moi, montre-le-nous, parle-m'en, allons-y; préstanoslo, llévatelos,
devuélvemela, cuéntanoslo; prestameli, riportaglieli, tienitelo, lasciamela, quest'anno;
empresta-mo, di-lo-emos, contar-lhe-ia, leva-to, naquela, nalguns, doutro, numa), names of
people and places, and informal spellings (lowkey, fr, tbh, bestie, whatevs, deffo, aight, rn;
askip, jpp, osef, frérot, oklm, chanmé; bua, chaval, flipas, en plan, ntp, bro, xd; jo, nee,
hamma, biste, bissl, gell, wa, grad; cioè, anvedi, sciallo, mo', asp, gg, troppo top; ganda,
altamente, baril, fds, chungo, bacano); and texts in languages the detector does not judge
(Danish, Swedish, Finnish, Hungarian, Czech, Turkish, Croatian, Lithuanian), some with a glue
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
        "Whosoever leaves a plot untended for a whole season may lose it hereafter, the rules say herein; "
        "the committee may thereby clear the sheds, the netting and whatnot, and nobody objects anymore, "
        "since the notice has hung on the gate throughout the summer.",
        "Herewith the minutes, wherefore I ask that any correction thereof reach me by Friday; the question "
        "of the bins was dropped altogether, and the question of the hedge was put off until another meeting.",
        "I keep the receipts in nextcloud and the passwords in keepassxc, the family films live on jellyfin, "
        "the kids paint in krita, I clean up the scans in gimp and draw the street map in inkscape, and the "
        "residents' newsletter is built with hugo and sent from thunderbird.",
        "The script calls load_monthly_statement, hands each row to categorizeExpense and then to "
        "budget.report_writer.to_markdown; config.savings_target_pct is read once in "
        "tools/pet_food_tracker.py, and test_ignores_refunded_orders covers the refunds.",
        "Join the waiting list at https://allotments.example.org/2027/waiting-list?plot=B14 or write to "
        "plots-committee@example.org; photos go under #allotmentlife and #growyourown, and please tag "
        "@greenfingers_harriet.",
        "Siobhán Ní Bhriain and Tadhg Ó Súilleabháin drove from Llanfairpwllgwyngyll to Auchtermuchty with "
        "Eilidh MacGillivray, then on to Kirkcudbright, Milngavie and Ecclefechan.",
        "Omg the new puppy is lowkey a menace fr, tbh he ate my sock rn and I'm like whatevs, he's sooo cute, "
        "deffo worth it, aight bestie?",
    ],
    "fr": [
        "Lorsque la voisine du dessus arrose ses jardinières, l'eau coule partout, surtout sur notre balcon ; "
        "sinon, elle est charmante, et quelqu'un parmi nous finit toujours par lui rendre ses pinces à linge, "
        "auxquelles elle tient autant qu'à ses géraniums.",
        "Les commerces d'alentour ferment bientôt, mais lesquels resteront ouverts le dimanche ? Personne ne "
        "le sait encore, et la mairie, pourvu qu'elle réponde, promet une liste avant l'été.",
        "Je range les factures dans nextcloud et les mots de passe dans keepassxc ; les films de famille sont "
        "sur jellyfin, les enfants dessinent dans krita, je retouche les scans avec gimp, et la lettre du "
        "quartier est faite avec hugo puis envoyée depuis thunderbird.",
        "Le script appelle charger_releve_mensuel, passe chaque ligne à classerDepense puis à "
        "budget.redacteur_rapport.vers_markdown ; config.objectif_epargne_pct est lu une fois dans "
        "outils/suivi_croquettes.py.",
        "Inscrivez-vous sur https://jardins.exemple.fr/2027/liste-d-attente?parcelle=B14 ou écrivez à "
        "comite-parcelles@exemple.fr ; les photos vont sous #jardinpartagé, avec @mainsvertes_ségolène.",
        "Prête-les-moi jusqu'à samedi, montre-le-nous d'abord et parle-m'en ce soir, allons-y : Ségolène et "
        "Anne-Sophie partent de Châlons-en-Champagne pour Saint-Jean-de-Luz, chez Grégoire.",
        "Askip le chaton du voisin est trop chou, jpp ; osef du bruit, frérot, c'est chanmé, on se pose oklm.",
    ],
    "es": [
        "Mi abuela, tan metomentodo como siempre, guardaba el sacapuntas, el cuentagotas y un trabalenguas "
        "apuntado en el cajón junto al lavaplatos; enseguida nos decía que el girasol del patio era su "
        "pasatiempo favorito y que el espantapájaros tampoco asustaba a ningún pelagatos.",
        "Préstanoslo hasta el sábado, llévatelos cuando quieras, devuélvemela limpia y cuéntanoslo todo "
        "después: Nerea y Ainhoa vienen de Villanueva de la Serena con Anselmo Etxeberria y luego siguen "
        "hasta Tordesillas.",
        "Guardo las facturas en nextcloud y las contraseñas en keepassxc; los vídeos de la familia están en "
        "jellyfin, los niños dibujan en krita, retoco los escaneos con gimp, y la hoja del barrio se hace con "
        "hugo y se envía desde thunderbird.",
        "El script llama a cargar_extracto_mensual, pasa cada fila a clasificarGasto y luego a "
        "presupuesto.generador_informe.a_markdown; config.objetivo_ahorro_pct se lee una vez en "
        "herramientas/control_pienso.py.",
        "Apúntate en https://huertos.ejemplo.es/2027/lista-de-espera?parcela=B14 o escribe a "
        "comision-huertos@ejemplo.es; las fotos, con #huertourbano y mencionando a @manosverdes_nerea.",
        "Bua, chaval, el perro del vecino se ha vuelto a escapar, flipas; en plan, ntp, bro, ya lo traigo "
        "yo, jajaja xd.",
    ],
    "de": [
        "Seitdem die Leute nebenan eingezogen sind, ist es bislang ruhig geblieben; allenfalls bellt vorhin "
        "oder nachher mal der Hund, sobald der Postbote kommt, und solange er das tagsüber tut, stört es uns "
        "sowieso nicht, zumal wir inzwischen selbst einen haben.",
        "Soweit ich weiß, hat die Kleingartenvereinsvorstandssitzung zusammen mit der Schulbezirksverwaltung "
        "beschlossen, im Frühjahr den Schulgarten umzugraben, Hühnerställe aufzubauen, die Hecken "
        "zurückzuschneiden, das Gelände einzuzäunen und womöglich ein Sommerfest vorzuschlagen.",
        "Ich lege die Rechnungen in nextcloud ab und die Passwörter in keepassxc; die Familienvideos liegen "
        "auf jellyfin, die Kinder malen in krita, ich bearbeite die Scans mit gimp, und der Nachbarschaftsbrief "
        "wird mit hugo gebaut und aus thunderbird verschickt.",
        "Das Skript ruft load_monthly_statement auf, reicht jede Zeile an categorizeExpense und dann an "
        "budget.report_writer.to_markdown weiter; config.savings_target_pct wird einmal in "
        "tools/pet_food_tracker.py gelesen.",
        "Anmeldung unter https://gaerten.beispiel.de/2027/warteliste?parzelle=B14 oder an "
        "parzellen-ausschuss@beispiel.de; Fotos bitte mit #kleingarten und @gruenedaumen_wiebke.",
        "Jo, biste grad beim Bäcker? Nee, hamma nich, gell, aber der Kuchen is bissl lecker, wa. Wiebke und "
        "Torben aus Castrop-Rauxel fahren mit Hildegard aus Sankt Peter-Ording nach Garmisch-Partenkirchen.",
    ],
    "it": [
        "Sebbene il vicino dica sempre che chiunque può usare il cortile, talvolta si lamenta, soprattutto "
        "qualora i bambini giochino a pallone; poiché nemmeno sua moglie gli dà ragione, frattanto ognuno fa "
        "comunque come vuole, tantomeno lo ascolta, e il pallone rimbalza dovunque.",
        "Prestameli fino a sabato, riportaglieli puliti e tienitelo per te, poi lasciamela sul tavolo: "
        "quest'anno Ludovica e Tancredi partono da Civitavecchia per Roccaraso con Gianmarco Sciarrone.",
        "Tengo le ricevute su nextcloud e le password su keepassxc; i video di famiglia stanno su jellyfin, i "
        "bambini disegnano con krita, ritocco le scansioni con gimp, e il notiziario del quartiere si fa con "
        "hugo e parte da thunderbird.",
        "Lo script chiama carica_estratto_mensile, passa ogni riga a classificaSpesa e poi a "
        "bilancio.generatore_report.in_markdown; config.obiettivo_risparmio_pct viene letto una volta in "
        "strumenti/spesa_crocchette.py.",
        "Iscriviti su https://orti.esempio.it/2027/lista-di-attesa?lotto=B14 oppure scrivi a "
        "comitato-orti@esempio.it; le foto con #ortourbano e taggando @pollicegreen_ludovica.",
        "Cioè, il gatto del vicino è troppo top, anvedi come salta, asp che lo filmo; sciallo, mo' arrivo, gg.",
    ],
    "pt": [
        "Talvez a vizinha tenha razão, senão teria dito algo dantes; apesar disso, enquanto o gato andar por "
        "aí, acima e abaixo do telhado, o cão também não se cala, tampouco dorme, e demais o sabemos.",
        "Empresta-mo só até sábado; di-lo-emos à tua mãe, eu contar-lhe-ia tudo, mas leva-to tu, que naquela "
        "caixa, nalguns sacos e numa mochila doutro primo cabe o girassol de papel e o passatempo dos miúdos.",
        "Guardo os recibos no nextcloud e as palavras-passe no keepassxc; os vídeos da família estão no "
        "jellyfin, os miúdos desenham no krita, retoco as digitalizações no gimp, e o boletim do bairro é "
        "feito com o hugo e enviado pelo thunderbird.",
        "O script chama carregar_extrato_mensal, passa cada linha a classificarDespesa e depois a "
        "orcamento.gerador_relatorio.para_markdown; config.objetivo_poupanca_pct é lido uma vez em "
        "ferramentas/controlo_racao.py.",
        "Inscreve-te em https://hortas.exemplo.pt/2027/lista-de-espera?talhao=B14 ou escreve para "
        "comissao-hortas@exemplo.pt; as fotos vão com #hortaurbana e a menção @maosverdes_joaquina.",
        "Ganda cão, meu! Altamente, o bicho é mesmo baril; o passeio do fds foi chungo por causa da chuva, "
        "mas o teu primo Joaquim, de Vila Nova de Foz Côa, é bacano.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "da": ["Vores nabo har en lille køkkenhave bag huset, hvor han dyrker kartofler og jordbær. Om sommeren "
           "giver han altid enpose jordbær til børnene på vejen."],
    "sv": ["Min katt sover hela dagen i fönstret och vaknar bara när grannen går förbi med sin hund. På "
           "kvällen vill hon ha mat, och sedan springer hon runt i lägenheten."],
    "fi": ["Lapsena kävin koulua pienessä kylässä, jossa oli vain kaksi luokkaa. Talvella hiihdimme kouluun "
           "jaopettaja keitti meille kaakaota."],
    "hu": ["A szomszédunk minden tavasszal paradicsomot és paprikát ültet a kertjében. Nyáron mindig hoz "
           "nekünk egy kosár zöldséget."],
    "cs": ["Na trhu v sobotu ráno kupuji čerstvou zeleninu a chleba. Prodavačka mě už zná avždy mi dá jablko "
           "navíc."],
    "tr": ["Mahallemizdeki pazarda her hafta taze meyve ve sebze satılır. Annem en ucuz domatesleri bulmak "
           "için bütün tezgâhları tek tek gezer."],
    "hr": ["Moja baka plete vunene čarape za cijelu obitelj. Svake zime dobijemo novi par iuvijek su "
           "najtoplije."],
    "lt": ["Mūsų kieme auga sena obelis, po kuria vaikai žaidžia visą vasarą. Rudenį kaimynai kartu skina "
           "obuolius ir verda uogienę."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v12", QUOTA, HARD_NEGATIVES, "neg12")
    print(common.write_set(HERE, recs))
