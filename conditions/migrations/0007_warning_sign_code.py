"""Each warning-sign card names its sign in the catalogue (conditions/warning_signs.py), which
sets its urgency. Cards for the new red flags, the wording of two cards that asked for more
than the sign itself, and the sources of the self-check's advice.

The codes and urgencies are written out here, frozen as they were when this ran. Text an
editor has rewritten since is left alone.
"""

from django.db import migrations, models

SAME_DAY, WITHIN_DAYS, NEXT_APPOINTMENT = 1, 2, 3
URGENCY = {
    "saddle-numbness": 0,
    "pop": SAME_DAY,
    "cannot-walk": SAME_DAY,
    "swelling-or-bruising": SAME_DAY,
    "sudden-sit-bone-pain": SAME_DAY,
    "growth-plate": SAME_DAY,
    "warm-calf": SAME_DAY,
    "fever-or-ill": SAME_DAY,
    "weak-foot": SAME_DAY,
    "fall-or-blow": SAME_DAY,
    "night-pain": SAME_DAY,
    "weight-loss-or-cancer": SAME_DAY,
    "below-knee-or-back": WITHIN_DAYS,
    "not-better-after-days": WITHIN_DAYS,
    "no-improvement": WITHIN_DAYS,
    "training-pain-above-limit": WITHIN_DAYS,
    "cannot-exercise": NEXT_APPOINTMENT,
    "daily-life-pain": NEXT_APPOINTMENT,
    "stiffness-or-recurrence": NEXT_APPOINTMENT,
}

# The cards of 0002_content, by condition, urgency and order (unique there): their sign.
EXISTING = {
    ("peesklachten-zitbot", SAME_DAY, 1): "sudden-sit-bone-pain",
    ("peesklachten-zitbot", WITHIN_DAYS, 1): "below-knee-or-back",
    ("peesklachten-zitbot", WITHIN_DAYS, 2): "training-pain-above-limit",
    ("peesklachten-zitbot", NEXT_APPOINTMENT, 1): "cannot-exercise",
    ("peesklachten-zitbot", NEXT_APPOINTMENT, 2): "daily-life-pain",
    ("hamstringblessure", SAME_DAY, 1): "pop",
    ("hamstringblessure", SAME_DAY, 2): "cannot-walk",
    ("hamstringblessure", SAME_DAY, 3): "swelling-or-bruising",
    ("hamstringblessure", WITHIN_DAYS, 1): "not-better-after-days",
    ("hamstringblessure", WITHIN_DAYS, 2): "training-pain-above-limit",
    ("hamstringblessure", NEXT_APPOINTMENT, 1): "no-improvement",
    ("hamstringblessure", NEXT_APPOINTMENT, 2): "stiffness-or-recurrence",
}

# (code, field, old words, new words): a pop, sudden pain at the sit bone, or swelling or
# bruising is a sign on its own; bruising often shows only hours to days later; a tendon torn
# from the bone does best with early repair.
REWORDED = [
    (
        "pop",
        "sign",
        "Je hoorde of voelde een knap, en je kunt je been daarna niet goed strekken of belasten.",
        "Je hoorde of voelde een knap toen de pijn begon.",
    ),
    (
        "pop",
        "advice",
        "Dit wijst op schade in de spier. Stop met sporten. Bel vandaag nog je huisarts: "
        "misschien is een MRI of echo nodig.",
        "Dit kan een scheur in de spier zijn, of een pees die van het bot is gescheurd. Stop "
        "met sporten. Bel vandaag nog je huisarts: een operatie werkt het best als die vroeg "
        "gebeurt, binnen een paar weken. Misschien is een MRI of echo nodig.",
    ),
    (
        "sudden-sit-bone-pain",
        "sign",
        "Je voelde plotseling een knap of felle pijn bij het zitbot, en je kunt je been niet "
        "goed meer gebruiken.",
        "Je voelde plotseling een knap of felle pijn bij het zitbot.",
    ),
    (
        "swelling-or-bruising",
        "sign",
        "Binnen een paar uur ontstaan zwelling of een blauwe plek.",
        "Je ziet een zwelling of een blauwe plek. Die kan ook pas uren of dagen later komen.",
    ),
]

SADDLE = (
    "Je hebt een doof gevoel rond je anus, billen of kruis, of je kunt je plas of "
    "ontlasting niet goed ophouden.",
    "Dan kunnen de zenuwen onder in je rug bekneld zijn. Dat is een spoedgeval: bel nu 112 "
    "of de huisartsenpost. Snelle behandeling kan blijvende schade voorkomen.",
)

# condition slug, code, order, sign, advice
NEW_CARDS = [
    ("hamstringblessure", "saddle-numbness", 1, *SADDLE),
    ("peesklachten-zitbot", "saddle-numbness", 1, *SADDLE),
    (
        "hamstringblessure",
        "growth-plate",
        4,
        "Je bent jonger dan 18, en je kreeg plotseling pijn bij je zitbot, bijvoorbeeld bij "
        "sprinten of trappen.",
        "Bij jongeren groeit het bot nog. De pees kan dan een stukje bot van het zitbot "
        "lostrekken. Dat heet een avulsiefractuur, en het wordt makkelijk gemist. Bel vandaag "
        "nog je huisarts: soms is een röntgenfoto nodig.",
    ),
    (
        "hamstringblessure",
        "warm-calf",
        5,
        "Je kuit is dik, warm en pijnlijk.",
        "Dit kan een bloedstolsel in een ader zijn: trombose. Dat kan ook na een blessure "
        "ontstaan, als je weinig beweegt. Bel vandaag nog je huisarts.",
    ),
    (
        "hamstringblessure",
        "fall-or-blow",
        6,
        "De pijn begon na een val, of na een harde klap op je bil of bovenbeen.",
        "Dan kan er ook een bot gebroken zijn, of een grote bloeding in de spier zitten. Bel "
        "vandaag nog je huisarts.",
    ),
    (
        "peesklachten-zitbot",
        "weak-foot",
        2,
        "Je voet is zwak: je kunt je voet of tenen niet goed optillen, of je voet sleept.",
        "Dan kan er druk op een zenuw staan, bijvoorbeeld vanuit je rug. Bel vandaag nog je "
        "huisarts.",
    ),
    (
        "peesklachten-zitbot",
        "fever-or-ill",
        3,
        "Je hebt koorts, of je voelt je ziek.",
        "Dan kan er een infectie zijn. Bel vandaag nog je huisarts.",
    ),
    (
        "peesklachten-zitbot",
        "night-pain",
        4,
        "Je hebt ook 's nachts of in rust pijn, en die wordt niet minder als je anders gaat "
        "liggen.",
        "Peesklachten doen vooral pijn bij zitten en bewegen. Pijn die in rust blijft, kan een "
        "andere oorzaak hebben. Bel vandaag nog je huisarts.",
    ),
    (
        "peesklachten-zitbot",
        "weight-loss-or-cancer",
        5,
        "Je valt af zonder dat je het probeert, of je hebt kanker of had het.",
        "Dan moet een arts kijken of de pijn een andere oorzaak heeft. Bel vandaag nog je "
        "huisarts.",
    ),
]

REFERENCES = [
    dict(
        key="dubois-2020",
        authors="Dubois en Esculier",
        title="Soft-tissue injuries simply need PEACE and LOVE",
        journal="Br J Sports Med",
        year=2020,
    ),
    dict(
        key="subbu-2015",
        authors="Subbu et al.",
        title=(
            "Timing of surgery for complete proximal hamstring avulsion injuries: successful "
            "clinical outcomes at 6 weeks, 6 months, and after 6 months of injury"
        ),
        journal="Am J Sports Med",
        year=2015,
    ),
    dict(
        key="gidwani-2004",
        authors="Gidwani et al.",
        title="Avulsion fracture of the ischial tuberosity in adolescents: an easily missed diagnosis",
        journal="BMJ",
        year=2004,
    ),
]


def words(text: str) -> str:
    return " ".join(text.split())


def apply(apps, schema_editor):
    WarningSign = apps.get_model("conditions", "WarningSign")
    Condition = apps.get_model("conditions", "Condition")
    Reference = apps.get_model("conditions", "Reference")
    unknown = []
    for card in WarningSign.objects.select_related("condition"):
        code = EXISTING.get((card.condition.slug, card.urgency, card.order))
        if code is None:
            unknown.append(f"{card.condition.slug}: {card.sign}")
            continue
        card.code = code
        card.urgency = URGENCY[code]
        for reworded, field, old, new in REWORDED:
            if code == reworded and words(getattr(card, field)) == words(old):
                setattr(card, field, new)
        card.save(update_fields=["code", "urgency", "sign", "advice"])
    if unknown:
        # A card an editor added has no sign in the catalogue: choosing one is a clinical
        # judgement, not a migration's. Stop, and say which cards need a code.
        raise RuntimeError("Warning-sign cards without a known sign: " + "; ".join(unknown))
    conditions = {condition.slug: condition for condition in Condition.objects.all()}
    for slug, code, order, sign, advice in NEW_CARDS:
        if slug in conditions:
            WarningSign.objects.get_or_create(
                condition=conditions[slug],
                code=code,
                defaults=dict(order=order, sign=sign, advice=advice, urgency=URGENCY[code]),
            )
    for data in REFERENCES:
        Reference.objects.update_or_create(key=data["key"], defaults=data)


def remove(apps, schema_editor):
    WarningSign = apps.get_model("conditions", "WarningSign")
    WarningSign.objects.filter(code__in={code for _, code, *_ in NEW_CARDS}).delete()
    # The urgency the card had before, by which apply() knows it again.
    for (slug, urgency, _order), code in EXISTING.items():
        WarningSign.objects.filter(condition__slug=slug, code=code).update(urgency=urgency)
    apps.get_model("conditions", "Reference").objects.filter(
        key__in=[data["key"] for data in REFERENCES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("conditions", "0006_corticosteroid_risks")]

    operations = [
        migrations.AddField(
            model_name="warningsign",
            name="code",
            field=models.CharField(default="", max_length=40, verbose_name="welk signaal"),
            preserve_default=False,
        ),
        migrations.RunPython(apply, remove),
    ]
