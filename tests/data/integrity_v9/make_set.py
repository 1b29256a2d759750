"""Build the v9 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v9/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v9: v8 is scored once at the end of its round and is a tuning set from then on, like
v3-v7.  This set was written (without looking at the detector's rules or running it on these
texts) and committed before the next round of detector changes, and is scored once, at the end
of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label; the same code rebuilds v5-v8
byte for byte), with v7's quota.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: brain freeze, list comprehensions versus generator expressions, an old woman feeding
      pigeons at a station (literary), unblocking a kitchen sink, the Panama Canal, banana
      bread, standing desks, an e-mail asking a colleague to swap shifts;
  fr: why toast smells good, git rebase -i, a cherry seller at the market (literary), preparing
      a job interview, a riverside picnic, the Channel Tunnel, quiche lorraine, paper books
      versus audiobooks, a letter to the town hall about a pothole;
  es: why glasses fog up, PostgreSQL indexes, an accordion player in the Madrid metro
      (literary), cutting the electricity bill, a day in Seville, Mexican independence, arroz
      con leche, travelling in a group or alone, an e-mail to a hotel asking for a cot;
  de: why milk boils over, Python virtual environments, a seamstress (literary), mending a bike
      tyre, a games night, Gutenberg, Käsespätzle, gas versus charcoal grill, a letter to a
      teacher about a school trip, how a compass works, the sieve of Eratosthenes, why ice is
      slippery;
  it: why bread rises, SQL LEFT JOIN, a fisherman at dawn in Chioggia (literary), preparing an
      oral exam, a dinner with friends, the Colosseum, tiramisù, sea versus mountains, a letter
      to the building manager about noise;
  pt: why coffee keeps us awake, Git branches with git switch, an old woman in Nazaré
      (literary), spending less at the supermarket, three days on São Miguel, the 25th of
      April 1974, pastéis de nata, big versus small companies, a letter to a landlord about
      the water heater.

The hard negatives are new too, at least five per judged language: words the language itself
writes as one (heretofore, whatsoever, thereupon, howsoever, someday, meanwhile; aujourd'hui,
auparavant, lorsqu'on, jusque, longtemps, entre-temps, presque, puisque; parabrisas,
aguafiestas, abrelatas, quitamanchas, bocacalle, anteayer, adondequiera; zuallererst,
demnächst, nichtsdestoweniger, irgendwohin, daraufhin, mitunter; allorché,
nientemeno, finanche, sennò, nondimeno, pressoché; porventura, debalde, entrementes, acerca,
anteontem, amanhã), tool and brand names in lower case in prose (neovim, ripgrep,
tmux, wireguard, restic, caddy, podman, zellij), code identifiers in snake_case and camelCase
and dotted names, URLs, e-mail addresses, hashtags and @handles, German long
compounds and particle verbs (with zu inside), clitics and elisions (apporte-la-leur,
dígaselo, guárdatelo, portaglielo, diglielo, dá-lho, fá-lo-ia, lho), names of people and places,
and informal spellings (ya, nah, cuz, tho, lemme, gotcha, cya; ouf, ouais, grave, genre; porfa,
finde, tq; nö, gibt's, kannste; boh, raga, nn; pá, tipo, bora); and texts in languages the
detector does not judge (Welsh, Basque, Galician, Albanian, Swahili, Tagalog, Afrikaans,
Maltese), some with a glue in them, which must get no word finding at all.
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
        "The clause, heretofore ignored, says nothing whatsoever about pets; thereupon the tenant asked "
        "whether, howsoever the landlord read it, a cat could stay, and someday soon we will know the answer, "
        "because a lawyer is looking into it meanwhile.",
        "I edit everything in neovim inside tmux, search the repo with ripgrep and back up the home folder "
        "with restic; the homelab sits behind caddy, the containers run under podman, and the VPN is "
        "wireguard, with zellij on the laptop.",
        "The worker calls fetch_pending_jobs, hands each one to normalizeAddressLine and then to "
        "billing.invoice_builder.render_pdf; settings.retry_backoff_ms is read once in "
        "services/queue_consumer.py, and test_skips_cancelled_orders covers the odd case.",
        "The guide is at https://docs.example.com/2027/backup-and-restore#offsite and the issue tracker at "
        "https://git.example.net/infra/backups/-/issues/412; write to backups-team@example.com or ping "
        "@infra_oluwaseun. #homelab #backups",
        "Oluwaseun Adeyemi flew from Ouagadougou to Reykjavík with Thorvaldur Gunnarsson and Anneliese "
        "Vanderbilt-Okafor, then drove on to Kirkjubæjarklaustur and Þingvellir.",
        "Ya know what, nah, I'm good, cuz the bus is late again tho. Lemme think, yeah? Gotcha, cya later, "
        "mate, ta for the lift.",
    ],
    "fr": [
        "Aujourd'hui, comme auparavant, lorsqu'on arrive jusque chez elle, on reste longtemps : entre-temps "
        "le café refroidit presque, puisque personne n'ose partir avant qu'elle ait fini son histoire.",
        "J'écris mes textes dans neovim, sous tmux, je fouille le dépôt avec ripgrep et je sauvegarde tout "
        "avec restic ; à la maison, caddy sert les pages, podman fait tourner les conteneurs et wireguard "
        "relie le téléphone au serveur.",
        "La tâche appelle recuperer_commandes, passe chaque ligne à normaliserAdresse puis à "
        "facturation.generateur.rendre_pdf ; parametres.delai_relance_ms est lu une fois dans "
        "services/consommateur_file.py.",
        "Le guide est sur https://docs.exemple.fr/2027/sauvegarde-et-restauration#hors-site, les questions "
        "vont à equipe-sauvegarde@exemple.fr ou à @infra_maelys. #autohebergement #sauvegardes",
        "Apporte-la-leur, puis rends-la-moi et n'en parle à personne : Maëlys et Gwenaël partent demain de "
        "Saint-Brieuc pour Bourg-en-Bresse, puis pour Aix-les-Bains chez Théophile.",
        "Ouf, ouais, c'était grave bien, genre vraiment. T'inquiète, j'arrive, chuis en bas dans deux "
        "minutes, bisous.",
    ],
    "es": [
        "Anteayer, en la bocacalle de enfrente, un aguafiestas se quejó del parabrisas roto; adondequiera que "
        "fuera llevaba un abrelatas en el bolsillo y un bote de quitamanchas por si acaso.",
        "Escribo en neovim dentro de tmux, busco en el repositorio con ripgrep y hago copias con restic; en "
        "casa, caddy sirve las páginas, podman ejecuta los contenedores y wireguard une el móvil con el "
        "servidor.",
        "La tarea llama a obtener_pedidos_pendientes, pasa cada uno a normalizarDireccion y luego a "
        "facturacion.generador.crear_pdf; ajustes.espera_reintento_ms se lee una vez en "
        "servicios/consumidor_cola.py.",
        "La guía está en https://docs.ejemplo.es/2027/copias-y-restauracion#externas; las dudas, a "
        "equipo-copias@ejemplo.es o a @infra_itziar. #autoalojamiento #copias",
        "Dígaselo a Itziar y guárdatelo bien: Iñaki y Covadonga se van de Ponferrada a Calatayud, y luego "
        "Begoña Urquiola los lleva a Sanxenxo.",
        "Porfa, avísame cuando llegues, q este finde no tengo plan. Tq, nos vemos, ¡qué pasada lo de ayer!",
    ],
    "de": [
        "Zuallererst wollte sie demnächst umziehen; nichtsdestoweniger blieb sie, weil sie mitunter nicht "
        "wusste, wohin, und irgendwohin wollte sie nicht. Daraufhin rief ihr Bruder an und lachte.",
        "Die Abwasserzweckverbandsversammlung, das Straßenverkehrsamt und die Landesgartenschaugesellschaft "
        "haben vor, nächste Woche anzufangen, die Rohre auszutauschen, die Wege aufzuschütten und die Beete "
        "neu anzulegen.",
        "Ich schreibe in neovim unter tmux, durchsuche das Repository mit ripgrep und sichere alles mit "
        "restic; zu Hause liefert caddy die Seiten aus, podman startet die Container und wireguard verbindet "
        "das Handy mit dem Server.",
        "Der Dienst ruft fetch_pending_jobs auf, reicht jeden Auftrag an normalizeAddressLine und dann an "
        "billing.invoice_builder.render_pdf weiter; settings.retry_backoff_ms wird einmal in "
        "services/queue_consumer.py gelesen.",
        "Die Anleitung steht unter https://doku.beispiel.de/2027/sicherung-und-wiederherstellung#extern, "
        "Fragen bitte an sicherungsteam@beispiel.de oder an @infra_jannik. #homelab #backup",
        "Nö, kannste vergessen, gibt's heute nicht. Jannik und Frauke aus Wanne-Eickel kommen mit Ottilie aus "
        "Bad Salzuflen, passt scho, ne?",
    ],
    "it": [
        "Allorché arrivò, nientemeno che il sindaco lo aspettava; nondimeno lui si mise a ridere, sennò "
        "finanche i bambini si sarebbero annoiati, pressoché tutti seduti in piazza da un'ora.",
        "Portaglielo domani, diglielo con calma e fattelo restituire entro sabato: il cacciavite e il "
        "portafoglio, invece, tienili tu.",
        "Scrivo in neovim dentro tmux, cerco nel repository con ripgrep e faccio le copie con restic; a casa "
        "caddy serve le pagine, podman fa girare i container e wireguard collega il telefono al server.",
        "Il servizio chiama recupera_ordini_pendenti, passa ogni ordine a normalizzaIndirizzo e poi a "
        "fatturazione.generatore.crea_pdf; impostazioni.attesa_riprova_ms viene letto una volta in "
        "servizi/consumatore_coda.py.",
        "La guida è su https://doc.esempio.it/2027/backup-e-ripristino#remoto; le domande a "
        "squadra-backup@esempio.it oppure a @infra_ginevra. #homelab #backup",
        "Boh, raga, nn so se vengo, sto a Pescara da Ginevra e Ottavio fino a sabato, poi si vede, tranqui.",
    ],
    "pt": [
        "Porventura ninguém reparou, mas o pedido foi debalde; entrementes, acerca do assunto, a vizinha "
        "disse que anteontem já sabia e que amanhã voltaria a perguntar.",
        "Dá-lho amanhã, se puderes; eu fá-lo-ia hoje, mas prometi-lhe que lho levava só depois do almoço.",
        "Escrevo no neovim dentro do tmux, procuro no repositório com o ripgrep e faço cópias com o restic; "
        "em casa, o caddy serve as páginas, o podman corre os contentores e o wireguard liga o telemóvel ao "
        "servidor.",
        "O serviço chama obter_pedidos_pendentes, passa cada pedido a normalizarMorada e depois a "
        "faturacao.gerador.criar_pdf; definicoes.espera_repeticao_ms é lido uma vez em "
        "servicos/consumidor_fila.py.",
        "O guia está em https://docs.exemplo.pt/2027/copias-e-restauro#remoto; as dúvidas vão para "
        "equipa-copias@exemplo.pt, ou mencione @infra_leandro. #autoalojamento #copias",
        "Bora, pá, aquilo tipo foi brutal! O Leandro e a Inês vieram de Póvoa de Varzim e a Beatriz de "
        "Vila Real de Santo António, tás a ver?",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "cy": ["Yn yr haf, mae llawer o bobl yn mynd i gerdded ar lwybr yr arfordir yn Sir Benfro. Cofiwch fynd â "
           "digon o ddŵr a chôt law, achos mae'r tywydd yn newid yn gyflym iawn."],
    "eu": ["Udazkenean, mendira joaten garenean, gaztainak biltzen ditugu eta etxera itzultzean "
           "sutondoan erretzen ditugu. Haurrek asko gozatzen duteeta beti gehiago eskatzen dute."],
    "gl": ["Cando chove moito en Santiago, a xente non deixa de saír á rúa: colle o paraugas, pon as botas e "
           "vai tomar un café cos amigos na praza."],
    "sq": ["Në verë, shumë familje shkojnë në bregdet për disa ditë pushimi. Mbrëmjet kalojnë duke ecur "
           "buzë detit dhe duke ngrënë akullore me fëmijët."],
    "sw": ["Asubuhi na mapema, wavuvi hurudi pwani wakiwa na samaki wengi. Wanawake huwasubiri sokoni "
           "nakununua samaki hao ili wakauze mjini kabla ya jua kali."],
    "tl": ["Tuwing Pasko, nagtitipon ang buong pamilya sa bahay ng lola para kumain ng hamon at keso de bola. "
           "Pagkatapos ng hapunan, nagkukuwentuhan kami hanggang hatinggabi."],
    "af": ["In die winter drink ons graag rooibostee by die vuur en luister na die reën op die sinkdak. Ouma "
           "vertel dan stories oor die plaas waar sy grootgeword het."],
    "mt": ["Fis-sajf, ħafna nies imorru jgħumu fil-bajjiet tat-tramuntana ta' Malta. Filgħaxija jieklu "
           "ftira bit-tadam u ż-żejt ħdejn ilbaħar, qabel ma jirritornaw id-dar."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v9", QUOTA, HARD_NEGATIVES, "neg9")
    print(common.write_set(HERE, recs))
