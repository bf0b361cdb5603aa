"""Full titles, and a DOI or link, for the references whose record we could find.

Each DOI was read on PubMed, the journal's site or a library record of the article; none
is guessed. A reference without a verified DOI gets a link to its PubMed or publisher page
when one was found, and otherwise stays as it was. Fields an editor filled in are kept.
"""

from django.db import migrations

# key: (title, DOI, link)
RECORDS = {
    "lempainen-2009": (
        "Proximal hamstring tendinopathy: results of surgical management and "
        "histopathologic findings",
        "",
        "https://insights.ovid.com/ajsm/200904000/00000475-200904000-00011",
    ),
    "campos-villegas-2024": (
        "Clinical progression and load management for proximal hamstring tendinopathy in a "
        "long-distance runner: a case report",
        "10.26603/001c.116578",
        "",
    ),
    "beatty-2017": (
        "Rehabilitation and prevention of proximal hamstring tendinopathy",
        "10.1249/JSR.0000000000000355",
        "",
    ),
    "cacchio-2011": (
        "Shockwave therapy for the treatment of chronic proximal hamstring tendinopathy in "
        "professional athletes",
        "10.1177/0363546510379324",
        "",
    ),
    "davenport-2015": (
        "Ultrasound-guided intratendinous injections with platelet-rich plasma or autologous "
        "whole blood for treatment of proximal hamstring tendinopathy: a double-blind "
        "randomized controlled trial",
        "",
        "https://pubmed.ncbi.nlm.nih.gov/26206832/",
    ),
    "zissen-2010": (
        "High hamstring tendinopathy: MRI and ultrasound imaging and therapeutic efficacy of "
        "percutaneous corticosteroid injection",
        "10.2214/AJR.09.3674",
        "",
    ),
    "hickey-2020": (
        "Pain-free versus pain-threshold rehabilitation following acute hamstring strain "
        "injury: a randomized controlled trial",
        "10.2519/jospt.2020.8895",
        "",
    ),
    "silbernagel-2007": (
        "Continued sports activity, using a pain-monitoring model, during rehabilitation in "
        "patients with Achilles tendinopathy: a randomized controlled study",
        "10.1177/0363546506298279",
        "",
    ),
    "goom-2016": ("", "10.2519/jospt.2016.5986", ""),
    "coombes-2010": ("", "10.1016/S0140-6736(10)61160-9", ""),
    "speed-2001": ("", "10.1136/bmj.323.7309.382", ""),
}


def add(apps, schema_editor):
    Reference = apps.get_model("conditions", "Reference")
    for reference in Reference.objects.filter(key__in=RECORDS):
        title, doi, url = RECORDS[reference.key]
        changed = []
        for field, value in [("title", title), ("doi", doi), ("url", url)]:
            if value and not getattr(reference, field):
                setattr(reference, field, value)
                changed.append(field)
        if changed:
            reference.save(update_fields=changed)


class Migration(migrations.Migration):
    dependencies = [("conditions", "0010_reference_links_content_review")]

    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
