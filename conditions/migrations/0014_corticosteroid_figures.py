"""The injection's figures as its two studies report them, instead of "about 80%".

Nicholson et al. 2014 (18 athletes, 22 injections, no comparison group): pain fell on
average from 7.2 to 3.9 out of 10, and 39% were free of complaints after about two years.
Zissen et al. 2010: half had less pain for more than a month, a quarter for more than six
months. Neither supports "80% improved". An editor's own rewrite is left alone.
"""

from django.db import migrations

OLD = (
    "In onderzoek zag ongeveer 80% van de mensen (8 van de 10) verbetering na de injectie "
    "(Nicholson et al. 2014; Zissen et al. 2010)."
)
NEW = (
    "Er is weinig onderzoek, en zonder vergelijking met mensen die geen injectie kregen. In "
    "een kleine studie daalde de pijn gemiddeld van ongeveer 7 naar 4 (op 10), en na 2 jaar "
    "had ongeveer 4 van de 10 mensen geen klachten meer (Nicholson et al. 2014). In een "
    "andere studie had de helft langer dan een maand minder pijn, en een kwart langer dan "
    "een half jaar (Zissen et al. 2010)."
)


def correct(apps, schema_editor):
    Treatment = apps.get_model("conditions", "Treatment")
    for treatment in Treatment.objects.filter(anchor="corticosteroiden"):
        if OLD in treatment.evidence:
            treatment.evidence = treatment.evidence.replace(OLD, NEW)
            treatment.save(update_fields=["evidence"])


class Migration(migrations.Migration):
    dependencies = [("conditions", "0013_programme_named_once")]

    operations = [migrations.RunPython(correct, migrations.RunPython.noop)]
