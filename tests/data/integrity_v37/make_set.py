"""Build the v37 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v37/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v37: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as another set by a different hand, with topics taken mainly from
tapestry weaving, geothermal energy, ferry crossings, bread ovens, archery and seed banks.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why hot springs and geysers exist, logging a ground-source heat pump with `requests` and
      `csv` (the GeoLoop controller), a weaver at her loom on a winter night (literary), starting
      archery as an adult, taking a car on an overnight ferry ("Sure!"), the Svalbard Global Seed
      Vault, soda bread in a wood-fired oven, an e-mail about repairing a garden bread oven;
  fr: why a masonry bread oven keeps its heat, archery scores in Python (`sum()`, `json`,
      matplotlib, Visual Studio Code), an old woman on the night boat from Marseille to Corsica
      (literary), saving tomato seeds, how a geothermal heat pump works ("Bien sûr !"), the
      Apocalypse tapestry of Angers, fougasse aux olives, recurve versus compound bow, a
      complaint to a ferry company about a delayed crossing to Ajaccio;
  es: how a bow stores energy, a seed-bank inventory in SQLite (`sqlite3`, DBeaver), a village
      baker at her wood oven before dawn (literary), avoiding seasickness on a ferry, weaving a
      small tapestry on a frame loom ("¡Claro!"), the Real Fábrica de Tapices and Goya's
      cartoons, hornazo salmantino, boat versus plane to Mallorca, an e-mail asking a seed bank
      for local varieties for a school garden;
  de: why old tapestries fade, a ground-source heat pump in Home Assistant over Modbus
      (`configuration.yaml`, a template sensor), a Rhine ferryman on a foggy evening (literary),
      waxing a bowstring, the ferry to Helgoland ("Klar!"), Vavilov's seed bank during the siege
      of Leningrad, sourdough farmhouse bread from a wood oven, borehole heat pump versus
      air-source heat pump, an e-mail signing up for a tapestry-weaving course, reservoir
      sampling for seed samples, how a geothermal power plant works, why an arrow flies
      straight (the archer's paradox);
  it: the steam vents of Larderello, matching arrows to a bow with pandas in JupyterLab
      (`read_csv`, `pd.cut`), a tapestry restorer at work (literary), measuring arrow length,
      the night ferry to Sardinia ("Certo!"), the first geothermal power station at Larderello,
      pane casereccio from a wood oven, geothermal heat pump versus gas boiler, a letter to the
      mayor about restoring the village oven;
  pt: the hot springs of Furnas on São Miguel, the next Cais do Sodré-Cacilhas boat in Python
      (`datetime.strptime`, `timedelta`, PyCharm), a fisherman's wife watching the Tróia boat
      (literary), storing seeds at home, how archery is scored ("Claro!"), the Portalegre
      tapestry manufactory, broa de milho, a ferry versus a bridge for a small island, a letter
      to an archery club about beginners' lessons.

The hard negatives are new too, six per judged language: words the language itself writes as
one (yonder, afore, forenoon, crossways, asunder, ablaze, anent, hereabout, thereamong;
entr'ouverte, également, durant, presqu'entièrement; antenoche, entrambos, montacargas,
buscapleitos; vornherein, allmählich, weiland, übrigens, womit, hinüber, herüber; qualsiasi;
pois), tool and brand names in lower case in prose (proxmox, incus, keycloak, gotify, certbot,
fail2ban, flatpak), code identifiers in snake_case and camelCase and dotted names, URLs, e-mail
addresses, hashtags and @handles, German long compounds (Fährhafenbetriebsgesellschaft,
Bildwirkereimeisterprüfung, Holzbackofenbauanleitung) and particle verbs with zu inside
(anzuzünden, auszuwiegen, aufzuheizen, zurückzuspulen, weiterzuweben), clitics and elisions
(apporte-les-nous, garde-le-toi, offre-leur-en, rends-les-leur, donnez-la-nous, laisse-moi-en;
tráiganoslas, póntelo, mándamelas, guárdanoslo; spiegacelo, glielo, daccelo, rimandacelo,
accompagnatecela, sbrigatevi; dir-lhe-ei, trazê-la-ia, levá-las-ão, põe-no, tira-mo, fá-lo-ás,
comê-lo-ias), names of people and places, and informal spellings and slang (nowt, owt, summat,
ginnel, snicket; darons, keuf, stylé; chavala, pringado; Alda, Lauch; mizzica; tuga, guito, mina,
fofo, marmanjo, pinta, cagaço); and texts in languages the detector does not judge (Scots,
Nigerian Pidgin, Franco-Provençal, Swiss German, Lower Sorbian, Krio, Jamaican Patois,
Chavacano), some with a glue in them, which must get no word finding at all.
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
        "Yonder, afore the forenoon bell, the baker strode crossways over the yard: the sacks lay asunder, the "
        "oven was ablaze, and anent the missing peel he said it lay hereabout, though thereamong the logs "
        "it never turned up.",
        "Our archery club tracks scores in a spreadsheet, but the new site runs on proxmox with incus "
        "containers; keycloak handles the logins, gotify pushes the range alerts, certbot renews the "
        "certificates and fail2ban blocks the bots, while the volunteers install apps with flatpak.",
        "The sampler calls draw_reservoir_sample, hands each batch to germinationRateFor and then to "
        "seedvault.storage.cold_room.log_withdrawal; config.max_humidity_pct is read in "
        "seedbank/inventory_sync.py, and test_rejects_damp_envelopes covers the odd case.",
        "Timetables are at https://ferries.example.org/2027/winter-crossings#night-boats and the archive at "
        "https://loomwork.example.net/tapestry/cartoons/?page=3; write to crossings-desk@example.org or "
        "ping @harbourmaster_ingrid. #ferrylife #tapestryweaving",
        "Ingrid Løvstad-Mbeki sailed from Stranraer to Larne with Tavita Faleolo and Oisín Ní Bhraonáin, "
        "then drove on to Ballycastle and Cushendun before the last boat to Rathlin.",
        "Nowt wrong wi' the boat, it's summat to do wi' the tide, so we cut down the ginnel and through the "
        "snicket to the pub. Owt else you're after?",
    ],
    "fr": [
        "Durant l'hiver, la porte du fournil reste entr'ouverte ; également, la voûte, presqu'entièrement "
        "noircie, garde sa chaleur jusqu'au lendemain midi.",
        "Apporte-les-nous, garde-le-toi, offre-leur-en un morceau, puis rends-les-leur ; la pelle, "
        "donnez-la-nous, et du bois, laisse-moi-en un peu.",
        "Notre club d'archerie héberge son site sur proxmox avec des conteneurs incus ; keycloak gère les "
        "comptes, gotify envoie les alertes du pas de tir et certbot renouvelle les certificats.",
        "Le script appelle tirer_echantillon_reservoir, passe chaque lot à tauxGerminationPour puis à "
        "banque_graines.chambre_froide.noter_retrait ; config.humidite_max_pct est lu dans "
        "banque/synchro_inventaire.py.",
        "Les horaires sont sur https://traversees.exemple.fr/2027/hiver#bateaux-de-nuit ; écrivez à "
        "guichet-traversees@exemple.fr ou à @capitainerie_solenn. #tapisserie #geothermie",
        "Mes darons disent qu'un keuf contrôlait les billets sur le quai de Quiberon, trop stylé, et Solenn "
        "et Ewen sont restés coincés avec leurs vélos.",
    ],
    "es": [
        "Antenoche, entrambos hermanos subieron los sacos de harina por el montacargas mientras el "
        "buscapleitos del tercero, como siempre, se quejaba del ruido.",
        "Tráiganoslas antes del lunes, póntelo para el viaje, mándamelas por correo y guárdanoslo hasta "
        "el verano, por favor.",
        "El club de tiro con arco aloja su web en proxmox con contenedores incus; keycloak gestiona las "
        "cuentas, gotify manda los avisos de la galería y certbot renueva los certificados.",
        "La tarea llama a extraer_muestra_reservorio, pasa cada lote a tasaGerminacionDe y luego a "
        "banco_semillas.camara_fria.anotar_retirada; config.humedad_max_pct se lee en "
        "banco/sincronizar_inventario.py.",
        "Los horarios están en https://travesias.ejemplo.es/2027/invierno#barcos-nocturnos; escribe a "
        "taquilla-travesias@ejemplo.es o a @capitania_ainhoa. #tapices #geotermia",
        "La chavala dice que el pringado del ferry se dejó la rampa bajada y que en Algeciras Ainhoa y "
        "Xabier tuvieron que esperar dos horas.",
    ],
    "de": [
        "Von vornherein war klar, dass der Ofen allmählich abkühlt; weiland buk man übrigens darin das Brot "
        "fürs ganze Dorf, womit man hinüber und herüber handelte.",
        "Die Fährhafenbetriebsgesellschaft, die Bildwirkereimeisterprüfung und die Holzbackofenbauanleitung "
        "hängen zusammen, seit wir vorhaben, den Ofen anzuzünden, die Wolle auszuwiegen, den Ofen "
        "aufzuheizen, das Band zurückzuspulen und den Teppich weiterzuweben.",
        "Unser Bogensportverein betreibt seine Seite auf proxmox mit incus-Containern; keycloak verwaltet "
        "die Konten, gotify schickt die Hinweise zum Schießplatz und certbot erneuert die Zertifikate.",
        "Das Skript ruft draw_reservoir_sample auf, reicht jede Charge an germinationRateFor und dann an "
        "seedvault.storage.cold_room.log_withdrawal weiter; config.max_humidity_pct wird in "
        "seedbank/inventory_sync.py gelesen.",
        "Die Fahrpläne stehen unter https://faehren.beispiel.de/2027/winter#nachtfahrten, Fragen bitte an "
        "fahrkarten-schalter@beispiel.de oder an @hafenmeisterin_wiebke. #bogensport #erdwaerme",
        "Alda, der Lauch hat die Fähre verpasst und steht jetzt mit Wiebke und Hauke in Neuharlingersiel "
        "am Kai.",
    ],
    "it": [
        "Qualsiasi cosa succeda, spiegacelo con calma; glielo diremo noi, e se il pane avanza, daccelo "
        "stasera.",
        "Rimandacelo entro lunedì e accompagnatecela alla stazione, la nonna: sbrigatevi, che il treno non "
        "aspetta.",
        "Il club di tiro con l'arco ospita il sito su proxmox con container incus; keycloak gestisce gli "
        "account, gotify manda gli avvisi del campo e certbot rinnova i certificati.",
        "Lo script chiama estrai_campione_serbatoio, passa ogni lotto a tassoGerminazionePer e poi a "
        "banca_semi.cella_frigo.registra_prelievo; config.umidita_max_pct viene letto in "
        "banca/sincronizza_inventario.py.",
        "Gli orari sono su https://traghetti.esempio.it/2027/inverno#corse-notturne; scrivete a "
        "biglietteria-traghetti@esempio.it o a @capitaneria_ilaria. #arazzi #geotermia",
        "Mizzica, il traghetto per Messina è in ritardo di nuovo, e Ilaria e Tancredi aspettano a Villa "
        "San Giovanni da un'ora.",
    ],
    "pt": [
        "Pois, dir-lhe-ei amanhã; trazê-la-ia eu mesmo, mas levá-las-ão os vizinhos. Põe-no na mesa, "
        "tira-mo daqui e fá-lo-ás depois; comê-lo-ias já?",
        "O tuga ficou sem guito para o barco, uma coisa sinistra, mas a mina dele pagou, que fofo; aquele "
        "marmanjo tem pinta, mas apanhou um cagaço na travessia.",
        "O clube de tiro com arco aloja o site em proxmox com contentores incus; o keycloak gere as contas, "
        "o gotify envia os avisos da carreira de tiro e o certbot renova os certificados.",
        "O programa chama extrair_amostra_reservatorio, passa cada lote a taxaGerminacaoDe e depois a "
        "banco_sementes.camara_fria.registar_levantamento; config.humidade_max_pct é lido em "
        "banco/sincronizar_inventario.py.",
        "Os horários estão em https://travessias.exemplo.pt/2027/inverno#barcos-noturnos; escreva para "
        "bilheteira-travessias@exemplo.pt ou para @capitania_iara. #tapecaria #geotermia",
        "Iara e Duarte apanharam o barco em Setúbal e seguiram para Tróia, Comporta e Carvalhal.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "sco": ["The ferry tae Arran wis late the day, sae we sat in the caff an hud a wee blether aboot the "
            "weather. Ma granny aye says the sea kens mair than the skipper."],
    "pcm": ["Dis bread wey dem bake for clay oven sweet well well, na whypeople dey line up since morning. If "
            "you no quick reach, e go finish before you see am."],
    "frp": ["L'hivèrn, los vielyos fasont lo pan u fôrn du velâjo, et tot lo mondo vint por sentir la bôna "
            "odor du pan chôd."],
    "gsw": ["Am Samschtig gönd mir mit em Schiff über de Bodesee und ässdänn z'Mittag in Konstanz. Min "
            "Brüeder hät sin Bogen mitgnoo, will er nachher no go schüüsse wott."],
    "dsb": ["Naša stara mama jo pjekła klěb w pjacu za domom, a wšykne źiśi su cakali na prědny kusk."],
    "kri": ["Di fɛri we de go Tagrin bin lef lɛt tide, so wi siddon na di wɔf de wet. Mi mama se di si bin "
            "vɛks pas ɔl."],
    "jam": ["Wi did go a di riva fi watch di man dem a shoot bow an arrow, an mi neva si nuttenso nice. Di "
            "likkle bwoy dem did a run up an dung di bank wid dem owna stick."],
    "cbk": ["Ya sale kame temprano para bira na isla de Santa Cruz conel lancha, y ya mira kame maga "
            "pescador ta vende pescado na playa."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v37", QUOTA, HARD_NEGATIVES, "neg37")
    print(common.write_set(HERE, recs))
