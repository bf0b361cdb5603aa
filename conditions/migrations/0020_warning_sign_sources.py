"""Sources for the self-check's red flags, and the DOIs and links found for three older
references. Each was read in this session: the DOI or page shows the cited claim.

- Subbu 2015: DOI on its PubMed record (25404617).
- Gidwani 2004: the BMJ's own page of the article (BMJ 2004;329:99).
- Schroeter 2024: title and DOI on its PubMed record (37348536).
- The red flags: an NHS trust's leaflet on cauda equina syndrome (saddle numbness, loss of
  bladder or bowel control: to the emergency department at once), Thuisarts on a swollen,
  red, painful calf (call the huisarts; sometimes an ultrasound the same day), an NHS MSK
  service on back pain with fever or pain at rest or at night (contact a GP or 111 at once),
  and NICE NG12 for the public on unexplained weight loss.

Web pages have no publication year: `year` is the year they were read. An editor's own DOI,
link or title is left alone.
"""

from django.db import migrations

FOUND = {
    "subbu-2015": {"doi": "10.1177/0363546514557938"},
    "gidwani-2004": {"url": "https://www.bmj.com/content/329/7457/99"},
    "schroeter-2024": {
        "doi": "10.1055/a-2010-8121",
        "title": "Pathogenesis and diagnosis of proximal hamstring tendinopathies",
    },
}

NEW = [
    dict(
        key="royal-free-cauda-equina",
        authors="Royal Free London NHS Foundation Trust",
        title="Cauda equina syndrome: patient information leaflet",
        journal="royalfree.nhs.uk",
        year=2026,
        url=(
            "https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/"
            "cauda-equina-syndrome"
        ),
    ),
    dict(
        key="thuisarts-trombosebeen",
        authors="Nederlands Huisartsen Genootschap",
        title="Trombosebeen: heb ik een trombosebeen?",
        journal="Thuisarts.nl",
        year=2026,
        url="https://www.thuisarts.nl/trombosebeen/ik-heb-trombosebeen",
    ),
    dict(
        key="chcp-back-pain",
        authors="City Health Care Partnership, NHS MSK service",
        title="Back: when to get immediate medical advice",
        journal="chcpmsk.org.uk",
        year=2026,
        url="https://www.chcpmsk.org.uk/body-parts/back",
    ),
    dict(
        key="nice-ng12-general-symptoms",
        authors="National Institute for Health and Care Excellence (NICE)",
        title=(
            "Suspected cancer: recognition and referral (NG12), information for the public: "
            "general symptoms"
        ),
        journal="NICE",
        year=2026,
        url="https://www.nice.org.uk/guidance/NG12/ifp/chapter/general-symptoms",
    ),
]


def add(apps, schema_editor):
    Reference = apps.get_model("conditions", "Reference")
    for key, fields in FOUND.items():
        reference = Reference.objects.filter(key=key).first()
        if reference is None:
            continue
        for field, value in fields.items():
            columns = ("title", "title_nl", "title_en") if field == "title" else (field,)
            for column in columns:
                if not getattr(reference, column):
                    setattr(reference, column, value)
        reference.save()
    for source in NEW:
        both = {"title_nl": source["title"], "title_en": source["title"]}
        Reference.objects.update_or_create(key=source["key"], defaults={**source, **both})


def remove(apps, schema_editor):
    Reference = apps.get_model("conditions", "Reference")
    Reference.objects.filter(key__in=[source["key"] for source in NEW]).delete()
    for key, fields in FOUND.items():
        for field in ("doi", "url"):
            if field in fields:
                Reference.objects.filter(key=key, **{field: fields[field]}).update(**{field: ""})


class Migration(migrations.Migration):
    dependencies = [("conditions", "0019_outcome_measure_sources")]

    operations = [migrations.RunPython(add, remove)]
