"""The tendinopathy page's flexibility paragraph: no stretch that presses the tendon.

The paragraph asks for flexible hamstrings, hip flexors and quadriceps (seed 000). A
hamstring stretch bends forward with a straight knee, which presses the tendon against the
sit bone (Goom et al. 2016): the page now says so where it asks for flexibility. An
editor's own rewrite is left alone.
"""

import re

from django.db import migrations

OLD = re.compile(r"Een fysiotherapeut kan je laten\s+zien hoe je lenigheid vergroot\.")
NEW = (
    "Rek je hamstrings niet door voorover te buigen met een gestrekte knie: dat drukt de "
    "pees juist tegen je zitbot. Een fysiotherapeut kan je laten zien hoe je veilig soepeler "
    "wordt."
)


def caveat(apps, schema_editor):
    Section = apps.get_model("conditions", "Section")
    for section in Section.objects.filter(
        condition__slug="peesklachten-zitbot", body__contains="### Lenigheid"
    ):
        body = OLD.sub(NEW, section.body)
        if body != section.body:
            section.body = body
            section.save(update_fields=["body"])


class Migration(migrations.Migration):
    dependencies = [("conditions", "0014_corticosteroid_figures")]

    operations = [migrations.RunPython(caveat, migrations.RunPython.noop)]
