from django.db import migrations

GOOM = dict(
    key="goom-2016",
    authors="Goom et al.",
    title="Proximal hamstring tendinopathy: clinical aspects of assessment and management",
    journal="J Orthop Sports Phys Ther",
    year=2016,
)


def add(apps, schema_editor):
    goom, _ = apps.get_model("conditions", "Reference").objects.update_or_create(
        key=GOOM["key"], defaults=GOOM
    )
    # The source of the self-care and of leaving out compressive stretches, beside the
    # exercise therapy it belongs to.
    Treatment = apps.get_model("conditions", "Treatment")
    for treatment in Treatment.objects.filter(
        condition__slug="peesklachten-zitbot", anchor="oefentherapie"
    ):
        treatment.references.add(goom)


def remove(apps, schema_editor):
    apps.get_model("conditions", "Reference").objects.filter(key=GOOM["key"]).delete()


class Migration(migrations.Migration):
    dependencies = [("conditions", "0003_contentversion")]

    operations = [migrations.RunPython(add, remove)]
