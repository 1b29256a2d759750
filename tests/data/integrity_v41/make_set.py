"""Build the v41 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v41/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v41: the earlier sets are scored once at the end of their round and are tuning sets from
then on.  This set was written (without looking at the detector's rules or running it on these
texts) and committed before the next round of detector changes, and is scored once, at the end
of that round.  Rules, labels and corruption kinds are v3's, through
``tests/data/integrity_common.py`` (hunspell decides every label), with v9's quota.

The passages (passages_<lang>.txt) are new, with topics drawn mainly from sundials,
hedge-laying, fire lookout towers, reef aquariums at home, carillons and church bells, and rice
terraces; each language has its own topics, written in the registers of LLM answers (an
explanation, a technical answer with code spans and a product name, a literary paragraph,
step-by-step advice, a "Sure! Here's..." reply, a historical summary, a recipe, an opinion, a
letter or e-mail); eight in English, nine in French, Spanish, Italian and Portuguese, twelve in
German (no glue of two content words there):
  en: why a sundial runs fast or slow (the equation of time), shadow length with the `astral`
      package, a woman on a fire lookout tower at dusk (literary), laying a hedge, starting a
      reef tank at home ("Sure! Here's..."), the carillon from Flanders to Jef Denyn, sticky
      rice with mango, an e-mail from a tower captain to a neighbour about ringing practice;
  fr: why a bell sounds a minor third, a reef tank thermometer with a Raspberry Pi and a
      DS18B20, an old man in the rice terraces at dawn (literary), building a horizontal
      sundial, visiting a fire lookout in the Maures ("Bien sûr !"), the carillon of Douai,
      French onion soup, a laid hedge versus a wire fence, a letter to the mayor about a silent
      church bell;
  es: why rice terraces do not wash away, dosing pumps for a reef tank with an Arduino Uno, a
      fire lookout in his tower (literary), orienting a sundial, first fish for a small reef
      tank ("¡Claro!"), the Campana Gorda of Toledo, arroz negro, real bells versus
      loudspeakers, an e-mail ordering a vertical sundial;
  de: why a sundial's gnomon is tilted, dawn lighting for a reef tank in Home Assistant, a
      woman on a fire lookout tower spotting smoke (literary), laying a hedge, going to a
      carillon concert ("Klar!"), the Gloriosa of Erfurt, Milchreis, marine versus freshwater
      aquariums, a letter to a parish priest about early Sunday bells, computing the equation
      of time, how an electric bell-ringing machine works, why rice is grown on terraces;
  it: why a bell's sound lasts so long, hour lines of a sundial with matplotlib, a fire lookout
      in Gallura (literary), planting a mixed hedge, weekly checks of a reef tank ("Certo!"),
      the meridian line of Santa Maria degli Angeli, pumpkin risotto, wristwatch versus garden
      sundial, a letter to a councillor about collapsing terraces;
  pt: how the subak of Bali shares water among rice terraces, a reef tank controller with
      reef-pi, a fire lookout in the hills in August (literary), a backyard sundial with
      children, easy corals for a first reef tank ("Claro!"), the carillons of Mafra, arroz de
      pato, a living hedge versus a block wall, a letter volunteering for a fire lookout post.

The hard negatives are new too, six per judged language: words the language itself writes as
one, many looking like two short words joined (midday, sundown, sunup, noontide, treetop,
hilltop, wildfire, firebreak, hedgerow, evensong, handbell, sideways, downhill, onward, upend,
afoot, abed, adrift, aground, amid, thereabout, stonewall, seawater, cropland, hayfield;
pareillement, voire, pourtour, bienfait, passerelle, arc-boutant, coupe-feu, pare-feu,
entr'aperçu, qu'est-ce, n'est-ce, a-t-il, y a-t-il, peut-on;
ojalá, adelante, quehaceres, entremés, contramaestre, apagafuegos, contraventana, campanario;
ehe, danach, hinauf, herab, empor, desgleichen, derlei, allerlei, mancherlei, wenigstens,
beinahe, hierher, vorsorglich, gemeinhin, somit, fernerhin, alleweil; invece, nessuno,
benvenuto, sempreché, tagliafuoco, parapioggia, contrappeso, contrafforte, altrove, attorno,
intorno, insieme; nenhum, daquela, nesta, àquilo, guarda-florestal, corta-fogo, aceiro,
passa-culpas, concretamente, dacolá), tool and brand names in lower case in prose (htop,
neofetch, polybar, rofi, dunst, picom, httpie, trivy, grype, syft, pylint, mypy), code
identifiers in snake_case and camelCase and dotted names, URLs, e-mail addresses, hashtags and
@handles, German long compounds and particle verbs (with zu inside: einzuläuten, auszupeilen,
umzulegen, abzulesen), clitics and elisions (donne-la-moi, dites-le-moi; tráemelo,
díganmelo, vámonos, siéntense; ditecelo, ricordatevelo, mostraglielo, parlagliene; fazê-lo,
vê-los, dê-mo, levá-lo-ia, mostrá-lo-emos, contar-vos-ei), names of people and places, and
informal spellings (dontcha, hafta, useta, yall, 'em, somewheres; y'a, p'tit, m'enfin, bahut,
zik, fissa, hein; guapi, illo, miarma, pal, movida; ham wa, lass ma, nu, 'nen, a bisserl,
heuer; sgamare, mah, evvai, tt; yá, caraças, puto, miúdo, boa onda); and texts in languages
the detector does not judge (Yucatec Maya, K'iche', Navajo, Ojibwe, Lakota, Gullah, Louisiana
Creole, Guadeloupean Creole), some with a glue in them, which must get no word finding at all.
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
        "We walked downhill at midday and reached the hilltop chapel by sundown; evensong had begun, a "
        "handbell rang somewhere below the treetop line, and by noontide the next day we were moving onward "
        "again, on the road since sunup, past the hedgerow, the hayfield and the cropland.",
        "Something was afoot: the boat lay adrift, then aground on the seawater flats amid the reeds, tilted "
        "sideways, while the crew lay abed somewhere thereabout; the wildfire had jumped the firebreak, and "
        "the wind threatened to upend every plan and stonewall the rescue.",
        "On the old laptop I watch the fans with htop, show the specs with neofetch, run polybar, rofi and "
        "dunst with picom on top, test the API with httpie, and scan the images with trivy, grype and syft; "
        "pylint and mypy check the code.",
        "The dial service calls compute_hour_angle, passes each result to shadowLengthFor and then to "
        "dials.render.svg_hour_lines; config.latitude_deg is read once in sundial/geometry_core.py, and "
        "test_equation_of_time_november covers the worst case.",
        "The plans are at https://bells.example.org/2027/tower-shutters#louvres and the rota at "
        "https://ringers.example.net/rota/thursday; write to tower-captain@example.org or ping "
        "@ringer_aoibheann. #bellringing #changeringing",
        "Dontcha know, yall hafta come see 'em at the fair, it's somewheres past Tuckahoe; Aoibheann Ní "
        "Bhraonáin and Tadhg from Skibbereen useta ring there at eight o'clock.",
    ],
    "fr": [
        "Pareillement, le pourtour du clocher, voire la passerelle et l'arc-boutant, fut un bienfait pour "
        "les guetteurs : qu'est-ce qu'on voyait de là-haut ? Les toits, n'est-ce pas, et rien d'autre.",
        "A-t-il entr'aperçu la fumée derrière le coupe-feu ? Y a-t-il quelqu'un au poste, peut-on l'appeler, "
        "et le pare-feu de la forêt tiendra-t-il jusqu'au soir ?",
        "Sur mon vieux portable, je surveille la machine avec htop, j'affiche la configuration avec "
        "neofetch, je lance polybar, rofi et dunst avec picom, je teste l'API avec httpie et j'analyse les "
        "images avec trivy, grype et syft.",
        "Le service appelle calculer_angle_horaire, passe chaque valeur à longueurOmbrePour puis à "
        "cadrans.rendu.lignes_horaires_svg ; config.latitude_deg est lu une fois dans "
        "cadran/geometrie_noyau.py.",
        "Donne-la-moi, dites-le-moi franchement : les plans sont sur https://cloches.exemple.fr/2027/abat-son"
        "#volets, les questions vont à carillonneur@exemple.fr ou à @clocher_gwendal. #carillon #beffroi",
        "Hein, y'a un p'tit souci, m'enfin rien de grave : Gwendal et Ombeline sont coincés au bahut à "
        "Plouguerneau, ils écoutent de la zik, ils arrivent fissa.",
    ],
    "es": [
        "Ojalá salgas adelante con los quehaceres: el contramaestre sirvió un entremés antes de subir al "
        "campanario, cerró la contraventana y dejó los apagafuegos junto a la puerta.",
        "Tráemelo mañana y díganmelo ustedes si hace falta; vámonos ya, siéntense aquí, hazlo con calma y "
        "cuídate mucho, que pasado mañana vuelve el campanero.",
        "En el portátil viejo miro el consumo con htop, enseño los datos con neofetch, uso polybar, rofi y "
        "dunst con picom, pruebo la API con httpie y reviso las imágenes con trivy, grype y syft.",
        "El servicio llama a calcular_angulo_horario, pasa cada valor a longitudSombraPara y luego a "
        "relojes.dibujo.lineas_horarias_svg; config.latitud_grados se lee una vez en "
        "reloj_sol/geometria_base.py.",
        "Los planos están en https://campanas.ejemplo.es/2027/persianas#lamas y el turno en "
        "https://campaneros.ejemplo.es/turnos; escribe a campanero-mayor@ejemplo.es o a @torre_ainhoa. "
        "#campanas #toques",
        "Illo, miarma, qué movida la de anoche, tú estás guapi pa la fiesta, vente pal pueblo q Ainhoa y "
        "Rocío Barrionuevo llegan de Alcalá de Guadaíra.",
    ],
    "de": [
        "Ehe es dunkel wurde, stiegen wir hinauf und wieder herab; danach ragte der Turm empor, und "
        "desgleichen die Linde. Derlei und allerlei Geschichten, mancherlei davon wahr, hörten wir beinahe "
        "jeden Abend, wenigstens bis Mitternacht.",
        "Vorsorglich kam er hierher, weil man gemeinhin sagt, dass der Glockenstuhl somit fernerhin und "
        "alleweil hält; die Reisterrasse und die Benjeshecke zeigte er uns auch.",
        "Die Glockenstuhlsanierungsarbeitsgruppe und der Feuerwachturmförderverein haben beschlossen, im "
        "Frühjahr das Geläut neu einzuläuten, die Rauchsäulen genauer auszupeilen, den Zaun umzulegen und die "
        "Zeitgleichung täglich abzulesen; der Turmwärter prüft die Läutemaschine.",
        "Auf dem alten Laptop schaue ich mit htop nach der Last, zeige die Daten mit neofetch, nutze polybar, "
        "rofi und dunst mit picom, teste die API mit httpie und prüfe die Images mit trivy, grype und syft.",
        "Der Dienst ruft berechne_stundenwinkel auf, reicht jeden Wert an schattenLaengeFuer und dann an "
        "uhren.zeichnung.stundenlinien_svg weiter; config.breite_grad wird einmal in "
        "sonnenuhr/geometrie_kern.py gelesen; Pläne unter https://glocken.beispiel.de/2027/schallladen#jalousie, "
        "Fragen an turmwart@beispiel.de oder @turm_wiebke. #Glocken #Geläut",
        "Nu, ham wa heuer noch 'nen Termin? Lass ma a bisserl warten, oder? Wiebke und Hinnerk aus "
        "Buxtehude kommen mit Thekla aus Wolfratshausen.",
    ],
    "it": [
        "Invece nessuno ci aveva avvisati: benvenuto, disse, sempreché tu non abbia paura del vuoto. Altrove "
        "c'era un tagliafuoco, attorno un parapioggia di lamiera e, intorno al campanile, un contrafforte e "
        "un contrappeso che lavoravano insieme.",
        "Ditecelo prima, ricordatevelo bene, mostraglielo domani e parlagliene con calma: il campanaro "
        "aspetta sulla torretta della vedetta sopra la risaia.",
        "Sul vecchio portatile controllo il carico con htop, mostro i dati con neofetch, uso polybar, rofi e "
        "dunst con picom, provo le API con httpie e controllo le immagini con trivy, grype e syft.",
        "Il servizio chiama calcola_angolo_orario, passa ogni valore a lunghezzaOmbraPer e poi a "
        "meridiane.disegno.linee_orarie_svg; config.latitudine_gradi viene letto una volta in "
        "meridiana/geometria_base.py.",
        "I disegni sono su https://campane.esempio.it/2027/persiane#lamelle e i turni su "
        "https://campanari.esempio.it/turni; scrivete a campanaro-capo@esempio.it o a @torre_ludovica. "
        "#campane #meridiane",
        "Mah, non mi fare sgamare, evvai, tt a posto: Ludovica ed Ermenegildo arrivano da Sant'Antioco, poi si "
        "va tutti a Castelsardo.",
    ],
    "pt": [
        "Nenhum guarda-florestal daquela serra quer fazê-lo nesta altura, e àquilo que ele disse, "
        "concretamente, ninguém respondeu: o aceiro e o corta-fogo começam dacolá, junto à vigia.",
        "Dê-mo amanhã; vê-los-ei depois, e levá-lo-ia eu mesmo se pudesse; mostrá-lo-emos aos miúdos e "
        "contar-vos-ei tudo, sem passa-culpas.",
        "No portátil velho vejo a carga com o htop, mostro os dados com o neofetch, uso o polybar, o rofi e o "
        "dunst com o picom, testo a API com o httpie e analiso as imagens com o trivy, o grype e o syft.",
        "O serviço chama calcular_angulo_horario, passa cada valor a comprimentoSombraPara e depois a "
        "relogios.desenho.linhas_horarias_svg; config.latitude_graus é lido uma vez em "
        "relogio_sol/geometria_base.py.",
        "As plantas estão em https://sinos.exemplo.pt/2027/persianas#lamelas e a escala em "
        "https://sineiros.exemplo.pt/escala; escreva para sineiro-chefe@exemplo.pt ou para @torre_gervasio. "
        "#sinos #carrilhao",
        "Yá, caraças, o puto tá numa boa onda! O Gervásio e a Filomena vieram de Oliveira de Azeméis e de "
        "Celorico de Basto.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "yua": ["Ma'alob k'iin, in láak'. Le ja'ab je'ela' ya'ab ja' tu k'áaxal, le beetik ya'ab ixi'im yaan "
            "ichkool."],
    "quc": ["Utz awach, nuchuch? Ri numam xb'e pa k'ayib'al chi ranaqil ixim, xuquje' xuloq'lo jun k'ak' "
            "chojil."],
    "nv": ["Yá'át'ééh abíní. Dííjį́ nizhónígo deesdoi, áko shimásání bighangóó déyá dóó dibé "
           "bich'įįh yishááł."],
    "oj": ["Boozhoo, aaniin ezhi-ayaayan? Niminwendam ji-waabamininh noongomgiizhigak, mii gwayak "
           "ge-izhichigeyang."],
    "lkt": ["Háu kholá, tókhiya lá he? Lé aŋpétukiŋ osní, éyaš wičháȟpi kiŋ waŋyáŋkapi ktelo."],
    "gul": ["Uh gwine tuh de sto fuh git some rice, den uh come back home fuhcook suppa fuh de chillun "
            "befo dayclean."],
    "lou": ["Mo té apé marché dan bayou-la é mo ouè in gro kaïman ki té apé dormi dansoley. Li pa té "
            "bougé ditou."],
    "gcf": ["Bonjou, ka ou fè? Lapli ka tonbé dépi maten, kidonk nou pé ké sòti jodi-la, men timoun-la "
            "kontan jwé an lakou-la."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v41", QUOTA, HARD_NEGATIVES, "neg41")
    print(common.write_set(HERE, recs))
