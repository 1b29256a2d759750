"""Build the v66 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v66/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v66: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written without looking at the detector (its rules, its word lists, its
tests or benchmarks, or the passages of the other sets) and without running it on these texts,
and was committed before the next round of detector changes; it is held out and scored once, at
the end of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.  It was
written at the same time as other sets by different hands, with topics taken mainly from
lacemaking, ice climbing, desert oases, podcast production, hot sauce fermentation and lock
picking as a sport.

The passages (passages_<lang>.txt) are new, and each language has its own mix of the topics,
written in the registers of LLM answers (an explanation, a technical answer with code spans and
a product name, a literary paragraph, step-by-step advice, a "Sure! Here's..." reply, a
historical summary, a recipe, an opinion, a letter or e-mail); eight in English, nine in
French, Spanish, Italian and Portuguese, twelve in German (no glue of two content words there):
  en: why lactic fermentation makes a hot sauce safe (brine, pH, kahm yeast), two-pass loudness
      normalisation of a podcast with ffmpeg's `loudnorm` from Python instead of Auphonic, an
      ice climber alone on a frozen waterfall at dawn (literary), picking a first pin tumbler
      lock, Honiton lace and Queen Victoria's wedding dress, fermented habanero and mango sauce,
      how desert oases are sold to tourists (opinion), an e-mail asking to join a locksport
      meeting;
  fr: how an oasis works (foggaras, water shares, three storeys of crops), a podcast RSS feed
      with `feedgen` instead of Ausha, nightfall and a water turn in a palm grove (literary), a
      first day on a frozen waterfall, starting sport lock picking ("Bien sûr !"), Colbert and
      the point d'Alençon, a lacto-fermented chilli sauce, over-edited podcasts (opinion), a
      lace club's letter booking a visit to the Alençon lace museum;
  es: why a fermenting chilli jar turns cloudy and fizzy, cutting a Reaper export into segments
      with `pydub` (`AudioSegment.from_file`, `fade_in`), dusk at the Huacachina lagoon
      (literary), building an Abalakov anchor in ice step by step, recording a podcast at home
      ("¡Claro!"), Eckenstein, Grivel, Chouinard and the tools of ice climbing, fermented ají
      amarillo sauce, the fashion for extreme hot sauces (opinion), an e-mail asking about a
      bobbin lace class in Almagro;
  de: why oases do not dry up (fossil water in the Nubian Sandstone, artesian springs), checking
      podcast loudness with `pyloudnorm` next to Ultraschall and Reaper, an old lacemaker at a
      window in Annaberg (literary), placing an ice screw, sport lock picking for beginners
      ("Klar!"), Barbara Uthmann and bobbin lace in the Erzgebirge, fermented chilli sauce,
      video podcasts as a wrong turn (opinion), a letter booking an ice climbing course, EBU
      R128 gated loudness (algorithm), how a pin tumbler cylinder works, why chillies burn
      (TRPV1, capsaicin);
  it: how temperature changes waterfall ice, transcribing podcast episodes with Whisper
      (`whisper.load_model`, `transcribe`) for Spreaker, dawn in the covered streets of
      Ghadames (literary), first steps in pillow lace, a starter kit for sport lock picking
      ("Certo!"), Burano lace and its school of 1872, fermented Calabrian chilli sauce, ice
      climbing and a warming climate (opinion), an e-mail inviting a lace historian onto a
      podcast;
  pt: qanats and khettaras that feed oases, logging the pH of a fermenting hot sauce with an
      ESP32 in MicroPython (`machine.ADC`, `time.sleep`) in Thonny, a lacemaker at her door in
      Peniche (literary), editing a first podcast episode in Audacity, ice climbing gear
      ("Claro!"), the bobbin lace of Peniche and its school of 1887, a moist date cake, why
      sport lock picking deserves encouragement (opinion), a letter to a travel agency about
      the oases of the Drâa valley and Tafilalet.

The hard negatives are new too, six per judged language: words the language itself writes as
one or hyphenates, chiefly topic words and rarer words, since earlier sets used up most
closed-class compounds (spindrift, verglas, icicle, frostnip, frostbite, cameleer, wayfarer,
waterhole, tamarisk, dryland, mixdown, voiceover, lavalier, windscreen, sidechain, playlist,
earbuds, lockpick, padlock, keychain, tatting, spangle, mouthfeel; glaciairiste, cramponnage,
chauffe-mains, après-ski, porte-bébé, cure-pipe, ksar, séguia, palmeraie, reg, erg, chott,
khamsin, tamaris, foggara, serrurier, serrurerie, goupille, crochetage, balado, podcasteur,
baladodiffusion; cerrajero, cerrajería, ganzúa, ganzuado, bombín, portallaves, palmeral, jaima,
siroco, rapelar, Abalakov, crampón, calientamanos, podcastero, capsaicina, mundillo; Klöpplerin,
Klöppelbrief, Sportöffner, Spanner, Dietrich, Schließzylinder, Gärgewicht, Oasenstadt;
cascatista, scaldamani, paraorecchie, piccozza, semiautomatici, muretto, scassinatore,
grimaldello, lucchetto, chiavistello, scasso, palmeto, tamerice, carovaniere, capsaicina;
serralheiro, fechadura, gazua, cadeado, trinco, ferrolho, palmeiral, tamareira, caravaneiro,
meia-lua, aquece-mãos, tapa-olhos, rendilhado, capsaicina), tool names in lower case in prose
(sox, ecasound, aubio, audiowaveform, wavesurfer, gpodder; antennapod, castero, shellcaster,
tenacity, ocenaudio, loudgain; snapcast, mopidy, librespot, spotifyd, musikcube, termusic;
noisetorch, rnnoise, deepfilternet, qjackctl, fluidsynth, sfizz; audacious, clementine,
lollypop, amarok, deadbeef, kid3; zynaddsubfx, yoshimi, qsynth, vmpk, supercollider, csound),
code identifiers in snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags
and @handles, German long compounds (Eiskletterausrüstungsverleih, Klöppelspitzenmusterbuch,
Sportöffnermeisterschaftsregelwerk, Podcastaufnahmestudiomiete) and particle verbs with zu
inside (nachzusichern, einzuschrauben, einzulegen, abzuschmecken, aufzuschließen), clitics and
elisions (montre-la-moi, apportez-les-nous, envoyez-le-leur; pruébala, regálanosla, ábrasela,
devuélvamelos; spiegatecelo, riportateglieli, portacelo; abri-la-emos, pô-lo-emos,
encontrá-los-emos, contar-lho-íamos), names of people and places, and informal spellings and
slang (sketchy, janky, psyched, pumped; galérer, avoir la dalle; cachondeo, pasota, cotilla,
jaleo, fetén, casoplón; Pfusch, Lausbub, Gaudi, Gspusi, Semmeln, labern; gasarsi, fuffa,
bufala, abbiocco, tizio; desenrascanço, treta, pimba, de borla, amuar); and texts in languages
the detector does not judge (Lunda, Luvale, Kaonde, Nyakyusa, Makonde, Ndau, Kalanga, Mambwe),
some with a glue in them, which must get no word finding at all.
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
        "On the walk-in the guide warned us about spindrift and verglas, pointed at an icicle as thick as a "
        "ship's mast, and said the frostnip on my cheek was nothing next to the frostbite he had treated on a "
        "winter traverse the year before.",
        "At dusk the cameleer led the wayfarers to a waterhole ringed with tamarisk, where dryland farmers had "
        "planted barley beneath the date palms.",
        "After the mixdown she recorded the voiceover with a lavalier under a foam windscreen, put a sidechain "
        "compressor on the music bed and checked the playlist on her earbuds. Her guest, who kept a lockpick "
        "and a tiny padlock on his keychain, talked about tatting, glass spangles and the silky mouthfeel of a "
        "well fermented sauce.",
        "For the show I use sox and ecasound to trim the raw takes, aubio to find the beats in the theme tune, "
        "audiowaveform and wavesurfer to draw the waveform on the website, and gpodder to check that the feed "
        "downloads properly.",
        "The script calls measure_episode_loudness, hands the numbers to applyGainStage and then to "
        "podcast.feed.publish_item; settings.target_lufs is read in tools/level_episode.py, the show lives at "
        "https://pod.example.net/shows/frozen-lines/episodes/12#transcript, so mail studio-desk@example.net "
        "or ping @ropegun_ottilie. #iceclimbing #locksport",
        "Honestly, the approach was sketchy and the belay janky, but I was psyched: Ottilie Featherstonehaugh "
        "and Lachlan Mackintosh topped out on Point Five Gully, then drove down to Fort William, totally "
        "pumped, for fish and chips.",
    ],
    "fr": [
        "Avant le cramponnage du retour, le glaciairiste glissa des chauffe-mains dans ses gants ; le soir, au "
        "refuge, on parla d'après-ski, d'un porte-bébé oublié sur le parking et d'un cure-pipe qui servait à "
        "déboucher le réchaud.",
        "Au ksar, on suit la séguia jusqu'à la palmeraie ; au-delà commencent le reg, puis l'erg, et le chott "
        "miroite au loin sous le khamsin, tandis que des tamaris bordent la dernière foggara.",
        "Le serrurier m'a montré sa serrurerie, une goupille cassée et le carnet où il note ses progrès en "
        "crochetage. Au Québec, on appelle balado ce que les podcasteurs parisiens appellent podcast, et la "
        "baladodiffusion y a même ses prix annuels.",
        "Pour écouter et préparer l'émission, j'utilise antennapod sur le téléphone, castero et shellcaster "
        "dans le terminal, tenacity et ocenaudio pour le montage, et loudgain pour égaliser le volume des "
        "fichiers.",
        "La fonction mesurer_sonie_episode transmet le résultat à appliquerGainFinal, puis à "
        "balado.flux.publier_episode ; la doc est sur https://balado.exemple.fr/emissions/glace-et-serrures#episode-7, "
        "les questions vont à regie-son@exemple.fr ou à @cascade_apolline. #cascadedeglace #crochetage",
        "Montre-la-moi, cette sauce, puis apportez-les-nous, les bocaux, et envoyez-le-leur, le colis : on a "
        "galéré toute la journée, j'avais la dalle, et Apolline et Anatole sont arrivés à Timimoun bien après "
        "Sidonie.",
    ],
    "es": [
        "El cerrajero guardaba en su cerrajería una ganzúa de cada tipo, un bombín cortado por la mitad y un "
        "portallaves enorme; los sábados enseñaba ganzuado deportivo a los vecinos del barrio.",
        "En el palmeral, junto a la jaima, soplaba el siroco. Meses después, en los Pirineos, los mismos amigos "
        "aprendían a rapelar desde un Abalakov, uno con un crampón suelto y el otro con un calientamanos en "
        "cada guante.",
        "El podcastero explicó en antena que la capsaicina no se disuelve en agua, y su invitada, que hace "
        "encaje en Almagro, trajo el mundillo al estudio para enseñarlo.",
        "En el salón tengo snapcast para repartir el sonido por las habitaciones, mopidy como servidor de "
        "música, librespot y spotifyd para las listas del móvil, y musikcube o termusic cuando trabajo desde "
        "la terminal.",
        "La función medir_sonoridad_episodio pasa el valor a aplicarGananciaFinal y luego a "
        "podcast.feed.publicar_entrada; la documentación está en "
        "https://podcast.ejemplo.es/programas/hielo-y-cerraduras#capitulo-9, escribe a "
        "estudio-sonido@ejemplo.es o a @cascada_itziar. #escaladaenhielo #ganzuado",
        "Pruébala tú primero y luego regálanosla, esa salsa de tu abuela; usted, ábrasela a la clienta y "
        "devuélvamelos mañana, los frascos. Menudo cachondeo: el pasota de Iñaki y la cotilla de Maribel "
        "montaron un jaleo fetén en el casoplón de Zarautz.",
    ],
    "de": [
        "Im Eiskletterausrüstungsverleih hing ein Klöppelspitzenmusterbuch neben dem "
        "Sportöffnermeisterschaftsregelwerk, und die Podcastaufnahmestudiomiete war höher als erwartet.",
        "Es war nicht leicht, am Stand nachzusichern und gleichzeitig die nächste Eisschraube einzuschrauben; "
        "zu Hause galt es dann, die Chilis einzulegen, die Sauce abzuschmecken und das alte Vorhängeschloss "
        "ohne Schlüssel aufzuschließen.",
        "Die Klöpplerin legte den Klöppelbrief zurecht, während der Sportöffner Spanner und Dietrich auspackte; "
        "auf dem Tisch lagen ein Schließzylinder, ein Gärgewicht und eine Handvoll Datteln aus der Oasenstadt "
        "Siwa.",
        "Für die Aufnahmen laufen noisetorch und rnnoise gegen das Rauschen, deepfilternet für schwierige "
        "Räume, qjackctl für die Verbindungen sowie fluidsynth und sfizz für die Jingles.",
        "Die Funktion messe_lautheit_folge gibt den Wert an wendeVerstaerkungAn und dann an "
        "podcast.feed.veroeffentliche_folge weiter; die Doku liegt unter "
        "https://podcast.beispiel.de/sendungen/eis-und-schloss#folge-11, Fragen an tonregie@beispiel.de oder "
        "an @eisfall_henrike. #eisklettern #sportöffnen",
        "Der Lausbub hat nur Pfusch gemacht, aber es war eine Gaudi: Wastl und Vroni sind mit ihrem Gspusi nach "
        "Garmisch-Partenkirchen gefahren, haben beim Bäcker Semmeln geholt und den ganzen Abend nur gelabert.",
    ],
    "it": [
        "Il cascatista infilò gli scaldamani sotto i guanti, si sistemò i paraorecchie sotto il casco e provò "
        "la piccozza sul primo muretto di ghiaccio, con gli attacchi semiautomatici ben chiusi.",
        "Nei romanzi lo scassinatore apre ogni serratura con un grimaldello, ma al club si lavora solo sul "
        "proprio lucchetto, su un vecchio chiavistello o su cilindri smontati, e lo scasso non c'entra nulla.",
        "Nel palmeto, all'ombra di una tamerice, il carovaniere ci offrì datteri e una salsa così piccante che, "
        "per colpa della capsaicina, ci lacrimavano gli occhi; dopo pranzo ci prese un abbiocco tremendo.",
        "Per ascoltare le puntate uso audacious e clementine sul portatile, lollypop e amarok sul computer "
        "fisso, deadbeef quando voglio qualcosa di leggero e kid3 per sistemare i tag dei file.",
        "La funzione misura_volume_puntata passa il valore ad applicaGuadagnoFinale e poi a "
        "podcast.feed.pubblica_puntata; la documentazione è su "
        "https://podcast.esempio.it/programmi/ghiaccio-e-serrature#puntata-5, scrivete a "
        "regia-audio@esempio.it o a @cascata_ginevra. #arrampicatasughiaccio #lockpicking",
        "Spiegatecelo voi, riportateglieli domani e portacelo qui, il registratore: quel tizio del podcast si "
        "gasa per niente, ma secondo me è tutta fuffa, anzi una bufala, e lo dice anche Ottavia di Bressanone.",
    ],
    "pt": [
        "O serralheiro abriu a fechadura sem gazua nenhuma, mas mostrou-nos um cadeado de treino, um trinco "
        "antigo e um ferrolho de latão que guardava na oficina.",
        "No palmeiral, à sombra de uma tamareira, o caravaneiro ofereceu-nos tâmaras e chá de hortelã enquanto "
        "uma meia-lua pálida subia sobre as dunas. Meses depois, nos Alpes, o mesmo escalador levava um "
        "aquece-mãos em cada luva e um tapa-olhos no bolso para dormir no refúgio.",
        "Na almofada da avó crescia um rendilhado finíssimo, e a capsaicina do molho que ela fazia no verão "
        "ainda nos fazia lacrimejar.",
        "No estúdio do podcast usamos o zynaddsubfx e o yoshimi para os sintetizadores, o qsynth e o vmpk para "
        "testar os sons do genérico, e o supercollider e o csound para os efeitos mais estranhos.",
        "A função medir_volume_episodio passa o valor a aplicarGanhoFinal e depois a "
        "podcast.feed.publicar_episodio; a documentação está em "
        "https://podcast.exemplo.pt/programas/gelo-e-fechaduras#episodio-3, escreva para regie-som@exemplo.pt "
        "ou para @cascata_matilde. #escaladanogelo #lockpicking",
        "Abri-la-emos amanhã e pô-lo-emos na montra; encontrá-los-emos no Porto e contar-lho-íamos, mas isso "
        "de desenrascanço é com o Gonçalo. O resto é treta: o concerto de pimba em Mirandela foi de borla, e a "
        "Matilde amuou por não ter ido.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "lun": ["Mwani, mwabuka ñahi? Nabuka chiwahi, nasakilili nankashi; lelu anyana anakuya nakutaha mema "
            "kumukala."],
    "lue": ["Mwalinga ngachilihi? Ngwasakwilila chikuma. Lelo vanyike navaya kulihina nakutoha meya."],
    "kqn": ["Mwabuka byepi, bamama? Twabuka bulongo, natotela bingi; lelo twaya ku mukola kuteka meema."],
    "nyy": ["Ugonile bwanaa? Ngonile kanunu, ndaga fijo. Kyala akusaye pamo na bakamu bako."],
    "kde": ["Nnungu akupe ligunda. Vandu vetu vanapanga vinyago vya mpingo kuchilambo cha Mwela."],
    "ndc": ["Mamuka kudini? Tamuka zvakanaka, ndatenda maningi. Mwari ngaakuropafadzei mese."],
    "kck": ["Mamuka tjini? Takamuka zwakanaka, ndalumba. Mwali ngaamupe zwakanaka zwese."],
    "mgr": ["Mwauka uli? Twauka bwino, natotela sana. Lelo tukuya ku Mbala kukalanda na bakamwene."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v66", QUOTA, HARD_NEGATIVES, "neg66")
    print(common.write_set(HERE, recs))
