"""Take out claims from a clinic's marketing that no source supports, and two passages that
belong to other body parts or conditions (a foot exercise; stiffness as "inflammation").
Call the exercises by their names in the exercise library, and give the Nordic hamstring
curl its caveat wherever it is suggested.

Each change names the old words; text an editor has rewritten since is left alone.
"""

import re

from django.db import migrations

NORDIC = (
    "**Hamstrings:** Nordic hamstring curl. Hierbij wordt de spier sterker terwijl hij langer "
    "wordt (excentrische training). Deze oefening is zwaar: niet in het begin van je herstel. "
    "Vraag je fysiotherapeut wanneer je ermee kunt beginnen."
)

# (model, field, old words, new words)
CHANGES = [
    (
        "Section",
        "body",
        "Alleen de pijn behandelen helpt maar even. Zolang de oorzaak blijft, komt de klacht "
        "terug.",
        "",
    ),
    (
        "Section",
        "body",
        "Een herstelplan met goede begeleiding maakt het herstel korter. Het maakt ook de kans "
        "kleiner dat de blessure terugkomt.",
        "",
    ),
    (
        "Section",
        "body",
        "Een fysiotherapeut kijkt ook naar de oorzaak: hoe je hele lichaam beweegt.",
        "",
    ),
    (
        "Section",
        "body",
        "de heupbuigers rekken, de achterkant van je lichaam losmaken met een foamroller, en "
        "oefeningen om je voet soepel te houden.",
        "de heupbuigers rekken, en de achterkant van je bovenbeen losmaken met een "
        "foamroller.",
    ),
    (
        "Section",
        "body",
        "Blijf je 's ochtends stijf? Dan is er nog spanning of ontsteking in de spier, en is "
        "de oorzaak niet opgelost.",
        "Blijf je 's ochtends stijf, of wordt het erger? Laat het dan onderzoeken door je "
        "huisarts of fysiotherapeut.",
    ),
    (
        "FAQ",
        "answer",
        "Dat geeft stijfheid, en het betekent dat er nog spanning of ontsteking in de spier "
        "zit.",
        "Dat geeft stijfheid.",
    ),
    (
        "FAQ",
        "answer",
        "Een fysiotherapeut met ervaring in hamstringklachten zoekt de oorzaak: vaak zit die "
        "in hoe je hele lichaam beweegt. Samen maak je een herstelplan dat bij jou past.",
        "Een fysiotherapeut met ervaring in hamstringklachten onderzoekt je been. Samen maak "
        "je een herstelplan dat bij jou past.",
    ),
    (
        "FAQ",
        "answer",
        "de heupbuigers rekken, de achterkant van je lichaam losmaken met een foamroller, en "
        "oefeningen om je voet soepel te houden.",
        "de heupbuigers rekken, en de achterkant van je bovenbeen losmaken met een "
        "foamroller.",
    ),
    (
        "FAQ",
        "answer",
        "Een herstelplan met goede begeleiding maakt het herstel korter, en de kans op een "
        "nieuwe blessure kleiner.",
        "",
    ),
    (
        "Section",
        "body",
        "**Bruggetje op één been (single leg bridge):**",
        "**Brug op één been (single leg bridge):**",
    ),
    (
        "Section",
        "body",
        "**Hamstrings:** Nordic curl. Hierbij wordt de spier sterker terwijl hij langer wordt "
        "(excentrische training).",
        NORDIC,
    ),
    (
        "FAQ",
        "answer",
        "**Hamstrings:** Nordic curl, waarbij de spier sterker wordt terwijl hij langer wordt "
        "(excentrische training).",
        NORDIC,
    ),
    ("Section", "body", "plank en dead bug.", "plank en dode kever (dead bug)."),
    ("FAQ", "answer", "plank en dead bug.", "plank en dode kever (dead bug)."),
    (
        "Treatment",
        "name",
        "Kracht en beweeglijkheid van de hele keten",
        "Kracht van bilspieren, onderrug en romp",
    ),
    (
        "Treatment",
        "what_it_is",
        "bilspieren, onderrug en romp (de achterste keten).",
        "bilspieren, onderrug en romp.",
    ),
]


def words(text: str) -> re.Pattern:
    """The words of `text`, whatever line breaks and spaces lie between them."""
    return re.compile(r"\s+".join(re.escape(word) for word in text.split()))


def apply(apps, schema_editor):
    for model_name, field, old, new in CHANGES:
        model = apps.get_model("conditions", model_name)
        pattern = words(old)
        for obj in model.objects.all():
            text = getattr(obj, field)
            changed = pattern.sub(new, text)
            # A sentence taken out leaves its neighbours' spaces: tidy them, not the
            # markdown's line breaks.
            changed = re.sub(r"[ \t]+\n", "\n", re.sub(r" {2,}", " ", changed)).strip()
            if changed != text.strip():
                setattr(obj, field, changed)
                obj.save(update_fields=[field])


class Migration(migrations.Migration):
    dependencies = [("conditions", "0004_reference_goom_2016")]

    operations = [migrations.RunPython(apply, migrations.RunPython.noop)]
