"""Build the v6 labelled set for glued and split words: all held out.  Deterministic;
rewrites glued_set.jsonl here.

    python tests/data/integrity_v6/make_set.py      # needs hunspell (see ../integrity_common.py)

Why a v6: v5 was scored once (tests/bench/results_findings.md) and is a tuning set from then
on, like v3 and v4.  This set was written and committed before the next round of detector
changes (findings-recall2), and is scored once, at the end of that round.  Rules, labels and
corruption kinds are v3's, through ``tests/data/integrity_common.py`` (hunspell decides every
label; the same code rebuilds v5 byte for byte).

The passages (passages_<lang>.txt) are new: houseplants and overwatering, a slow SQL query
and its index, a lighthouse keeper (literary), sleep habits, how a rainbow forms, Roman
aqueducts; six per language.  The hard negatives are new too: words that are function words
written together by the language itself (nevertheless, whereupon, dementsprechend,
nichtsdestotrotz, soprattutto, dappertutto, aujourd'hui, dorénavant, sinvergüenza, enseguida,
naquele, doutro), tool and brand names in prose, code identifiers, URLs, hashtags, German
compounds and particle verbs, clitics and elisions; and texts in languages the detector does
not judge (Dutch, Swedish, Polish, Indonesian, Catalan, Romanian), some with a glue in them,
which must get no word finding at all.
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
        "Nevertheless, the committee met thereafter and, insofar as the bylaws allowed, voted whereupon "
        "the motion passed; henceforth the treasurer, notwithstanding his objections, cannot overrule it.",
        "Scaffold the app with pnpm create vite, add tailwindcss and shadcn, then deploy on vercel; "
        "sveltekit and astro work too, and esbuild keeps the rebuilds fast.",
        "Pass exist_ok to os.makedirs, then call shutil.copytree; argparse gives you add_argument, and "
        "json.loads raises JSONDecodeError on bad input. See https://docs.python.org/3/library/shutil.html",
        "We invoice through quickbooks, design in canva, automate with zapier and keep the roadmap in "
        "airtable; the whiteboard sessions happen on miro. #buildinpublic #indiehackers",
        "Meanwhile the seamstress, a taciturn woman with a penchant for chiaroscuro and bric-a-brac, "
        "kept a commonplace book full of ephemera, marginalia and the odd limerick.",
    ],
    "fr": [
        "Aujourd'hui, néanmoins, le comité s'est réuni ; dorénavant, quoique le trésorier s'y oppose, "
        "la décision s'applique, puisqu'elle a été votée lorsque tous étaient présents.",
        "Créez l'application avec pnpm create vite, ajoutez tailwindcss, puis déployez sur vercel ; "
        "sveltekit et astro conviennent aussi, et esbuild accélère les recompilations.",
        "Jusqu'aujourd'hui, la presqu'île gardait son charme : l'entr'acte au théâtre, le chef-d'œuvre "
        "du musée et quelques bric-à-brac vendus au vide-grenier du dimanche.",
    ],
    "es": [
        "Asimismo, el comité se reunió enseguida; sin embargo, aunque el tesorero protestó, la decisión "
        "se aplicó porque, dondequiera que estuviera, todavía tenía mayoría. ¡Bienvenido el sinfín de quehaceres!",
        "Crea la aplicación con pnpm create vite, añade tailwindcss y despliega en vercel; sveltekit y "
        "astro también sirven, y esbuild acelera las recompilaciones.",
        "Dímelo despacio, cuéntaselo mañana y tráenoslo pronto: ese sinvergüenza, un cascarrabias "
        "trotamundos, vendía paraguas y sacacorchos en el rompeolas.",
    ],
    "de": [
        "Nichtsdestotrotz traf sich der Ausschuss; dementsprechend wurde infolgedessen abgestimmt, und "
        "stattdessen will der Kassenwart zurzeit nichts dagegen unternehmen, obwohl er deswegen verärgert ist.",
        "Erstellen Sie die Anwendung mit pnpm create vite, fügen Sie tailwindcss hinzu und veröffentlichen "
        "Sie auf vercel; sveltekit und astro gehen auch, und esbuild beschleunigt die Neuübersetzung.",
        "Die Haustürschlüsselaufbewahrung, die Fahrradreparaturwerkstatt und die Rechtsschutzversicherung "
        "sind aufeinander abgestimmt; wir räumen auf, ziehen um und fangen nebenan neu an.",
    ],
    "it": [
        "Soprattutto, il comitato si riunì frattanto; nonostante le proteste, perciò, la decisione valse "
        "dappertutto, affinché il cosiddetto tesoriere, sebbene contrario, la applicasse pertanto.",
        "Crea l'applicazione con pnpm create vite, aggiungi tailwindcss e pubblica su vercel; sveltekit e "
        "astro vanno bene lo stesso, ed esbuild accelera le ricompilazioni.",
        "Dell'anno scorso ricordo quell'estate, l'arcobaleno sull'altopiano e il capostazione che, "
        "dandocene notizia, ce lo mostrò sull'orologio: mandamelo, diglielo, facciamolo.",
    ],
    "pt": [
        "Contudo, o comité reuniu-se naquele dia; todavia, conquanto o tesoureiro protestasse, a decisão "
        "aplicou-se, porquanto estava doutro modo bloqueada. Aliás, sobretudo daqui em diante, nada muda.",
        "Crie a aplicação com pnpm create vite, adicione tailwindcss e publique na vercel; sveltekit e "
        "astro também servem, e o esbuild acelera as recompilações.",
        "Dá-lho amanhã, dir-lho-ei depois e trá-lo-emos connosco: nesta casa, o guarda-chuva, o "
        "para-brisas e o saca-rolhas moram todos numa gaveta daquela cozinha.",
    ],
    # Languages the detector does not judge: no word finding at all, glued or not.
    "nl": ["De meeste kamerplanten gaan eerder dood aan te veel zorg dan aan te weinig. Steek eerst een "
           "vinger in de aarde: als diegrond nog vochtig is, wacht je een paar dagen."],
    "sv": ["De flesta krukväxter dör av för mycket omsorg snarare än för lite. Stick ett finger i jorden "
           "innan du vattnar: om denär fuktig fortfarande, vänta några dagar till."],
    "pl": ["Większość roślin doniczkowych ginie od nadmiaru opieki, a nie od jej braku. Zanim podlejesz, "
           "włóż palec doziemi: jeśli jest jeszcze wilgotna, poczekaj kilka dni."],
    "id": ["Sebagian besar tanaman hias mati karena terlalu banyak dirawat. Sebelum menyiram, masukkan "
           "jari kedalam tanah: jika masih lembap, tunggu beberapa hari lagi."],
    "ca": ["La majoria de les plantes d'interior moren per un excés de cures més que no pas per falta. "
           "Abans de regar, enfonsa un dit a laterra: si encara és humida, espera uns quants dies."],
    "ro": ["Cele mai multe plante de apartament mor din prea multă grijă, nu din prea puțină. Înainte "
           "de udare, bagă un deget înpământ: dacă este încă umed, mai așteaptă câteva zile."],
}


if __name__ == "__main__":
    recs = common.build_records(HERE, "v6", QUOTA, HARD_NEGATIVES, "neg6")
    print(common.write_set(HERE, recs))
