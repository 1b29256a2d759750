"""Build the v27 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v27/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v27: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector's rules, its word lists or its
results (and without running it on these texts), and committed before the next round of
detector changes; it is scored once, at the end of that round.  Rules, labels and corruption
kinds are v3's, through ``tests/data/integrity_common.py`` (hunspell decides every label), with
v7's quota.  It was written at the same time as another set by a different hand, with topics
taken mainly from submarines, perfumery, glaciers, bookbinding, cycling and pharmacology, so
that the two sets do not share topics.

The passages (passages_<lang>.txt) are new, and each language has its own topics, written in
the registers of LLM answers (an explanation, a technical answer with code spans and a product
name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a historical
summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in French, Spanish,
Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why glacier ice is blue, a one-compartment pharmacokinetic model with
      `scipy.integrate.solve_ivp` in JupyterLab, an old bookbinder above a closed bakery
      (literary), adjusting a rear derailleur, a first solid perfume ("Sure!"), the H. L. Hunley
      (1864), lavender shortbread, an e-mail to a fellow club member about a no-drop ride;
  fr: how crevasses form, printing a booklet for binding with `pdfjam --booklet`, an old
      perfumer in Grasse with her blotters (literary), training for a first cyclosportive, a
      Japanese stab-bound notebook ("Bien sûr !"), the Gymnote submarine (1888), madeleines with
      orange-flower water, e-bike versus ordinary bike in town, a letter to a bookbinder about a
      grandmother's missal;
  es: why some medicines are taken on an empty stomach, reading GPX rides with `gpxpy` in
      Visual Studio Code, an old submariner before Peral's submarine in Cartagena (literary),
      storing perfume, a day at the Perito Moreno glacier ("¡Claro!"), Isaac Peral's submarine
      (1888), leche frita, sewn versus glued (perfect) binding, an e-mail to a pharmacy about a
      shortage of a blood-pressure medicine;
  de: why glaciers flow, saddle-stitched booklets with `pdfbook2`, a woman bookbinder at dawn
      (literary), cleaning and oiling a bicycle chain, a reed diffuser ("Klar!"), Wilhelm
      Bauer's Brandtaucher (Kiel 1850/51), blueberry pancakes, road bike versus gravel bike, a
      letter to a mountain guide booking a glacier tour, dosing by body surface area with
      Mosteller's formula, how a submarine dives and surfaces, why the same perfume smells
      different on two people;
  it: how a submarine dives (ballast tanks), reading Garmin FIT files with `fitdecode` and
      pandas in PyCharm, an old mountain guide watching a glacier at dawn (literary), mending
      the spine of an old book, questions to ask the pharmacist ("Certo!"), Giovanni Maria
      Farina and eau de Cologne (1709), courgette and mint frittata, bicycle versus scooter for
      commuting, an e-mail asking to join a cycling club;
  pt: why glaciers retreat, a medicine reminder in Go (`time.Duration`, `time.NewTicker`,
      `go run`), a submariner's wife on the quay at Alfeite (literary), choosing a perfume in a
      shop, a Coptic-bound notebook ("Claro!"), the Espadarte, Portugal's first submarine
      (1913), arroz-doce, e-bike versus e-scooter in Lisbon, an e-mail to the organisers of a
      family bike ride.

The hard negatives are new too, six or seven per judged language: words the language itself
writes as one (erstwhile, nowise, herefrom, thereinto, noplace, someway, anywise, otherwhere,
everywhere, watertight, icefall, snowline, meltwater, seafloor, overboard, sternpost, foredeck,
endpapers, bookplate, flyleaf, headbands; çà, par-ci par-là, au-dessous, ci-dessus, guère,
lorsqu'elle, pince-nez, pèse-lettre, porte-documents, rince-doigts, serre-livres,
porte-bagages, cache-col, brise-glace, contre-torpilleur, bouche-trou, trouble-fête;
sabelotodo, malhumor, sobretodo, entreabierta, sujetalibros, parasol, bocarriba, tragaperras,
cazatalentos, portabicicletas, sujetapapeles, lanzallamas, sacamuelas; unlängst, hierzu,
zuallerletzt, fürwahr, vorwiegend, wiewohl, gleichermaßen, hinterrücks, nebstbei, beiläufig,
allzeit; sovente, ancorché, seppure, fuorché, oltracciò, perciocché, stamattina, stanotte,
stasera, sottovoce, portabiciclette, copricatena, portapacchi, fermacarte, tagliacarte,
segnalibri, salvavita; cá, lá, daí, devagarinho, concomitantemente, demasiado, ninguém,
alguém, pé-de-cabra, porta-moedas, corta-vento, conta-quilómetros, pára-lamas, bota-fora),
tool and brand names in lower case in prose (gpxsee, goldencheetah, zwift, audiobookshelf,
borgmatic, truenas, brouter), code identifiers in snake_case and camelCase and dotted names,
URLs, e-mail addresses, hashtags and @handles, German long compounds and particle verbs (with
zu inside: loszulegen, einzubohren, abzustecken, herzurichten, aufzupumpen, nachzuschmieren,
einzuspannen), clitics, elisions and contractions (rends-le-lui, prête-la-leur, dis-leur;
dímelo, envíaselas, pruébatelo, devolvérmelo; mandameli, daglieli, ricordamelo; empresta-lha,
di-lo-ás, devolve-ma), names of people and places, and informal spellings (gutted, cheers,
bare, wagwan, smol, heckin, yass; dinguerie, rincé, claqué, crevé, galère, gavé, kiffant, nan,
le bail; piba, dabuten, reventao, flipao, currar, chorrada, guiri; boah, jepp, tja, schnuppe,
chillig; fratm, spacca, sgravato, mitico; lixada, rebentado, meu); and texts in languages the
detector does not judge (Ewe, Twi, Ilocano, Hiligaynon, Tahitian, Manx, Kikuyu, Waray, none
of them used by v9-v25), some with a glue in them, which must get no word finding at all.
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
        "The erstwhile harbour master swore the old boat stayed watertight everywhere and would nowise hear "
        "a word against her; thereinto he poured his savings, and herefrom to the next harbour noplace, he "
        "said, had a finer hull, someway or other, nor anywise a better crew, here or otherwhere.",
        "Below the icefall the guide pointed out the snowline and the meltwater streams; on the ship they "
        "checked the seafloor charts, lashed the gear to the sternpost and made sure nothing on the foredeck "
        "could go overboard.",
        "In the workshop she tipped in the endpapers, pasted a bookplate onto the flyleaf and sewed the "
        "headbands before the covers went on.",
        "I log every ride with gpxsee and goldencheetah, train indoors on zwift, keep my audiobooks in "
        "audiobookshelf and back the lot up with borgmatic to a box running truenas; the club plans its "
        "routes with brouter.",
        "The loader calls compute_plasma_curve, passes the dose to applyRenalAdjustment and then to "
        "pk.models.one_compartment.simulate; config.max_daily_dose_mg is read once in dosing/guardrails.py, "
        "and test_rejects_negative_weight covers the edge case.",
        "The route is at https://rides.example.org/2027/glacier-loop#day-two and the sign-up sheet at "
        "https://forms.example.com/club/sunday-ride?ref=newsletter; questions to ride-captain@example.org or "
        "@velo_ingrid. #gravelgrinder #sundayride",
        "Ingrid Haraldsdóttir sailed from Tromsø to Longyearbyen with Bartholomew Okonkwo-Schmidt and "
        "Siobhán Ní Bhriain, then flew on to Ittoqqortoormiit and Qaanaaq.",
        "Gutted about the puncture, proper gutted, but cheers for waiting, bare kind of you. Wagwan later? "
        "Smol ride tomorrow, heckin windy, yass.",
    ],
    "fr": [
        "Çà et là, par-ci par-là, au-dessous du col, il ne reste guère de neige ; la carte ci-dessus montre "
        "le glacier tel qu'il était lorsqu'elle y montait, enfant.",
        "Dans le tiroir, un pince-nez, un pèse-lettre, un porte-documents et un rince-doigts ; sur "
        "l'étagère, un serre-livres ; au garage, un porte-bagages et un cache-col oublié ; au port, un "
        "brise-glace à côté d'un vieux contre-torpilleur.",
        "Je note mes sorties dans gpxsee et goldencheetah, je roule l'hiver sur zwift, j'écoute mes livres "
        "avec audiobookshelf, et borgmatic sauvegarde le tout chaque nuit sur un serveur sous truenas.",
        "Le module appelle calculer_dose_max, passe le poids à ajusterDoseRenale puis à "
        "pharmaco.modeles.un_compartiment.simuler ; config.dose_journaliere_mg est lue une fois dans "
        "posologie/garde_fous.py.",
        "Le parcours est sur https://sorties.exemple.fr/2027/boucle-du-glacier#etape-2 ; les inscriptions "
        "vont à capitaine-route@exemple.fr ou à @velo_solene. #gravel #sortiedudimanche",
        "Rends-le-lui, puis prête-la-leur et dis-leur qu'on s'en va : Solène et Aurélien partent de "
        "Clermont-Ferrand pour Saint-Jean-de-Luz, puis pour Chamonix-Mont-Blanc chez Ghislaine.",
        "Franchement, la montée c'était une dinguerie, j'suis rincé, crevé, claqué. Nan, ce soir c'est la "
        "galère, j'suis gavé de vélo, mais c'était kiffant ; c'est quoi le bail demain ?",
    ],
    "es": [
        "El sabelotodo del grupo, siempre de malhumor, dejó el sobretodo en la silla, la puerta "
        "entreabierta, el sujetalibros por el suelo y el parasol bocarriba; luego se fue a jugar a las "
        "tragaperras con un cazatalentos.",
        "En el trastero hay un portabicicletas, una caja de sujetapapeles, un lanzallamas de juguete y un "
        "cartel viejo de un sacamuelas de feria.",
        "Dímelo mañana, envíaselas a tu hermana y pruébatelo antes de devolvérmelo: Xabier y Montserrat "
        "salen de Villanueva de la Serena hacia Sotillo de la Adrada.",
        "Registro mis salidas en gpxsee y goldencheetah, entreno en casa con zwift, escucho audiolibros en "
        "audiobookshelf y borgmatic hace la copia de todo cada noche en un servidor con truenas.",
        "El módulo llama a calcular_dosis_maxima, pasa el peso a ajustarDosisRenal y después a "
        "farmaco.modelos.un_compartimento.simular; config.dosis_diaria_mg se lee una vez en "
        "posologia/limites.py.",
        "La ruta está en https://salidas.ejemplo.es/2027/vuelta-al-glaciar#etapa-2; las inscripciones, en "
        "capitana-ruta@ejemplo.es o con @bici_ainhoa. #gravel #domingoenbici",
        "Piba, la ruta fue dabuten, pero estoy reventao y flipao con la cuesta. Mañana a currar, qué "
        "chorrada, y encima el guiri del hotel quiere venir en bici.",
    ],
    "de": [
        "Unlängst fuhr sie hierzu allein los; zuallerletzt kam die Gruppe nach, fürwahr vorwiegend aus "
        "Neugier, und wiewohl es regnete, blieben alle gleichermaßen gut gelaunt, nebstbei und beiläufig "
        "über das Wetter lästernd, das sie allzeit hinterrücks zu erwischen schien.",
        "Die Unterseebootbesatzungsausbildungsstelle, der Gletschervermessungsdienst und die "
        "Fahrradkuriergenossenschaft haben vor, im Frühjahr loszulegen, die Messstangen einzubohren, die "
        "Routen abzustecken, die Reifen aufzupumpen, die Ketten nachzuschmieren und die Lastenräder "
        "herzurichten.",
        "Vergiss nicht, das Hinterrad richtig einzuspannen, bevor du losfährst.",
        "Ich erfasse meine Touren mit gpxsee und goldencheetah, fahre im Winter auf zwift, höre Hörbücher "
        "über audiobookshelf, und borgmatic sichert alles jede Nacht auf einen Rechner mit truenas.",
        "Das Modul ruft compute_plasma_curve auf, reicht das Gewicht an applyRenalAdjustment und dann an "
        "pk.models.one_compartment.simulate weiter; config.max_daily_dose_mg wird einmal in "
        "dosing/guardrails.py gelesen.",
        "Die Strecke steht unter https://touren.beispiel.de/2027/gletscherrunde#etappe-2, Anmeldungen bitte "
        "an tourleitung@beispiel.de oder an @rad_wiebke. #gravel #sonntagsrunde",
        "Boah, jepp, der Anstieg war echt heftig, tja, ich bin durch. Ist mir schnuppe, morgen wird's "
        "chillig. Ole und Wiebke aus Castrop-Rauxel kommen mit Hinnerk aus Bad Zwischenahn.",
    ],
    "it": [
        "Sovente, ancorché stanchi, restavamo al rifugio fino a sera; seppure nevicasse da stanotte, "
        "nessuno, fuorché la guida, voleva scendere, e oltracciò stamattina si parlava sottovoce, perciocché "
        "il ghiaccio scricchiolava.",
        "Il portabiciclette, il copricatena e il portapacchi sono in cantina, il fermacarte e il tagliacarte "
        "sulla scrivania tra i segnalibri: mandameli domani, daglieli pure e ricordamelo stasera.",
        "Registro le uscite con gpxsee e goldencheetah, d'inverno pedalo su zwift, ascolto gli audiolibri con "
        "audiobookshelf e borgmatic salva tutto ogni notte su un server con truenas.",
        "Il modulo chiama calcola_dose_massima, passa il peso a regolaDoseRenale e poi a "
        "farmaco.modelli.un_compartimento.simula; config.dose_giornaliera_mg viene letto una volta in "
        "posologia/limiti.py.",
        "Il percorso è su https://uscite.esempio.it/2027/giro-del-ghiacciaio#tappa-2; le iscrizioni a "
        "capogruppo@esempio.it oppure a @bici_ludovica. #gravel #giretto",
        "Fratm, 'sta salita spacca, sono sgravato, però mitico. Arrivano Nicolò e Benedetta da Sesto San "
        "Giovanni con Ludovica da Castelfranco Veneto.",
    ],
    "pt": [
        "Lá em cima e cá em baixo, daí até ao vale, devagarinho e concomitantemente, o glaciar recua "
        "demasiado, e ninguém, nem alguém de fora, duvida disso.",
        "Empresta-lha amanhã, di-lo-ás depois e devolve-ma quando puderes: o pé-de-cabra, o porta-moedas, o "
        "corta-vento e o conta-quilómetros estão na garagem, ao lado do pára-lamas e das coisas para o "
        "bota-fora.",
        "Registo as voltas no gpxsee e no goldencheetah, no inverno pedalo no zwift, oiço audiolivros no "
        "audiobookshelf e o borgmatic guarda tudo todas as noites num servidor com truenas.",
        "O módulo chama calcular_dose_maxima, passa o peso a ajustarDoseRenal e depois a "
        "farmaco.modelos.um_compartimento.simular; config.dose_diaria_mg é lido uma vez em "
        "posologia/limites.py.",
        "O percurso está em https://passeios.exemplo.pt/2027/volta-ao-glaciar#etapa-2; as inscrições vão "
        "para capitao-passeio@exemplo.pt, ou mencione @bici_leonor. #gravel #domingodebicla",
        "Aquela subida foi mesmo lixada, estou todo rebentado, meu. Vêm o Tiago e a Leonor de Vila Nova de "
        "Gaia com a Matilde de Castelo Branco.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "ee": ["Ŋdi sia, mieyi ƒuta be míakpɔ tɔdziʋuwo. Ʋuwo ƒe gbeɖiɖi nyo ŋutɔ, eye ɖeviwo kpɔdzidzɔ geɖe."],
    "tw": ["Anɔpa yi, me ne me nua kɔɔ dwam kɔtɔɔ nnuan ne nam. Ɛyɛ anigye paa sɛ yɛsan baa fie ntɛm."],
    "ilo": ["Napintas unay ti panawen ita ngaaldaw, isu a napankami iti baybay a kadua dagiti annakmi. "
            "Nangankami iti inihaw nga ikan ken innapuy."],
    "hil": ["Sang Domingo, nagkadto kami sa merkado kag nagbakal sang isda kag utan. Sa tapos sina, nagkaon "
            "kami sang panyaga sa balay ni Lola."],
    "ty": ["Ua haere mātou i te moana i te po'ipo'i, e ua ite mātou i te mau i'a rarahi. Ua nehenehe roa "
           "temahana."],
    "gv": ["Ta'n emshyr feer aalin jiu, as ta shin goll dys y traie marish ny paitchyn. Ta'n ghrian soilshean "
           "harrish y cheayn."],
    "ki": ["Rũciinĩ, nĩ twathiire mũthiro-inĩ tũkagũra mboco na ngwaci. Mũthenya ũcio nĩ warĩ mwegamũno."],
    "war": ["Ha aga, kinadto kami ha baybayon ngan nangisda kami upod an akon tatay. Damu an amon "
            "nakuhanga isda."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v27", QUOTA, HARD_NEGATIVES, "neg27")
    print(common.write_set(HERE, recs))
