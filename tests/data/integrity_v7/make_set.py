"""Build the v7 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v7/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v7: v6 was scored once at the end of the findings-recall2 round and is a tuning set from
then on, like v3-v5.  Issue #21 asks for recall >= 0.98 at precision >= 0.99 on a new labelled
set kept apart from tuning, so this set was written (without looking at the detector's rules or
running it on these texts) and committed before the next round of detector changes, and is
scored once, at the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label; the same code rebuilds v5 and
v6 byte for byte).

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (explanations, step-by-step advice, a literary paragraph, a
technical answer with code spans and a product name, a "Sure! Here's..." reply, a historical
or scientific summary, a recipe, an opinion); eight per language, a ninth in French, Spanish,
Italian and Portuguese and twelve in German, so that every language has at least 120 glue labels:
  en: why bread goes stale, Docker layer caching, a night train (literary), declining a
      meeting, the Great Stink of 1858, shakshuka, e-readers versus paper, juggling;
  fr: why the sea is salty, validating e-mail addresses with re.compile, a clockmaker
      (literary), a child's birthday party, the Canal du Midi, crêpe batter, e-bikes versus
      bikes, speaking in public, compound interest;
  es: why cats purr, secrets in process.env and .env files, a grandmother sewing at siesta
      time (literary), learning to swim as an adult, Magellan and Elcano, gazpacho, remote
      versus office work, mRNA vaccines, sharpening a knife on a whetstone;
  de (twelve: German has no glue of two content words, so it needs more passages for the same
      number of labels): why onions make you cry, systemd timers, a baker on a winter morning
      (literary), a weekend in the Harz, the Hanseatic League, Swabian potato salad, electric
      versus petrol cars, how migratory birds navigate, the tax return, git merge conflicts,
      how earthquakes happen, moving house;
  it: why leaves change colour, Promise.all in JavaScript, a village barber (literary),
      packing for a long trip, the plague of 1348 in Florence, pesto, train versus plane,
      how Etna works, the CPU cache and loop order;
  pt: tides, pytest fixtures, a rainy-day bookshop (literary), starting to run, the 1755
      Lisbon earthquake, caldo verde, studying in the morning or at night, the bee dance,
      the history of azulejos.

The hard negatives are new too, at least four per judged language: words the language itself
writes as one (nonetheless, hereby, into, cannot, whereas; quelquefois, parfois, davantage,
toutefois, désormais; sinnúmero, quehacer, adonde, porvenir, sobremesa; zusammenarbeiten,
hinterher, irgendwo, sodass, mittlerweile; nonché, tuttavia, finché, dopodiché, sennonché;
embora, porém, outrora, amiúde, decerto), tool and brand names in lower case in prose
(kubectl, ffmpeg, youtube, wordpress, github, postgres, nginx), code identifiers in
snake_case and camelCase, URLs, e-mail addresses, hashtags and @handles, German long compounds
and particle verbs, clitics and elisions (dammelo, dáselo, fá-lo-ia, l'hôpital), names of
people and places, slang and informal spellings (gonna, wanna, gotta, kinda, alright, ouais,
porfa, vabbè, tô, pra); and texts in languages the detector does not judge (Danish,
Norwegian, Czech, Turkish, Finnish, Hungarian, Dutch), some with a glue in them, which must
get no word finding at all.
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
        "Nonetheless, the tenants moved into the flat anyway. We hereby confirm that the landlord cannot "
        "raise the rent this year, whereas the lease, albeit short, remains valid wherever it is registered; "
        "moreover, whoever signed it thereby agreed to the notice period, and the deposit is refundable upon request.",
        "I cut the clip with ffmpeg, upload it to youtube and mirror the notes on wordpress. The backend runs "
        "postgres behind nginx, the code lives on github, and a kubectl rollout restart fixes most stuck pods.",
        "Call get_user_by_id first and then refreshToken; the helper parseIsoDate lives in utils/date_helpers.py "
        "and returns None on bad input. The docs are at https://example.org/api/v2/users?include=roles, and "
        "questions go to support@acme-widgets.io or to @dev_marta on the forum. #devops #til",
        "Gonna be honest, I kinda wanna skip the gym today, but I gotta finish the run with Siobhan and "
        "Aleksandr before we drive up to Saskatchewan. Alright, lemme grab my shoes and we're off, y'all.",
        "Tchaikovsky spent summers near Klin, Dvořák wrote letters from Vysoká, and Janáček kept a house in "
        "Hukvaldy; later Rachmaninoff settled in Beverly Hills while Szymanowski stayed in Zakopane.",
    ],
    "fr": [
        "Quelquefois, et parfois même plusieurs jours de suite, il en voulait davantage ; toutefois, désormais, "
        "il restait auprès du feu, car autrefois il avait longtemps marché alentour, et quiconque le voyait "
        "pensait pourtant qu'il était plutôt content de son sort.",
        "Je coupe la vidéo avec ffmpeg, je la mets sur youtube et je publie le billet sur wordpress ; la base "
        "tourne sous postgres derrière nginx, le code est sur github et un kubectl rollout restart règle "
        "presque tous les soucis.",
        "La fonction get_user_by_id appelle ensuite refreshToken ; la documentation est sur "
        "https://exemple.fr/docs/api/v2, et vous pouvez écrire à contact@mon-atelier.fr ou à @marie_dev. #devops",
        "Jean-Baptiste a quitté l'hôpital d'Arcachon jusqu'à nouvel ordre ; s'il pleut, qu'il prenne "
        "l'autobus, c'est-à-dire celui de Saint-Jean-de-Luz, lorsqu'il passe près de l'Hôtel-Dieu.",
        "Ouais, t'inquiète, c'est un peu chelou mais on s'en fiche. J'suis crevé, on se capte demain au resto "
        "avec Kévin et Maëlys ?",
    ],
    "es": [
        "El porvenir de la finca era incierto; sin embargo, entre el sinnúmero de quehaceres, mi tío sacaba "
        "tiempo para ir adonde le pedían ayuda, y aunque parezca mentira, la sobremesa se alargaba a menudo "
        "hasta el anochecer. Acaso por eso, quizás, nadie lo contradecía nunca.",
        "Dáselo a tu hermana, cómpramelo mañana y díselo sin rodeos; luego llévatelas al coche y guárdamelas "
        "hasta el lunes, que ya te lo agradeceré.",
        "Corto el vídeo con ffmpeg, lo subo a youtube y publico la entrada en wordpress; la base de datos es "
        "postgres detrás de nginx, el código está en github y con kubectl reviso los pods.",
        "La función get_user_by_id llama después a refreshToken; consulta https://ejemplo.es/docs/v2 o "
        "escribe a soporte@mitienda.es, o menciona a @lucia_dev en el foro. #nodejs #programación",
        "¿Qué onda, güey? Porfa, mándame las fotos del finde: Íñigo y Begoña fueron de Zugarramurdi a "
        "Sanxenxo y volvieron por Ayerbe.",
    ],
    "de": [
        "Wir wollen künftig enger zusammenarbeiten; hinterher weiß man es immer besser, und irgendwo muss man "
        "ja anfangen. Deshalb haben wir uns vorgenommen, allerdings ohne Eile, einiges umzustellen, sodass "
        "niemand zurückbleibt, was mittlerweile ebenfalls die Geschäftsführung beziehungsweise der Betriebsrat "
        "so sieht.",
        "Die Donaudampfschifffahrtsgesellschaft, der Kraftfahrzeughaftpflichtversicherungsvertrag und die "
        "Grundstücksverkehrsgenehmigung beschäftigen das Landratsamt, während sich die "
        "Eisenbahnbrückeninstandsetzung weiter verzögert.",
        "Wir schneiden das Video mit ffmpeg, laden es auf youtube hoch und verlinken es auf wordpress; die "
        "Datenbank ist postgres hinter nginx, der Code liegt auf github, und mit kubectl schaut man nach den Pods.",
        "Die Funktion get_user_by_id ruft danach refreshToken auf; Details stehen unter "
        "https://beispiel.de/doku/api, Fragen bitte an hilfe@beispiel-firma.de oder an @jonas_dev. #kubernetes",
        "Haste mal 'nen Euro? Na klar, aber erst nachher, wenn wir aus Wuppertal-Vohwinkel zurück sind, "
        "sagte Grzegorz zu Ottfried und Mareike.",
    ],
    "it": [
        "Tuttavia il sindaco, nonché presidente del consorzio, rimase in carica finché non arrivò il "
        "commissario; eppure, benché stanco, lavorava ugualmente ogni giorno, dopodiché tornava a casa. "
        "Perlomeno così raccontano, sennonché qualcuno ne dubita ancora.",
        "Dammelo subito, portaglielo domani e raccontatecelo stasera; poi mettetevelo in tasca e non "
        "parlatene più con nessuno.",
        "Taglio il video con ffmpeg, lo carico su youtube e pubblico l'articolo su wordpress; il database è "
        "postgres dietro nginx, il codice sta su github e con kubectl controllo i pod.",
        "La funzione get_user_by_id chiama poi refreshToken; la documentazione è su "
        "https://esempio.it/docs/api, oppure scrivete ad assistenza@miazienda.it o a @giulia_dev. #python",
        "Raga, boh, ci vediamo dopo da Gianluca a Canicattì? Vabbè, allora facciamo a Pietrasanta da Ilaria.",
    ],
    "pt": [
        "Embora chovesse, a feira abriu como outrora; porém, os vendedores chegaram tarde, e amiúde "
        "queixavam-se do frio. Decerto, entretanto, ninguém se lembrava de que dantes, debaixo daquele "
        "telheiro, se falava acerca de tudo, afinal.",
        "Fá-lo-ia se pudesse; dar-te-ei a resposta amanhã, vê-la-emos no domingo e depois compra-lho na "
        "feira. Ele disse-mo ontem.",
        "Corto o vídeo com ffmpeg, carrego-o no youtube e publico o artigo no wordpress; a base de dados é "
        "postgres atrás do nginx, o código está no github e com o kubectl vejo os pods.",
        "A função get_user_by_id chama depois refreshToken; a documentação está em "
        "https://exemplo.pt/docs/api, ou escreva para apoio@minhaloja.pt ou para @rita_dev. #python",
        "Cara, tô indo pra casa do Joaquim em Pindamonhangaba, beleza? Depois passo em Freixo de Espada à "
        "Cinta com a Conceição. Valeu, falou!",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "da": ["De fleste mennesker drikker for lidt vand om vinteren. Hvis du får hovedpine omeftermiddagen, så "
           "prøv at have en flaske stående på skrivebordet hele dagen."],
    "nb": ["Når du skal på tur i fjellet, må du alltid sjekke værmeldingen først. Ta med ekstra klær og nok "
           "mat, selv om turen ser kort ut på kartet."],
    "cs": ["Když pečete chleba poprvé, nečekejte dokonalý výsledek. Těsto nechte kynout přes noc vlednici "
           "a ráno ho jen krátce prohněťte."],
    "tr": ["Ekmek bayatladığında atmayın; biraz su serpip fırında beş dakika ısıtırsanız yeniden yumuşar. "
           "Kalanları kurutup galeta unu yapabilirsiniz."],
    "fi": ["Suomessa sauna lämmitetään usein lauantaina, ja sen jälkeen mennään järveen uimaan, vaikka vesi "
           "olisi vielä kylmää."],
    "hu": ["Ha reggel korán indulsz, a piacon még friss a kenyér és a gyümölcs. Érdemes egy vászontáskát "
           "vinni magaddal, mertnem mindenhol adnak zacskót."],
    "nl": ["Wie voor het eerst een moestuin begint, kan het beste klein beginnen. Een paar bakken met sla en "
           "radijs zijn genoeg omte leren hoe de grond reageert."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v7", QUOTA, HARD_NEGATIVES, "neg7")
    print(common.write_set(HERE, recs))
