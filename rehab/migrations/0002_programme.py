"""The exercise library and the two plan templates (source: seed 000 and seed 002).

The data lives in this migration, not in an importable module, so that a later change
to the content is a new migration and history stays what it was.
"""

from django.db import migrations

EXERCISES = [
    # slug, name, kind, trains, steps, mistakes, alt
    (
        "single-leg-bridge",
        "Brug op één been (single leg bridge)",
        "isometric",
        "De hamstrings en bilspieren, zonder dat de hamstring korter wordt: weinig druk op de aanhechting bij het zitbot.",
        [
            "Ga op je rug liggen. Buig één knie en zet die voet plat op de grond.",
            "Strek het andere been en houd het in de lucht.",
            "Duw je heup omhoog tot je lichaam van knie tot schouder een rechte lijn is.",
            "Houd dit vast zo lang als je schema aangeeft. Adem rustig door.",
            "Zak rustig terug, pauzeer kort en begin opnieuw.",
        ],
        [
            "Je heup zakt aan één kant weg: houd je bekken recht.",
            "Je holt je onderrug: span je buik licht aan.",
            "Je houdt je adem in.",
        ],
        "Links: liggend op de rug, één voet op de grond, het andere been gestrekt in de lucht. Rechts: de heup is opgetild en wordt vastgehouden.",
    ),
    (
        "lying-leg-curl",
        "Liggende beencurl (lying leg curl)",
        "concentric",
        "De hamstrings terwijl ze korter worden onder belasting.",
        [
            "Ga op je buik liggen. Doe een elastiek of gewicht om je enkel.",
            "Buig je knie en breng je hiel rustig naar je bil, in het tempo van je schema.",
            "Strek je knie weer even rustig.",
        ],
        [
            "Je tilt je heup van de grond: houd je bekken op de mat.",
            "Je beweegt te snel: houd het tempo van je schema aan.",
        ],
        "Links: op de buik liggend met gestrekt been en een elastiek om de enkel. Rechts: de knie is gebogen en de hiel is bij de bil.",
    ),
    (
        "seated-one-leg-curl",
        "Zittende beencurl op één been (seated one leg curl)",
        "concentric",
        "De hamstrings met meer gewicht dan in fase 2.",
        [
            "Ga op een stoel of bank zitten. Doe een elastiek of gewicht om één enkel dat naar voren trekt.",
            "Begin met een gestrekt been.",
            "Buig je knie tegen de weerstand in, in het tempo van je schema.",
            "Laat je been weer rustig strekken.",
        ],
        [
            "Je leunt achterover om kracht te zetten: blijf rechtop zitten.",
            "De weerstand is zo zwaar dat de pijn boven de 4 komt: neem een lichtere weerstand.",
        ],
        "Links: zittend met een gestrekt been en een elastiek om de enkel. Rechts: de knie is gebogen tegen de weerstand in.",
    ),
    (
        "single-leg-arabesque",
        "Arabesque op één been (single leg arabesque)",
        "eccentric",
        "De hamstrings terwijl ze langer worden onder belasting, en je balans.",
        [
            "Ga op één been staan, met of zonder een licht gewicht in je handen.",
            "Beweeg je borst naar voren. Je andere been gaat recht naar achteren.",
            "Houd je rug recht en beweeg rustig.",
            "Kom rustig terug overeind.",
        ],
        [
            "Je maakt je rug bol: beweeg vanuit je heup.",
            "Je heup draait open: houd beide heupen naar de grond gericht.",
        ],
        "Links: rechtop staand op één been. Rechts: het bovenlichaam is naar voren gekanteld en het andere been wijst recht naar achteren.",
    ),
    (
        "squat-jump",
        "Sprong vanuit kniebuiging (squat jump)",
        "dynamic",
        "Snelle kracht van benen en billen, als voorbereiding op sport.",
        [
            "Ga staan met je voeten iets uit elkaar.",
            "Buig je knieën tot ongeveer 45 graden.",
            "Spring recht omhoog.",
            "Land zacht op beide voeten en buig je knieën mee.",
        ],
        [
            "Je knieën vallen naar binnen: houd ze boven je voeten.",
            "Je landt hard op gestrekte benen.",
        ],
        "Links: staand met de knieën licht gebogen. Rechts: in de lucht, recht omhoog gesprongen.",
    ),
    (
        "alternating-split-squat-jump",
        "Wisselsprong in spreidstand (alternate leg split squat)",
        "dynamic",
        "Snelle kracht en controle van beide benen, zoals bij sprinten.",
        [
            "Zet vanuit stand één been een stap naar voren.",
            "Buig de voorste knie tot 90 graden.",
            "Spring omhoog en wissel in de lucht van been.",
            "Land met het andere been voor, en buig weer door.",
        ],
        [
            "Je voorste knie schiet ver voorbij je tenen.",
            "Je bovenlichaam valt naar voren: blijf rechtop.",
        ],
        "Links: spreidstand met de voorste knie in 90 graden. Rechts: na de sprong staat het andere been voor.",
    ),
    (
        "glute-bridge",
        "Bruggetje (glute bridge)",
        "isometric",
        "De bilspieren, zodat de hamstring minder werk hoeft over te nemen.",
        [
            "Ga op je rug liggen met beide knieën gebogen en je voeten plat op de grond.",
            "Duw je heup omhoog tot knie, heup en schouder op één lijn staan.",
            "Houd even vast en zak rustig terug.",
        ],
        ["Je duwt vanuit je onderrug in plaats van je billen."],
        "Links: liggend op de rug met gebogen knieën. Rechts: de heup is opgetild.",
    ),
    (
        "clamshell",
        "Schelp (clamshell)",
        "mobility",
        "De zijkant van de bil, die je heup en bekken stevig houdt.",
        [
            "Ga op je zij liggen met je knieën gebogen en je voeten op elkaar.",
            "Houd je voeten tegen elkaar en til je bovenste knie op, zoals een schelp die opengaat.",
            "Laat de knie rustig zakken.",
        ],
        ["Je bekken rolt mee naar achteren: houd je heupen boven elkaar."],
        "Links: op de zij met de knieën op elkaar. Rechts: de bovenste knie is geopend, de voeten blijven samen.",
    ),
    (
        "plank",
        "Plank",
        "isometric",
        "De buik- en rugspieren (de romp), zodat je bekken stabiel blijft.",
        [
            "Steun op je onderarmen en je tenen.",
            "Maak je lichaam recht als een plank, van hoofd tot hielen.",
            "Houd dit vast en adem rustig door.",
        ],
        ["Je billen zakken door of steken omhoog."],
        "Links: op de onderarmen en knieën. Rechts: op de onderarmen en tenen met het lichaam in een rechte lijn.",
    ),
    (
        "dead-bug",
        "Dode kever (dead bug)",
        "mobility",
        "De diepe buikspieren, terwijl armen en benen bewegen.",
        [
            "Ga op je rug liggen. Armen recht omhoog, knieën in 90 graden boven je heup.",
            "Strek tegelijk één arm naar achteren en het andere been naar voren.",
            "Kom terug en wissel van kant.",
            "Houd je onderrug tegen de grond.",
        ],
        ["Je onderrug komt los van de grond."],
        "Links: op de rug met armen omhoog en knieën in 90 graden. Rechts: één arm en het andere been zijn gestrekt.",
    ),
    (
        "nordic-hamstring-curl",
        "Nordic hamstring curl",
        "eccentric",
        "De hamstrings terwijl ze langer worden onder zware belasting: beschermt tegen nieuwe blessures.",
        [
            "Ga op je knieën zitten op een zachte ondergrond. Laat iemand je enkels vasthouden, of haak ze ergens onder.",
            "Houd je lichaam recht van knie tot hoofd.",
            "Laat je zo langzaam mogelijk naar voren zakken.",
            "Vang je af met je handen en duw je terug omhoog.",
        ],
        [
            "Je buigt in je heup: blijf één rechte lijn.",
            "Je begint hiermee te vroeg in je herstel: dit is een zware oefening.",
        ],
        "Links: rechtop geknield met de enkels vastgehouden. Rechts: het lichaam is als één rechte lijn naar voren gezakt.",
    ),
    (
        "hip-flexor-stretch",
        "Heupbuiger rekken (hip flexor stretch)",
        "mobility",
        "Soepelheid van de heupbuigers aan de voorkant van je heup, zodat je bekken niet te ver naar voren kantelt.",
        [
            "Zet één knie op de grond en de andere voet voor je, knie in 90 graden.",
            "Kantel je bekken iets naar achteren en duw je heup rustig naar voren.",
            "Je voelt rek aan de voorkant van de heup van je achterste been. Houd de rek rustig vast; je fysiotherapeut vertelt hoe lang.",
        ],
        ["Je holt je onderrug in plaats van je heup naar voren te duwen."],
        "Links: halfgeknield rechtop. Rechts: de heup is naar voren geschoven.",
    ),
    (
        "hamstring-stretch",
        "Hamstring rekken",
        "mobility",
        "Soepelheid van de hamstrings aan de achterkant van je bovenbeen.",
        [
            "Zet één voet op een lage verhoging, met je been gestrekt.",
            "Buig met een rechte rug vanuit je heup naar voren.",
            "Je voelt rek aan de achterkant van je bovenbeen. Houd de rek rustig vast; je fysiotherapeut vertelt hoe lang. Rek niet tot pijn.",
        ],
        ["Je maakt je rug bol in plaats van te buigen vanuit je heup."],
        "Links: staand met één hiel op een verhoging. Rechts: met rechte rug naar voren gebogen.",
    ),
    (
        "quadriceps-stretch",
        "Bovenbeenvoorkant rekken (quadriceps stretch)",
        "mobility",
        "Soepelheid van de spieren aan de voorkant van je bovenbeen (quadriceps).",
        [
            "Ga rechtop staan. Houd je zo nodig vast aan een muur.",
            "Pak je enkel en breng je hiel naar je bil. Houd je knieën naast elkaar.",
            "Je voelt rek aan de voorkant van je bovenbeen. Houd de rek rustig vast; je fysiotherapeut vertelt hoe lang.",
        ],
        ["Je knie wijkt naar voren of opzij.", "Je holt je onderrug."],
        "Links: rechtop staand. Rechts: de hiel wordt met de hand naar de bil getrokken.",
    ),
]

PHASES = [
    (
        1,
        "Fase 1: vasthouden",
        "Oefeningen waarbij de hamstring niet korter wordt (isometrisch). Zo komt er weinig druk op de pees bij het zitbot, en went die weer aan belasting.",
        [dict(exercise="single-leg-bridge", sets=5, hold_seconds=45, pause_seconds=1, note="Andere been in de lucht.")],
    ),
    (
        2,
        "Fase 2: korter worden onder belasting",
        "Oefeningen waarbij de hamstring korter wordt terwijl hij kracht levert (concentrisch).",
        [
            dict(
                exercise="lying-leg-curl",
                sets=4,
                repetitions=8,
                tempo_up_seconds=3,
                tempo_down_seconds=3,
                rest_min_seconds=30,
                rest_max_seconds=60,
                note="Weerstand om de enkel.",
            )
        ],
    ),
    (
        3,
        "Fase 3: zwaarder, en langer worden onder belasting",
        "De oefeningen van fase 2 worden zwaarder. Daarbij komen oefeningen waarbij de hamstring langer wordt terwijl hij kracht levert (excentrisch).",
        [
            dict(
                exercise="seated-one-leg-curl",
                sets=4,
                repetitions=8,
                tempo_up_seconds=3,
                tempo_down_seconds=3,
                rest_min_seconds=30,
                note="Weerstand om de enkel.",
            ),
            dict(
                exercise="single-leg-arabesque",
                sets=4,
                repetitions=8,
                tempo_up_seconds=3,
                rest_min_seconds=30,
                note="Met of zonder een licht gewicht in de handen.",
            ),
        ],
    ),
    (
        4,
        "Fase 4: sneller en richting sport",
        "Naast rustige oefeningen komen er snelle oefeningen en sprongen bij (dynamisch), zodat je weer kunt sporten en meer kunt belasten.",
        [
            dict(exercise="squat-jump", sets=3, repetitions=15, rest_min_seconds=120, note="Knieën tot ongeveer 45 graden."),
            dict(
                exercise="alternating-split-squat-jump",
                sets=3,
                repetitions=15,
                rest_min_seconds=120,
                note="Voorste knie tot 90 graden.",
            ),
        ],
    ),
]

TEMPLATES = [
    (
        "tendinopathie",
        "Peesklachten bij het zitbot: oefenprogramma in 4 fasen",
        "tendinopathy",
        "Het oefenprogramma uit de uitleg over peesklachten bij het zitbot. Reken op minstens 3 tot 4 maanden, langer als de klachten erger zijn.",
    ),
    (
        "hamstringblessure",
        "Hamstringblessure: oefenprogramma in 4 fasen",
        "strain",
        "Dezelfde vier fasen voor een acute hamstringblessure. Hoe lang het duurt hangt af van de graad: graad 1 meestal 2 tot 3 weken, graad 2 4 tot 8 weken, graad 3 3 tot 6 maanden.",
    ),
]


def load(apps, schema_editor):
    Exercise = apps.get_model("rehab", "Exercise")
    PlanTemplate = apps.get_model("rehab", "PlanTemplate")
    TemplatePhase = apps.get_model("rehab", "TemplatePhase")
    TemplatePrescription = apps.get_model("rehab", "TemplatePrescription")
    exercises = {}
    for slug, name, kind, trains, steps, mistakes, alt in EXERCISES:
        exercises[slug] = Exercise.objects.create(
            slug=slug,
            name=name,
            kind=kind,
            trains=trains,
            instructions="\n".join(steps),
            common_mistakes="\n".join(mistakes),
            illustration=f"svg/exercises/{slug}.svg",
            illustration_alt=alt,
        )
    for slug, name, condition, description in TEMPLATES:
        template = PlanTemplate.objects.create(slug=slug, name=name, condition=condition, description=description)
        for number, phase_name, aim, prescriptions in PHASES:
            phase = TemplatePhase.objects.create(template=template, number=number, name=phase_name, aim=aim)
            for order, prescription in enumerate(prescriptions):
                fields = dict(prescription)
                TemplatePrescription.objects.create(
                    phase=phase, order=order, exercise=exercises[fields.pop("exercise")], **fields
                )


def unload(apps, schema_editor):
    apps.get_model("rehab", "PlanTemplate").objects.all().delete()
    apps.get_model("rehab", "Exercise").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("rehab", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
