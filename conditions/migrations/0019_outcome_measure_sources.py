"""The sources of the outcome measures (PSK, NPRS, GPE) and their minimal clinically
important differences, shown on the physiotherapist's record. Each DOI was seen on its
PubMed record. The titles are the papers' own (English) titles, in both languages."""

from django.db import migrations

SOURCES = [
    dict(
        key="farrar-2001",
        authors="Farrar JT, Young JP, LaMoreaux L, Werth JL, Poole RM",
        title=(
            "Clinical importance of changes in chronic pain intensity measured on an 11-point "
            "numerical pain rating scale"
        ),
        journal="Pain",
        year=2001,
        doi="10.1016/S0304-3959(01)00349-9",
    ),
    dict(
        key="abbott-2014",
        authors="Abbott JH, Schmitt JS",
        title=(
            "Minimum important differences for the Patient-Specific Functional Scale, 4 "
            "region-specific outcome measures, and the numeric pain rating scale"
        ),
        journal="J Orthop Sports Phys Ther",
        year=2014,
        doi="10.2519/jospt.2014.5248",
    ),
    dict(
        key="kamper-2010",
        authors="Kamper SJ, Ostelo RW, Knol DL, Maher CG, de Vet HC, Hancock MJ",
        title=(
            "Global Perceived Effect scales provided reliable assessments of health transition "
            "in people with musculoskeletal disorders, but ratings are strongly influenced by "
            "current status"
        ),
        journal="J Clin Epidemiol",
        year=2010,
        doi="10.1016/j.jclinepi.2009.09.009",
    ),
    dict(
        key="beurskens-1996",
        authors="Beurskens AJ, de Vet HC, Köke AJ",
        title=(
            "Responsiveness of functional status in low back pain: a comparison of different "
            "instruments"
        ),
        journal="Pain",
        year=1996,
        doi="10.1016/0304-3959(95)00149-2",
    ),
]


def add(apps, schema_editor):
    Reference = apps.get_model("conditions", "Reference")
    for source in SOURCES:
        both = {"title_nl": source["title"], "title_en": source["title"]}
        Reference.objects.update_or_create(key=source["key"], defaults={**source, **both})


def remove(apps, schema_editor):
    keys = [source["key"] for source in SOURCES]
    apps.get_model("conditions", "Reference").objects.filter(key__in=keys).delete()


class Migration(migrations.Migration):
    dependencies = [("conditions", "0018_english_content")]

    operations = [migrations.RunPython(add, remove)]
