"""The DOI of the PEACE & LOVE paper, seen on its journal record (doi.org link)."""

from django.db import migrations


def add(apps, schema_editor):
    Reference = apps.get_model("conditions", "Reference")
    Reference.objects.filter(key="dubois-2020", doi="").update(doi="10.1136/bjsports-2019-101253")


class Migration(migrations.Migration):
    dependencies = [("conditions", "0015_flexibility_without_compression")]

    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
