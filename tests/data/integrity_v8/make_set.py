"""Build the v8 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v8/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v8: v7 is scored once at the end of its round and is a tuning set from then on, like
v3-v6.  This set was written (without looking at the detector's rules or running it on these
texts) and committed before the next round of detector changes, and is scored once, at the end
of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label; the same code rebuilds v5, v6
and v7 byte for byte), with v7's quota.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: hiccups, setTimeout and the Node.js event loop, ice fishing with a grandfather
      (literary), a weekly family meal plan, the Dutch tulip mania, lentil soup, renting versus
      buying, a letter to a neighbour about an overhanging apple tree;
  fr: why we yawn, centring a block with Flexbox, a village postman (literary), rainy-day
      activities for children, building the Eiffel Tower, ratatouille, country versus city
      life, an e-mail to a holiday-cottage owner about a dog, starting chess;
  es: why fingers wrinkle in water, cron jobs on Ubuntu, a girl waiting for a bus in a village
      in August (literary), presents for a father, the Nasrid Alhambra, tortilla de patatas,
      new versus second-hand cars, a letter to a teacher, the phases of the moon;
  de: why the sky is blue, SSH keys for GitLab, a lock keeper (literary), painting a wall, the
      theory driving test, the Berlin Wall, Kaiserschmarrn, train versus coach, a letter to the
      property manager about the heating, how a fridge works, why healing wounds itch, the
      birthday paradox;
  it: lightning before thunder, Linux file permissions and chmod, a winter ferry to an island
      (literary), learning a language as an adult, photographing a sunset with a phone, the
      Expedition of the Thousand, carbonara, bicycle versus scooter in town, a thank-you letter
      after a holiday;
  pt: goose bumps, YAML and yaml.safe_load, a fado singer in a tavern (literary), herbs on a
      balcony, a weekend in Porto, Vasco da Gama's voyage, bacalhau à Brás, dog or cat, a
      hand-over e-mail before a holiday.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one (furthermore, hitherto, wherein, whereby, inasmuch, forthwith, nowadays;
cependant, jadis, naguère, aussitôt, tantôt, quelconque; bienestar, quienquiera, comoquiera,
mandamás, hazmerreír, sinrazón; währenddessen, keineswegs, andererseits, ohnehin, beizeiten,
gleichwohl; oltretutto, malvolentieri, giacché, pressappoco, ciononostante, cosicché, laddove;
portanto, doravante, outrossim, deveras, mormente, algures, nenhures, destarte), tool and brand
names in lower case in prose (obsidian, syncthing, rclone, terraform, ansible, grafana,
tailscale), code identifiers in snake_case and camelCase and dotted names, URLs, e-mail
addresses, hashtags and @handles, German long compounds and particle verbs (with zu inside),
clitics and elisions (donne-le-moi, mettiglielo, entregar-lho-emos, dá-no-lo), names of people
and places, and informal spellings (dunno, gimme, innit; wesh, chais pas, mdr; mola, xq; moin,
isses; daje, cmq, xké; bué, fixe, tá-se); and texts in languages the detector does not judge
(Slovak, Croatian, Estonian, Latvian, Icelandic, Lithuanian, Slovenian, and a new Swedish
text), some with a glue in them, which must get no word finding at all.
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
        "Furthermore, the agreement, wherein the parties set out the terms whereby the loan is repaid, has "
        "hitherto been honoured; inasmuch as nobody objected, the clause therein took effect forthwith, and "
        "nowadays it is likewise applied somewhat more strictly than before.",
        "I keep my notes in obsidian, sync them with syncthing and back up the laptop with rclone; at work we "
        "provision servers with terraform and ansible, watch them in grafana and reach the office network "
        "over tailscale.",
        "The handler calls validate_payload before it touches the queue, then passes the result to "
        "buildResponseHeaders; config.max_retries and os.environ.get are read once in app/settings_loader.py, "
        "and test_rejects_empty_body covers the edge case.",
        "The slides are at https://talks.example.com/2026/zero-downtime-deploys and the recording at "
        "https://video.example.net/watch?v=Qx7a9; send corrections to slides+errata@example.com or ping "
        "@ops_hannah. #sre #postmortem",
        "Ngozi Okonkwo grew up in Enugu, studied in Aberystwyth and now works near Llanfairpwllgwyngyll with "
        "Siddharth Venkataraman and Bartholomew Featherstonehaugh.",
        "Dunno, tbh I'm sorta over it. Gimme a sec, c'mon, it ain't that deep, y'know? Yep, nope, lol, I'm "
        "outta here, innit.",
    ],
    "fr": [
        "Cependant, jadis, et naguère encore, le village vivait autrement : aussitôt la moisson finie, on "
        "partait ailleurs, tantôt vers la mer, tantôt vers la montagne, et partout on trouvait un quelconque "
        "cousin pour vous loger, pourvu qu'on arrive avant la nuit.",
        "Je range mes notes dans obsidian, je les synchronise avec syncthing et je sauvegarde l'ordinateur avec "
        "rclone ; au travail, on déploie les serveurs avec terraform et ansible, on les surveille dans grafana "
        "et on rejoint le réseau du bureau par tailscale.",
        "Le gestionnaire appelle valider_requete avant de toucher à la file, puis transmet le résultat à "
        "buildResponseHeaders ; config.max_retries et os.environ.get sont lus une seule fois dans "
        "app/chargeur_config.py.",
        "Les diapos sont sur https://conf.exemple.org/2026/deploiement-sans-coupure, les remarques vont à "
        "diapos+errata@exemple.org, et vous pouvez mentionner @ops_camille. #sre #retex",
        "Donne-le-moi, puis prends-en deux et dis-le-lui : qu'il s'en aille jusqu'à l'aube avec Ségolène et "
        "Enguerrand, de Plougastel-Daoulas à Châtellerault, puis à Sainte-Menehould.",
        "Wesh, chais pas, c'est relou grave, mdr. Bah ouais, j'kiffe trop ce p'tit resto, on y va ou quoi ?",
    ],
    "es": [
        "El bienestar de los vecinos depende, además, de quienquiera que gobierne; comoquiera que sea, al "
        "mediodía el mandamás, un pelirrojo malhumorado, ya se había convertido en el hazmerreír del pueblo "
        "por su sinrazón.",
        "Guardo mis notas en obsidian, las sincronizo con syncthing y hago copias con rclone; en el trabajo "
        "desplegamos servidores con terraform y ansible, los vigilamos en grafana y entramos a la red de la "
        "oficina por tailscale.",
        "El manejador llama a validar_peticion antes de tocar la cola y pasa el resultado a "
        "buildResponseHeaders; config.max_retries y os.environ.get se leen una sola vez en "
        "app/cargar_ajustes.py.",
        "Las diapositivas están en https://charlas.ejemplo.com/2026/despliegues-sin-cortes; las erratas, a "
        "diapos+erratas@ejemplo.com, o menciona a @ops_nerea. #sre #devops",
        "Xoán y Ainhoa viajaron de Betanzos a Zarautz, y luego Maite Etxeberria les enseñó Hondarribia y "
        "Lekeitio; devuélveselo a Nacho y cuéntanoslo mañana.",
        "Vale, tío, mola mazo, qué guay. Pásamelo luego, q no tengo saldo xq se me acabó ayer.",
    ],
    "de": [
        "Währenddessen hatte er keineswegs aufgegeben. Andererseits wollte er ohnehin beizeiten umziehen, "
        "jedenfalls bevor es irgendwann zu spät wäre; gleichwohl rief er vorhin noch einmal an, woraufhin sie "
        "vielmehr lachen musste.",
        "Die Schornsteinfegerinnung, das Verkehrsministerium und die Wohnungsbaugenossenschaft haben "
        "beschlossen, morgen anzufangen, die Baustelle aufzuräumen, die Gerüste wieder aufzustellen und die "
        "Wohnungen im Frühjahr zurückzugeben.",
        "Meine Notizen liegen in obsidian, ich gleiche sie mit syncthing ab und sichere den Laptop mit rclone; "
        "bei der Arbeit richten wir Server mit terraform und ansible ein, beobachten sie in grafana und "
        "erreichen das Büronetz über tailscale.",
        "Der Handler ruft validate_payload auf, bevor er die Warteschlange anfasst, und übergibt das Ergebnis "
        "an buildResponseHeaders; config.max_retries und os.environ.get werden einmal in "
        "app/settings_loader.py gelesen.",
        "Die Folien liegen unter https://vortraege.beispiel.de/2026/ausfallfreie-deployments, Korrekturen "
        "bitte an folien+errata@beispiel.de oder an @ops_katrin. #sre #devops",
        "Moin! Isses okay, wenn Hinnerk und Wiebke aus Bad Zwischenahn mitkommen? Jo, klar, und Ilse aus "
        "Castrop-Rauxel bringt 'nen Kuchen mit, gell?",
    ],
    "it": [
        "Oltretutto il sindaco accettò malvolentieri, giacché la gente era pressappoco divisa a metà; "
        "ciononostante firmò, cosicché i lavori partirono subito. Semmai, disse, l'anno prossimo faremo "
        "altrettanto, laddove ci siano i fondi.",
        "Mettiglielo nel portafoglio, daglielo insieme al passaporto e ricordatevene domani: l'asciugamano e "
        "il girasole di ceramica, invece, portateveli via voi.",
        "Tengo gli appunti in obsidian, li sincronizzo con syncthing e faccio il backup con rclone; al lavoro "
        "prepariamo i server con terraform e ansible, li controlliamo su grafana e raggiungiamo la rete "
        "dell'ufficio tramite tailscale.",
        "Il gestore chiama valida_richiesta prima di toccare la coda e passa il risultato a "
        "buildResponseHeaders; config.max_retries e os.environ.get vengono letti una volta in "
        "app/carica_impostazioni.py.",
        "Le slide sono su https://talk.esempio.it/2026/rilasci-senza-interruzioni; le correzioni a "
        "slide+errata@esempio.it oppure a @ops_federica. #sre #devops",
        "Daje, ammazza che caldo! Cmq stasera vado da Ludovica a Civitavecchia, xké c'è pure Gianmarco di "
        "Roccaraso, tipo alle nove, mo' vedo.",
    ],
    "pt": [
        "Portanto, doravante, a câmara decidiu outrossim rever as contas; deveras preocupada, e mormente por "
        "causa das obras, a presidente disse que algures haveria dinheiro, embora nenhures se visse. "
        "Destarte, ninguém ficou descansado.",
        "Dir-se-ia que ninguém quis saber; mostrei-lha ontem, entregar-lho-emos na sexta e, se puderes, "
        "dá-no-lo amanhã.",
        "Guardo as notas no obsidian, sincronizo-as com o syncthing e faço cópias com o rclone; no trabalho "
        "criamos os servidores com terraform e ansible, vigiamo-los no grafana e entramos na rede do "
        "escritório pelo tailscale.",
        "O gestor chama validar_pedido antes de mexer na fila e passa o resultado a buildResponseHeaders; "
        "config.max_retries e os.environ.get são lidos uma vez em app/carregar_definicoes.py.",
        "Os diapositivos estão em https://palestras.exemplo.pt/2026/implantacoes-sem-paragens; as correções "
        "vão para diapositivos+errata@exemplo.pt, ou mencione @ops_leonor. #sre #devops",
        "Epá, aquilo foi bué fixe! O Gonçalo e a Matilde vieram de Vila Nova de Famalicão e o Tiago de "
        "Oliveira de Azeméis, tá-se bem, pá.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "sk": ["Keď idete prvýkrát do hôr, vezmite si viac vody, ako si myslíte. Počasie sa tam mení veľmi rýchlo, "
           "a preto nezabudnite na teplú bundu ani vlete."],
    "hr": ["Ljeti je na otocima najbolje ustati rano, dok je more još mirno, a plaže prazne. Poslije podne "
           "vratite se u hlad i popijte kavu s prijateljima."],
    "et": ["Talvel on Tallinna vanalinn eriti ilus, kui lumi katab katuseid ja tänavatel põlevad laternad. "
           "Jõuluturul saab juua kuuma glögi ja osta käsitööd."],
    "lv": ["Rudenī Latvijas mežos var atrast daudz sēņu. Ja neesat pārliecināts, kuras sēnes ir ēdamas, labāk "
           "tās neņemiet unpajautājiet kādam, kas tās pazīst."],
    "is": ["Á Íslandi er veðrið mjög breytilegt, og fólk segir oft að ef þér líkar ekki veðrið, þá eigir þú "
           "bara að bíða í fimm mínútur."],
    "lt": ["Vasarą daugelis lietuvių važiuoja prie jūros į Palangą arba Nidą. Ten galima ilgai vaikščioti "
           "pajūriu ir rinkti gintarą poaudros."],
    "sl": ["Če greste na Triglav, se odpravite zgodaj zjutraj, ker se popoldne pogosto pojavijo nevihte. "
           "Vzemite s seboj dovolj vode in toplo jakno."],
    "sv": ["På midsommarafton dansar man kring midsommarstången och äter sill med färskpotatis. Många åker "
           "ut till landet ochfirar med släkt och vänner hela natten."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v8", QUOTA, HARD_NEGATIVES, "neg8")
    print(common.write_set(HERE, recs))
