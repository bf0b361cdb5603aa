"""Say the risks where the corticosteroid injection is offered, with their sources."""

from django.db import migrations

REFERENCES = [
    dict(
        key="coombes-2010",
        authors="Coombes et al.",
        title=(
            "Efficacy and safety of corticosteroid injections and other injections for "
            "management of tendinopathy: a systematic review of randomised controlled trials"
        ),
        journal="Lancet",
        year=2010,
    ),
    dict(
        key="speed-2001",
        authors="Speed",
        title="Corticosteroid injections in tendon lesions",
        journal="BMJ",
        year=2001,
    ),
]

RISKS = (
    "Let op de risico's. Bij andere peesklachten, zoals een tennisarm, hielp een injectie op "
    "korte termijn het best, maar na een half jaar tot een jaar ging het juist minder goed "
    "dan zonder injectie (Coombes et al. 2010). Na herhaalde injecties kan een pees zwakker "
    "worden, en soms scheuren (Speed 2001). Daarom krijg je er niet vaak een, en blijf je "
    "erna oefenen."
)


def add(apps, schema_editor):
    Reference = apps.get_model("conditions", "Reference")
    Treatment = apps.get_model("conditions", "Treatment")
    references = [
        Reference.objects.update_or_create(key=data["key"], defaults=data)[0]
        for data in REFERENCES
    ]
    for treatment in Treatment.objects.filter(anchor="corticosteroiden"):
        if RISKS not in treatment.evidence:
            treatment.evidence = f"{treatment.evidence} {RISKS}".strip()
            treatment.save(update_fields=["evidence"])
        treatment.references.add(*references)


class Migration(migrations.Migration):
    dependencies = [("conditions", "0005_without_marketing_claims")]

    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
