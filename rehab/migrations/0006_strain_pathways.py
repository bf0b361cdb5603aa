"""A pathway per grade for an acute hamstring strain, replacing the one strain template that
copied the tendinopathy programme.

Built on pain-threshold rehabilitation (exercise may hurt up to 4/10; Hickey et al., J Orthop
Sports Phys Ther 2020) and the hamstring-strain guideline (Martin et al., J Orthop Sports Phys
Ther 2022): early loading, strength (shortening, then lengthening under load, the Nordic curl
last), a running progression (walk, jog, about 70 % speed, change of direction) and a return
to sport with full sprints. The three grades share the phases and exercises and differ in
their criteria per phase, chosen so that a plan with good sessions ends within the grade's
recovery range (conditions.StrainGrade; see tests/rehab/test_strain_pathways.py):

    grade 1: min days 3, 4, 4, 3;    3 sessions in a row per phase
    grade 2: min days 7, 10, 10, 8;  3 sessions in a row per phase
    grade 3: min days 21, 35, 35, 28; 4 sessions in a row per phase

Existing plans on the old strain template move to the template of their own grade; their own
copy of the prescriptions and criteria stays as it was.
"""

import django.core.validators
from django.db import migrations, models

OLD_TEMPLATE = "hamstringblessure"
STRAIN_CONDITION = "hamstringblessure"  # conditions.Condition's slug

# slug, name, kind, trains, steps, mistakes, alt
EXERCISES = [
    (
        "isometric-heel-press",
        "Hiel in de grond drukken (isometrische hamstringoefening)",
        "isometric",
        "De hamstring, zonder dat hij korter of langer wordt (isometrisch): een voorzichtige eerste belasting na een blessure.",
        [
            "Ga op je rug liggen. Buig je knie een beetje en zet je hiel op de grond.",
            "Druk je hiel in de grond, alsof je hem naar je bil wilt trekken. Je been beweegt niet.",
            "Druk zo hard dat de pijn hoogstens 4 op 10 is.",
            "Houd vast zo lang als je schema aangeeft. Adem rustig door.",
            "Ontspan, pauzeer kort en begin opnieuw.",
        ],
        [
            "Je drukt zo hard dat de pijn boven de 4 komt: druk minder hard.",
            "Je tilt je billen van de grond: blijf plat liggen.",
            "Je houdt je adem in.",
        ],
        "Links: op de rug, de knie licht gebogen en de hiel op de grond. Rechts: dezelfde houding; de hiel drukt in de grond en het been beweegt niet.",
    ),
    (
        "walking",
        "Wandelen (stevig doorlopen)",
        "running",
        "Gewoon lopen: de eerste stap van de loopopbouw. Je hamstring went weer aan elke stap.",
        [
            "Loop in een rustig tempo op een vlakke ondergrond.",
            "Maak gewone passen, niet groter dan normaal.",
            "Gaat het goed? Loop dan iets sneller, tot stevig doorlopen.",
            "Komt de pijn boven de 4? Loop dan langzamer, of stop.",
        ],
        [
            "Je maakt grote passen om de spier te rekken: loop met gewone passen.",
            "Je loopt mank: loop dan langzamer of een korter stuk.",
            "Je loopt door terwijl de pijn boven de 4 komt.",
        ],
        "Links: rechtop staand, klaar om te lopen. Rechts: lopend met een gewone pas.",
    ),
    (
        "jogging",
        "Rustig joggen (dribbelen)",
        "running",
        "Hardlopen in een rustig tempo, ongeveer de helft van je topsnelheid: de stap na wandelen.",
        [
            "Warm op met 5 minuten stevig wandelen.",
            "Jog in een rustig tempo. Je kunt er nog makkelijk bij praten.",
            "Jog het stuk dat je schema aangeeft, en wandel terug als rust.",
            "Bleef de pijn onder de 4, ook de ochtend erna? Dan mag het de volgende keer iets sneller.",
        ],
        [
            "Je begint meteen te snel.",
            "Je slaat de warming-up over.",
            "Je jogt door terwijl de pijn boven de 4 komt.",
        ],
        "Links: wandelend. Rechts: joggend, met beide voeten even los van de grond.",
    ),
    (
        "tempo-run",
        "Tempoloop (hardlopen op ongeveer 70 procent van je topsnelheid)",
        "running",
        "Sneller hardlopen: je hamstring levert bij elke pas meer kracht.",
        [
            "Warm op: 5 minuten wandelen en 5 minuten rustig joggen.",
            "Loop het stuk van je schema op ongeveer 70 procent van je topsnelheid: stevig, maar niet voluit.",
            "Bouw je snelheid in de eerste meters rustig op. Loop aan het eind rustig uit.",
            "Wandel terug als rust.",
        ],
        [
            "Je gaat toch voluit: blijf rond de 70 procent.",
            "Je stopt abrupt: loop rustig uit.",
            "Je loopt door terwijl de pijn boven de 4 komt.",
        ],
        "Links: joggend. Rechts: hardlopend met een langere pas en een hogere knie.",
    ),
    (
        "change-of-direction",
        "Van richting veranderen (wendingen)",
        "running",
        "Afremmen, draaien en weer versnellen, zoals in veel sporten.",
        [
            "Zet een paar pionnen of flessen neer, een paar meter uit elkaar.",
            "Jog naar een pion, rem af, draai en loop naar de volgende.",
            "Begin rustig, met ruime bochten. Maak de bochten later scherper en loop sneller.",
            "Wandel terug als rust.",
        ],
        [
            "Je remt af op een gestrekt been: buig je knieën.",
            "Je begint meteen met scherpe bochten op volle snelheid.",
        ],
        "Links: hardlopend naar een pion. Rechts: afremmend met gebogen knieën, om van richting te veranderen.",
    ),
    (
        "sprint",
        "Sprinten op volle snelheid (sprint)",
        "running",
        "Je topsnelheid: de zwaarste belasting voor je hamstring, en bij sporten het moment waarop de meeste blessures ontstaan.",
        [
            "Warm goed op: wandelen, rustig joggen en een paar tempolopen.",
            "Bouw je snelheid op: eerst 80 tot 90 procent, daarna voluit.",
            "Sprint het stuk van je schema en loop rustig uit.",
            "Wandel terug en rust helemaal uit voor de volgende sprint.",
        ],
        [
            "Je sprint zonder goede warming-up.",
            "Je sprint door terwijl je moe bent: stop als voluit niet meer lukt.",
            "De pijn komt boven de 4: ga terug naar de tempoloop en vraag je fysiotherapeut om raad.",
        ],
        "Links: in de startpositie, voorovergebogen. Rechts: sprintend met een grote pas en krachtig meezwaaiende armen.",
    ),
    (
        "sport-drills",
        "Oefeningen uit je eigen sport (sportspecifiek trainen)",
        "dynamic",
        "De bewegingen van je eigen sport, zoals schieten, passen, springen of draaien, tot wedstrijdtempo.",
        [
            "Kies samen met je fysiotherapeut of trainer oefeningen uit je eigen sport.",
            "Doe ze eerst rustig en zonder tegenstander.",
            "Maak ze stap voor stap sneller en zwaarder, tot wedstrijdtempo.",
            "Train weer mee met je team als je fysiotherapeut dat goedvindt.",
        ],
        [
            "Je begint meteen op wedstrijdtempo.",
            "Je speelt een wedstrijd voordat je fysiotherapeut het goedvindt.",
        ],
        "Links: staand met een bal voor de voet. Rechts: het been zwaait naar voren en trapt de bal weg.",
    ),
]

PHASES = [
    (
        1,
        "Fase 1: voorzichtig belasten",
        "Je hamstring went weer aan belasting. Je spant hem aan zonder dat hij korter of langer wordt (isometrisch), en je wandelt. Het mag een beetje pijn doen, maar niet meer dan 4 op 10, ook niet de ochtend erna. Deze oefeningen zijn licht: doe ze elke dag.",
        [
            dict(exercise="isometric-heel-press", sets=4, hold_seconds=30, rest_min_seconds=30, note="Druk zo hard dat de pijn hoogstens 4 op 10 is."),
            dict(exercise="glute-bridge", sets=3, hold_seconds=20, rest_min_seconds=30, note="Beide voeten op de grond."),
            dict(exercise="walking", sets=1, repetitions=10, note="10 keer ongeveer 100 meter, met een korte pauze ertussen. Begin rustig, eindig stevig."),
        ],
    ),
    (
        2,
        "Fase 2: kracht opbouwen",
        "Je hamstring wordt sterker. Eerst met oefeningen waarbij hij korter wordt onder belasting (concentrisch), daarna met oefeningen waarbij hij langer wordt onder belasting (excentrisch). De Nordic hamstring curl komt pas aan het eind van deze fase, als je fysiotherapeut dat goedvindt. Oefen om de dag: je spieren hebben een dag nodig om te herstellen.",
        [
            dict(exercise="lying-leg-curl", sets=3, repetitions=10, tempo_up_seconds=3, tempo_down_seconds=3, rest_min_seconds=30, rest_max_seconds=60, note="Weerstand om de enkel."),
            dict(exercise="single-leg-arabesque", sets=3, repetitions=8, tempo_up_seconds=3, rest_min_seconds=30, note="Eerst zonder gewicht."),
            dict(exercise="nordic-hamstring-curl", sets=2, repetitions=4, rest_min_seconds=120, note="Pas aan het eind van deze fase, als je fysiotherapeut het goedvindt. Zak alleen zo ver als je kunt afremmen."),
        ],
    ),
    (
        3,
        "Fase 3: hardlopen opbouwen",
        "Stap voor stap weer hardlopen: eerst rustig joggen, dan een tempoloop op ongeveer 70 procent van je topsnelheid, dan van richting veranderen. Ga pas een stap verder als de vorige stap binnen 4 op 10 bleef, ook de ochtend erna. Voluit sprinten komt in fase 4. Train om de dag, en houd de krachtoefeningen erbij.",
        [
            dict(exercise="jogging", sets=2, repetitions=5, rest_min_seconds=120, note="5 keer ongeveer 60 meter per set; wandel terug als rust."),
            dict(exercise="tempo-run", sets=2, repetitions=5, rest_min_seconds=120, note="Pas als joggen binnen 4 op 10 bleef. 5 keer ongeveer 60 meter per set."),
            dict(exercise="change-of-direction", sets=2, repetitions=5, rest_min_seconds=120, note="Pas als de tempoloop binnen 4 op 10 bleef. Begin met ruime bochten."),
            dict(exercise="single-leg-arabesque", sets=3, repetitions=8, tempo_up_seconds=3, rest_min_seconds=30, note="Met of zonder een licht gewicht in de handen."),
            dict(exercise="nordic-hamstring-curl", sets=3, repetitions=5, rest_min_seconds=120, note="Zak alleen zo ver als je kunt afremmen."),
        ],
    ),
    (
        4,
        "Fase 4: terug naar je sport",
        "Je sprint weer voluit en je traint de bewegingen van je eigen sport, samen met je fysiotherapeut of trainer. Train 3 tot 4 keer per week. Pas als je fysiotherapeut het goedvindt, speel je weer wedstrijden.",
        [
            dict(exercise="sprint", sets=2, repetitions=4, rest_min_seconds=180, note="4 keer 30 tot 40 meter per set. Eerst op 80 tot 90 procent, daarna voluit."),
            dict(exercise="sport-drills", sets=3, repetitions=5, rest_min_seconds=120, note="Samen met je fysiotherapeut of trainer gekozen."),
            dict(exercise="nordic-hamstring-curl", sets=3, repetitions=6, rest_min_seconds=120, note="Blijf deze oefening doen, ook na je herstel."),
        ],
    ),
]

SOURCES = "Gebaseerd op oefenen tot een pijngrens van 4 op 10 (Hickey e.a. 2020) en de richtlijn voor hamstringblessures (Martin e.a. 2022)."

# grade, slug, name, description, (min days, qualifying sessions) for phases 1-4
TEMPLATES = [
    (
        1,
        "hamstringblessure-graad-1",
        "Hamstringblessure graad 1 (mild): van voorzichtig belasten tot sport",
        f"Voor een lichte hamstringblessure. Vier fasen: voorzichtig belasten, kracht, hardlopen en terug naar je sport. {SOURCES}",
        [(3, 3), (4, 3), (4, 3), (3, 3)],
    ),
    (
        2,
        "hamstringblessure-graad-2",
        "Hamstringblessure graad 2 (matig): van voorzichtig belasten tot sport",
        f"Voor een matige hamstringblessure. Dezelfde vier fasen als bij graad 1, met meer dagen per fase. {SOURCES}",
        [(7, 3), (10, 3), (10, 3), (8, 3)],
    ),
    (
        3,
        "hamstringblessure-graad-3",
        "Hamstringblessure graad 3 (ernstig): van voorzichtig belasten tot sport",
        "Voor een ernstige hamstringblessure (een grote scheur). Eerst beoordeelt een sportarts of orthopedisch chirurg de blessure, zo nodig met een scan: bij een losgescheurde pees (avulsie) kan een operatie nodig zijn. "
        f"Daarna dezelfde vier fasen, met veel meer tijd per fase en meer sessies op rij. {SOURCES}",
        [(21, 4), (35, 4), (35, 4), (28, 4)],
    ),
]

REFERENCES = [
    dict(
        key="hickey-2020",
        authors="Hickey et al.",
        title="Pain-free versus pain-threshold rehabilitation following acute hamstring strain injury: a randomized controlled trial",
        journal="J Orthop Sports Phys Ther",
        year=2020,
    ),
    dict(
        key="martin-2022",
        authors="Martin et al.",
        title="Hamstring strain injury in athletes: clinical practice guidelines (revision 2022)",
        journal="J Orthop Sports Phys Ther",
        year=2022,
        doi="10.2519/jospt.2022.0301",
    ),
]


# The strain condition's treatment "recovery in phases" is where the pathway's sources are cited.
PATHWAY_SENTENCE = (
    "Het schema per graad op deze site volgt ook de richtlijn voor hamstringblessures bij "
    "sporters (Martin et al. 2022)."
)


def cite(apps, references):
    Treatment = apps.get_model("conditions", "Treatment")
    for treatment in Treatment.objects.filter(
        anchor="herstel-in-fasen", condition__slug=STRAIN_CONDITION
    ):
        if PATHWAY_SENTENCE not in treatment.evidence:
            treatment.evidence = f"{treatment.evidence} {PATHWAY_SENTENCE}".strip()
            treatment.save(update_fields=["evidence"])
        treatment.references.add(*references)


def load(apps, schema_editor):
    Exercise = apps.get_model("rehab", "Exercise")
    PlanTemplate = apps.get_model("rehab", "PlanTemplate")
    TemplatePhase = apps.get_model("rehab", "TemplatePhase")
    TemplatePrescription = apps.get_model("rehab", "TemplatePrescription")
    PatientPlan = apps.get_model("rehab", "PatientPlan")
    Reference = apps.get_model("conditions", "Reference")

    references = []
    for data in REFERENCES:
        reference, created = Reference.objects.get_or_create(key=data["key"], defaults=data)
        # An editor's title stays; only an empty one is filled in.
        if not created and not reference.title:
            reference.title = data["title"]
            reference.save(update_fields=["title"])
        references.append(reference)
    cite(apps, references)

    for slug, name, kind, trains, steps, mistakes, alt in EXERCISES:
        Exercise.objects.get_or_create(
            slug=slug,
            defaults=dict(
                name=name,
                kind=kind,
                trains=trains,
                instructions="\n".join(steps),
                common_mistakes="\n".join(mistakes),
                illustration=f"svg/exercises/{slug}.svg",
                illustration_alt=alt,
            ),
        )
    exercises = {e.slug: e for e in Exercise.objects.all()}

    by_grade = {}
    for grade, slug, name, description, criteria in TEMPLATES:
        template, created = PlanTemplate.objects.get_or_create(
            slug=slug,
            defaults=dict(name=name, condition="strain", grade=grade, description=description),
        )
        by_grade[grade] = template
        if not created:
            # Applied before and reversed, which keeps the rows but may drop the grade and
            # the criteria columns: put the pathway's values back.
            PlanTemplate.objects.filter(pk=template.pk).update(grade=grade)
            for number, (min_days, sessions) in enumerate(criteria, start=1):
                TemplatePhase.objects.filter(template=template, number=number).update(
                    min_days=min_days, qualifying_sessions=sessions
                )
            continue
        for (number, phase_name, aim, prescriptions), (min_days, sessions) in zip(PHASES, criteria):
            phase = TemplatePhase.objects.create(
                template=template,
                number=number,
                name=phase_name,
                aim=aim,
                min_days=min_days,
                qualifying_sessions=sessions,
            )
            for order, prescription in enumerate(prescriptions):
                fields = dict(prescription)
                TemplatePrescription.objects.create(
                    phase=phase, order=order, exercise=exercises[fields.pop("exercise")], **fields
                )

    old = PlanTemplate.objects.filter(slug=OLD_TEMPLATE).first()
    if old is not None:
        for grade, template in by_grade.items():
            PatientPlan.objects.filter(template=old, grade=grade).update(template=template)
        old.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("rehab", "0005_phase_criteria"),
        ("conditions", "0016_dubois_doi"),
    ]

    operations = [
        migrations.AlterField(
            model_name="exercise",
            name="kind",
            field=models.CharField(
                choices=[
                    ("isometric", "Vasthouden (isometrisch)"),
                    ("concentric", "Aanspannen en korter worden (concentrisch)"),
                    ("eccentric", "Afremmen en langer worden (excentrisch)"),
                    ("dynamic", "Springen en snel bewegen (dynamisch)"),
                    ("strength", "Kracht en stevigheid van heup en romp (stabiliteit)"),
                    ("mobility", "Rekken en soepel bewegen (mobiliteit)"),
                    ("running", "Wandelen, hardlopen en sprinten (loopopbouw)"),
                ],
                max_length=20,
                verbose_name="soort",
            ),
        ),
        migrations.AddField(
            model_name="plantemplate",
            name="grade",
            field=models.PositiveSmallIntegerField(
                blank=True,
                help_text="Alleen bij een hamstringblessure: de graad waarvoor dit schema is.",
                null=True,
                validators=[
                    django.core.validators.MinValueValidator(1),
                    django.core.validators.MaxValueValidator(3),
                ],
                verbose_name="graad",
            ),
        ),
        migrations.RunPython(load, migrations.RunPython.noop),
    ]
