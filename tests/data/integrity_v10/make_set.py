"""Build the v10 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v10/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v10: v9 is scored once at the end of its round and is a tuning set from then on, like
v3-v8.  This set was written (without looking at the detector's rules or running it on these
texts) and committed before the next round of detector changes, and is scored once, at the end
of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label; the same code rebuilds v5-v9
byte for byte), with v7's quota.

The passages (passages_<lang>.txt) are new, and each language has its own topics, drawn from
everyday life at home, food, nature and science explanations, and software (databases, shells,
the web), written in the registers of LLM answers (an explanation, a technical answer with code
spans and a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply,
a historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in
French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why a cut apple turns brown, `set -euo pipefail` in Bash scripts, a woman watching snow
      fall on the garden from the kitchen window (literary), mould in bathroom grout, starting
      a compost bin, the origins of SQL, mushroom risotto, an e-mail to a flatmate about the
      electricity bill and the cleaning;
  fr: why water boils at a lower temperature in the mountains, testing an API with curl, an
      old man watering his tomatoes at dusk (literary), descaling a kettle, easy house plants,
      the birth of the Web at CERN, French onion soup, dishwasher versus washing up by hand,
      an e-mail to a plumber asking for a quote;
  es: why ice floats, fetch with async/await in the browser, a woman hanging out washing on a
      flat roof (literary), tidying a wardrobe, quick weekday dinners, the history of
      chocolate, croquetas de jamón, pressure cooker versus slow cooking, an e-mail to a web
      developer about a broken contact form;
  de: why fireflies glow, find and xargs with -print0, an old man in his allotment in October
      (literary), cleaning windows without streaks, a shopping list for a Sunday breakfast,
      the potato in Prussia, Apfelstrudel, bean-to-cup machine versus filter coffee, a letter
      to a neighbour asking her to take in parcels, binary search, how DNS resolves a name,
      why washing dries on the line in frost;
  it: why stars twinkle, Redis as a cache with GET/SET EX/DEL, a grandmother rolling out
      pasta on a Sunday morning (literary), repotting a plant, cutting food waste at home, the
      tomato in Italy, pasta e fagioli, cooking at home versus ordering delivery, an e-mail to
      a registrar about renewing a domain;
  pt: rainbows, resizing photos with a shell loop and ImageMagick, a girl picking oranges in
      her grandmother's yard in Tavira (literary), red-wine stains on a tablecloth, saving
      water at home, Catherine of Braganza and tea, orange cake, relational versus NoSQL
      databases for a small online shop, a letter to a neighbour about her cat in the garden.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one (notwithstanding, whereupon, insofar, thereafter, henceforth, nevertheless,
whereabouts, somewhat; dorénavant, néanmoins, quiconque, quoique, autrefois, sitôt, d'emblée,
plutôt; sinvergüenza, sacacorchos, cortaúñas, mediodía, enhorabuena, paraguas, guardabosques,
altavoz; infolgedessen, demzufolge, dementsprechend, unterdessen, zwischendurch, wohingegen,
stattdessen, insofern; affinché, benché, dappertutto, anziché, semmai, purché, dopotutto,
oltremodo, perlopiù; aliás, todavia, contudo, conquanto, porquanto, sobretudo, defronte,
debaixo), tool and brand names in lower case in prose (zsh, starship, direnv, fzf, jq, duckdb,
lazygit, pnpm), code identifiers in snake_case and camelCase and dotted names, URLs, e-mail
addresses, hashtags and @handles, German long compounds and particle verbs (with zu inside:
aufzuräumen, wegzuwerfen, umzutopfen, nachzufüllen), clitics and elisions (rends-les-nous,
dis-le-leur, vas-y; cómetelo, pónselo, tráemelos, házmelo; mandaglielo, spiegamelo,
ricordatelo, procuratevelo; dir-lho-ei, mandar-to-ia, mostra-lhas, dá-mas), names of people
and places, and informal spellings (bruh, nope, yep, idk, brb, nvm, y'all, ain't; bah, jsp,
chelou, relou, tkt, kiffe, ptdr; tío, guay, mogollón, tmb, bss; ey, weißte, haste, krass,
nich, auf'm; zio, figata, sbatti, ciaone, tvb; ya, mano, cena, curti, vc, blz, pq); and texts
in languages the detector does not judge (Catalan, Romanian, Indonesian, Polish, Irish,
Luxembourgish, Esperanto, Latin), some with a glue in them, which must get no word finding at
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
        "Notwithstanding the rain, the picnic went ahead, whereupon the wasps arrived; insofar as anyone "
        "enjoyed it, the children did, and thereafter we ate indoors. Henceforth we check the forecast; "
        "nevertheless, the whereabouts of the good blanket remain somewhat of a mystery.",
        "My dotfiles set up zsh with starship for the prompt and direnv for per-project variables; I jump "
        "between folders with fzf, read API output through jq, query parquet files in duckdb, commit with "
        "lazygit and install front-end packages with pnpm.",
        "The handler calls load_recipe_index, passes each row to parseIngredientList and then to "
        "pantry.stock_checker.find_missing; config.cache_ttl_seconds comes from app/settings/defaults.toml, "
        "test_empty_pantry_returns_all covers the edge case, and shoppingList.addItemOnce avoids duplicates.",
        "The recipe archive lives at https://kitchen.example.org/archive/2028/soups?sort=newest#winter and "
        "the API docs at https://api.example.io/v3/docs/pantry-items; mail questions to "
        "pantry-support@example.org or tag @soupnerd_ingrid. #mealprep #sundaysoup",
        "Siobhán Ní Bhriain and Tadhg Ó Súilleabháin drove from Dún Laoghaire to Llanfairpwllgwyngyll with "
        "Xiomara Castellanos-Whitfield, then took the ferry from Aberdeen to Kirkwall and on to Scalloway.",
        "Bruh, nope, idk where the charger went, brb. Yep, y'all were right, it ain't in the car, nvm, found "
        "it under the couch lol.",
    ],
    "fr": [
        "Dorénavant, quiconque entre dans la cuisine s'essuie les pieds ; néanmoins, autrefois, on n'y prêtait "
        "guère attention, quoique la grand-mère le répétât sitôt la porte ouverte. D'emblée, dès qu'il pleut, "
        "c'est plutôt la boue qui gagne.",
        "Mon shell, c'est zsh avec starship pour l'invite et direnv pour les variables de chaque projet ; je "
        "cherche les fichiers avec fzf, je filtre le JSON avec jq, j'interroge mes données dans duckdb et je "
        "fais mes commits avec lazygit.",
        "Le script appelle charger_index_recettes, passe chaque ligne à analyserIngredients puis à "
        "garde_manger.verificateur.trouver_manquants ; config.duree_cache_secondes vient de "
        "app/reglages/defauts.toml, et listeCourses.ajouterUneFois évite les doublons.",
        "Les archives sont sur https://cuisine.exemple.org/archives/2028/soupes?tri=recent#hiver ; écrivez à "
        "entraide-recettes@exemple.org ou mentionnez @soupe_et_pain_lou. #batchcooking #soupedudimanche",
        "Rends-les-nous avant jeudi, dis-le-leur gentiment, et vas-y sans attendre : Anaïs, Gaëtan et "
        "Ségolène nous attendent à Châteauneuf-du-Pape, puis à Villefranche-sur-Saône chez Rodolphe.",
        "Bah, jsp, c'était chelou ce truc, et relou en plus. Tkt, je kiffe quand même, ptdr, on se capte "
        "demain ?",
    ],
    "es": [
        "A mediodía, el sinvergüenza del vecino nos pidió el sacacorchos y el cortaúñas; tampoco devolvió el "
        "paraguas, aunque le dimos la enhorabuena por la boda. El guardabosques, en cambio, sí trajo el "
        "altavoz que le prestamos.",
        "Uso zsh con starship para el prompt y direnv para las variables de cada proyecto; busco archivos con "
        "fzf, filtro el JSON con jq, consulto los datos en duckdb, hago los commits con lazygit e instalo "
        "paquetes con pnpm.",
        "El script llama a cargar_indice_recetas, pasa cada fila a analizarIngredientes y luego a "
        "despensa.verificador.buscar_faltantes; config.duracion_cache_segundos se lee en "
        "app/ajustes/valores.toml y listaCompra.agregarUnaVez evita los duplicados.",
        "El archivo está en https://cocina.ejemplo.org/archivo/2028/sopas?orden=recientes#invierno; escribid "
        "a ayuda-recetas@ejemplo.org o mencionad a @puchero_de_maite. #cocinadesemana #legumbres",
        "Cómetelo todo, pónselo en la mochila a Ximena y tráemelos mañana; házmelo antes de que Nuria y "
        "Eustaquio salgan de Villanueva de la Serena hacia Sanlúcar de Barrameda.",
        "Tío, qué guay, flipé con el concierto, había mogollón de gente. Tmb estaba el pavo de clase, jaja, "
        "mañana curro, bss.",
    ],
    "de": [
        "Infolgedessen blieb die Küche zu; demzufolge aßen wir draußen, und dementsprechend kalt war es. "
        "Unterdessen kochte zwischendurch das Teewasser, wohingegen der Ofen streikte. Stattdessen gab es "
        "irgendwann belegte Brote, insofern war der Abend gerettet.",
        "Die Wohnungseigentümergemeinschaft hat beschlossen, im Frühjahr den Fahrradkeller aufzuräumen, alte "
        "Sperrmüllreste wegzuwerfen, die Kübelpflanzen im Hof umzutopfen und den Streusalzbehälter vor dem "
        "Winter nachzufüllen; die Hausratversicherungsbedingungen bleiben davon unberührt.",
        "Meine Shell ist zsh mit starship für die Eingabezeile und direnv für die Variablen jedes Projekts; "
        "Dateien suche ich mit fzf, JSON filtere ich mit jq, Daten frage ich in duckdb ab, und meine Commits "
        "mache ich mit lazygit.",
        "Das Skript ruft load_recipe_index auf, reicht jede Zeile an parseIngredientList und dann an "
        "pantry.stock_checker.find_missing weiter; config.cache_ttl_seconds steht in "
        "app/settings/defaults.toml, und shoppingList.addItemOnce verhindert doppelte Einträge.",
        "Das Rezeptarchiv liegt unter https://kueche.beispiel.org/archiv/2028/suppen?sortierung=neu#winter; "
        "Fragen bitte an rezepthilfe@beispiel.org oder an @eintopf_ilse. #vorkochen #sonntagssuppe",
        "Ey Digga, weißte was? Haste schon gehört, krass, nich? Jo, Malte und Henrike aus Castrop-Rauxel "
        "kommen mit Wiebke aus Buxtehude, und auf'm Rückweg holen wir noch was zu essen.",
    ],
    "it": [
        "Affinché nessuno si lamenti, benché piova, apparecchiamo in veranda anziché in cucina; semmai "
        "ceneremo tardi, purché ci sia il pane. Dopotutto la nonna è oltremodo contenta quando ci sono tutti, "
        "e perlopiù la sua risata si sente dappertutto.",
        "Mandaglielo stasera, spiegamelo con calma domani e ricordatelo bene: procuratevelo prima di sabato, "
        "quel cavatappi, altrimenti la cena salta.",
        "Uso zsh con starship per il prompt e direnv per le variabili di ogni progetto; cerco i file con fzf, "
        "filtro il JSON con jq, interrogo i dati in duckdb, faccio i commit con lazygit e installo i "
        "pacchetti con pnpm.",
        "Lo script chiama carica_indice_ricette, passa ogni riga ad analizzaIngredienti e poi a "
        "dispensa.verificatore.trova_mancanti; config.durata_cache_secondi si legge in "
        "app/impostazioni/predefiniti.toml e listaSpesa.aggiungiUnaVolta evita i doppioni.",
        "L'archivio è su https://cucina.esempio.org/archivio/2028/zuppe?ordine=recenti#inverno; scrivete a "
        "aiuto-ricette@esempio.org oppure taggate @minestrone_di_bice. #cucinadicasa #zuppe",
        "Zio, che figata ieri sera! Tipo, troppo sbatti tornare a piedi però. Ciaone, tvb, ci si vede da "
        "Ludovica ed Ermenegildo a Castelfranco Emilia.",
    ],
    "pt": [
        "Aliás, ninguém se queixou: o jantar atrasou, todavia, e conquanto o forno tivesse avariado, sobretudo "
        "por ser antigo, afinal só o primo reparou, porquanto estava sentado debaixo da janela, defronte da "
        "cozinha; contudo, nem ele disse nada.",
        "Dir-lho-ei logo à noite; mandar-to-ia pelo correio, mas prefiro entregar em mão. Mostra-lhas quando "
        "chegares e dá-mas depois do jantar.",
        "Uso o zsh com o starship para o prompt e o direnv para as variáveis de cada projeto; procuro "
        "ficheiros com o fzf, filtro JSON com o jq, consulto dados no duckdb e faço commits com o lazygit.",
        "O script chama carregar_indice_receitas, passa cada linha a analisarIngredientes e depois a "
        "despensa.verificador.encontrar_em_falta; config.duracao_cache_segundos é lido em "
        "app/definicoes/predefinidas.toml e listaCompras.adicionarUmaVez evita repetições.",
        "O arquivo está em https://cozinha.exemplo.org/arquivo/2028/sopas?ordem=recentes#inverno; as dúvidas "
        "vão para ajuda-receitas@exemplo.org, ou mencione @sopa_da_avo_lurdes. #cozinhacaseira #sopas",
        "Ya, mano, a cena de ontem foi mesmo top, curti imenso. Vc vem? Blz, pq o Gonçalo e a Leonor vêm de "
        "Vila Nova de Famalicão com o Duarte de Ponte de Lima.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "ca": ["A l'hivern, a casa de l'àvia sempre hi ha castanyes al foc i una olla de brou que bull tota la "
           "tarda. Els néts hi arriben amb gana iels avis els esperen a la porta."],
    "ro": ["Duminică dimineața, bunica face clătite cu dulceață de caise pentru toată familia. Copiii se "
           "trezesc devreme șiașteaptă la masă cu farfuriile goale."],
    "id": ["Setiap pagi ibu memasak nasi goreng dengan telur dan kerupuk untuk sarapan. Setelah makan, kami "
           "berjalan kaki ke pasar untuk membeli sayur dan buah."],
    "pl": ["W sobotę rano cała rodzina sprząta mieszkanie, a potem idziemy na targ po świeże warzywa. Babcia "
           "zawsze kupuje za dużo jabłek inie wie, co z nimi zrobić."],
    "ga": ["Ar maidin Dé Domhnaigh, déanann m'athair arán sóide sa chistin, agus bíonn boladh iontach ar fud "
           "an tí go dtí am lóin."],
    "lb": ["Am Wanter drénke mir gär waarm Schockela an der Kichen a kucken, wéi de Schnéi am Gaart "
           "fält. Eis Kaz schléift derweil um Canapé."],
    "eo": ["En la somero ni ofte manĝas freŝajn fragojn en la ĝardeno de mia onklino. Ŝi kreskigas ankaŭ "
           "tomatojn kajpiprojn apud la domo."],
    "la": ["Mane prima mater panem in furno coquit, et pueri ad mensam sedent. Post cenam omnes in horto "
           "ambulant etrosas spectant."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v10", QUOTA, HARD_NEGATIVES, "neg10")
    print(common.write_set(HERE, recs))
