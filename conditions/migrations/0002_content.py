"""The site's content, written anew in plain Dutch from the two source texts in shared/seeds/.

Kept here, frozen with the schema it was written for, so that a fresh `migrate` shows the
full site. Editors change it afterwards in the admin. Left out on purpose (copy errors in
the sources): a tennis-elbow heading, an X-ray paragraph about a joint in the foot, links
and illustration credits of the original pages, everything about the original author and
clinic, and the marketing of a physiotherapy practice.
"""

import datetime
import textwrap

from django.db import migrations

LAST_CHECKED = datetime.date(2026, 11, 20)
NEXT_REVIEW = datetime.date(2027, 11, 20)

SAME_DAY, WITHIN_DAYS, NEXT_APPOINTMENT = 1, 2, 3


def md(text: str) -> str:
    return textwrap.dedent(text).strip()


# key, authors, journal, year
REFERENCES = [
    ("lempainen-2009", "Lempainen et al.", "Am J Sports Med", 2009),
    ("schroeter-2024", "Schroeter et al.", "Sportverletz Sportschaden", 2024),
    ("campos-villegas-2024", "Campos-Villegas et al.", "Int J Sports Phys Ther", 2024),
    ("beatty-2017", "Beatty et al.", "Curr Sports Med Rep", 2017),
    ("cacchio-2011", "Cacchio et al.", "Am J Sports Med", 2011),
    ("auriemma-2020", "Auriemma et al.", "Regen Med", 2020),
    ("davenport-2015", "Davenport et al.", "J Ultrasound Med", 2015),
    ("nicholson-2014", "Nicholson et al.", "Orthop J Sports Med", 2014),
    ("zissen-2010", "Zissen et al.", "AJR", 2010),
    ("hickey-2020", "Hickey et al.", "J Orthop Sports Phys Ther", 2020),
    ("silbernagel-2007", "Silbernagel et al.", "Am J Sports Med", 2007),
]

TENDINOPATHY = {
    "slug": "peesklachten-zitbot",
    "plain_name": "Peesklachten bij het zitbot",
    "name": "proximale hamstringtendinopathie",
    "order": 1,
    "summary": (
        "Pijn bij het zitbot: het bot in je bil waar je op zit. De pezen van je hamstrings "
        "zijn daar overbelast. De klachten komen langzaam. Met oefeningen in fasen wordt de "
        "pees weer sterker; reken op minstens 3 tot 4 maanden."
    ),
    "onset": "Langzaam, in weken of maanden. Bijna nooit plotseling.",
    "pain_place": "Rond het zitbot, onder in je bil. Je kunt de plek vaak precies aanwijzen.",
    "typical_moment": (
        "Bij zitten, vooral op een harde stoel, en bij sporten. Stijf als je gaat bewegen "
        "na stilzitten."
    ),
    "cause": "Overbelasting van de pees: in korte tijd veel meer sporten, of te weinig kracht "
    "in je hamstrings.",
    "recovery": "Minstens 3 tot 4 maanden oefenen. Langer als de klachten erger zijn.",
}

STRAIN = {
    "slug": "hamstringblessure",
    "plain_name": "Hamstringblessure",
    "name": "acuut hamstringletsel (verrekking of scheur in de spier)",
    "order": 2,
    "summary": (
        "Een plotselinge verrekking of scheur in de spieren aan de achterkant van je "
        "bovenbeen. Het gebeurt vaak bij sprinten. Er zijn drie graden, van mild tot ernstig. "
        "Herstel duurt 2 weken tot 6 maanden."
    ),
    "onset": "Plotseling, tijdens het bewegen. Vaak moet je direct stoppen.",
    "pain_place": "Achterkant van je bovenbeen, ergens tussen je zitvlak en net boven je knie.",
    "typical_moment": (
        "Bij een sprint of als je snel draait. Daarna bij traplopen, bukken en soms zitten."
    ),
    "cause": "De spier krijgt in één keer te veel te verwerken. Zwakke bilspieren, romp of "
    "onderrug maken de kans groter.",
    "recovery": "Graad 1: 2 tot 3 weken. Graad 2: 4 tot 8 weken. Graad 3: 3 tot 6 maanden.",
}

# (order, heading, anchor, extra, reference keys, body)
TENDINOPATHY_SECTIONS = [
    (
        1,
        "Wat is het?",
        "wat-is-het",
        "",
        ["lempainen-2009"],
        md("""
            Je hamstrings zijn de drie spieren aan de achterkant van je bovenbeen. Met pezen
            zitten ze vast aan het zitbot (de zitknobbel). Dat is het bot in je bil waar je
            op zit.

            Als je de hamstrings aanspant, komt er kracht op die pezen. Gebeurt dat te vaak
            of te zwaar? Dan raken de pezen overbelast. Langzaam worden ze minder goed van
            kwaliteit. Artsen noemen dit *proximale hamstringtendinopathie*: proximaal
            betekent bovenaan, tendinopathie betekent peesklacht.

            De pezen worden vooral samengedrukt als je heup gebogen is en je knie gestrekt.
            Bijvoorbeeld als je met gestrekte benen voorover buigt. Op zulke momenten voel je
            een overbelaste pees vaak.

            ### Wat is er in de pees te zien?

            Een grote studie uit Scandinavië bekeek de pezen van mensen die hieraan
            geopereerd waren. De aanhechting aan het zitbot was minder goed van kwaliteit
            (Lempainen et al. 2009):

            - de pezen waren dikker;
            - de collageenvezels, de bouwstenen van de pees, lagen door elkaar;
            - er zat vet in de pees (vervetting).
        """),
    ),
    (
        2,
        "Hoe ontstaat het?",
        "hoe-ontstaat-het",
        "",
        [],
        md("""
            De klachten ontstaan door overbelasting: de pees wordt te veel of te zwaar
            gebruikt. Ze komen bijna altijd langzaam en worden stap voor stap erger. Dat ze
            ineens ontstaan, gebeurt maar zelden.

            Sommige sporten belasten de hamstringpezen extra. Denk aan hardlopen, voetbal en
            rugby. Maar ook bij andere sporten kun je deze klachten krijgen.

            Vaak begonnen de klachten nadat iemand in korte tijd veel meer ging sporten of
            belasten, in plaats van rustig op te bouwen.

            Ook mensen die niet sporten kunnen het krijgen. Zij hebben vaak weinig kracht in
            hun hamstringspieren. De pees moet dan veel kracht opvangen. Zo raakt hij
            overbelast en gaat hij pijn doen.
        """),
    ),
    (
        3,
        "Wat voel je?",
        "wat-voel-je",
        "",
        [],
        md("""
            - Een zeurende pijn rond het zitbot. Je voelt het bij inspanning, en ook bij
              zitten. Vooral op een harde ondergrond.
            - De pijn sluipt er meestal langzaam in. Hij zit je in de weg bij sporten, en
              soms ook in het dagelijks leven.
            - Je bil en hamstring voelen stijf als je gaat bewegen na een tijdje stilzitten.
            - Je kunt de pijnlijke plek meestal precies aanwijzen. Die plek blijft hetzelfde,
              ook als de klacht langer duurt of erger wordt.

            ### Zo verloopt het vaak bij sporten

            1. Aan het begin doet het meer pijn.
            2. Als je langer bezig bent, wordt de pijn minder.
            3. Na het sporten wordt de pijn weer erger.

            Worden de klachten erger? Dan voel je ze ook in het dagelijks leven. Vooral als je
            op een harde stoel zit.
        """),
    ),
    (
        4,
        "Hoe stelt de specialist het vast?",
        "hoe-vastgesteld",
        "",
        ["schroeter-2024"],
        md("""
            De arts vraagt eerst naar je klachten. Daarna volgt lichamelijk onderzoek. Dat is
            heel belangrijk, want de arts wil drie dingen goed uit elkaar houden:

            - pijn die uit je rug komt;
            - een beknelde zenuw in het bekken;
            - een klacht van de hamstringpees bij het zitbot.

            ### Drukken en aanspannen

            De arts drukt op de plek waar de pees aan het zitbot vastzit (palperen). Voel je
            dan de bekende pijn? Dan staat de diagnose eigenlijk al vast. Vaak volgen ook
            weerstandstesten: je spant je hamstring aan tegen de hand van de arts in. Ook dat
            kan de bekende pijn geven.

            ### Foto's en scans

            Soms geven je verhaal en het onderzoek nog geen duidelijk beeld. Dan kan extra
            onderzoek helpen.

            - **Röntgenfoto.** Werkt je heupgewricht misschien niet goed? Dan moet de
              hamstringpees meer kracht opvangen. Denkt de arts na het onderzoek dat je heup
              niet goed werkt? Dan volgt een röntgenfoto.
            - **Echo.** Een echo kan laten zien dat de pees dikker is en minder goed van
              kwaliteit. Op de beelden ziet de arts de gezamenlijke pees van twee van de drie
              hamstrings (conjoint tendon) en het zitbot waar die vastzit (Schroeter et al.
              2024). Bij mensen met een steviger, zwaarder lichaam is een echo minder
              betrouwbaar. Dan kiest de arts sneller voor een MRI. Een nadeel van een echo:
              je kijkt alleen naar de plek van de pijn, terwijl het eigenlijke probleem
              ergens anders kan zitten.
            - **MRI-scan.** Een MRI van het bekken kan vocht rond de aanhechting van de
              hamstring laten zien.

            Welk onderzoek het beste past, verschilt per persoon. De arts bespreekt dit met
            je op het spreekuur.
        """),
    ),
    (
        5,
        "Wat kun je zelf doen?",
        "zelf-doen",
        "",
        ["campos-villegas-2024", "beatty-2017", "silbernagel-2007"],
        md("""
            Het belangrijkste wat je zelf kunt doen, is oefenen. Je hamstring wordt daardoor
            weer sterk en lenig, en kan meer aan. Je bouwt het op in vier fasen. Bespreek de
            oefeningen met een (sport)fysiotherapeut: die kan ze aanpassen en aanvullen. De
            oefeningen hieronder zijn voorbeelden.

            ### Zo oefen je veilig

            - Oefenen mag een beetje gevoelig zijn. Maar de pijn mag niet hoger worden dan 4,
              op een schaal van 0 (geen pijn) tot 10 (ergste pijn).
            - Oefen 3 tot 4 keer per week.
            - Let ook op hoe het de ochtend erna voelt (Silbernagel et al. 2007).
            - Ga pas naar de volgende fase als je alle oefeningen kunt afmaken zonder pijn
              boven de 4, en zonder veel last achteraf.
            - Reken op minstens 3 tot 4 maanden. Zijn je klachten erger? Dan duurt het
              langer.

            ### Fase 1: aanspannen en vasthouden (isometrisch)

            De spier spant aan zonder korter te worden. Zo komt er weinig druk op de
            aanhechting.

            **Bruggetje op één been (single leg bridge):** lig op je rug en til je heup op,
            met je andere been in de lucht. Houd dit 45 seconden vast. Neem 1 seconde pauze.
            Doe dit 5 keer.

            ### Fase 2: korter worden onder belasting (concentrisch)

            **Liggend been buigen (lying leg curl):** lig op je buik, met weerstand om je
            enkel. Buig je knie in 3 seconden en strek hem weer in 3 seconden. Doe 4 series
            van 8 keer. Rust 30 tot 60 seconden tussen de series.

            ### Fase 3: zwaarder, en langer worden onder belasting (excentrisch)

            De oefeningen worden zwaarder. Er komt excentrisch trainen bij: de spier levert
            kracht terwijl hij langer wordt.

            **Zittend been buigen (seated one leg curl):** ga zitten, met weerstand om je
            enkel. Strek en buig je been tegen de weerstand in, elk in 3 seconden. Doe 4
            series van 8 keer, met 30 seconden rust ertussen.

            **Arabesque op één been (single leg arabesque):** sta op één been, met of zonder
            een licht gewicht in je handen. Breng je borst naar voren, terwijl je andere been
            recht naar achteren wijst. Doe 4 series van 8 keer. Elke herhaling duurt
            ongeveer 3 seconden. Rust 30 seconden tussen de series.

            ### Fase 4: snel en krachtig, terug naar je sport (dynamisch)

            Naast rustige oefeningen komen er nu snelle, springende oefeningen bij. Zo kun je
            weer meer belasten en terug naar je sport.

            **Hurksprong (squat jump):** zet je voeten wat uit elkaar. Buig je knieën tot 45
            graden en spring recht omhoog. Doe 3 series van 15 keer, met 2 minuten rust
            ertussen.

            **Wisselsprong (alternate leg split squat jump):** zet vanuit stand één been een
            stap naar voren. Buig de knie van dat been tot 90 graden. Spring omhoog en doe
            hetzelfde met je andere been voor. Doe 3 series van 15 keer, met 2 minuten rust
            ertussen.

            ### Lenigheid

            Ook lenigheid telt: van je hamstrings, en van de spieren aan de voorkant van je
            bekken en bovenbeen (de heupbuigers en de quadriceps). Zijn die te stijf? Dan
            kantelt je bekken te ver naar voren. Dat geeft meer druk op de
            hamstringaanhechting, die het al moeilijk heeft. Een fysiotherapeut kan je laten
            zien hoe je lenigheid vergroot.
        """),
    ),
    (
        6,
        "Welke behandelingen zijn er?",
        "behandelingen",
        "treatments",
        [],
        md("""
            Alle behandelingen hebben hetzelfde doel: minder pijn, en een pees die weer meer
            aankan. Welke behandeling past, hangt af van hoe erg je klachten zijn. Meestal
            begin je met oefentherapie. Soms komt daar een andere behandeling bij, om het
            herstel te helpen.
        """),
    ),
    (
        7,
        "Hoe lang duurt herstel?",
        "hoe-lang-herstel",
        "",
        [],
        md("""
            Herstel kost tijd. Met oefentherapie duurt het minstens 3 tot 4 maanden. Zijn je
            klachten erger? Dan duurt het langer.

            Krijg je er een andere behandeling bij? Dan geldt ongeveer:

            - **Shockwave:** het effect gaat na de laatste behandeling nog een tijd door.
            - **Injectie met plaatjesrijk plasma (PRP):** het effect komt na 6 tot 12 weken.
            - **Injectie met corticosteroïden:** het sterkste effect duurt meestal een paar
              weken tot een paar maanden.
        """),
    ),
    (
        8,
        "Wanneer naar de huisarts of fysiotherapeut?",
        "wanneer-hulp",
        "warning_signs",
        [],
        md("""
            Heb je een van deze signalen? Zoek dan hulp. Hoe snel, staat bovenaan elke kaart.
        """),
    ),
]

STRAIN_SECTIONS = [
    (
        1,
        "Wat is een hamstringblessure?",
        "wat-is-het",
        "",
        [],
        md("""
            Je hamstrings zijn de drie spieren aan de achterkant van je bovenbeen. Ze lopen
            van je zitbot naar je knie.

            Bij een hamstringblessure krijgt de spier in één keer te veel te verwerken. Er
            ontstaat schade in de spier: een verrekking of een scheurtje. Artsen noemen dit
            een acuut hamstringletsel.

            De pijn zit aan de achterkant van je bovenbeen. Meestal ergens tussen je zitvlak
            en net boven je knie. Een blessure is iets anders dan gewone spierpijn na het
            sporten. Het verschil zit vooral in hoe plotseling en hoe hevig de pijn komt, en
            in wat je nog kunt.
        """),
    ),
    (
        2,
        "Hoe ontstaat het?",
        "hoe-ontstaat-het",
        "",
        [],
        md("""
            Een hamstringblessure ontstaat meestal plotseling, tijdens het sporten.
            Bijvoorbeeld bij een sprint, of als je snel van richting verandert. Denk aan
            hardlopen en voetbal.

            ### Waarom komt het vaak terug?

            Vaak wordt de oorzaak niet aangepakt. Dan komt dezelfde overbelasting steeds
            terug.

            - **Zwakke spieren in de buurt.** Zijn je bilspieren, je romp (core) of je
              onderrug te zwak? Dan moet je hamstring extra werk doen. Zo raakt hij steeds
              weer overbelast.
            - **Een stijve heup of een stijf bekken.** Kan je heup niet helemaal strekken?
              Dan moet je hamstring harder werken. Stijfheid in je bekken geeft ook meer
              spanning op de hamstring.
            - **Niet helemaal hersteld.** Was het herstel na een eerdere blessure niet
              volledig? Dan blijft het littekenweefsel kwetsbaar. Het scheurt sneller
              opnieuw.

            Alleen de pijn behandelen helpt maar even. Zolang de oorzaak blijft, komt de
            klacht terug.
        """),
    ),
    (
        3,
        "Wat voel je?",
        "wat-voel-je",
        "",
        [],
        md("""
            Je voelt pijn aan de achterkant van je bovenbeen, tussen je zitvlak en je knie.
            Het kan voelen alsof er een elastiek te strak gespannen staat. Soms voelt het als
            kramp, vooral bij bepaalde bewegingen. De pijn kan variëren van een strak gevoel
            tot een stekende pijn. Sommige mensen voelen een brandende pijn, anderen een
            diepe, doffe pijn die steeds aanwezig is.

            Hoe erg het is, verschilt:

            - **Licht (mild):** je voelt je vooral stijf na stilzitten, of 's ochtends na het
              opstaan.
            - **Matig tot ernstig:** je hebt scherpe pijn. Je kunt direct minder goed
              bewegen.

            ### Wanneer merk je het?

            - **Traplopen:** je buigt en strekt je been terwijl je erop steunt.
            - **Bukken** om iets op te pakken.
            - **Sporten:** bij hardlopen of voetballen wordt de pijn vaak ineens erger.
              Vooral bij een sprint of als je snel draait.
            - **Zitten:** ook dat kan vervelend worden, omdat je hamstring dan steeds op
              spanning staat.
        """),
    ),
    (
        4,
        "Is het spierpijn of een blessure?",
        "spierpijn-of-blessure",
        "",
        [],
        md("""
            **Gewone spierpijn** na een zware training komt langzaam op. Je voelt het in
            beide benen ongeveer even erg. Na 48 tot 72 uur rust (2 tot 3 dagen) wordt het
            beter.

            **Een blessure** komt meestal plotseling, tijdens het bewegen. Je voelt een
            scherpe, schietende pijn en moet direct stoppen. Zonder gerichte aanpak blijft de
            pijn gelijk of wordt hij erger.

            ### Stel jezelf deze vragen

            - Kwam de pijn plotseling, tijdens het bewegen?
            - Kun je je been nog gewoon belasten?
            - Zie je zwelling of een blauwe plek?

            Kwam de pijn plotseling, kun je je been niet goed belasten, of zie je zwelling of
            een verkleuring? Dan is het waarschijnlijk meer dan spierpijn. Kijk dan bij de
            waarschuwingssignalen onderaan deze pagina.
        """),
    ),
    (
        5,
        "Hoe ernstig is het?",
        "hoe-ernstig",
        "grades",
        [],
        md("""
            Een hamstringblessure heeft drie graden. Graad 1 is mild, graad 3 is ernstig. De
            graad zegt ook ongeveer hoe lang herstel duurt.
        """),
    ),
    (
        6,
        "Hoe stelt de specialist het vast?",
        "hoe-vastgesteld",
        "",
        [],
        md("""
            Je huisarts kan een eerste diagnose stellen. De huisarts kijkt ook of het geen
            ernstige blessure is.

            Bij de meeste blessures van graad 1 en 2 is een goed onderzoek genoeg. Een
            ervaren fysiotherapeut of arts vraagt wat er gebeurde en onderzoekt je been.
            Daarmee kan een behandelplan worden gemaakt. Een fysiotherapeut kijkt ook naar de
            oorzaak: hoe je hele lichaam beweegt.

            ### Wanneer een MRI of echo?

            Een MRI-scan of echo is vooral nodig als het misschien een ernstige blessure is:

            - je hoorde of voelde een duidelijke knap;
            - je kunt niet lopen;
            - na 2 tot 3 weken gerichte behandeling is er geen verbetering.

            Twijfel je, of houden de klachten aan? Dan kan een scan laten zien hoe groot de
            schade precies is. De behandeling kan daarop worden aangepast.
        """),
    ),
    (
        7,
        "Wat kun je zelf doen?",
        "zelf-doen",
        "",
        [],
        md("""
            **Blijf bewegen, maar slim.** Helemaal rust nemen is zelden het beste. Heb je net
            scherpe pijn? Vermijd dan even bewegingen die de hamstring direct belasten. Andere
            oefeningen kunnen vaak wel: die houden de rest van je lichaam sterk. Bespreek met
            je fysiotherapeut welke bewegingen veilig zijn, en hoe je weer opbouwt. Zo houd je
            je conditie en kracht, terwijl je hamstring herstelt.

            ### Oefeningen voor thuis

            Deze oefeningen helpen ook om nieuwe klachten te voorkomen. Doe ze 3 tot 4 keer
            per week: als warming-up, of als apart programma. Vaak oefenen is belangrijker dan
            zwaar oefenen.

            - **Bilspieren:** bruggetje (glute bridge) en schelp (clamshell).
            - **Romp (core):** plank en dead bug.
            - **Hamstrings:** Nordic curl. Hierbij wordt de spier sterker terwijl hij langer
              wordt (excentrische training).
            - **Beweeglijkheid:** de heupbuigers rekken, de achterkant van je lichaam losmaken
              met een foamroller, en oefeningen om je voet soepel te houden.

            ### Warming-up en rekken

            Een goede warming-up helpt. Je spieren krijgen meer bloed en zijn klaar voor de
            inspanning. Rek vóór het sporten bewegend (dynamisch rekken). Stil rekken
            (statisch) doe je liever na het sporten. Een warming-up alleen maakt zwakke
            spieren niet sterk: doe ook kracht- en beweeglijkheidsoefeningen.

            ### 's Ochtends stijf?

            's Nachts ligt je hamstring in een korte stand. Door het stilliggen hoopt er ook
            vocht op. Daardoor voelt hij 's ochtends stijf. Een korte ochtendroutine van 5 tot
            10 minuten helpt: rustig rekken en bewegen. Blijf je 's ochtends stijf? Dan is er
            nog spanning of ontsteking in de spier, en is de oorzaak niet opgelost.
        """),
    ),
    (
        8,
        "Welke behandelingen zijn er?",
        "behandelingen",
        "treatments",
        [],
        md("""
            Een goede behandeling pakt de oorzaak aan, niet alleen de pijn. Herstel gaat in
            fasen, en een fysiotherapeut kan je daarbij begeleiden.
        """),
    ),
    (
        9,
        "Hoe lang duurt herstel?",
        "hoe-lang-herstel",
        "",
        [],
        md("""
            Dat hangt vooral af van de graad (zie de tabel hierboven):

            - graad 1: meestal 2 tot 3 weken;
            - graad 2: 4 tot 8 weken;
            - graad 3: vaak 3 tot 6 maanden.

            Het hangt ook af van hoe goed je de oorzaak aanpakt. Neem je alleen rust? Dan is
            de kans groot dat de klacht terugkomt. Een herstelplan met goede begeleiding maakt
            het herstel korter. Het maakt ook de kans kleiner dat de blessure terugkomt.
        """),
    ),
    (
        10,
        "Wanneer naar de huisarts of fysiotherapeut?",
        "wanneer-hulp",
        "warning_signs",
        [],
        md("""
            Je huisarts stelt een eerste diagnose en kijkt of het ernstig is. Voor herstel, en
            om te voorkomen dat het terugkomt, helpt een fysiotherapeut met ervaring in
            hamstringklachten.

            Heb je een van deze signalen? Zoek dan hulp. Hoe snel, staat bovenaan elke kaart.
        """),
    ),
]

# grade, label, what you feel, what you can still do, recovery weeks min, max
GRADES = [
    (
        1,
        "mild",
        "Pijn, en stijfheid die vooral opkomt na rust.",
        "Je kunt nog redelijk goed functioneren.",
        2,
        3,
    ),
    (
        2,
        "matig",
        "Duidelijke pijn bij het lopen. De spier voelt zwakker.",
        "Lopen lukt, maar doet pijn. Je kunt je been minder ver bewegen dan normaal.",
        4,
        8,
    ),
    (
        3,
        "ernstig",
        "Heel veel pijn en zwelling.",
        "Lopen gaat bijna niet meer. De spier werkt niet meer.",
        13,
        26,
    ),
]

# order, name, anchor, what, how, sessions, effect, evidence, reference keys
TENDINOPATHY_TREATMENTS = [
    (
        1,
        "Oefentherapie",
        "oefentherapie",
        "Oefeningen die je hamstring stap voor stap sterker maken, in vier fasen. Meestal de "
        "eerste behandeling.",
        "Als je al langer klachten hebt, zijn je hamstrings vaak minder sterk, minder lenig of "
        "minder uithoudend. Oefenen brengt de balans terug. Daardoor heeft de peesaanhechting "
        "minder te verduren. Vaak doet een fysiotherapeut eerst een krachttest, om te zien "
        "waar je begint. Gaat een fase goed, zonder veel pijn tijdens het oefenen en zonder "
        "veel last achteraf? Dan ga je door naar de volgende fase.",
        "3 tot 4 keer per week, in vier fasen.",
        "Reken op minstens 3 tot 4 maanden. Bij ergere klachten duurt het langer.",
        "Onderzoekers raden aan om de oefentherapie in fasen op te bouwen (Campos-Villegas et "
        "al. 2024; Beatty et al. 2017). De grens van 4 op 10 voor pijn tijdens het oefenen "
        "komt uit onderzoek bij een hamstringblessure (Hickey et al. 2020). Letten op de pijn "
        "de ochtend erna komt uit onderzoek bij andere peesklachten (Silbernagel et al. 2007).",
        ["campos-villegas-2024", "beatty-2017", "hickey-2020", "silbernagel-2007"],
    ),
    (
        2,
        "Manuele therapie",
        "manuele-therapie",
        "Een fysiotherapeut maakt je rug en heupen met de handen soepeler (mobiliseren).",
        "Bewegen je rug of heupen stroef? Dan komt er extra belasting op de "
        "hamstringaanhechting. Als rug en heupen beter bewegen, neemt die extra belasting af.",
        "Niet vast. Bij het lichamelijk onderzoek wordt bekeken of het iets toevoegt.",
        "Onze bronnen noemen hiervoor geen termijn.",
        "Onze bronnen noemen hiervoor geen onderzoek. Het is een aanvulling op "
        "oefentherapie, als je rug of heupen stijf zijn.",
        [],
    ),
    (
        3,
        "Shockwavetherapie (schokgolven)",
        "shockwave",
        "Een behandeling waarbij schokgolven met een apparaat op de pees bij het zitbot worden "
        "gericht.",
        "Bij veel peesklachten kan shockwave helpen om de pees sterker te maken. Om goed bij "
        "de aanhechting te komen, ligt je heup meestal gebogen, of kantel je je bekken een "
        "beetje.",
        "Meestal 5 tot 7 keer, bij een fysiotherapeut.",
        "Het effect gaat nog een tijd door nadat de behandeling is gestopt.",
        "Er zijn een paar studies naar shockwave bij deze hamstringklacht. Een daarvan volgde "
        "hoe de klachten na de behandeling verliepen (Cacchio et al. 2011).",
        ["cacchio-2011"],
    ),
    (
        4,
        "Injectie met plaatjesrijk plasma (PRP, ook wel ACP)",
        "prp",
        "Een injectie (prik) met plasma uit je eigen bloed. Er wordt bloed uit je arm "
        "afgenomen. Daarvan wordt het plasma geconcentreerd.",
        "In dit plasma zitten stoffen die de peesaanhechting sterker kunnen maken. De arts "
        "spuit het rond de aanhechting. Een echo laat zien waar de naald precies zit "
        "(echogeleid). Naast de injectie doe je altijd oefentherapie.",
        "Een injectie, altijd samen met oefentherapie.",
        "Na 6 tot 12 weken. Het is geen snelle oplossing. Het doel is een pees die op de "
        "lange duur sterker is en minder pijn doet.",
        "Onderzoek laat zien dat het effect tussen 6 en 12 weken na de injectie komt "
        "(Auriemma et al. 2020; Davenport et al. 2015). Davenport volgde daarvoor de "
        "HOS-score: een score voor hoe goed je hamstring werkt.",
        ["auriemma-2020", "davenport-2015"],
    ),
    (
        5,
        "Injectie met corticosteroïden (ontstekingsremmer)",
        "corticosteroiden",
        "Een injectie (prik) met een ontstekingsremmend middel rond de peesaanhechting. Soms "
        "een optie als oefenen niet lukt door de pijn.",
        "De injectie maakt de peesaanhechting minder geïrriteerd. Irritatie en ontsteking "
        "nemen deels af. Je hebt dan minder pijn en kunt beter trainen. De pees wordt er niet "
        "sterker van. De arts gebruikt een echo, zodat de injectie precies bij de aanhechting "
        "komt en niets anders raakt.",
        "Een injectie, samen met oefentherapie.",
        "Het sterkste effect houdt meestal een paar weken tot een paar maanden aan.",
        "In onderzoek zag ongeveer 80% van de mensen (8 van de 10) verbetering na de injectie "
        "(Nicholson et al. 2014; Zissen et al. 2010). Hoe de injectie met een echo wordt "
        "gegeven, beschrijven Auriemma et al. (2020).",
        ["nicholson-2014", "zissen-2010", "auriemma-2020"],
    ),
]

STRAIN_TREATMENTS = [
    (
        1,
        "Herstel in fasen (oefentherapie)",
        "herstel-in-fasen",
        "Een oefenprogramma dat stap voor stap zwaarder wordt, met begeleiding van een "
        "fysiotherapeut.",
        "Eerst gaat het om minder pijn en weer gewoon kunnen bewegen. Daarna bouw je kracht "
        "en beweeglijkheid langzaam op, en ga je steeds meer doen. In de laatste fase leer je "
        "nieuwe klachten te voorkomen en zelf verder te gaan, zonder behandelaar. Oefenen mag "
        "een beetje pijn doen, maar niet meer dan 4 op een schaal van 0 tot 10.",
        "3 tot 4 keer per week oefenen. Hoe lang, hangt af van de graad.",
        "Graad 1: 2 tot 3 weken. Graad 2: 4 tot 8 weken. Graad 3: 3 tot 6 maanden.",
        "In onderzoek bij mensen met een acute hamstringblessure mocht het oefenen pijn doen "
        "tot 4 op 10 (Hickey et al. 2020). Die grens geldt hier ook.",
        ["hickey-2020"],
    ),
    (
        2,
        "Kracht en beweeglijkheid van de hele keten",
        "achterste-keten",
        "Krachttraining voor de spieren aan de achterkant van je lichaam: bilspieren, "
        "onderrug en romp (de achterste keten). Daarbij oefeningen voor een soepele heup en "
        "een soepel bekken.",
        "Zijn deze spieren sterk? Dan wordt de belasting beter verdeeld. Je hamstring hoeft "
        "dan geen werk van andere spieren over te nemen. Zo raakt hij minder snel overbelast.",
        "3 tot 4 keer per week, thuis of als warming-up.",
        "Vooral op de lange duur: de kans wordt kleiner dat de blessure terugkomt.",
        "Onze bronnen noemen hiervoor geen onderzoek.",
        [],
    ),
]

# order, sign, advice, urgency
TENDINOPATHY_WARNINGS = [
    (
        1,
        "Je voelde plotseling een knap of felle pijn bij het zitbot, en je kunt je been niet "
        "goed meer gebruiken.",
        "Peesklachten bij het zitbot komen bijna altijd langzaam. Plotselinge pijn past daar "
        "niet bij: het kan een blessure of scheur zijn. Bel vandaag nog je huisarts.",
        SAME_DAY,
    ),
    (
        1,
        "De pijn straalt uit naar je been, je voelt tintelingen, of de pijn lijkt uit je rug "
        "te komen.",
        "De pijn kan dan ook uit je rug komen, of van een beknelde zenuw in het bekken. Maak "
        "binnen een paar dagen een afspraak bij je huisarts om dat te laten onderzoeken.",
        WITHIN_DAYS,
    ),
    (
        2,
        "Tijdens het oefenen komt de pijn twee keer achter elkaar boven de 4 (op een schaal "
        "van 0 tot 10).",
        "Doe het rustiger aan: minder zwaar of minder vaak. Neem binnen een paar dagen "
        "contact op met je fysiotherapeut.",
        WITHIN_DAYS,
    ),
    (
        1,
        "Oefenen lukt niet, omdat het te veel pijn doet.",
        "Bespreek het met je arts of fysiotherapeut. Soms is een injectie met "
        "corticosteroïden een optie, zodat je daarna wel kunt trainen.",
        NEXT_APPOINTMENT,
    ),
    (
        2,
        "Je hebt ook in het dagelijks leven pijn, bijvoorbeeld als je op een harde stoel zit.",
        "De klacht is erger geworden. Bespreek met je fysiotherapeut of je oefenprogramma "
        "moet worden aangepast.",
        NEXT_APPOINTMENT,
    ),
]

STRAIN_WARNINGS = [
    (
        1,
        "Je hoorde of voelde een knap, en je kunt je been daarna niet goed strekken of belasten.",
        "Dit wijst op schade in de spier. Stop met sporten. Bel vandaag nog je huisarts: "
        "misschien is een MRI of echo nodig.",
        SAME_DAY,
    ),
    (
        2,
        "Je kunt (bijna) niet lopen.",
        "Dit kan een ernstige blessure zijn (graad 3). Bel vandaag nog je huisarts: een MRI "
        "of echo kan nodig zijn.",
        SAME_DAY,
    ),
    (
        3,
        "Binnen een paar uur ontstaan zwelling of een blauwe plek.",
        "Dit wijst op een bloeding in de spier. Neem vandaag nog contact op met je huisarts.",
        SAME_DAY,
    ),
    (
        1,
        "De pijn kwam plotseling, en is na 2 tot 3 dagen niet minder.",
        "Gewone spierpijn is na 48 tot 72 uur rust beter. Blijft de pijn gelijk of wordt hij "
        "erger? Dan is het waarschijnlijk een blessure. Maak binnen een paar dagen een "
        "afspraak bij je huisarts of fysiotherapeut.",
        WITHIN_DAYS,
    ),
    (
        2,
        "Tijdens het oefenen komt de pijn twee keer achter elkaar boven de 4 (op een schaal "
        "van 0 tot 10).",
        "Doe het rustiger aan: minder zwaar of minder vaak. Neem binnen een paar dagen "
        "contact op met je fysiotherapeut.",
        WITHIN_DAYS,
    ),
    (
        1,
        "Na 2 tot 3 weken gerichte behandeling is er geen verbetering.",
        "Bespreek met je huisarts of fysiotherapeut of een MRI of echo nodig is. Daarmee kan "
        "de behandeling worden aangepast.",
        NEXT_APPOINTMENT,
    ),
    (
        2,
        "Je blijft 's ochtends stijf, ook na weken, of de blessure komt steeds terug.",
        "De oorzaak is dan waarschijnlijk nog niet opgelost. Vraag je fysiotherapeut om te "
        "kijken naar zwakke bilspieren, romp of onderrug, en naar een stijve heup.",
        NEXT_APPOINTMENT,
    ),
]

# condition slug (None: general), order, question, answer (Markdown)
FAQS = [
    (
        None,
        1,
        "Mag oefenen pijn doen?",
        md("""
            Een beetje wel. Tijdens het oefenen mag de pijn niet hoger worden dan 4, op een
            schaal van 0 (geen pijn) tot 10 (ergste pijn). Let ook op hoe het de ochtend erna
            voelt. Kwam de pijn twee keer achter elkaar boven de 4? Doe het dan rustiger aan,
            en neem contact op met je fysiotherapeut.
        """),
    ),
    (
        None,
        2,
        "Moet ik naar een fysiotherapeut, of kan mijn huisarts mij helpen?",
        md("""
            Je huisarts kan een eerste diagnose stellen en kijken of het ernstig is. Voor
            herstel, en om te voorkomen dat het terugkomt, heb je meer nodig. Een
            fysiotherapeut met ervaring in hamstringklachten zoekt de oorzaak: vaak zit die in
            hoe je hele lichaam beweegt. Samen maak je een herstelplan dat bij jou past.
        """),
    ),
    (
        None,
        3,
        "Helpen warming-up en rekken echt tegen hamstringblessures?",
        md("""
            Ja, een goede warming-up helpt. Je spieren krijgen meer bloed en zijn klaar voor
            de inspanning.

            - Rek vóór het sporten bewegend (dynamisch rekken).
            - Rek stil (statisch) liever na het sporten.

            Maar een warming-up alleen maakt zwakke spieren niet sterk. Doe daarom ook
            kracht- en beweeglijkheidsoefeningen.
        """),
    ),
    (
        None,
        4,
        "Welke oefeningen kan ik thuis doen om hamstringklachten te voorkomen?",
        md("""
            - **Bilspieren:** bruggetje (glute bridge) en schelp (clamshell).
            - **Romp (core):** plank en dead bug.
            - **Hamstrings:** Nordic curl, waarbij de spier sterker wordt terwijl hij langer
              wordt (excentrische training).
            - **Beweeglijkheid:** de heupbuigers rekken, de achterkant van je lichaam losmaken
              met een foamroller, en oefeningen om je voet soepel te houden.

            Doe deze oefeningen 3 tot 4 keer per week: als warming-up, of als apart
            programma. Vaak en regelmatig oefenen is belangrijker dan zwaar oefenen.
        """),
    ),
    (
        "hamstringblessure",
        1,
        "Hoe lang duurt herstel van een hamstringblessure?",
        md("""
            Dat hangt af van de graad:

            - graad 1: meestal 2 tot 3 weken;
            - graad 2: 4 tot 8 weken;
            - graad 3: vaak 3 tot 6 maanden.

            Het hangt ook af van hoe goed je de oorzaak aanpakt. Neem je alleen rust? Dan is
            de kans groot dat de klacht terugkomt. Een herstelplan met goede begeleiding maakt
            het herstel korter, en de kans op een nieuwe blessure kleiner.
        """),
    ),
    (
        "hamstringblessure",
        2,
        "Kan ik blijven sporten, of moet ik helemaal stoppen?",
        md("""
            Helemaal rust nemen is zelden het beste. Het gaat om slim belasten. Heb je net
            scherpe pijn? Vermijd dan even bewegingen die de hamstring direct belasten. Andere
            oefeningen kunnen vaak wel: die houden de rest van je lichaam sterk. Bespreek met
            je fysiotherapeut welke bewegingen veilig zijn, en hoe je weer opbouwt. Zo houd je
            je conditie en kracht, terwijl je hamstring herstelt.
        """),
    ),
    (
        "hamstringblessure",
        3,
        "Waarom is mijn hamstring vooral 's ochtends stijf?",
        md("""
            's Nachts ligt je hamstring in een korte stand. Door het stilliggen hoopt er ook
            vocht op. Dat geeft stijfheid, en het betekent dat er nog spanning of ontsteking in
            de spier zit.

            Een ochtendroutine van 5 tot 10 minuten helpt: rustig rekken en bewegen. Blijf je
            's ochtends stijf? Dan is de oorzaak nog niet opgelost. Laat het dan verder
            onderzoeken.
        """),
    ),
    (
        "hamstringblessure",
        4,
        "Wanneer is een MRI of echo nodig?",
        md("""
            Vooral als het misschien een ernstige blessure is:

            - je hoorde een duidelijke knap;
            - je kunt niet lopen;
            - na 2 tot 3 weken gerichte behandeling is er geen verbetering.

            Bij de meeste blessures van graad 1 en 2 is een goed onderzoek door een ervaren
            fysiotherapeut of arts genoeg om een behandelplan te maken. Twijfel je, of houden
            de klachten aan? Dan kan een scan laten zien hoe groot de schade is.
        """),
    ),
    (
        "peesklachten-zitbot",
        1,
        "Ik sport niet. Kan ik toch peesklachten bij het zitbot krijgen?",
        md("""
            Ja. Ook mensen die niet sporten kunnen het krijgen. Vaak hebben zij weinig kracht
            in hun hamstrings. De pees bij het zitbot moet dan veel kracht opvangen, en raakt
            zo overbelast.
        """),
    ),
    (
        "peesklachten-zitbot",
        2,
        "Hoe lang moet ik oefenen?",
        md("""
            Reken op minstens 3 tot 4 maanden, 3 tot 4 keer per week. Zijn je klachten erger?
            Dan duurt het langer. Je gaat pas naar de volgende fase als je de oefeningen kunt
            afmaken zonder pijn boven de 4 (op 10), en zonder veel last achteraf.
        """),
    ),
    (
        "peesklachten-zitbot",
        3,
        "Lost een injectie mijn klachten snel op?",
        md("""
            Nee, een snelle oplossing is een injectie niet.

            - Een injectie met **plaatjesrijk plasma (PRP)** werkt pas na 6 tot 12 weken. Het
              doel is een pees die op de lange duur sterker is en minder pijn doet.
            - Een injectie met **corticosteroïden** maakt de pees minder geïrriteerd, maar
              niet sterker. Daardoor kun je beter trainen.

            Bij allebei blijf je oefenen.
        """),
    ),
]


def load_content(apps, schema_editor):
    Reference = apps.get_model("conditions", "Reference")
    Condition = apps.get_model("conditions", "Condition")
    Section = apps.get_model("conditions", "Section")
    StrainGrade = apps.get_model("conditions", "StrainGrade")
    Treatment = apps.get_model("conditions", "Treatment")
    WarningSign = apps.get_model("conditions", "WarningSign")
    FAQ = apps.get_model("conditions", "FAQ")

    references = {
        key: Reference.objects.create(key=key, authors=authors, journal=journal, year=year)
        for key, authors, journal, year in REFERENCES
    }
    conditions = {}
    for data, sections, treatments, warnings in [
        (TENDINOPATHY, TENDINOPATHY_SECTIONS, TENDINOPATHY_TREATMENTS, TENDINOPATHY_WARNINGS),
        (STRAIN, STRAIN_SECTIONS, STRAIN_TREATMENTS, STRAIN_WARNINGS),
    ]:
        condition = Condition.objects.create(
            last_checked=LAST_CHECKED, next_review=NEXT_REVIEW, **data
        )
        conditions[condition.slug] = condition
        for order, heading, anchor, extra, keys, body in sections:
            section = Section.objects.create(
                condition=condition,
                order=order,
                heading=heading,
                anchor=anchor,
                extra=extra,
                body=body,
            )
            section.references.set([references[key] for key in keys])
        for order, name, anchor, what, how, sessions, effect, evidence, keys in treatments:
            treatment = Treatment.objects.create(
                condition=condition,
                order=order,
                name=name,
                anchor=anchor,
                what_it_is=what,
                how_it_works=how,
                sessions=sessions,
                effect_expected=effect,
                evidence=evidence,
            )
            treatment.references.set([references[key] for key in keys])
        for order, sign, advice, urgency in warnings:
            WarningSign.objects.create(
                condition=condition, order=order, sign=sign, advice=advice, urgency=urgency
            )

    for grade, label, feel, can_do, low, high in GRADES:
        StrainGrade.objects.create(
            condition=conditions["hamstringblessure"],
            grade=grade,
            label=label,
            what_you_feel=feel,
            what_you_can_do=can_do,
            recovery_min_weeks=low,
            recovery_max_weeks=high,
        )
    for slug, order, question, answer in FAQS:
        FAQ.objects.create(
            condition=conditions[slug] if slug else None,
            order=order,
            question=question,
            answer=answer,
        )


def remove_content(apps, schema_editor):
    for name in ["FAQ", "Condition", "Reference"]:
        apps.get_model("conditions", name).objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("conditions", "0001_initial")]

    operations = [migrations.RunPython(load_content, remove_content)]
